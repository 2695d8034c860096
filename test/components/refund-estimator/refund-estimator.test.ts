import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/refund-estimator/refund-estimator.js';
import type { IdvRefundEstimator } from '../../../src/components/refund-estimator/refund-estimator.js';
import { DEFAULT_RULES } from '../../../src/engine/index.js';
import type { IdvRefundChangeEvent } from '../../../src/events/idv-refund-change.js';
import {
  chooseWithKeys,
  clearDate,
  control,
  describeFocus,
  expectSane,
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
import { refundEstimatorStrings } from '../../helpers/strings.js';

const en = refundEstimatorStrings.en;
const zh = refundEstimatorStrings['zh-CN'];

/** An estimator in English for a pack bought 2020-03-01, asked on 2020-03-06 (unless given). */
const make = (attributes: Readonly<Record<string, string>> = {}): Promise<IdvRefundEstimator> =>
  fixtureOf<IdvRefundEstimator>('idv-refund-estimator', { lang: 'en', today: '2020-03-06', 'purchased-on': '2020-03-01', ...attributes });

const summary = (el: IdvRefundEstimator): string => text(part(el, 'summary'));
const amount = (el: IdvRefundEstimator): string => text(root(el).querySelector('.big'));
const current = (el: IdvRefundEstimator): string[] => parts(el, 'window').filter((w) => w.getAttribute('aria-current') === 'true').map(text);
const pack = (el: IdvRefundEstimator): HTMLSelectElement => control<HTMLSelectElement>(el, en.pack);
const paid = (el: IdvRefundEstimator): HTMLInputElement => control(el, en.paid);
const used = (el: IdvRefundEstimator): HTMLInputElement => control(el, en.used);
const today = (el: IdvRefundEstimator): HTMLInputElement => control(el, en.today);
const purchased = (el: IdvRefundEstimator): HTMLInputElement => control(el, en.purchasedOn);

describe('<idv-refund-estimator>', () => {
  describe('accessibility', () => {
    for (const [name, attributes] of [
      ['a full refund', {}],
      ['a partial refund', { 'used-units': '1000' }],
      ['the contact-support window', { today: '2020-04-01' }],
      ['no refund', { today: '2021-04-01' }],
      ['days since purchase', { mode: 'days', 'days-since-purchase': '3.5' }],
      ['an error', { 'used-units': 'lots' }],
      ['Chinese', { lang: 'zh-CN', 'used-units': '10' }],
    ] as const) {
      it(`should be accessible with ${name}`, async () => {
        const el = await make(attributes);
        expectSane(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('rules R9 on dates', () => {
    it('should refund everything exactly 5 days on, unused, and say the time of day decides', async () => {
      const el = await make();
      expect(amount(el)).to.equal('CN¥50,000.00');
      expect(summary(el)).to.include(en.kinds.full).and.include(en.lastDay('5'));
      expect(current(el)[0]).to.include(en.windows.refund('5'));
      expect(el.refund).to.deep.equal({ kind: 'full', window: 'refund', amount: '50000' });
    });

    it('should take off what was used at the pay-as-you-go price', async () => {
      const el = await make();
      await typeInto(el, used(el), '1,000');
      expect(amount(el)).to.equal('CN¥49,000.00');
      expect(summary(el)).to.include(en.kinds.partial('CN¥50,000.00', '1,000', 'CN¥1', 'CN¥49,000.00'));
      await typeInto(el, used(el), '50000');
      expect(amount(el)).to.equal('CN¥0.00');
    });

    it('should move to “contact support” the day after the 5th, and to “no refund” after 180 days', async () => {
      const el = await make();
      await typeDate(el, today(el), '2020-03-07');
      expect(amount(el)).to.equal('CN¥0.00');
      expect(summary(el)).to.include(en.kinds.support).and.include(en.contactSupport);
      expect(current(el)[0]).to.include(en.windows.support('5', '180'));
      await typeDate(el, today(el), '2020-08-28');
      expect(summary(el)).to.include(en.kinds.support).and.include(en.lastDay('180'));
      await typeDate(el, today(el), '2020-08-29');
      expect(summary(el)).to.include(en.kinds.none);
      expect(current(el)[0]).to.include(en.windows.none('180'));
      expect(el.refund).to.deep.equal({ kind: 'none', window: 'none', amount: '0' });
    });

    it('should give the windows’ end dates', async () => {
      const el = await make();
      const windows = parts(el, 'window').map(text);
      expect(windows[0]).to.include(en.until('Mar 6, 2020'));
      expect(windows[1]).to.include(en.until('Aug 28, 2020'));
      expect(windows[2]).to.include(en.after('Aug 28, 2020'));
    });

    it('should say when today is before the purchase, and when a date is missing', async () => {
      const el = await make();
      await typeDate(el, today(el), '2020-02-01');
      expect(messageText(el, today(el))).to.equal(en.errors['before-purchase']);
      expect(today(el).getAttribute('aria-invalid')).to.equal('true');
      expect(summary(el)).to.include(en.keptLast);
      // Moving the purchase before "today" fixes it: 2020-01-30 → 2020-02-01 is 2 days.
      await typeDate(el, purchased(el), '2020-01-30');
      expect(messageText(el, today(el))).to.equal(en.todayHint);
      expect(summary(el)).to.include(en.kinds.full).and.include(en.elapsed('2'));
      await clearDate(el, purchased(el));
      expect(messageText(el, purchased(el))).to.equal(en.errors['invalid-date']);
      await expect(el).to.be.accessible();
    });
  });

  describe('pack and cash paid', () => {
    it('should prefill the list price of the pack picked, and refund the cash typed instead', async () => {
      const el = await make();
      await chooseWithKeys(el, pack(el), 'idv:100000');
      expect(paid(el).value).to.equal('90000');
      expect(amount(el)).to.equal('CN¥90,000.00');
      await typeInto(el, paid(el), '¥80,000');
      expect(el.paid).to.equal('80000');
      expect(amount(el)).to.equal('CN¥80,000.00');
      expect(messageText(el, paid(el))).to.include('Cash only').and.include('CN¥90,000.00');
    });

    it('should use the family’s own unit price for what was used', async () => {
      const el = await make();
      await chooseWithKeys(el, pack(el), 'liveness:100000');
      await typeInto(el, used(el), '1000');
      // 16,380 − 1,000 × 0.182 = 16,198.
      expect(amount(el)).to.equal('CN¥16,198.00');
      expect(summary(el)).to.include(en.kinds.partial('CN¥16,380.00', '1,000', 'CN¥0.182', 'CN¥16,198.00'));
    });

    it('should refuse more units used than the pack holds, and amounts it cannot read', async () => {
      const el = await make();
      await typeInto(el, used(el), '50001');
      expect(messageText(el, used(el))).to.equal(en.errors['more-than-pack']);
      expect(used(el).getAttribute('aria-invalid')).to.equal('true');
      await typeInto(el, paid(el), '12.345');
      expect(messageText(el, paid(el))).to.equal(en.errors['too-precise']);
      await typeInto(el, paid(el), 'free');
      expect(messageText(el, paid(el))).to.equal(en.errors['not-a-number']);
      expectSane(el);
    });
  });

  describe('days since purchase', () => {
    it('should switch to a days field and apply R9 to the days typed', async () => {
      const el = await make();
      control(el, en.modes.days).click();
      await settle(el);
      expect(el.mode).to.equal('days');
      const days = control(el, en.days);
      await typeInto(el, days, '5.5');
      expect(summary(el)).to.include(en.kinds.support);
      await typeInto(el, days, '4');
      expect(amount(el)).to.equal('CN¥50,000.00');
      await typeInto(el, days, '181');
      expect(summary(el)).to.include(en.kinds.none);
    });
  });

  describe('keyboard', () => {
    it('should reach every control with Tab, in order', async () => {
      const el = await make();
      pack(el).focus();
      const seen = [describeFocus(el)];
      for (let i = 0; i < 10; i++) {
        await sendKeys({ press: 'Tab' });
        if (describeFocus(el) !== seen.at(-1)) seen.push(describeFocus(el));
      }
      expect(seen.slice(0, 6)).to.deep.equal([
        `select: ${en.pack}`,
        `input: ${en.paid}`,
        `input: ${en.used}`,
        `input: ${en.modes.dates}`,
        `input: ${en.purchasedOn}`,
        `input: ${en.today}`,
      ]);
    });

    it('should change the mode with the arrow keys', async () => {
      const el = await make();
      control(el, en.modes.dates).focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.mode).to.equal('days');
      expect(control(el, en.days)).to.be.instanceOf(HTMLInputElement);
    });
  });

  describe('properties and attributes', () => {
    it('should default both dates to today (Beijing) when none is given', async () => {
      const el = await fixture<IdvRefundEstimator>(html`<idv-refund-estimator lang="en"></idv-refund-estimator>`);
      await settle(el);
      const beijing = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect([purchased(el).value, today(el).value]).to.deep.equal([beijing, beijing]);
      expect(el.refund).to.deep.equal({ kind: 'full', window: 'refund', amount: '50000' });
    });


    it('should take every input from attributes', async () => {
      const el = await make({ family: 'liveness', 'pack-size': '200000', paid: '29,000', 'used-units': '1万', mode: 'days', 'days-since-purchase': '2' });
      expect(el.paid).to.equal('29000');
      expect(el.usedUnits).to.equal('10000');
      // 29,000 − 10,000 × 0.182 = 27,180.
      expect(el.refund).to.deep.equal({ kind: 'partial', window: 'refund', amount: '27180' });
    });

    it('should say what to fix when the page gives a value it cannot read', async () => {
      const el = await make({ 'used-units': 'some' });
      expect(messageText(el, used(el))).to.equal(en.errors['not-a-number']);
      expect(text(part(el, 'results'))).to.equal(en.noRefund);
      await typeInto(el, used(el), '0');
      expect(amount(el)).to.equal('CN¥50,000.00');
    });

    it('should show what code sets, without events, and a rules error for bad rules', async () => {
      const el = await make();
      const log = record('idv-refund-change');
      el.packSize = '500000';
      el.usedUnits = '100';
      await settle(el);
      expect(paid(el).value).to.equal('350000');
      expect(amount(el)).to.equal('CN¥349,900.00');
      el.rules = { ...DEFAULT_RULES, refund: { fullRefundDays: 5 } };
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.include(en.rulesErrorTitle);
      log.stop();
      expect(log.events).to.have.length(0);
    });

    it('should follow custom refund windows from the rules', async () => {
      const el = await make();
      el.rules = { ...DEFAULT_RULES, refund: { fullRefundDays: 7, supportDays: 30 } };
      el.today = '2020-03-08';
      await settle(el);
      expect(el.refund!.kind).to.equal('full');
      expect(parts(el, 'window').map(text)[1]).to.include(en.windows.support('7', '30'));
    });
  });

  describe('events', () => {
    it('should fire idv-refund-change after a visitor’s change, with the refund as a decimal string', async () => {
      const el = await make();
      const log = record<IdvRefundChangeEvent>('idv-refund-change');
      await typeInto(el, used(el), '250');
      await typeDate(el, today(el), '2020-03-04');
      log.stop();
      const last = log.events.at(-1)!;
      expect(last.bubbles && last.composed).to.equal(true);
      expect(last.detail).to.deep.equal({
        scenario: {
          family: 'idv',
          packSize: '50000',
          paid: '50000',
          usedUnits: '250',
          mode: 'dates',
          purchasedOn: '2020-03-01',
          today: '2020-03-04',
          daysSincePurchase: '0',
        },
        kind: 'partial',
        window: 'refund',
        amount: '49750',
        currency: 'CNY',
      });
    });

    it('should not fire while a field is wrong', async () => {
      const el = await make();
      const log = record('idv-refund-change');
      await typeInto(el, used(el), '99999999');
      log.stop();
      // "9" … "9999" fit the 50,000-unit pack; from "99999" on it is exceeded.
      expect(log.events).to.have.length(4);
    });
  });

  describe('parts and custom properties', () => {
    it('should expose its parts', async () => {
      const el = await make();
      for (const name of ['base', 'header', 'form', 'field', 'input', 'results', 'summary', 'card', 'window']) {
        expect(parts(el, name).length, name).to.be.at.least(1);
      }
    });

    it('should colour the amount with --idv-color-accent', async () => {
      const el = await fixture<IdvRefundEstimator>(html`<idv-refund-estimator
        lang="en"
        today="2020-03-02"
        purchased-on="2020-03-01"
        style="--idv-color-accent: rgb(1, 2, 3)"
      ></idv-refund-estimator>`);
      await settle(el);
      expect(getComputedStyle(root(el).querySelector('.big')!).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('i18n', () => {
    it('should speak Chinese with lang="zh-CN"', async () => {
      const el = await make({ lang: 'zh-CN', 'used-units': '1000' });
      expect(text(root(el).querySelector('h2'))).to.equal(zh.title);
      expect(summary(el)).to.include(zh.kinds.partial('¥50,000.00', '1,000', '¥1', '¥49,000.00'));
      expect(parts(el, 'window').map(text)[0]).to.include(zh.until('2020年3月6日'));
      expect(control(el, zh.paid)).to.be.instanceOf(HTMLInputElement);
    });
  });
});
