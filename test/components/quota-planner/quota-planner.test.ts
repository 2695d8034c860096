import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/quota-planner/quota-planner.js';
import type { IdvQuotaPlanner } from '../../../src/components/quota-planner/quota-planner.js';
import { DEFAULT_RULES } from '../../../src/engine/index.js';
import { planQuota } from '../../../src/engine/lifecycle.js';
import type { QuotaPlan } from '../../../src/engine/lifecycle.js';
import type { IdvQuotaChangeEvent } from '../../../src/events/idv-quota-change.js';
import { formatDate } from '../../../src/i18n/format-date.js';
import {
  chooseWithKeys,
  clearDate,
  control,
  controls,
  describeFocus,
  expectSane,
  findControl,
  fixtureOf,
  messageText,
  part,
  parts,
  record,
  root,
  settle,
  text,
  typeDate,
  typeInto,
} from '../../helpers/dom.js';
import { quotaPlannerStrings } from '../../helpers/strings.js';

const en = quotaPlannerStrings.en;
const zh = quotaPlannerStrings['zh-CN'];

/** A planner in English on 2020-02-27 (unless given), with the attributes given. */
const make = (attributes: Readonly<Record<string, string>> = {}): Promise<IdvQuotaPlanner> =>
  fixtureOf<IdvQuotaPlanner>('idv-quota-planner', { lang: 'en', today: '2020-02-27', ...attributes });

const summary = (el: IdvQuotaPlanner): string => text(part(el, 'summary'));
const rows = (el: IdvQuotaPlanner): HTMLElement[] => parts(el, 'pack-row');
const sizeOf = (el: IdvQuotaPlanner, n: number): HTMLSelectElement => control<HTMLSelectElement>(el, `${en.pack(n)}, ${en.size}`);
const dateOf = (el: IdvQuotaPlanner, n: number): HTMLInputElement => control(el, `${en.pack(n)}, ${en.boughtOn}`);
const usage = (el: IdvQuotaPlanner): HTMLInputElement => control(el, en.dailyUsage);
const threshold = (el: IdvQuotaPlanner): HTMLInputElement => control(el, en.threshold);
const button = (el: IdvQuotaPlanner, label: string): HTMLButtonElement => control<HTMLButtonElement>(el, label);
const day = (iso: string): string => formatDate(iso, 'en');
/** The figure (dd) under a label (dt) in the facts block. */
function fact(el: IdvQuotaPlanner, label: string): string {
  const dt = [...root(el).querySelectorAll('.facts dt')].find((d) => text(d) === label);
  expect(dt, `a fact labelled ${label}`).to.be.instanceOf(Element);
  return text(dt!.nextElementSibling);
}

describe('<idv-quota-planner>', () => {
  describe('accessibility', () => {
    it('should be accessible by default', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });

    it('should be accessible with several packs, an error and in Chinese', async () => {
      const el = await make({ lang: 'zh-CN' });
      el.packs = [
        { units: '100000', boughtAt: '2020-02-27' },
        { units: '50000', boughtAt: '2020-06-01' },
      ];
      el.threshold = 'abc';
      await settle(el);
      expect(rows(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('should be accessible when the packs expire first and no alert is sent', async () => {
      const el = await make({ 'daily-usage': '10' });
      expect(summary(el)).to.include(en.alertNever('20%'));
      await expect(el).to.be.accessible();
    });

    it('should draw the timeline as an image with a text summary, and list every event as text', async () => {
      const el = await make({ 'daily-usage': '500' });
      const plan = el.plan!;
      const svg = root(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.include(day(plan.alert!.date)).and.include(day(plan.end.date));
      const items = [...part(el, 'events').querySelectorAll('li')].map(text);
      expect(items).to.have.length(plan.events.length);
      expect(items[0]).to.equal(`${day('2020-02-27')} ${en.events.buy(1, '50,000')}`);
    });
  });

  describe('timeline', () => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const apart = (a: Box, b: Box): boolean => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    /** The boxes of the words a sighted visitor reads under the timeline: the axis dates and legend entries. */
    const labels = (el: IdvQuotaPlanner): { text: string; box: DOMRect }[] =>
      [...root(el).querySelectorAll('.timeline .axis > span, .timeline .legend > li')].map((n) => ({ text: text(n), box: n.getBoundingClientRect() }));

    for (const width of [320, 390, 1280]) {
      for (const lang of ['en', 'zh-CN']) {
        it(`should keep the demo's timeline readable at ${width} px (${lang}): labels apart and inside, marks apart`, async () => {
          // The demo's planner: one pack of the smallest paid size bought today, 2,000 units a day.
          const host = await fixture<HTMLElement>(
            `<div style="width:${width}px"><idv-quota-planner lang="${lang}" family="idv" daily-usage="2000" today="2026-12-03"></idv-quota-planner></div>`,
          );
          const el = host.querySelector('idv-quota-planner')!;
          await settle(el);
          const plan = el.plan!;
          expect(plan.end.kind).to.equal('run-out');
          const card = part(el, 'timeline').getBoundingClientRect();
          const found = labels(el);
          expect(found.length).to.be.at.least(5);
          found.forEach(({ text: a, box }, i) => {
            expect(box.width, `${a} is shown`).to.be.greaterThan(0);
            expect(box.left, `${a} inside on the left`).to.be.at.least(card.left - 0.5);
            expect(box.right, `${a} inside on the right`).to.be.at.most(card.right + 0.5);
            for (const other of found.slice(i + 1)) expect(apart(box, other.box), `${a} and ${other.text} overlap`).to.equal(true);
          });
          // Each mark stands apart from the others: the alert and the end are days apart, and look it.
          const x = (selector: string): number => root(el).querySelector(`.timeline svg ${selector}`)!.getBoundingClientRect().x;
          const chart = root(el).querySelector('.timeline svg')!.getBoundingClientRect();
          expect(x('.end-mark') - x('.alert-mark'), 'alert and end marks apart').to.be.at.least(24);
          expect(x('.end-mark'), 'the end well inside the chart').to.be.below(chart.right - 8);
          // The legend lists only marks drawn: the pack expires after the window (a year on), listed below.
          expect(root(el).querySelectorAll('.timeline svg .expiry').length).to.equal(0);
          expect(root(el).querySelector('.timeline .swatch.expiry')).to.equal(null);
          const events = [...part(el, 'events').querySelectorAll('li')].map(text);
          expect(events.at(-1)).to.include(lang === 'en' ? 'expires' : '到期');
        });
      }
    }

    it('should still draw and list an expiry that loses units', async () => {
      const el = await make({ 'daily-usage': '50' });
      const plan = el.plan!;
      expect(plan.end.kind).to.equal('expiry');
      expect(root(el).querySelectorAll('.timeline svg .expiry').length).to.be.at.least(1);
      expect(root(el).querySelector('.timeline .swatch.expiry')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });
  });

  describe('plan', () => {
    it('should show R7’s dates for one pack: alert after ⌈T(1 − p)/d⌉ days, run out after ⌈T/d⌉', async () => {
      const el = await make({ 'daily-usage': '500' });
      // 50,000 units at 500 a day, 20 %: alert on day 80, empty on day 100.
      expect(summary(el)).to.include(en.alertOn(day('2020-05-16'), '80', '10,000', '50,000'));
      expect(summary(el)).to.include(en.runsOut(day('2020-06-05'), '100'));
      expectSane(el);
    });

    it('should say when the packs expire first and how many units are lost', async () => {
      const el = await make({ 'daily-usage': '100' });
      // 367 days of use (2020 is a leap year): 36,700 used, 13,300 lost at 2021-02-28 00:00.
      expect(summary(el)).to.include(en.expires('Feb 28, 2021, 00:00', '367'));
      expect(summary(el)).to.include(en.expiresNote('13,300'));
      expect(fact(el, en.lost)).to.equal(en.units('13,300'));
      expect(fact(el, en.used)).to.equal(en.units('36,700'));
    });

    it('should agree with the engine for the inputs on screen', async () => {
      const el = await make({ 'daily-usage': '300', threshold: '35' });
      const want: QuotaPlan = planQuota({ packs: [{ units: '50000', boughtAt: '2020-02-27' }], dailyUsage: '300', thresholdPercent: '35' });
      expect(el.plan).to.deep.equal(want);
    });
  });

  describe('typing and clicking', () => {
    it('should re-plan as the daily usage is typed', async () => {
      const el = await make();
      await typeInto(el, usage(el), '1,000');
      expect(el.dailyUsage).to.equal('1000');
      expect(summary(el)).to.include(en.runsOut(day('2020-04-16'), '50'));
      await typeInto(el, usage(el), '1.2万');
      expect(el.dailyUsage).to.equal('12000');
      expect(summary(el)).to.include(en.runsOut(day('2020-03-02'), '5'));
    });

    it('should keep the last plan and say why when a field is wrong', async () => {
      const el = await make({ 'daily-usage': '500' });
      await typeInto(el, threshold(el), '120');
      expect(threshold(el).getAttribute('aria-invalid')).to.equal('true');
      expect(messageText(el, threshold(el))).to.equal(en.errors['out-of-range']);
      // Typed a key at a time: "12" was the last valid threshold, and its plan stays; the property holds
      // what was typed (a number, out of range), as the calculator's do.
      expect(el.plan!.thresholdPercent).to.equal('12');
      expect(el.threshold).to.equal('120');
      expect(text(part(el, 'results'))).to.include(en.keptLast);
      await typeInto(el, usage(el), 'lots');
      expect(messageText(el, usage(el))).to.equal(en.errors['not-a-number']);
      await typeInto(el, threshold(el), '50%');
      await typeInto(el, usage(el), '500');
      expect(threshold(el).getAttribute('aria-invalid')).to.equal('false');
      expect(text(part(el, 'results'))).to.not.include(en.keptLast);
      expect(summary(el)).to.include(en.alertOn(day('2020-04-16'), '50', '25,000', '50,000'));
      expectSane(el);
    });

    it('should add a pack bought today, focus its size, and plan both (expiring first used first)', async () => {
      const el = await make({ 'daily-usage': '500' });
      button(el, en.addPack).click();
      await settle(el);
      expect(rows(el)).to.have.length(2);
      expect(describeFocus(el)).to.equal(`select: ${en.pack(2)}, ${en.size}`);
      await chooseWithKeys(el, sizeOf(el, 2), '100000');
      await typeDate(el, dateOf(el, 2), '2020-05-01');
      expect(el.packs).to.deep.equal([
        { units: '50000', boughtAt: '2020-02-27' },
        { units: '100000', boughtAt: '2020-05-01' },
      ]);
      const table = [...root(el).querySelectorAll('tbody tr')].map(text);
      // Pack 1 covers 2020-02-27 … 2020-06-05 and is empty (used 50,000, lost 0); pack 2 takes over for 200 days.
      expect(table[0]).to.match(/ 50,000 0$/);
      expect(el.plan!.packs[1]!.used).to.equal(100000);
      expect(el.plan!.end).to.include({ kind: 'run-out', date: '2020-12-22' });
    });

    it('should remove a pack and move focus to “Add a pack”; the last pack cannot be removed', async () => {
      const el = await make();
      el.packs = [
        { units: '50000', boughtAt: '2020-02-27' },
        { units: '100000', boughtAt: '2020-03-01' },
      ];
      await settle(el);
      button(el, en.removePack(1)).click();
      await settle(el);
      expect(rows(el)).to.have.length(1);
      expect(el.packs).to.deep.equal([{ units: '100000', boughtAt: '2020-03-01' }]);
      expect(describeFocus(el)).to.equal(`button: ${en.addPack}`);
      expect(button(el, en.removePack(1)).disabled).to.equal(true);
    });

    it('should ask for a purchase date when one is cleared, then plan again when it is typed', async () => {
      const el = await make();
      await clearDate(el, dateOf(el, 1));
      expect(messageText(el, dateOf(el, 1))).to.equal(en.errors['invalid-date']);
      expect(dateOf(el, 1).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await typeDate(el, dateOf(el, 1), '2021-03-01');
      expect(messageText(el, dateOf(el, 1))).to.equal('');
      expect(el.plan!.start).to.equal('2021-03-01');
    });

    it('should offer the chosen family’s pack sizes, and keep sizes that still exist', async () => {
      const el = await make();
      const family = control<HTMLSelectElement>(el, en.family);
      await chooseWithKeys(el, family, 'face-compare');
      expect([...sizeOf(el, 1).options].map((o) => o.value)).to.deep.equal(['1000000', '3000000']);
      expect(el.packs).to.deep.equal([{ units: '1000000', boughtAt: '2020-02-27' }]);
      await chooseWithKeys(el, family, 'liveness');
      expect([...sizeOf(el, 1).options].map((o) => o.value)).to.deep.equal(['100', '50000', '100000', '200000', '500000', '1500000']);
      expect(text(sizeOf(el, 1).options[0])).to.include(en.trial);
    });
  });

  describe('keyboard', () => {
    it('should reach every control in order with Tab, skipping the disabled remove button', async () => {
      const el = await make();
      control<HTMLSelectElement>(el, en.family).focus();
      const seen = [describeFocus(el)];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        if (describeFocus(el) !== seen.at(-1)) seen.push(describeFocus(el));
      }
      // A date input's segments (month, day, year) take a Tab each but are one control.
      expect(seen).to.deep.equal([
        `select: ${en.family}`,
        `select: ${en.pack(1)}, ${en.size}`,
        `input: ${en.pack(1)}, ${en.boughtOn}`,
        `button: ${en.addPack}`,
        `input: ${en.dailyUsage}`,
        `input: ${en.threshold}`,
      ]);
    });

    it('should add a pack with Enter on “Add a pack”', async () => {
      const el = await make();
      button(el, en.addPack).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(rows(el)).to.have.length(2);
    });
  });

  describe('properties and attributes', () => {
    it('should take its inputs from attributes, parsing what people type', async () => {
      const el = await make({ family: 'liveness', 'daily-usage': '1.5万', threshold: '10%', start: '2020-03-01' });
      expect(el.dailyUsage).to.equal('15000');
      expect(el.threshold).to.equal('10');
      // The field shows the text as the page wrote it; the property holds its value.
      expect(usage(el).value).to.equal('1.5万');
      expect(el.plan!.start).to.equal('2020-03-01');
      expect(el.plan!.thresholdPercent).to.equal('10');
    });

    it('should show packs set from code and keep its theme reflected', async () => {
      const el = await make();
      el.packs = [{ units: '200000', boughtAt: '2020-02-27 10:48:56' }];
      el.theme = 'dark';
      await settle(el);
      expect(sizeOf(el, 1).value).to.equal('200000');
      expect(dateOf(el, 1).value).to.equal('2020-02-27');
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.plan!.packs[0]!.boughtAt).to.equal('2020-02-27T10:48:56+08:00');
    });

    it('should show an error for a bad value from code, never a broken plan', async () => {
      const el = await make();
      el.dailyUsage = '-5';
      await settle(el);
      expect(messageText(el, usage(el))).to.equal(en.errors.negative);
      el.dailyUsage = '10';
      el.packs = [{ units: '50000', boughtAt: '2020-02-30' }];
      await settle(el);
      expect(messageText(el, dateOf(el, 1))).to.equal(en.errors['invalid-date']);
      el.packs = [
        { units: '50000', boughtAt: '2020-01-01' },
        { units: '50000', boughtAt: '2031-01-01' },
      ];
      await settle(el);
      expect(text(root(el).querySelector('fieldset'))).to.include(en.errors.span);
      el.packs = [{ units: '50000', boughtAt: '2020-01-01' }];
      el.start = '2022-01-01';
      await settle(el);
      expect(text(root(el).querySelector('fieldset'))).to.include(en.errors['bad-start']);
      expectSane(el);
    });

    it('should show a rules error for invalid rules data', async () => {
      const el = await make();
      el.rules = { ...DEFAULT_RULES, currency: 'USD' };
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.include(en.rulesErrorTitle);
      el.rules = null;
      await settle(el);
      expect(el.plan).to.not.equal(null);
    });
  });

  describe('events', () => {
    it('should fire idv-quota-change after typing, bubbling out of the shadow root with the plan', async () => {
      const el = await make();
      const log = record<IdvQuotaChangeEvent>('idv-quota-change');
      await typeInto(el, usage(el), '500');
      log.stop();
      expect(log.events.length).to.be.at.least(1);
      const last = log.events.at(-1)!;
      expect(last.bubbles && last.composed).to.equal(true);
      expect(last.detail).to.deep.include({ family: 'idv', dailyUsage: '500', threshold: '20' });
      expect(last.detail.plan).to.deep.equal(el.plan);
    });

    it('should fire on clicks and picks, and not while a field is wrong', async () => {
      const el = await make();
      const log = record<IdvQuotaChangeEvent>('idv-quota-change');
      button(el, en.addPack).click();
      await settle(el);
      expect(log.events).to.have.length(1);
      expect(log.events[0]!.detail.packs).to.have.length(2);
      await typeInto(el, threshold(el), 'x');
      expect(log.events).to.have.length(1);
      log.stop();
    });

    it('should not fire when code sets properties', async () => {
      const el = await make();
      const log = record('idv-quota-change');
      el.dailyUsage = '999';
      el.threshold = '30';
      el.packs = [{ units: '100000', boughtAt: '2020-01-01' }];
      el.family = 'liveness';
      await settle(el);
      log.stop();
      expect(log.events).to.have.length(0);
    });
  });

  describe('parts and custom properties', () => {
    it('should expose its parts', async () => {
      const el = await make();
      for (const name of ['base', 'header', 'form', 'field', 'input', 'pack-row', 'button', 'results', 'summary', 'card', 'timeline', 'events']) {
        expect(parts(el, name).length, name).to.be.at.least(1);
      }
    });

    it('should draw with --idv-color-accent and size the chart with --idv-quota-planner-chart-height', async () => {
      const el = await fixture<IdvQuotaPlanner>(html`<idv-quota-planner
        lang="en"
        today="2020-02-27"
        style="--idv-color-accent: rgb(1, 2, 3); --idv-quota-planner-chart-height: 200px"
      ></idv-quota-planner>`);
      await settle(el);
      const line = root(el).querySelector('svg .left')!;
      expect(getComputedStyle(line).stroke).to.equal('rgb(1, 2, 3)');
      expect(root(el).querySelector('svg')!.getBoundingClientRect().height).to.equal(200);
    });
  });

  describe('i18n', () => {
    it('should speak Chinese with lang="zh-CN", dates and counts included', async () => {
      const el = await make({ lang: 'zh-CN', 'daily-usage': '500' });
      expect(text(root(el).querySelector('h2'))).to.equal(zh.title);
      expect(summary(el)).to.include(zh.alertOn('2020年5月16日', '80', '1万', '5万'));
      expect(findControl(el, `${zh.pack(1)}, ${zh.size}`)).to.not.equal(null);
    });

    it('should follow a change of lang at run time', async () => {
      const el = await make();
      el.lang = 'zh-CN';
      await settle(el);
      expect(text(root(el).querySelector('h2'))).to.equal(zh.title);
      expect(controls(el).some((c) => c.textContent?.includes(zh.addPack))).to.equal(true);
    });
  });
});
