import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/compare/compare.js';
import type { IdvCompare } from '../../../src/components/compare/compare.js';
import { compareQuotes } from '../../../src/engine/compare.js';
import { DEFAULT_RULES, quote } from '../../../src/engine/index.js';
import type { Quote, Scenario } from '../../../src/engine/index.js';
import type { CompareScenario, IdvCompareChangeEvent } from '../../../src/events/idv-compare-change.js';
import { formatCount, formatMoney, formatPercent } from '../../../src/i18n/format.js';
import type { Locale } from '../../../src/i18n/format.js';
import {
  choose,
  control,
  expectFocus,
  facts,
  findControl,
  fixtureIn,
  focused,
  labelOf,
  messageOf,
  norm,
  part,
  parts,
  pasteInto,
  record,
  root,
  rowAmount,
  settle,
  text,
  typeInto,
} from '../../helpers/dom.js';
import { expectSane } from '../../helpers/estimate-compare.js';
import { translation, pick, compareStrings } from '../../helpers/strings.js';

const en = translation('en');
const s = pick(compareStrings, 'en');
const LETTERS = ['A', 'B', 'C'];

/** The default columns as the engine reads them. */
const A: Scenario = { plan: 'app', volume: '30000', period: 'month' };
const B: Scenario = { plan: 'alipay-mini', volume: '30000', period: 'month', passRate: '85' };

async function make(scenarios?: readonly CompareScenario[], attrs: { lang?: string; width?: number; theme?: string } = {}): Promise<IdvCompare> {
  const el = await fixtureIn<IdvCompare>(
    html`<idv-compare lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'auto'} .scenarios=${scenarios ?? [
      { plan: 'app', volume: '30000', period: 'month' },
      { plan: 'alipay-mini', volume: '30000', period: 'month', passRate: '85' },
    ]}></idv-compare>`,
    { style: `width: ${attrs.width ?? 1000}px` },
  );
  await settle(el);
  return el;
}

const columns = (el: IdvCompare): HTMLElement[] => parts(root(el), 'column');
const column = (el: IdvCompare, letter: string): HTMLElement => {
  const found = columns(el)[LETTERS.indexOf(letter)];
  expect(found, `column ${letter}`).to.be.instanceOf(Element);
  return found!;
};

/**
 * The figures on screen are the engine's: each column's yearly total with packs, billable units, pay-as-you-go,
 * savings, storage and pack rows formatted with src/i18n/format.ts; the cheapest (all of them on a tie) marked
 * with the badge and part; each dearer column's difference from the cheapest and the sentences under the
 * columns from compareQuotes; the inputs that differ.
 */
function expectCompared(el: IdvCompare, scenarios: readonly Scenario[], locale: Locale = 'en'): void {
  const t = translation(locale);
  const str = pick(compareStrings, locale);
  const money = (amount: string): string => norm(formatMoney(amount, locale));
  const count = (units: string | number): string => norm(formatCount(String(units), locale));
  const percent = (p: string | null): string | null => (p === null ? null : formatPercent(p, locale));
  const quotes: Quote[] = scenarios.map((x) => quote(x));
  const cmp = compareQuotes(quotes);
  expect(el.quotes).to.deep.equal(quotes);
  expect(el.comparison).to.deep.equal(cmp);
  const cols = columns(el);
  expect(cols.length, 'columns').to.equal(scenarios.length);
  const [first] = cmp.cheapest;
  quotes.forEach((q, i) => {
    const col = cols[i]!;
    const f = q.families[0]!;
    const line = q.lines[0]!;
    expect(text(part(col, 'total')), `${LETTERS[i]} total`).to.equal(money(q.totals.bestYear));
    const shown = facts(col);
    expect(shown[norm(str.billableYear)], `${LETTERS[i]} billable`).to.equal(count(line.units.year));
    expect(shown[norm(str.postpaidYear)], `${LETTERS[i]} postpaid`).to.equal(money(q.totals.postpaid.year));
    expect(shown[norm(str.savings)], `${LETTERS[i]} savings`).to.equal(norm(`${money(q.totals.savingsYear)} · ${formatPercent(f.savingsPercent, locale)}`));
    expect(shown[norm(str.storageMonth)], `${LETTERS[i]} storage`).to.equal(
      line.storage ? norm(formatMoney(line.storage.monthlyFee, locale, 'estimate')) : undefined,
    );
    for (const item of f.packLines) {
      expect(rowAmount(col, t.packItem(count(item.count), count(item.size))), `${LETTERS[i]} pack ${item.size}`).to.equal(
        item.trial ? norm(t.free) : money(item.cost),
      );
    }
    const cheapest = cmp.cheapest.includes(i);
    expect(col.getAttribute('part')!.split(' ').includes('column--cheapest'), `${LETTERS[i]} cheapest part`).to.equal(cheapest);
    const badge = col.querySelector('[part~="badge"]');
    expect(text(badge), `${LETTERS[i]} badge`).to.equal(cheapest ? (cmp.cheapest.length > 1 ? str.tiedCheapest : str.cheapest) : '');
    const versus = text(col.querySelector('.versus'));
    if (cheapest) expect(versus, `${LETTERS[i]} versus`).to.equal('');
    else {
      const d = cmp.differences.find((x) => x.from === first && x.to === i)!;
      expect(versus, `${LETTERS[i]} versus`).to.equal(norm(str.versus(money(d.amount), LETTERS[first!]!, percent(d.percent))));
    }
  });
  const name = (i: number): string => str.scenario(LETTERS[i]!);
  const sentences = [
    ...(cmp.cheapest.length > 1 ? [str.costSame(cmp.cheapest.map(name), money(cmp.totals[first!]!))] : []),
    ...quotes.flatMap((_, i) => {
      if (cmp.cheapest.includes(i)) return [];
      const d = cmp.differences.find((x) => x.from === first && x.to === i)!;
      return [str.costsMore(name(i), name(first!), money(d.amount), percent(d.percent))];
    }),
    cmp.differingInputs.length > 0 ? str.inputsDiffer(cmp.differingInputs.map((x) => str.inputs[x])) : str.inputsSame,
  ];
  expect([...part(root(el), 'differences').querySelectorAll('li')].map(text), 'differences').to.deep.equal(sentences.map(norm));
  expectSane(el);
}

describe('<idv-compare>', () => {
  describe('accessibility', () => {
    it('should be accessible with two scenarios, in en and zh-CN, light and dark', async () => {
      for (const [lang, theme] of [
        ['en', 'light'],
        ['zh-CN', 'dark'],
      ] as const) {
        const el = await make(undefined, { lang, theme });
        await expect(el).to.be.accessible();
      }
    });

    it('should be accessible with three scenarios, a tie and first purchase, wide and narrow', async () => {
      for (const width of [1100, 340]) {
        const el = await make(
          [
            { plan: 'app', volume: '1万', period: 'day', firstPurchase: true },
            { plan: 'h5', volume: '1万', period: 'day', firstPurchase: true },
            { plan: 'face-compare', volume: '5万', period: 'day' },
          ],
          { width },
        );
        expectSane(el);
        await expect(el).to.be.accessible();
      }
    });

    it('should be accessible with errors next to fields', async () => {
      const el = await make();
      await pasteInto(el, control(column(el, 'A'), en.volume), 'lots');
      await pasteInto(el, control(column(el, 'B'), en.passRate), '150');
      await expect(el).to.be.accessible();
    });

    it('should be accessible when the rules are invalid', async () => {
      const el = await make();
      el.rules = { version: 'broken' };
      await settle(el);
      expect(root(el).querySelector('[role="alert"]')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });

    it('should label every control and name each column and remove button by its letter', async () => {
      const el = await make([A as CompareScenario, B as CompareScenario, A as CompareScenario]);
      for (const c of root(el).querySelectorAll('input, select, button')) expect(labelOf(c), c.outerHTML).to.not.equal('');
      expect(parts(root(el), 'remove').map(labelOf)).to.deep.equal(LETTERS.map((l) => s.removeScenario(l)));
      // Each column is a region named by its heading, which carries the badge: "Scenario B Cheapest".
      const names = columns(el).map((c) => text(root(el).getElementById(c.getAttribute('aria-labelledby')!)));
      expect(names).to.deep.equal([`${s.scenario('A')}`, `${s.scenario('B')} ${s.cheapest}`, s.scenario('C')]);
    });
  });

  describe('figures and differences', () => {
    it('should show two default scenarios with the engine figures, the cheapest highlighted and the difference called out', async () => {
      const el = await make();
      expectCompared(el, [A, B]);
      // App 30,000 a month: ¥310,000 with packs; Alipay mini program at 85 %: 25,500 billable a month, ¥256,000.
      expect(text(part(column(el, 'B'), 'total'))).to.equal('CN¥256,000.00');
      expect(text(part(root(el), 'differences'))).to.include(
        norm(s.costsMore('Scenario A', 'Scenario B', 'CN¥54,000.00', '21.09%')),
      );
    });

    it('should mark every tied scenario cheapest and say they cost the same', async () => {
      const el = await make([
        { plan: 'app', volume: '30000', period: 'month' },
        { plan: 'h5', volume: '30000', period: 'month' },
        { plan: 'app', volume: '40000', period: 'month' },
      ]);
      const scenarios: Scenario[] = [A, { ...A, plan: 'h5' }, { ...A, volume: '40000' }];
      expectCompared(el, scenarios);
      expect(parts(root(el), 'column--cheapest')).to.have.length(2);
      expect(parts(root(el), 'badge').map(text)).to.deep.equal([s.tiedCheapest, s.tiedCheapest]);
      expect(text(part(root(el), 'differences'))).to.include(norm(s.costSame(['Scenario A', 'Scenario B'], 'CN¥310,000.00')));
    });

    it('should compare by the yearly total with packs, and say when the cheaper one costs nothing', async () => {
      const el = await make([
        { plan: 'face-compare', volume: '0', period: 'day' },
        { plan: 'face-compare', volume: '1000', period: 'day' },
      ]);
      expectCompared(el, [
        { plan: 'face-compare', volume: '0', period: 'day' },
        { plan: 'face-compare', volume: '1000', period: 'day' },
      ]);
      expect(text(part(root(el), 'differences'))).to.include(norm(s.costsMore('Scenario B', 'Scenario A', 'CN¥2,190.00', null)));
    });

    it('should take scenarios from code: parse 1.2万, complete fewer than two, show only three', async () => {
      const one = await make([{ plan: 'server', volume: '1.2万', period: 'day' }]);
      expectCompared(one, [{ plan: 'server', volume: '12000', period: 'day' }, B]);
      expect(control(column(one, 'A'), en.volume).value).to.equal('1.2万');
      const four = await make([A, B, A, B] as CompareScenario[]);
      expectCompared(four, [A, B, A]);
      expect(parts(root(four), 'add')).to.have.length(0);
    });

    it('should survive hostile scenarios from code with clear messages and no broken figures', async () => {
      const el = await make([null, { plan: {}, volume: 'NaN', firstPurchase: 'yes' }, 7] as unknown as CompareScenario[]);
      expect(columns(el)).to.have.length(3);
      expect(el.comparison).to.equal(null);
      expect(parts(root(el), 'differences')).to.have.length(0);
      expect(text(messageOf(el, control(column(el, 'B'), en.volume)))).to.equal(norm(en.errors['not-a-number']));
      expectSane(el);
      await expect(el).to.be.accessible();
    });

    it('should show a clear message for a scenario from code that cannot be priced, and compare the others', async () => {
      const el = await make([{ plan: 'nope', volume: '1', period: 'day' }, A, B] as CompareScenario[]);
      const select = control<HTMLSelectElement>(column(el, 'A'), en.plan);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, select))).to.equal(norm(en.unknownPlan('nope')));
      expect(text(part(column(el, 'A'), 'figures'))).to.equal(norm(s.noQuote));
      expect(el.quotes[0]).to.equal(null);
      expect(el.comparison).to.deep.equal(compareQuotes([quote(A), quote(B)]));
      // B and C are compared; the cheapest is named by its own letter.
      expect(text(part(root(el), 'differences'))).to.include(norm(s.costsMore('Scenario B', 'Scenario C', 'CN¥54,000.00', '21.09%')));
      expectSane(el);
      await choose(el, select, 'server');
      expectCompared(el, [{ plan: 'server', volume: '1', period: 'day' }, A, B]);
    });
  });

  describe('editing, as a visitor', () => {
    it('should reprice a column as its plan, volume, period and options change', async () => {
      const el = await make();
      const a = column(el, 'A');
      await typeInto(el, control(a, en.volume), '5万');
      await choose(el, control<HTMLSelectElement>(a, s.period), 'day');
      await typeInto(el, control(a, en.photoSize), '0.2');
      await typeInto(el, control(a, s.retentionDays), '90');
      expectCompared(el, [{ plan: 'app', volume: '50000', period: 'day', photoSizeMB: '0.2', retentionDays: '90' }, B]);
      const b = column(el, 'B');
      await typeInto(el, control(b, en.passRate), '95%');
      control(b, en.firstPurchase).click();
      await settle(el);
      await choose(el, control<HTMLSelectElement>(b, en.plan), 'alipay-h5');
      const b2: Scenario = { plan: 'alipay-h5', volume: '30000', period: 'month', passRate: '95', firstPurchase: true };
      expectCompared(el, [{ plan: 'app', volume: '50000', period: 'day', photoSizeMB: '0.2', retentionDays: '90' }, b2]);
      expect(el.scenarios).to.deep.equal([
        { plan: 'app', volume: '50000', period: 'day', photoSize: '0.2', retentionDays: '90', firstPurchase: false },
        { plan: 'alipay-h5', volume: '30000', period: 'month', passRate: '95', firstPurchase: true },
      ]);
    });

    it('should add a third scenario as a copy of the last, focus its plan, and remove a column by keyboard', async () => {
      const el = await make();
      const add = part(root(el), 'add') as HTMLButtonElement;
      expect(text(add)).to.include(s.add('C'));
      expect(parts(root(el), 'remove')).to.have.length(0);
      add.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(columns(el)).to.have.length(3);
      expectFocus(el, control(column(el, 'C'), en.plan));
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(s.added('C'));
      expect(parts(root(el), 'add')).to.have.length(0);
      await typeInto(el, control(column(el, 'C'), en.volume), '6万');
      const c: Scenario = { ...B, volume: '60000' };
      expectCompared(el, [A, B, c]);

      const removeB = findControl<HTMLButtonElement>(root(el), s.removeScenario('B'))!;
      removeB.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      // C becomes B; the add button is back and takes the focus.
      expectCompared(el, [A, c]);
      expectFocus(el, part(root(el), 'add'));
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(s.removed('B'));
      expect(parts(root(el), 'remove')).to.have.length(0);
    });

    it('should keep a column’s last valid figures with the message next to the bad field', async () => {
      const el = await make();
      const volume = control(column(el, 'A'), en.volume);
      await pasteInto(el, volume, '12,34');
      expect(volume.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, volume))).to.equal(norm(en.errors.grouping));
      expect(text(part(column(el, 'A'), 'figures'))).to.include(norm(s.columnStale));
      expectCompared(el, [A, B]);
      const rate = control(column(el, 'B'), en.passRate);
      await pasteInto(el, rate, '150');
      expect(text(messageOf(el, rate))).to.equal(norm(en.range('0', '100')));
      expectCompared(el, [A, B]);
      await typeInto(el, volume, '1,234');
      await typeInto(el, rate, '80');
      expect(volume.getAttribute('aria-invalid')).to.equal('false');
      expect(rate.getAttribute('aria-invalid')).to.equal('false');
      expect(root(el).querySelector('.stale-note')).to.equal(null);
      expectCompared(el, [{ ...A, volume: '1234' }, { ...B, passRate: '80' }]);
    });
  });

  describe('keyboard', () => {
    it('should tab through each column top to bottom, then to the add button, with focus visible', async () => {
      const el = await make();
      control<HTMLSelectElement>(column(el, 'A'), en.plan).focus();
      const order: string[] = [];
      for (let i = 0; i < 11; i++) {
        order.push(labelOf(focused(el)!));
        await sendKeys({ press: 'Tab' });
      }
      expect(order).to.deep.equal([
        en.plan,
        en.volume,
        s.period,
        en.photoSize,
        s.retentionDays,
        en.firstPurchase,
        en.plan,
        en.volume,
        s.period,
        en.passRate,
        en.firstPurchase,
      ]);
      expectFocus(el, part(root(el), 'add'));
      expect(getComputedStyle(part(root(el), 'add')).outlineStyle).to.equal('solid');
      // A select changes with the arrow keys like any native one.
      const period = control<HTMLSelectElement>(column(el, 'A'), s.period);
      period.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(period.value).to.equal('year');
      expectCompared(el, [{ ...A, period: 'year' }, B]);
    });
  });

  describe('events', () => {
    it('should fire idv-compare-change after typing, with scenarios, quotes and the comparison, out of the shadow root', async () => {
      const el = await make();
      const { events, stop } = record<IdvCompareChangeEvent>('idv-compare-change');
      await typeInto(el, control(column(el, 'A'), en.volume), '2万');
      stop();
      expect(events.length).to.be.greaterThan(0);
      const last = events.at(-1)!;
      expect(last.bubbles && last.composed).to.equal(true);
      const quotes = [quote({ ...A, volume: '20000' }), quote(B)];
      expect(last.detail).to.deep.equal({ scenarios: el.scenarios, quotes, comparison: compareQuotes(quotes), currency: 'CNY' });
      expect(last.detail.scenarios[0]).to.include({ plan: 'app', volume: '20000', period: 'month' });
    });

    it('should fire on picking, ticking, adding and removing', async () => {
      const el = await make();
      const { events, stop } = record<IdvCompareChangeEvent>('idv-compare-change');
      await choose(el, control<HTMLSelectElement>(column(el, 'A'), en.plan), 'h5');
      await choose(el, control<HTMLSelectElement>(column(el, 'A'), s.period), 'year');
      control(column(el, 'A'), en.firstPurchase).click();
      await settle(el);
      (part(root(el), 'add') as HTMLButtonElement).click();
      await settle(el);
      parts(root(el), 'remove')[0]!.click();
      await settle(el);
      stop();
      expect(events).to.have.length(5);
      expect(events[3]!.detail.scenarios).to.have.length(3);
      expect(events[4]!.detail.scenarios).to.have.length(2);
    });

    it('should not fire while a field is invalid, nor when code sets properties', async () => {
      const el = await make();
      const { events, stop } = record<IdvCompareChangeEvent>('idv-compare-change');
      await pasteInto(el, control(column(el, 'A'), en.volume), 'abc');
      await typeInto(el, control(column(el, 'B'), en.volume), '1');
      el.scenarios = [A as CompareScenario, B as CompareScenario, A as CompareScenario];
      el.rules = JSON.parse(JSON.stringify(DEFAULT_RULES));
      el.lang = 'zh-CN';
      await settle(el);
      stop();
      expect(events).to.have.length(0);
      expectCompared(el, [A, B, A], 'zh-CN');
    });
  });

  describe('layout, parts and custom properties', () => {
    it('should put the scenarios side by side when wide and stack them under 600 px', async () => {
      const wide = await make(undefined, { width: 900 });
      const [a, b] = columns(wide).map((c) => c.getBoundingClientRect());
      expect(a!.top).to.equal(b!.top);
      expect(b!.left).to.be.greaterThan(a!.right - 1);
      // Subgrid rows: the totals line up across the columns whatever fields each plan shows.
      const [ta, tb] = parts(root(wide), 'total').map((x) => x.getBoundingClientRect().top);
      expect(ta).to.equal(tb);
      const narrow = await make(undefined, { width: 560 });
      const [na, nb] = columns(narrow).map((c) => c.getBoundingClientRect());
      expect(nb!.top).to.be.greaterThan(na!.bottom - 1);
      expect(nb!.left).to.equal(na!.left);
      expectSane(narrow);
    });

    it('should expose its parts', async () => {
      const el = await make();
      for (const name of ['base', 'header', 'columns', 'column', 'column--cheapest', 'badge', 'field', 'input', 'figures', 'total', 'add', 'differences', 'line-item', 'line-item__price']) {
        expect(parts(root(el), name).length, name).to.be.greaterThan(0);
      }
    });

    it('should outline the cheapest with --idv-compare-cheapest-color', async () => {
      const el = await make();
      el.style.setProperty('--idv-compare-cheapest-color', 'rgb(10, 20, 30)');
      await settle(el);
      expect(getComputedStyle(column(el, 'B')).borderTopColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(part(root(el), 'badge')).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(column(el, 'A')).borderTopColor).to.not.equal('rgb(10, 20, 30)');
    });
  });

  describe('i18n', () => {
    it('should speak Chinese with lang="zh-CN", with the engine figures', async () => {
      const el = await make(undefined, { lang: 'zh-CN' });
      const zh = pick(compareStrings, 'zh-CN');
      expect(text(part(root(el), 'header'))).to.include(zh.title);
      expect(text(part(column(el, 'B'), 'badge'))).to.equal(zh.cheapest);
      expectCompared(el, [A, B], 'zh-CN');
      expect(text(part(root(el), 'differences'))).to.include(zh.inputsDiffer([zh.inputs.plan]));
    });

    it('should show a pack’s discount as “% off” in English and as 折 in Chinese', async () => {
      const el = await make();
      const tags = [...root(el).querySelectorAll('.items .tag')].map(text);
      expect(tags).to.include('10 % off');
      for (const tag of tags) expect(tag).to.match(/^(\d+(\.\d+)? % off|no discount|free trial)$/);
      const zh = await make(undefined, { lang: 'zh-CN' });
      const zhTags = [...root(zh).querySelectorAll('.items .tag')].map(text);
      expect(zhTags).to.include('9折');
      expect(zhTags.join(' ')).to.not.include('%');
    });

    it('should have every string in both locales', () => {
      const keys = (o: object): string[] => Object.keys(o).sort();
      expect(keys(compareStrings['zh-CN'])).to.deep.equal(keys(compareStrings.en));
      expect(keys(compareStrings['zh-CN'].inputs)).to.deep.equal(keys(compareStrings.en.inputs));
    });
  });
});
