import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../../src/components/estimate/estimate.js';
import type { IdvEstimate } from '../../../src/components/estimate/estimate.js';
import { DEFAULT_RULES, PLAN_IDS, quote } from '../../../src/engine/index.js';
import type { Period, PlanId, Quote, ScenarioLine } from '../../../src/engine/index.js';
import type { EstimateLine, IdvEstimateChangeEvent } from '../../../src/events/idv-estimate-change.js';
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
import { translation, pick, estimateStrings } from '../../helpers/strings.js';

const en = translation('en');
const s = pick(estimateStrings, 'en');

/** The docs' example: App 30,000 a month, H5 10,000 a month and face comparison 2,000,000 a month. */
/** A line both the element (EstimateLine) and the engine (ScenarioLine) read the same way. */
type Line = { readonly plan: PlanId; readonly volume: string; readonly period: Period };

const PRESET: Line[] = [
  { plan: 'app', volume: '30000', period: 'month' },
  { plan: 'h5', volume: '10000', period: 'month' },
  { plan: 'face-compare', volume: '2000000', period: 'month' },
];

async function make(lines?: readonly EstimateLine[], attrs: { lang?: string; firstPurchase?: boolean } = {}): Promise<IdvEstimate> {
  const el = await fixture<IdvEstimate>(
    html`<idv-estimate lang=${attrs.lang ?? 'en'} ?first-purchase=${attrs.firstPurchase ?? false} .lines=${lines ?? [{ plan: 'app', volume: '30000', period: 'month' }]}></idv-estimate>`,
  );
  await settle(el);
  return el;
}

/** What the engine says for the lines as the estimate passes them (only the fields each plan uses). */
function engineQuote(lines: readonly ScenarioLine[], firstPurchase = false): Quote {
  return quote({ lines, firstPurchase });
}

const lineEls = (el: IdvEstimate): HTMLElement[] => parts(root(el), 'line');
const lineEl = (el: IdvEstimate, n: number): HTMLElement => {
  const found = lineEls(el)[n - 1];
  expect(found, `line ${n}`).to.be.instanceOf(Element);
  return found!;
};
const familyCard = (el: IdvEstimate, name: string): HTMLElement => {
  const found = parts(root(el), 'card').find((c) => text(c.querySelector('h4')) === norm(name));
  expect(found, `a card headed ${name}`).to.be.instanceOf(Element);
  return found!;
};
const addButton = (el: IdvEstimate): HTMLButtonElement => part(root(el), 'add') as HTMLButtonElement;

/**
 * The figures on screen are the engine's quote `q` formatted with src/i18n/format.ts: each line's billable units
 * a year, pay-as-you-go a month and a year and OSS storage; each family's pack rows, overage, total with packs,
 * pay-as-you-go and savings; the grand totals and the storage totals.
 */
function expectFigures(el: IdvEstimate, q: Quote, locale: Locale = 'en'): void {
  const t = translation(locale);
  const str = pick(estimateStrings, locale);
  const money = (amount: string): string => norm(formatMoney(amount, locale));
  const estimate = (amount: string): string => norm(formatMoney(amount, locale, 'estimate'));
  const count = (units: string | number): string => norm(formatCount(String(units), locale));
  const lines = lineEls(el);
  expect(lines.length, 'lines').to.equal(q.lines.length);
  q.lines.forEach((line, i) => {
    const shown = facts(part(lines[i]!, 'line-figures'));
    expect(shown[norm(str.billableYear)], `line ${i + 1} billable`).to.equal(count(line.units.year));
    expect(shown[norm(str.postpaidMonth)], `line ${i + 1} month`).to.equal(money(line.postpaid.month));
    expect(shown[norm(str.postpaidYear)], `line ${i + 1} year`).to.equal(money(line.postpaid.year));
    expect(shown[norm(str.storageMonth)], `line ${i + 1} storage`).to.equal(line.storage ? estimate(line.storage.monthlyFee) : undefined);
  });
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  expect(parts(root(el), 'card').filter((c) => c.classList.contains('family')).length, 'family cards').to.equal(q.families.length);
  for (const f of q.families) {
    const card = familyCard(el, DEFAULT_RULES.families[f.family].name[lang]);
    expect(text(card), `${f.family} pooled`).to.include(norm(str.pooled(count(f.yearUnits))));
    for (const item of f.packLines) {
      expect(rowAmount(card, t.packItem(count(item.count), count(item.size))), `${f.family} pack ${item.size}`).to.equal(
        item.trial ? norm(t.free) : money(item.cost),
      );
    }
    if (f.packLines.length > 0 && String(f.mix.overageUnits) !== '0') {
      expect(rowAmount(card, t.overage(count(f.mix.overageUnits))), `${f.family} overage`).to.equal(money(f.mix.overageCost));
    }
    expect(rowAmount(card, t.packsTotal), `${f.family} total`).to.equal(money(f.mix.total));
    expect(rowAmount(card, t.postpaidYear), `${f.family} postpaid`).to.equal(money(f.mix.postpaidTotal));
    expect(text(card), `${f.family} savings`).to.include(norm(`${money(f.mix.savings)} · ${formatPercent(f.savingsPercent, locale)}`));
  }
  const summary = part(root(el), 'summary');
  expect(rowAmount(summary, str.withPacks), 'grand total with packs').to.equal(money(q.totals.bestYear));
  expect(rowAmount(summary, str.postpaid), 'grand total postpaid').to.equal(money(q.totals.postpaid.year));
  expect(text(summary), 'postpaid a month').to.include(norm(str.aMonth(money(q.totals.postpaid.month))));
  expect(rowAmount(summary, str.savings), 'savings').to.equal(money(q.totals.savingsYear));
  const storage = parts(root(el), 'card').find((c) => text(c.querySelector('h4')) === norm(str.storageTitle));
  if (q.lines.some((l) => l.storage)) {
    const shown = facts(storage!);
    expect(shown[norm(str.storageMonthly)], 'storage a month').to.equal(estimate(q.totals.storageMonthly));
    expect(shown[norm(str.storageFirstYear)], 'storage first year').to.equal(estimate(q.totals.storageFirstYear));
  } else {
    expect(storage, 'no storage card').to.equal(undefined);
  }
  expectSane(el);
}

/** Adds a line by clicking the button, then picks the plan, types the volume and picks the period as a visitor. */
async function addLine(el: IdvEstimate, line: { plan: string; volume: string; period: Period }): Promise<HTMLElement> {
  addButton(el).click();
  await settle(el);
  const row = lineEls(el).at(-1)!;
  await choose(el, control<HTMLSelectElement>(row, en.plan), line.plan);
  await typeInto(el, control(row, en.volume), line.volume);
  await choose(el, control<HTMLSelectElement>(row, s.period), line.period);
  return row;
}

describe('<idv-estimate>', () => {
  describe('accessibility', () => {
    it('should be accessible with one line', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });

    it('should be accessible with the preset in en and zh-CN', async () => {
      for (const lang of ['en', 'zh-CN']) {
        const el = await make(PRESET, { lang });
        expectSane(el);
        await expect(el).to.be.accessible();
      }
    });

    it('should be accessible with every optional field shown, first purchase and a QPS over the limit', async () => {
      const el = await make(
        [
          { plan: 'alipay-mini', volume: '2万', period: 'day', passRate: '85', peakShare: '10' },
          { plan: 'liveness-verify', volume: '500万', period: 'day', peakShare: '20' },
        ],
        { firstPurchase: true },
      );
      expect(text(part(lineEl(el, 2), 'line-figures'))).to.include(norm(s.qpsOver));
      await expect(el).to.be.accessible();
    });

    it('should be accessible with errors next to fields', async () => {
      const el = await make(PRESET);
      await pasteInto(el, control(lineEl(el, 2), en.volume), 'lots');
      await pasteInto(el, control(lineEl(el, 3), en.peakShare), '150');
      expect(control(lineEl(el, 2), en.volume).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('should be accessible when the rules are invalid', async () => {
      const el = await make();
      el.rules = { version: 'broken' };
      await settle(el);
      expect(root(el).querySelector('[role="alert"]')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });

    it('should label every control, and name each remove button after its line', async () => {
      const el = await make(PRESET);
      for (const c of root(el).querySelectorAll('input, select, button')) expect(labelOf(c), c.outerHTML).to.not.equal('');
      const removes = parts(root(el), 'remove');
      expect(removes.map(labelOf)).to.deep.equal([
        s.removeLine(1, 'App SDK'),
        s.removeLine(2, 'PC / mobile H5 web'),
        s.removeLine(3, 'Face comparison'),
      ]);
      // Each line is a group named by its heading.
      const groups = lineEls(el).map((l) => l.querySelector('[role="group"]')!);
      expect(groups.map((g) => text(root(el).getElementById(g.getAttribute('aria-labelledby')!)))).to.deep.equal([
        s.lineLegend(1, 'App SDK'),
        s.lineLegend(2, 'PC / mobile H5 web'),
        s.lineLegend(3, 'Face comparison'),
      ]);
    });
  });

  describe('figures', () => {
    it('should show the engine figures for the preset, App and H5 pooled in one pack family', async () => {
      const el = await make(PRESET);
      const q = engineQuote(PRESET);
      expect(q.families.map((f) => [f.family, f.plans])).to.deep.equal([
        ['idv', ['app', 'h5']],
        ['face-compare', ['face-compare']],
      ]);
      expect(el.quote).to.deep.equal(q);
      expectFigures(el, q);
      // 480,000 pooled units buy one 500,000 pack, where App alone (360,000) and H5 alone (120,000) would not.
      expect(text(familyCard(el, 'ID verification packs'))).to.include(s.familyPlans(['App SDK', 'PC / mobile H5 web']));
    });

    it('should pool volumes per family: one family card for two plans of one family', async () => {
      const lines: EstimateLine[] = [
        { plan: 'liveness-verify', volume: '30万', period: 'year' },
        { plan: 'liveness-detect', volume: '1000', period: 'day' },
      ];
      const el = await make(lines);
      const q = engineQuote([
        { plan: 'liveness-verify', volume: '300000', period: 'year' },
        { plan: 'liveness-detect', volume: '1000', period: 'day' },
      ]);
      expect(q.families).to.have.length(1);
      expectFigures(el, q);
    });

    it('should use the free trial packs when the first-purchase box is ticked', async () => {
      const el = await make(PRESET);
      const box = control(root(el), en.firstPurchase);
      expect(box.checked).to.equal(false);
      box.click();
      await settle(el);
      expect(el.firstPurchase).to.equal(true);
      const q = engineQuote(PRESET, true);
      expect(q.families[0]!.packLines.some((p) => p.trial)).to.equal(true);
      expectFigures(el, q);
    });

    it('should parse volumes typed like 1.2万, １２０００ and 1.5亿, and pass only the fields each plan uses', async () => {
      const el = await make([
        { plan: 'alipay-h5', volume: '1.2万', period: 'day', passRate: '90%', photoSize: '9' },
        { plan: 'face-compare', volume: '１２０００', period: 'month' },
        { plan: 'server', volume: '1.5亿', period: 'year' },
      ]);
      const q = engineQuote([
        { plan: 'alipay-h5', volume: '12000', period: 'day', passRate: '90' },
        { plan: 'face-compare', volume: '12000', period: 'month' },
        { plan: 'server', volume: '150000000', period: 'year' },
      ]);
      expectFigures(el, q);
      expect(control(lineEl(el, 1), en.volume).value).to.equal('1.2万');
    });

    it('should agree with the engine for generated lines set from code', async () => {
      const lineArb = fc.record({
        plan: fc.constantFrom(...PLAN_IDS),
        volume: fc.integer({ min: 0, max: 5e8 }).map(String),
        period: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
        passRate: fc.integer({ min: 0, max: 100 }).map(String),
        photoSize: fc.constantFrom('0.05', '0.1', '0.25'),
        retentionDays: fc.integer({ min: 0, max: 365 }).map(String),
      });
      const el = await make();
      await fc.assert(
        fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 4 }), fc.boolean(), async (lines, firstPurchase) => {
          el.lines = lines;
          el.firstPurchase = firstPurchase;
          await settle(el);
          const used = lines.map((l): ScenarioLine => {
            const plan = DEFAULT_RULES.plans[l.plan];
            return {
              plan: l.plan,
              volume: l.volume,
              period: l.period,
              ...(plan.metering === 'passed' ? { passRate: l.passRate } : {}),
              ...(plan.storesPhotos ? { photoSizeMB: l.photoSize, retentionDays: l.retentionDays } : {}),
            };
          });
          expectFigures(el, engineQuote(used, firstPurchase));
        }),
        { numRuns: 12 },
      );
    });

    it('should show one line when the lines set from code are empty or not an array', async () => {
      for (const lines of [[], 'app' as unknown as EstimateLine[]]) {
        const el = await make(lines);
        expect(lineEls(el)).to.have.length(1);
        expect(parts(root(el), 'remove')).to.have.length(0);
        expectSane(el);
      }
    });

    it('should survive hostile lines from code with clear messages and no broken figures', async () => {
      const hostile = [null, 5, { plan: {}, volume: {} }, { plan: 'app', volume: '1e3', period: 'week', passRate: [] }, { plan: '<b>x</b>', volume: '-1' }];
      const el = await make(hostile as unknown as EstimateLine[]);
      expect(lineEls(el)).to.have.length(5);
      expect(el.quote).to.equal(null);
      expect(text(part(root(el), 'results'))).to.equal(norm(s.noQuote));
      expect(text(messageOf(el, control(lineEl(el, 1), en.volume)))).to.equal(norm(en.errors.empty));
      expect(text(messageOf(el, control(lineEl(el, 4), en.volume)))).to.equal(norm(en.errors['not-a-number']));
      expect(text(messageOf(el, control(lineEl(el, 5), en.volume)))).to.equal(norm(en.errors.negative));
      expect(text(messageOf(el, control(lineEl(el, 5), en.plan)))).to.equal(norm(en.unknownPlan('<b>x</b>')));
      expect(root(el).querySelector('b')).to.equal(null);
      // An unknown period reads as a month.
      expect(control<HTMLSelectElement>(lineEl(el, 4), s.period).value).to.equal('month');
      expectSane(el);
      await expect(el).to.be.accessible();
    });

    it('should say which plan is unknown, and still price the other lines', async () => {
      const el = await make([{ plan: 'app', volume: '100', period: 'month' }, { plan: 'nope', volume: '5', period: 'month' }]);
      const select = control<HTMLSelectElement>(lineEl(el, 2), en.plan);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, select))).to.equal(norm(en.unknownPlan('nope')));
      // Nothing was ever priced for "nope": no quote yet, and a clear message instead of broken figures.
      expect(el.quote).to.equal(null);
      expect(text(part(root(el), 'results'))).to.equal(norm(s.noQuote));
      await choose(el, select, 'h5');
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expectFigures(el, engineQuote([{ plan: 'app', volume: '100', period: 'month' }, { plan: 'h5', volume: '5', period: 'month' }]));
    });

    it('should price custom rules, and show the rules error for invalid ones', async () => {
      const el = await make(PRESET);
      const data = JSON.parse(JSON.stringify(DEFAULT_RULES)) as { version: string };
      data.version = 'custom-1';
      el.rules = data;
      await settle(el);
      expect(text(part(root(el), 'header'))).to.include('custom-1');
      expectFigures(el, engineQuote(PRESET));
      el.rules = { nope: true };
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.include(norm(en.rulesErrorTitle));
      expectSane(el);
    });
  });

  describe('lines, as a visitor edits them', () => {
    it('should build the preset from one line by typing, clicking and picking, with figures equal to the engine', async () => {
      const el = await make([{ plan: 'app', volume: '10000', period: 'day' }]);
      const first = lineEl(el, 1);
      await typeInto(el, control(first, en.volume), '3万');
      await choose(el, control<HTMLSelectElement>(first, s.period), 'month');
      await addLine(el, { plan: 'h5', volume: '10,000', period: 'month' });
      await addLine(el, { plan: 'face-compare', volume: '200万', period: 'month' });
      expectFigures(el, engineQuote(PRESET));
      expect(el.lines).to.deep.equal([
        { plan: 'app', volume: '30000', period: 'month', photoSize: '0.1', retentionDays: '30' },
        { plan: 'h5', volume: '10000', period: 'month', photoSize: '0.1', retentionDays: '30' },
        { plan: 'face-compare', volume: '2000000', period: 'month' },
      ]);
    });

    it('should move focus to the new line’s plan select when a line is added, and announce it', async () => {
      const el = await make();
      addButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(lineEls(el)).to.have.length(2);
      expectFocus(el, control(lineEl(el, 2), en.plan));
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(s.lineAdded(2));
      // A new line adds nothing until it has a volume: 0 verifications.
      expect(control(lineEl(el, 2), en.volume).value).to.equal('0');
      expectFigures(el, engineQuote([{ plan: 'app', volume: '30000', period: 'month' }, { plan: 'app', volume: '0', period: 'month' }]));
    });

    it('should remove a line with its button, keyboard or mouse, focus the line taking its place, and always keep one', async () => {
      const el = await make(PRESET);
      const remove2 = findControl<HTMLButtonElement>(root(el), s.removeLine(2, 'PC / mobile H5 web'))!;
      remove2.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(lineEls(el).map((l) => text(l.querySelector('h4')))).to.deep.equal([s.lineLegend(1, 'App SDK'), s.lineLegend(2, 'Face comparison')]);
      expectFocus(el, control(lineEl(el, 2), en.plan));
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(s.lineRemoved(2, 'PC / mobile H5 web'));
      expectFigures(el, engineQuote([PRESET[0]!, PRESET[2]!]));

      // Removing the last line in the list focuses the line before it.
      findControl<HTMLButtonElement>(root(el), s.removeLine(2, 'Face comparison'))!.click();
      await settle(el);
      expectFocus(el, control(lineEl(el, 1), en.plan));
      // One line left: it cannot be removed.
      expect(parts(root(el), 'remove')).to.have.length(0);
      expectFigures(el, engineQuote([PRESET[0]!]));
    });

    it('should show the fields each plan uses, and keep what was typed when switching back', async () => {
      const el = await make();
      const row = lineEl(el, 1);
      expect(findControl(row, en.passRate)).to.equal(null);
      await typeInto(el, control(row, en.photoSize), '0.2');
      await choose(el, control<HTMLSelectElement>(row, en.plan), 'alipay-mini');
      expect(findControl(row, en.photoSize)).to.equal(null);
      await typeInto(el, control(row, en.passRate), '85%');
      expectFigures(el, engineQuote([{ plan: 'alipay-mini', volume: '30000', period: 'month', passRate: '85' }]));
      await choose(el, control<HTMLSelectElement>(row, en.plan), 'h5');
      expect(control(row, en.photoSize).value).to.equal('0.2');
      expectFigures(el, engineQuote([{ plan: 'h5', volume: '30000', period: 'month', photoSizeMB: '0.2' }]));
    });

    it('should keep a line’s last valid figures with the message next to the bad field, and still update the other lines', async () => {
      const el = await make(PRESET);
      const volume = control(lineEl(el, 2), en.volume);
      await pasteInto(el, volume, '12,34');
      expect(volume.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, volume))).to.equal(norm(en.errors.grouping));
      expect(volume.value).to.equal('12,34');
      expect(text(part(lineEl(el, 2), 'line-figures'))).to.include(norm(s.lineStale));
      expect(text(part(root(el), 'summary'))).to.include(norm(s.staleTotals));
      expectFigures(el, engineQuote(PRESET));

      // Line 1 still prices, with line 2 at its last valid volume.
      await typeInto(el, control(lineEl(el, 1), en.volume), '5万');
      expectFigures(el, engineQuote([{ ...PRESET[0]!, volume: '50000' }, PRESET[1]!, PRESET[2]!]));

      await typeInto(el, volume, '12,345');
      expect(volume.getAttribute('aria-invalid')).to.equal('false');
      expect(text(messageOf(el, volume))).to.equal('');
      expect(text(part(root(el), 'summary'))).to.not.include(norm(s.staleTotals));
      expectFigures(el, engineQuote([{ ...PRESET[0]!, volume: '50000' }, { ...PRESET[1]!, volume: '12345' }, PRESET[2]!]));
    });

    it('should give the range for a value the engine refuses (a pass rate of 150 %) and keep the last valid figures', async () => {
      const el = await make([{ plan: 'alipay-mini', volume: '1000', period: 'day', passRate: '90' }, PRESET[2]!]);
      const rate = control(lineEl(el, 1), en.passRate);
      await pasteInto(el, rate, '150');
      expect(rate.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, rate))).to.equal(norm(en.range('0', '100')));
      const kept = engineQuote([{ plan: 'alipay-mini', volume: '1000', period: 'day', passRate: '90' }, PRESET[2]!]);
      expectFigures(el, kept);
      // The other line still updates, with line 1 at its last valid pass rate.
      await typeInto(el, control(lineEl(el, 2), en.volume), '300万');
      expectFigures(el, engineQuote([{ plan: 'alipay-mini', volume: '1000', period: 'day', passRate: '90' }, { ...PRESET[2]!, volume: '3000000' }]));
      await typeInto(el, rate, '95');
      expect(rate.getAttribute('aria-invalid')).to.equal('false');
      expectFigures(el, engineQuote([{ plan: 'alipay-mini', volume: '1000', period: 'day', passRate: '95' }, { ...PRESET[2]!, volume: '3000000' }]));
    });

    it('should check the peak QPS of a line against its plan’s limit', async () => {
      const el = await make([{ plan: 'face-compare', volume: '100万', period: 'day' }]);
      await typeInto(el, control(lineEl(el, 1), en.peakShare), '10');
      // 1,000,000 × 10 % ÷ 3600 s ≈ 27.77 QPS, over face comparison's 10.
      const shown = facts(part(lineEl(el, 1), 'line-figures'));
      expect(shown[s.peakQps]).to.equal(s.qpsOf('27.77', '10'));
      expect(text(part(lineEl(el, 1), 'line-figures'))).to.include(norm(s.qpsOver));
    });
  });

  describe('keyboard', () => {
    it('should tab through each line in reading order, then to the add button and the first-purchase box, with focus visible', async () => {
      const el = await make([PRESET[0]!, { plan: 'alipay-mini', volume: '1000', period: 'day' }]);
      control<HTMLSelectElement>(lineEl(el, 1), en.plan).focus();
      const order: string[] = [];
      for (let i = 0; i < 12; i++) {
        order.push(labelOf(focused(el)!));
        await sendKeys({ press: 'Tab' });
      }
      expect(order).to.deep.equal([
        en.plan,
        en.volume,
        s.period,
        en.photoSize,
        s.retentionDays,
        `${en.peakShare} (${en.optional})`,
        s.removeLine(2, 'Alipay mini program'),
        en.plan,
        en.volume,
        s.period,
        en.passRate,
        `${en.peakShare} (${en.optional})`,
      ]);
      expectFocus(el, addButton(el));
      expect(getComputedStyle(addButton(el)).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expectFocus(el, control(root(el), en.firstPurchase));
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.firstPurchase).to.equal(true);
    });
  });

  describe('events', () => {
    it('should fire idv-estimate-change after typing, with the lines, quote and total, bubbling out of the shadow root', async () => {
      const el = await make(PRESET);
      const { events, stop } = record<IdvEstimateChangeEvent>('idv-estimate-change');
      await typeInto(el, control(lineEl(el, 1), en.volume), '4万');
      stop();
      expect(events.length).to.be.greaterThan(0);
      const last = events.at(-1)!;
      expect(last.bubbles && last.composed).to.equal(true);
      const q = engineQuote([{ ...PRESET[0]!, volume: '40000' }, PRESET[1]!, PRESET[2]!]);
      expect(last.detail).to.deep.equal({ lines: el.lines, firstPurchase: false, quote: q, total: q.totals.bestYear, currency: 'CNY' });
      expect(last.detail.lines[0]).to.include({ plan: 'app', volume: '40000', period: 'month' });
    });

    it('should fire on adding and removing lines, picking a plan or period and ticking first purchase', async () => {
      const el = await make(PRESET);
      const { events, stop } = record<IdvEstimateChangeEvent>('idv-estimate-change');
      addButton(el).click();
      await settle(el);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.lines).to.have.length(4);
      parts(root(el), 'remove')[3]!.click();
      await settle(el);
      expect(events).to.have.length(2);
      await choose(el, control<HTMLSelectElement>(lineEl(el, 1), en.plan), 'server');
      await choose(el, control<HTMLSelectElement>(lineEl(el, 1), s.period), 'day');
      control(root(el), en.firstPurchase).click();
      await settle(el);
      stop();
      expect(events).to.have.length(5);
      expect(events[4]!.detail.firstPurchase).to.equal(true);
      expect(events[4]!.detail.lines[0]).to.deep.equal({ plan: 'server', volume: '30000', period: 'day' });
    });

    it('should not fire while a field is invalid', async () => {
      const el = await make(PRESET);
      const { events, stop } = record<IdvEstimateChangeEvent>('idv-estimate-change');
      await typeInto(el, control(lineEl(el, 3), en.volume), 'abc');
      await typeInto(el, control(lineEl(el, 1), en.volume), '1');
      stop();
      expect(events).to.have.length(0);
    });

    it('should not fire when code sets lines, first purchase, rules or lang', async () => {
      const el = await make();
      const { events, stop } = record<IdvEstimateChangeEvent>('idv-estimate-change');
      el.lines = PRESET;
      el.firstPurchase = true;
      el.rules = JSON.parse(JSON.stringify(DEFAULT_RULES));
      el.lang = 'zh-CN';
      await settle(el);
      stop();
      expect(events).to.have.length(0);
      expectFigures(el, engineQuote(PRESET, true), 'zh-CN');
    });

    it('should rebuild the lines when code sets them after a visitor’s edits', async () => {
      const el = await make(PRESET);
      await typeInto(el, control(lineEl(el, 2), en.volume), 'bad');
      el.lines = [{ plan: 'server', volume: '7', period: 'day' }];
      await settle(el);
      expect(lineEls(el)).to.have.length(1);
      expect(control(lineEl(el, 1), en.volume).getAttribute('aria-invalid')).to.equal('false');
      expectFigures(el, engineQuote([{ plan: 'server', volume: '7', period: 'day' }]));
    });
  });

  describe('parts and custom properties', () => {
    it('should expose its parts', async () => {
      const el = await make(PRESET);
      for (const name of ['base', 'header', 'lines', 'line', 'field', 'input', 'remove', 'add', 'line-figures', 'results', 'summary', 'card', 'line-item', 'line-item__price']) {
        expect(parts(root(el), name).length, name).to.be.greaterThan(0);
      }
    });

    it('should follow --idv-color-accent, --idv-estimate-max-width and the theme', async () => {
      const el = await make();
      el.style.setProperty('--idv-color-accent', 'rgb(1, 2, 3)');
      el.style.setProperty('--idv-estimate-max-width', '500px');
      await settle(el);
      expect(getComputedStyle(root(el).querySelector('.big')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(root(el), 'base')).maxWidth).to.equal('500px');
      el.style.removeProperty('--idv-color-accent');
      const light = getComputedStyle(part(root(el), 'base')).backgroundColor;
      el.theme = 'dark';
      await settle(el);
      expect(getComputedStyle(part(root(el), 'base')).backgroundColor).to.not.equal(light);
    });
  });

  describe('i18n', () => {
    it('should speak Chinese with lang="zh-CN", counting in 万, with figures equal to the engine', async () => {
      const el = await make(PRESET, { lang: 'zh-CN' });
      const zh = pick(estimateStrings, 'zh-CN');
      expect(text(part(root(el), 'header'))).to.include(zh.title);
      expect(text(lineEl(el, 1).querySelector('h4'))).to.equal(zh.lineLegend(1, 'APP 认证方案'));
      expect(facts(part(lineEl(el, 1), 'line-figures'))[zh.billableYear]).to.equal('36万');
      expectFigures(el, engineQuote(PRESET), 'zh-CN');
      await typeInto(el, control(lineEl(el, 1), translation('zh-CN').volume), '一万');
      expect(text(messageOf(el, control(lineEl(el, 1), translation('zh-CN').volume)))).to.equal(translation('zh-CN').errors['not-a-number']);
    });

    it('should read as English on an English page: pack chips in % off, hints with 12k and 1.2 million', async () => {
      const el = await make(PRESET, { firstPurchase: true });
      const tags = [...root(el).querySelectorAll('.family .tag')].map(text);
      // The trial, App + H5's pack at 7折 and face comparison's at 4.5折.
      expect(tags).to.deep.equal([en.trialPack, '30 % off', '55 % off']);
      for (const tag of tags) expect(tag).to.match(/^(\d+(\.\d+)? % off|no discount|free trial)$/);
      const hint = text(part(root(el), 'lines').querySelector('p'));
      expect(hint).to.include('12k').and.include('1.2 million').and.not.match(/[万亿]/);

      const zh = await make(PRESET, { lang: 'zh-CN', firstPurchase: true });
      const zhTags = [...root(zh).querySelectorAll('.family .tag')].map(text);
      expect(zhTags).to.deep.equal([translation('zh-CN').trialPack, '7折', '4.5折']);
      expect(zhTags.join(' ')).to.not.include('%');
      expect(text(part(root(zh), 'lines').querySelector('p'))).to.include('1.2万').and.include('1.5亿');
    });

    it('should follow the page language when it changes', async () => {
      const el = await fixtureIn<IdvEstimate>(html`<idv-estimate></idv-estimate>`, { lang: 'en' });
      await settle(el);
      expect(text(part(root(el), 'header'))).to.include(s.title);
      el.parentElement!.lang = 'zh-CN';
      el.requestUpdate();
      await settle(el);
      expect(text(part(root(el), 'header'))).to.include(pick(estimateStrings, 'zh-CN').title);
      expectSane(el);
    });

    it('should have every string in both locales', () => {
      const keys = (o: object): string[] => Object.keys(o).sort();
      expect(keys(estimateStrings['zh-CN'])).to.deep.equal(keys(estimateStrings.en));
      for (const [key, value] of Object.entries(estimateStrings['zh-CN'])) {
        if (typeof value === 'string') expect(value, key).to.not.equal('');
      }
    });
  });
});
