import { expect } from '@open-wc/testing';
import Decimal from 'decimal.js';
import { bestPackMix, DEFAULT_RULES, loadRules, payable, quote } from '../../src/engine/index.js';
import type { Scenario } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

const line = (s: Scenario) => quote(s).lines[0]!;

describe('quote', () => {
  describe('R2 metering', () => {
    it('should bill passed-verification plans for volume × pass rate', () => {
      const l = line({ plan: 'alipay-mini', volume: 1000, period: 'day', passRate: 80 });
      expect(l.units).to.deep.equal({ day: '800', month: '24000', year: '292000' });
      expect(l.postpaid.day).to.equal('800');
      expect(l.input.passRate).to.equal('80');
      expect(l.unitsBeforeRounding).to.equal(null);
    });

    it('should round fractional billable units half-up, once, in the period entered, and say so', () => {
      const half = line({ plan: 'alipay-h5', volume: 333, period: 'day', passRate: '50' });
      expect(half.unitsBeforeRounding).to.equal('166.5');
      expect(half.units.day).to.equal('167');
      expect(half.units.month).to.equal('5010');
      const below = line({ plan: 'alipay-h5', volume: 333, period: 'month', passRate: '49.9' });
      expect(below.unitsBeforeRounding).to.equal('166.167');
      expect(below.units.month).to.equal('166');
    });

    it('should ignore the pass rate for successful-call plans: fails count too', () => {
      const l = line({ plan: 'app', volume: 1000, period: 'day', passRate: 10 });
      expect(l.units.day).to.equal('1000');
      expect(l.input.passRate).to.equal(null);
    });

    it('should default the pass rate to 100 %', () => {
      expect(line({ plan: 'alipay-mini', volume: 1234, period: 'day' }).units.day).to.equal('1234');
    });
  });

  describe('periods', () => {
    it('should turn a day into a month of 30 and a year of 365', () => {
      const l = line({ plan: 'app', volume: 1000, period: 'day' });
      expect(l.units).to.deep.equal({ day: '1000', month: '30000', year: '365000' });
      expect(l.conversions).to.deep.equal({ day: 'entered', month: '×30', year: '×365' });
    });

    it('should turn a month into a year of 12 and a day of 1/30, shown truncated to the fen', () => {
      const l = line({ plan: 'app', volume: 1000, period: 'month' });
      expect(l.units).to.deep.equal({ day: '33.333333333333', month: '1000', year: '12000' });
      expect(l.conversions).to.deep.equal({ day: '÷30', month: 'entered', year: '×12' });
      expect(payable(l.postpaid.day)).to.equal('33.33');
    });

    it('should turn a year into a month of 1/12 and a day of 1/365', () => {
      const l = line({ plan: 'face-compare', volume: 1_000_000, period: 'year' });
      expect(l.conversions).to.deep.equal({ day: '÷365', month: '÷12', year: 'entered' });
      expect(l.postpaid).to.deep.equal({ day: '16.438356164383', month: '500', year: '6000' });
    });

    it('should default to a month', () => {
      expect(line({ plan: 'app', volume: 1 }).input.period).to.equal('month');
    });
  });

  describe('R3 pooling and R5 packs for a year', () => {
    it('should pool App and H5 volume into one idv pack mix, and price face comparison apart', () => {
      const q = quote({
        lines: [
          { plan: 'app', volume: 30_000, period: 'month' },
          { plan: 'h5', volume: 10_000, period: 'month' },
          { plan: 'face-compare', volume: 2_000_000, period: 'month' },
        ],
      });
      expect(q.families.map((f) => [f.family, f.plans, f.yearUnits])).to.deep.equal([
        ['idv', ['app', 'h5'], 480_000],
        ['face-compare', ['face-compare'], 24_000_000],
      ]);
      expect(q.families[0]!.mix).to.deep.equal(bestPackMix('idv', 480_000));
      expect(q.families[1]!.mix.total).to.equal('64800');
      expect(q.totals.postpaid).to.deep.equal({ day: '1733.333333333333', month: '52000', year: '624000' });
      const best = new Decimal(q.families[0]!.mix.total).plus(q.families[1]!.mix.total);
      expect(q.totals.bestYear).to.equal(best.toFixed());
      expect(q.totals.savingsYear).to.equal(new Decimal(624000).minus(best).toFixed());
    });

    it('should give savings, savings percentage, effective unit price and a verdict', () => {
      const f = quote({ plan: 'app', volume: 10_000, period: 'day' }).families[0]!;
      expect(f.mix.total).to.equal('2590000');
      expect(f.mix.savings).to.equal('1060000');
      expect(f.savingsPercent).to.equal('29.04109589041');
      expect(f.effectiveUnitPrice).to.equal('0.709589041095');
      expect(f.verdict).to.equal('packs');
      const small = quote({ plan: 'app', volume: 100, period: 'month' }).families[0]!;
      expect(small.verdict).to.equal('postpaid');
      expect(small.savingsPercent).to.equal('0');
      const none = quote({ plan: 'app', volume: 0 }).families[0]!;
      expect(none.effectiveUnitPrice).to.equal(null);
      expect(none.savingsPercent).to.equal('0');
    });

    it('should list each pack with its line cost and ratio for the UI', () => {
      const f = quote({ plan: 'app', volume: 3_650_100, period: 'year', firstPurchase: true }).families[0]!;
      expect(f.packLines).to.deep.equal([
        { size: 100, count: 1, price: '0', cost: '0', ratio: '0', trial: true },
        // R5 ties (revised): the last 50,000 units cost the same in a no-discount pack or pay-as-you-go, and
        // pay-as-you-go pays less up front, so no 50,000 pack.
        { size: 100000, count: 1, price: '90000', cost: '90000', ratio: '0.9', trial: false },
        { size: 500000, count: 1, price: '350000', cost: '350000', ratio: '0.7', trial: false },
        { size: 1500000, count: 2, price: '1050000', cost: '2100000', ratio: '0.7', trial: false },
      ]);
    });

    it('should list a paid pack of the trial’s size with its own ratio, apart from the trial', () => {
      const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
      data.families.idv.packs.push({ units: 100, price: '95', ratio: '0.95' });
      const f = quote({ plan: 'h5', volume: 300, period: 'year', firstPurchase: true }, loadRules(data)).families[0]!;
      expect(f.packLines).to.deep.equal([
        { size: 100, count: 1, price: '0', cost: '0', ratio: '0', trial: true },
        { size: 100, count: 2, price: '95', cost: '190', ratio: '0.95', trial: false },
      ]);
    });

    it('should use the trial pack only on a first purchase', () => {
      expect(quote({ plan: 'h5', volume: 1000, period: 'year', firstPurchase: true }).families[0]!.mix.total).to.equal('900');
      expect(quote({ plan: 'h5', volume: 1000, period: 'year' }).families[0]!.mix.total).to.equal('1000');
    });
  });

  describe('R3 QPS estimate', () => {
    it('should estimate peak QPS as a day’s volume × the peak-hour share ÷ 3600 against the limit', () => {
      expect(line({ plan: 'app', volume: 10_000, period: 'day', peakHourShare: 15 }).qps).to.deep.equal({
        volumePerDay: '10000',
        peak: '0.416666666666',
        limit: 50,
        exceedsLimit: false,
      });
      expect(line({ plan: 'h5', volume: 2_000_000, period: 'day', peakHourShare: 10 }).qps).to.deep.equal({
        volumePerDay: '2000000',
        peak: '55.555555555555',
        limit: 50,
        exceedsLimit: true,
      });
      // Exactly at the limit is not above it: 1,800,000 × 10 % ÷ 3600 = 50.
      expect(line({ plan: 'app', volume: 1_800_000, period: 'day', peakHourShare: 10 }).qps!.exceedsLimit).to.equal(false);
      expect(line({ plan: 'face-compare', volume: 10_800_000, period: 'month', peakHourShare: 12 }).qps).to.deep.equal({
        volumePerDay: '360000',
        peak: '12',
        limit: 10,
        exceedsLimit: true,
      });
    });

    it('should give no verdict where no limit is published, and no estimate without a share', () => {
      expect(line({ plan: 'server', volume: 9_000_000, period: 'day', peakHourShare: 50 }).qps).to.deep.equal({
        volumePerDay: '9000000',
        peak: '1250',
        limit: null,
        exceedsLimit: null,
      });
      expect(line({ plan: 'app', volume: 10_000, period: 'day' }).qps).to.equal(null);
    });
  });

  describe('R10 storage in the quote', () => {
    it('should price the document example from a daily volume', () => {
      const s = line({ plan: 'app', volume: 10_000, period: 'day', photoSizeMB: '0.1', retentionDays: 30 }).storage!;
      expect(s).to.deep.include({ photosPerDay: '10000', storedMB: '30000', storedGB: '29.296875', monthlyFee: '3.515625' });
    });

    it('should count a photo for every verdict and none for plans that do not store photos', () => {
      const monthly = line({ plan: 'liveness-detect', volume: 300_000, period: 'month' }).storage!;
      expect(monthly.photosPerDay).to.equal('10000');
      expect(monthly.monthlyFee).to.equal('3.515625');
      expect(line({ plan: 'server', volume: 10_000 }).storage).to.equal(null);
      expect(line({ plan: 'alipay-mini', volume: 10_000 }).storage).to.equal(null);
      expect(line({ plan: 'face-compare', volume: 10_000 }).storage).to.equal(null);
    });

    it('should keep a month ÷ 30 exact until serialised', () => {
      const s = line({ plan: 'app', volume: 1000, period: 'month', photoSizeMB: 1, retentionDays: 30 }).storage!;
      // 1000/30 photos a day × 1 MB × 30 days = exactly 1000 MB, though photos/day is 33.33…
      expect(s.photosPerDay).to.equal('33.333333333333');
      expect(s.storedMB).to.equal('1000');
      expect(s.storedGB).to.equal('0.9765625');
    });
  });

  describe('R7 quota alert and R6 expiry', () => {
    it('should fire the alert at ⌈T(1 − p)/d⌉ and run out at ⌈T/d⌉', () => {
      const a = quote({ plan: 'app', volume: 10_000, period: 'day' }).families[0]!.alert!;
      // The packs hold 3,600,000 units (R5 ties, revised: the last 50,000 are pay-as-you-go, not a no-discount pack).
      expect(a).to.deep.equal({
        thresholdPercent: '20',
        totalUnits: 3_600_000,
        unitsPerDay: '10000',
        alertDay: 288,
        runOutDay: 360,
        expiryDay: 365,
        endsBy: 'run-out',
        unitsLostAtExpiry: '0',
      });
      // 50 %: 3,600,000 × 0.5 / 10,000 = 180 → day 180.
      expect(quote({ plan: 'app', volume: 10_000, period: 'day', alertThreshold: 50 }).families[0]!.alert!.alertDay).to.equal(180);
    });

    it('should let packs expire first when they hold more than a year of usage, and count the units lost', () => {
      const a = quote({ plan: 'face-compare', volume: 2_500_000, period: 'year' }).families[0]!.alert!;
      expect(a.totalUnits).to.equal(3_000_000);
      expect(a.endsBy).to.equal('expiry');
      expect(a.runOutDay).to.equal(null);
      expect(a.unitsLostAtExpiry).to.equal('500000');
      // 3,000,000 × 0.8 × 365 / 2,500,000 = 350.4 → day 351, before expiry.
      expect(a.alertDay).to.equal(351);
      // At 10 %, the alert would come on day 395: after the packs expire, so never.
      expect(
        quote({ plan: 'face-compare', volume: 2_500_000, period: 'year', alertThreshold: 10 }).families[0]!.alert!.alertDay,
      ).to.equal(null);
    });

    it('should have no alert without packs', () => {
      expect(quote({ plan: 'app', volume: 100 }).families[0]!.alert).to.equal(null);
    });
  });

  it('should advise a balance of one month of postpaid spend (R8)', () => {
    const q = quote({ lines: [{ plan: 'app', volume: 1000, period: 'day' }, { plan: 'face-compare', volume: 1, period: 'day' }] });
    expect(q.totals.advisedBalance).to.equal('30000.18');
  });

  it('should carry the rules version and a schema number, and be plain JSON', () => {
    const q = quote({ plan: 'app', volume: 30_000 });
    expect(q.rulesVersion).to.equal('20210112');
    expect(q.schema).to.equal(1);
    expect(q.currency).to.equal('CNY');
    expect(JSON.parse(JSON.stringify(q))).to.deep.equal(q);
  });

  describe('bad input', () => {
    const t = (what: string, scenario: unknown, field: string, code: string) =>
      it(`should refuse ${what} (${field}, ${code})`, () => {
        expectInputError(() => quote(scenario as Scenario), field, code);
      });
    t('no plan', { volume: 1 }, 'plan', 'no-lines');
    t('an unknown plan', { plan: 'gold', volume: 1 }, 'plan', 'unknown-plan');
    t('no lines', { lines: [] }, 'lines', 'no-lines');
    t('lines that are not an array', { lines: {} }, 'lines', 'type');
    t('a negative volume in line 2', { lines: [{ plan: 'app', volume: 1 }, { plan: 'h5', volume: -1 }] }, 'lines[1].volume', 'negative');
    t('a fractional volume', { plan: 'app', volume: 1.5 }, 'volume', 'not-integer');
    t('a missing volume', { plan: 'app' }, 'volume', 'type');
    t('a pass rate above 100', { plan: 'alipay-mini', volume: 1, passRate: 101 }, 'passRate', 'out-of-range');
    t('a negative pass rate', { plan: 'alipay-mini', volume: 1, passRate: -1 }, 'passRate', 'negative');
    t('an unknown period', { plan: 'app', volume: 1, period: 'week' }, 'period', 'unknown-period');
    t('a zero photo size', { plan: 'app', volume: 1, photoSizeMB: 0 }, 'photoSizeMB', 'out-of-range');
    t('a fractional retention', { plan: 'app', volume: 1, retentionDays: 1.5 }, 'retentionDays', 'not-integer');
    t('a peak share above 100', { plan: 'app', volume: 1, peakHourShare: 150 }, 'peakHourShare', 'out-of-range');
    t('an alert threshold below 0', { plan: 'app', volume: 1, alertThreshold: -5 }, 'alertThreshold', 'negative');
    t('a first purchase that is not a boolean', { plan: 'app', volume: 1, firstPurchase: 'yes' }, 'firstPurchase', 'type');
    t('no scenario', null, 'scenario', 'type');
    t('a line that is not an object', { lines: [42] }, 'lines[0]', 'type');
  });
});
