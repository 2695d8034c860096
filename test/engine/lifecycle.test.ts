import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_RULES, packRefund, statementWindow } from '../../src/engine/index.js';
import type { Rules } from '../../src/engine/index.js';
import { packExpiry, planQuota } from '../../src/engine/lifecycle.js';
import type { QuotaInput, QuotaPlan } from '../../src/engine/lifecycle.js';
import { refundOnDates } from '../../src/engine/refund.js';
import { billingCalendar } from '../../src/engine/statement.js';
import { decimalStringArb } from '../arbitraries/rules.js';
import { fromMinor, toMinor } from '../helpers/oracle.js';
import { expectInputError } from '../helpers/throws.js';

const DAY = 86_400_000;
/** `YYYY-MM-DD` n days after an ISO date (plain UTC calendar arithmetic: the oracle's own, not the engine's). */
const addDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Whole days from one ISO date to another. */
const daysBetween = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY;
const big = (n: bigint): number | string => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString());
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** Calendar dates 1971-01-01 … 2098-12-31, as `YYYY-MM-DD`. */
const dateArb = fc
  .integer({ min: Date.UTC(1971, 0, 1) / DAY, max: Date.UTC(2098, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** A purchase: a date with a time of day, `YYYY-MM-DD HH:mm:ss`. */
const boughtArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 86_399 }))
  .map(([d, s]) => `${d} ${new Date(s * 1000).toISOString().slice(11, 19)}`);
/** Percentages 0–100 with up to 2 decimals, the round ones often. */
const percentArb = fc.oneof(fc.constantFrom('0', '20', '50', '100'), decimalStringArb({ min: '0', max: '100', maxDecimals: 2 }));

describe('lifecycle (R6–R9)', () => {
  describe('packExpiry (R6)', () => {
    const t = (expected: string, boughtAt: string) =>
      it(`should expire a pack bought ${boughtAt} at ${expected}`, () => {
        expect(packExpiry(boughtAt)).to.equal(expected);
      });
    // R6: the document's resource-package examples.
    t('2021-02-28T00:00:00+08:00', '2020-02-27 10:48:56');
    t('2021-04-02T00:00:00+08:00', '2020-04-01 18:20:56');
    t('2021-04-01T00:00:00+08:00', '2020-03-31 14:41:08');
    // Every form of date and time the engine reads.
    t('2021-02-28T00:00:00+08:00', '2020-02-27T10:48:56');
    t('2021-02-28T00:00:00+08:00', '2020-02-27');
    t('2021-02-28T00:00:00+08:00', '2020-02-27 10:48');
    t('2021-02-28T00:00:00+08:00', '2020-02-27T02:48:56Z');
    t('2021-02-28T00:00:00+08:00', '2020-02-27T10:48:56+08:00');
    // An offset moves the Beijing date: 20:00 UTC is 04:00 the next day in Beijing.
    t('2021-03-01T00:00:00+08:00', '2020-02-28T20:00:00Z');
    t('2021-02-28T00:00:00+08:00', '2020-02-27T23:59:59+09:00');
    // The edges of a day and of a year.
    t('2021-02-28T00:00:00+08:00', '2020-02-27 00:00:00');
    t('2021-02-28T00:00:00+08:00', '2020-02-27 23:59:59');
    t('2022-01-01T00:00:00+08:00', '2020-12-31 23:59:59');
    t('2021-01-02T00:00:00+08:00', '2020-01-01 00:00:00');
    // Decision: bought on 29 February, the anniversary is 28 February, so the pack expires on 1 March.
    t('2021-03-01T00:00:00+08:00', '2020-02-29 09:00:00');
    t('2025-03-01T00:00:00+08:00', '2024-02-29 23:59:59');
    // Bought 28 February of a leap year: expires 1 March too (the same midnight as a 29 February purchase).
    t('2021-03-01T00:00:00+08:00', '2020-02-28 12:00:00');
    // Into a leap year: 29 February 2024 is the anniversary's next day.
    t('2024-02-29T00:00:00+08:00', '2023-02-28 08:00:00');
    t('2024-03-02T00:00:00+08:00', '2023-03-01');

    it('should use the rules’ time zone when a time has no offset', () => {
      const utc = { ...DEFAULT_RULES, settlement: { ...DEFAULT_RULES.settlement, utcOffsetHours: 0 } } as Rules;
      expect(packExpiry('2020-02-27 23:30:00', utc)).to.equal('2021-02-28T00:00:00+00:00');
      expect(packExpiry('2020-02-27T23:30:00+08:00', utc)).to.equal('2021-02-28T00:00:00+00:00');
      expect(packExpiry('2020-02-27T20:00:00-05:00', utc)).to.equal('2021-03-01T00:00:00+00:00');
    });

    it('should refuse what is not a date on the calendar', () => {
      const bad = (value: unknown, code: string) => expectInputError(() => packExpiry(value as string), 'boughtAt', code);
      bad(undefined, 'type');
      bad(20200227, 'type');
      bad('', 'empty');
      bad('   ', 'empty');
      bad('2020-02-30', 'invalid-date');
      bad('2021-02-29', 'invalid-date');
      bad('2020-13-01', 'invalid-date');
      bad('2020-00-10', 'invalid-date');
      bad('2020-02-27 24:00:00', 'invalid-date');
      bad('2020-02-27 10:60', 'invalid-date');
      bad('2020-02-27 10:48:60', 'invalid-date');
      bad('2020-02-27Z', 'invalid-date');
      bad('2020-2-27', 'invalid-date');
      bad('27/02/2020', 'invalid-date');
      bad('2020-02-27 10:48:56.5', 'invalid-date');
      bad('2020-02-27T10:00:00+15:00', 'invalid-date');
      bad('1969-12-31', 'out-of-range');
    });

    describe('properties', () => {
      it('should expire at midnight the day after the anniversary date, 365 to 367 days on', () => {
        fc.assert(
          fc.property(boughtArb, (bought) => {
            const expiry = packExpiry(bought);
            expect(expiry).to.match(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
            const [date] = bought.split(' ') as [string];
            const [y, md] = [Number(date.slice(0, 4)) + 1, date.slice(5)];
            const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
            // A 29 February anniversary in a common year falls on 28 February.
            const anniversary = `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
            expect(addDays(expiry.slice(0, 10), -1)).to.equal(anniversary);
            const lifetime = daysBetween(date, expiry.slice(0, 10));
            expect(lifetime).to.be.within(365, 367);
          }),
        );
      });

      it('should never expire earlier for a later purchase', () => {
        fc.assert(
          fc.property(boughtArb, boughtArb, (a, b) => {
            const [early, late] = a <= b ? [a, b] : [b, a];
            expect(packExpiry(early) <= packExpiry(late)).to.equal(true);
          }),
        );
      });
    });
  });

  describe('planQuota (R6, R7)', () => {
    const one = (units: number | string, boughtAt: string, dailyUsage: number | string, thresholdPercent?: string): QuotaPlan =>
      planQuota({ packs: [{ units, boughtAt }], dailyUsage, ...(thresholdPercent === undefined ? {} : { thresholdPercent }) });

    // R7 on one pack: alert after ⌈T(1 − p)/d⌉ days, run-out after ⌈T/d⌉ days, unless it expires first (R6).
    const t = (
      expected: { alert: [string, number] | null; end: ['run-out' | 'expiry', string, number]; lost: number },
      units: number,
      boughtAt: string,
      daily: number,
      threshold?: string,
    ) =>
      it(`should plan ${units} units bought ${boughtAt} at ${daily} a day, alert at ${threshold ?? 20}%`, () => {
        const plan = one(units, boughtAt, daily, threshold);
        expect(plan.alert && [plan.alert.date, plan.alert.day]).to.deep.equal(expected.alert);
        expect([plan.end.kind, plan.end.date, plan.end.day]).to.deep.equal(expected.end);
        expect(plan.packs[0]!.lostAtExpiry).to.equal(expected.lost);
      });
    // R7: 100,000 units at 500 a day, 20 %: alert after 160 days, empty after 200 (2020 is a leap year).
    t({ alert: ['2020-08-04', 160], end: ['run-out', '2020-09-13', 200], lost: 0 }, 100000, '2020-02-27 10:48:56', 500);
    t({ alert: ['2020-08-04', 160], end: ['run-out', '2020-09-13', 200], lost: 0 }, 100000, '2020-02-27 10:48:56', 500, '20');
    // Not a whole number of days: ⌈80000/300⌉ = 267, ⌈100000/300⌉ = 334.
    t({ alert: ['2020-11-19', 267], end: ['run-out', '2021-01-25', 334], lost: 0 }, 100000, '2020-02-27', 300);
    // R6: the pack expires first. It covers 367 days (2020-02-27 … 2021-02-27); 367 × 100 used, the rest lost.
    t({ alert: null, end: ['expiry', '2021-02-28', 367], lost: 63300 }, 100000, '2020-02-27 10:48:56', 100);
    // A common year: 2021-04-01 … 2022-04-01 is 366 days of use.
    t({ alert: null, end: ['expiry', '2022-04-02', 366], lost: 13400 }, 50000, '2021-04-01 18:20:56', 100);
    // The alert fires on the last day of use before the expiry: ⌈457 × 0.8⌉ = 366.
    t({ alert: ['2022-04-01', 366], end: ['expiry', '2022-04-02', 366], lost: 91 }, 457, '2021-04-01', 1);
    // Run out on the last day before expiry: run-out, nothing lost; ⌈366 × 0.798⌉ = 293.
    t({ alert: ['2022-01-18', 293], end: ['run-out', '2022-04-01', 366], lost: 0 }, 366, '2021-04-01', 1, '20.2');
    // 0 %: the alert is the run-out; 100 %: it fires at the start, before any use.
    t({ alert: ['2020-03-01', 4], end: ['run-out', '2020-03-01', 4], lost: 0 }, 100, '2020-02-27', 25, '0');
    t({ alert: ['2020-02-27', 0], end: ['run-out', '2020-03-01', 4], lost: 0 }, 100, '2020-02-27', 25, '100');
    // Nothing used: no alert below 100 %, everything lost at expiry.
    t({ alert: null, end: ['expiry', '2021-02-28', 367], lost: 100000 }, 100000, '2020-02-27', 0);
    // More used in a day than the pack holds: it runs out on the first day.
    t({ alert: ['2020-02-27', 1], end: ['run-out', '2020-02-27', 1], lost: 0 }, 100, '2020-02-27', 1000);

    it('should fail fractional daily usage: units are whole', () => {
      expectInputError(() => one(100, '2020-02-27', 0.5), 'dailyUsage', 'not-integer');
    });

    it('should use the pack that expires first first (R6)', () => {
      const plan = planQuota({
        packs: [
          { units: 50000, boughtAt: '2020-06-01 09:00:00' },
          { units: 100000, boughtAt: '2020-02-27 10:48:56' },
        ],
        dailyUsage: 200,
        thresholdPercent: 20,
      });
      // The February pack is drawn on from its purchase; June's waits until February's expires (2021-02-28).
      expect(plan.start).to.equal('2020-02-27');
      expect(plan.packs.map((p) => [p.used, p.lostAtExpiry])).to.deep.equal([
        [18800, 31200],
        [73400, 26600],
      ]);
      expect(plan.alert).to.equal(null);
      expect(plan.end).to.deep.equal({ kind: 'expiry', date: '2021-06-02', day: 461, at: '2021-06-02T00:00:00+08:00' });
      expect(plan.lostUnits).to.equal(57800);
      expect(plan.uncoveredUnits).to.equal(0);
      expect(plan.events.map((e) => [e.type, e.date])).to.deep.equal([
        ['buy', '2020-02-27'],
        ['buy', '2020-06-01'],
        ['expire', '2021-02-28'],
        ['expire', '2021-06-02'],
      ]);
    });

    it('should use packs bought the same day in purchase order', () => {
      const plan = planQuota({
        packs: [
          { units: 100, boughtAt: '2020-05-01 15:00:00' },
          { units: 100, boughtAt: '2020-05-01 09:00:00' },
        ],
        dailyUsage: 150,
      });
      expect(plan.packs.map((p) => p.runOutDate)).to.deep.equal(['2020-05-02', '2020-05-01']);
    });

    it('should count usage before the first purchase and in a gap as uncovered, and alert again after a top-up', () => {
      const plan = planQuota({
        packs: [
          { units: 1000, boughtAt: '2020-01-03' },
          { units: 1000, boughtAt: '2020-01-20' },
        ],
        dailyUsage: 100,
        thresholdPercent: 40,
        start: '2020-01-01',
      });
      // Jan 1–2 uncovered (200); pack 1 covers Jan 3–12, empty on the 12th; Jan 13–19 uncovered (700);
      // pack 2 covers Jan 20–29; nothing after (2020-01-30 … 2021-01-20: 357 days × 100). The alert (40 %)
      // fires with 400 of 1000 left, and again with 800 of 2000 (the empty pack still counts until it expires).
      expect(plan.end).to.deep.equal({ kind: 'run-out', date: '2020-01-12', day: 12, at: null });
      expect(plan.events.filter((e) => e.type === 'alert').map((e) => [e.date, e.day])).to.deep.equal([
        ['2020-01-08', 8],
        ['2020-01-21', 21],
      ]);
      expect(plan.events.filter((e) => e.type === 'run-out').map((e) => e.date)).to.deep.equal(['2020-01-12', '2020-01-29']);
      expect(plan.uncoveredUnits).to.equal(200 + 700 + 357 * 100);
      expect(plan.horizon).to.deep.equal({ from: '2020-01-01', to: '2021-01-20', days: 386 });
    });

    it('should start later than the purchase when asked', () => {
      const plan = planQuota({ packs: [{ units: 1000, boughtAt: '2020-01-01' }], dailyUsage: 100, start: '2020-03-01' });
      expect(plan.end).to.deep.equal({ kind: 'run-out', date: '2020-03-10', day: 10, at: null });
      expect(plan.alert).to.deep.equal({ date: '2020-03-08', day: 8, remaining: 200, total: 1000 });
    });

    it('should end by expiry at a midnight when the live packs expire with units left', () => {
      const plan = planQuota({
        packs: [
          { units: 100000, boughtAt: '2020-01-01' },
          { units: 10, boughtAt: '2021-01-05' },
        ],
        dailyUsage: 1,
      });
      expect(plan.end).to.deep.equal({ kind: 'expiry', date: '2021-01-02', day: 367, at: '2021-01-02T00:00:00+08:00' });
    });

    it('should give a series from full to empty that bends only at events', () => {
      const plan = one(100000, '2020-02-27 10:48:56', 500);
      expect(plan.series).to.deep.equal([
        { date: '2020-02-27', day: 0, remaining: 100000, total: 100000 },
        { date: '2020-09-14', day: 200, remaining: 0, total: 100000 },
        { date: '2021-02-27', day: 366, remaining: 0, total: 100000 },
        { date: '2021-02-28', day: 367, remaining: 0, total: 0 },
      ]);
      expect(plan.packs[0]).to.deep.equal({
        units: 100000,
        boughtAt: '2020-02-27T10:48:56+08:00',
        expiresAt: '2021-02-28T00:00:00+08:00',
        used: 100000,
        lostAtExpiry: 0,
        runOutDate: '2020-09-13',
      });
    });

    it('should keep counts beyond 2^53 exact', () => {
      const plan = one('1000000000000000000', '2020-01-01', '3000000000000000');
      expect(plan.end).to.deep.equal({ kind: 'run-out', date: '2020-11-29', day: 334, at: null });
      expect(plan.alert?.day).to.equal(267);
      expect(plan.totalUnits).to.equal('1000000000000000000');
    });

    it('should refuse bad input with the field and a code', () => {
      const ok: QuotaInput = { packs: [{ units: 100, boughtAt: '2020-01-01' }], dailyUsage: 1 };
      const bad = (input: unknown, field: string, code: string) => expectInputError(() => planQuota(input as QuotaInput), field, code);
      bad(null, 'input', 'type');
      bad([], 'input', 'type');
      bad({ ...ok, packs: undefined }, 'packs', 'type');
      bad({ ...ok, packs: [] }, 'packs', 'empty');
      bad({ ...ok, packs: Array.from({ length: 51 }, () => ok.packs[0]) }, 'packs', 'out-of-range');
      bad({ ...ok, packs: [null] }, 'packs[0]', 'type');
      bad({ ...ok, packs: [ok.packs[0], { units: 0, boughtAt: '2020-01-01' }] }, 'packs[1].units', 'out-of-range');
      bad({ ...ok, packs: [{ units: -5, boughtAt: '2020-01-01' }] }, 'packs[0].units', 'negative');
      bad({ ...ok, packs: [{ units: 1.5, boughtAt: '2020-01-01' }] }, 'packs[0].units', 'not-integer');
      bad({ ...ok, packs: [{ units: '1e5', boughtAt: '2020-01-01' }] }, 'packs[0].units', 'not-a-number');
      bad({ ...ok, packs: [{ units: 100, boughtAt: '2020-02-30' }] }, 'packs[0].boughtAt', 'invalid-date');
      bad({ ...ok, packs: [{ units: 100 }] }, 'packs[0].boughtAt', 'type');
      bad({ ...ok, packs: [ok.packs[0], { units: 1, boughtAt: '2030-01-02' }] }, 'packs', 'out-of-range');
      bad({ ...ok, dailyUsage: -1 }, 'dailyUsage', 'negative');
      bad({ ...ok, dailyUsage: NaN }, 'dailyUsage', 'not-a-number');
      bad({ ...ok, dailyUsage: '' }, 'dailyUsage', 'empty');
      bad({ ...ok, thresholdPercent: '101' }, 'thresholdPercent', 'out-of-range');
      bad({ ...ok, thresholdPercent: -1 }, 'thresholdPercent', 'negative');
      bad({ ...ok, thresholdPercent: 'half' }, 'thresholdPercent', 'not-a-number');
      bad({ ...ok, start: '2021-01-02' }, 'start', 'out-of-range');
      bad({ ...ok, start: '2009-12-01' }, 'start', 'out-of-range');
      bad({ ...ok, start: 'tomorrow' }, 'start', 'invalid-date');
    });

    it('should not change its input', () => {
      const input = Object.freeze({
        packs: Object.freeze([Object.freeze({ units: 100, boughtAt: '2020-01-01' })]),
        dailyUsage: 3,
        thresholdPercent: '20',
      });
      const copy = JSON.stringify(input);
      planQuota(input);
      expect(JSON.stringify(input)).to.equal(copy);
    });

    describe('properties', () => {
      /** R7's closed form for one pack bought on the start date, with p in hundredths of a percent. */
      function r7(units: bigint, daily: bigint, pHundredths: bigint, lifetime: number) {
        const runOut = daily === 0n ? null : ceilDiv(units, daily);
        const endsBy = runOut !== null && runOut <= BigInt(lifetime) ? 'run-out' : 'expiry';
        const alertAt = pHundredths === 10000n ? 0n : daily === 0n ? null : ceilDiv(units * (10000n - pHundredths), 10000n * daily);
        const last = endsBy === 'run-out' ? runOut! : BigInt(lifetime);
        return {
          alertDay: alertAt !== null && alertAt <= last ? Number(alertAt) : null,
          endDay: Number(last),
          endsBy,
          lost: endsBy === 'expiry' ? units - daily * BigInt(lifetime) : 0n,
        };
      }

      it('should agree with R7’s ⌈T(1 − p)/d⌉ and ⌈T/d⌉ for one pack, or the R6 expiry', () => {
        fc.assert(
          fc.property(
            boughtArb,
            fc.oneof(fc.bigInt({ min: 1n, max: 2000n }), fc.bigInt({ min: 1n, max: 10n ** 15n })),
            fc.oneof(fc.bigInt({ min: 0n, max: 20n }), fc.bigInt({ min: 0n, max: 10n ** 13n })),
            percentArb,
            (bought, units, daily, percent) => {
              const plan = planQuota({ packs: [{ units: units.toString(), boughtAt: bought }], dailyUsage: daily.toString(), thresholdPercent: percent });
              const date = bought.slice(0, 10);
              const lifetime = daysBetween(date, packExpiry(bought).slice(0, 10));
              const want = r7(units, daily, toMinor(percent, 2), lifetime);
              expect(plan.alert?.day ?? null, 'alert day').to.equal(want.alertDay);
              if (want.alertDay !== null) expect(plan.alert!.date).to.equal(addDays(date, Math.max(0, want.alertDay - 1)));
              expect([plan.end.kind, plan.end.day], 'end').to.deep.equal([want.endsBy, want.endDay]);
              expect(plan.end.date).to.equal(addDays(date, want.endsBy === 'run-out' ? want.endDay - 1 : want.endDay));
              expect(plan.packs[0]!.lostAtExpiry).to.equal(big(want.lost));
            },
          ),
        );
      });

      it('should plan packs bought together on the start date as one pack of their total (R7)', () => {
        fc.assert(
          fc.property(
            dateArb,
            fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }),
            fc.integer({ min: 0, max: 60 }),
            percentArb,
            (date, sizes, daily, percent) => {
              const together = planQuota({ packs: sizes.map((units, i) => ({ units, boughtAt: `${date} 0${i}:00:00` })), dailyUsage: daily, thresholdPercent: percent });
              const total = sizes.reduce((s, n) => s + n, 0);
              const single = planQuota({ packs: [{ units: total, boughtAt: date }], dailyUsage: daily, thresholdPercent: percent });
              expect(together.alert).to.deep.equal(single.alert);
              expect(together.end).to.deep.equal(single.end);
              expect([together.usedUnits, together.lostUnits]).to.deep.equal([single.usedUnits, single.lostUnits]);
            },
          ),
        );
      });

      interface Scenario {
        readonly packs: readonly { readonly units: number; readonly offset: number; readonly second: number }[];
        readonly base: number;
        readonly dailyUsage: number;
        readonly thresholdPercent: string;
        readonly startOffset: number | undefined;
      }
      /** A few packs bought within about two years, a daily usage and maybe a start. */
      const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
        packs: fc.array(
          fc.record({
            units: fc.integer({ min: 1, max: 100000 }),
            offset: fc.integer({ min: 0, max: 700 }),
            second: fc.integer({ min: 0, max: 86399 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        base: fc.integer({ min: Date.UTC(2015, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY }),
        dailyUsage: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2000 })),
        thresholdPercent: percentArb,
        startOffset: fc.option(fc.integer({ min: -30, max: 360 }), { nil: undefined }),
      });
      const dateAt = (s: Scenario, offset: number): string => new Date((s.base + offset) * DAY).toISOString().slice(0, 10);
      const toInput = (s: Scenario): QuotaInput => {
        const time = (second: number) => new Date(second * 1000).toISOString().slice(11, 19);
        const first = Math.min(...s.packs.map((p) => p.offset));
        return {
          packs: s.packs.map((p) => ({ units: p.units, boughtAt: `${dateAt(s, p.offset)} ${time(p.second)}` })),
          dailyUsage: s.dailyUsage,
          thresholdPercent: s.thresholdPercent,
          ...(s.startOffset === undefined ? {} : { start: dateAt(s, first + s.startOffset) }),
        };
      };

      it('should account for every unit: used + lost = bought; used + uncovered = usage to the last expiry', () => {
        fc.assert(
          fc.property(scenarioArb, (s) => {
            const input = toInput(s);
            const plan = planQuota(input);
            const bought = s.packs.reduce((sum, p) => sum + p.units, 0);
            expect(Number(plan.usedUnits) + Number(plan.lostUnits)).to.equal(bought);
            for (const p of plan.packs) expect(Number(p.used) + Number(p.lostAtExpiry)).to.equal(Number(p.units));
            const usageDays = daysBetween(plan.start, addDays(plan.horizon.to, 1));
            expect(Number(plan.usedUnits) + Number(plan.uncoveredUnits)).to.equal(usageDays * s.dailyUsage);
          }),
        );
      });

      it('should give the same plan whatever order the packs are listed in', () => {
        fc.assert(
          fc.property(scenarioArb, fc.integer(), (s, seed) => {
            const input = toInput(s);
            const order = input.packs.map((_, i) => i).sort((a, z) => ((a * 7919 + seed) % 13) - ((z * 7919 + seed) % 13) || a - z);
            const shuffled = { ...input, packs: order.map((i) => input.packs[i]!) };
            const a = planQuota(input);
            const b = planQuota(shuffled);
            expect([b.alert, b.end, b.usedUnits, b.lostUnits, b.uncoveredUnits, b.series]).to.deep.equal([
              a.alert,
              a.end,
              a.usedUnits,
              a.lostUnits,
              a.uncoveredUnits,
              a.series,
            ]);
            expect(order.map((i) => a.packs[i])).to.deep.equal(b.packs);
          }),
        );
      });

      it('should never end earlier or leave more uncovered with one more pack bought after the first', () => {
        fc.assert(
          fc.property(scenarioArb, fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 700 }), (s, units, later) => {
            // A pack bought before the others could start (and end) a stretch of cover of its own earlier.
            const offset = Math.min(...s.packs.map((p) => p.offset)) + later;
            const base = planQuota(toInput(s));
            // The same start for both: by default it is the first purchase, which the new pack may move.
            const input = { ...toInput(s), start: base.start };
            const more = planQuota({ ...input, packs: [...input.packs, { units, boughtAt: dateAt(s, offset) }] });
            // The horizon may grow (the new pack may expire last); compare over the shared days.
            expect(more.end.day).to.be.at.least(base.end.day);
            if (more.horizon.to === base.horizon.to) expect(Number(more.uncoveredUnits)).to.be.at.most(Number(base.uncoveredUnits));
          }),
        );
      });

      it('should keep the series within its totals, and events in time order', () => {
        fc.assert(
          fc.property(scenarioArb, (s) => {
            const plan = planQuota(toInput(s));
            for (const p of plan.series) expect(Number(p.remaining)).to.be.within(0, Number(p.total));
            expect(plan.series.at(-1)).to.include({ remaining: 0, total: 0 });
            const dates = plan.events.map((e) => e.date);
            expect(dates).to.deep.equal([...dates].sort());
            for (const e of plan.events) {
              if (e.type === 'alert') {
                expect(Number(e.remaining) * 100).to.be.at.most(Number(plan.thresholdPercent) * Number(e.total) + 1e-6);
              }
            }
          }),
        );
      });
    });
  });

  describe('refundOnDates (R9)', () => {
    const t = (
      expected: { kind: string; amount: string; window: string; days: string },
      purchasedAt: string,
      today: string,
      usedUnits = 0,
      paid: number | string = 90000,
      unitPrice: number | string = 1,
    ) =>
      it(`should give ${expected.kind} ${expected.amount} bought ${purchasedAt}, asked ${today}, ${usedUnits} used`, () => {
        const r = refundOnDates({ paid, usedUnits, purchasedAt, today, unitPrice });
        expect({ kind: r.kind, amount: r.amount, window: r.window, days: r.daysSincePurchase }).to.deep.equal(expected);
      });
    // Exactly 5 days after the order: still the automatic refund window.
    t({ kind: 'full', amount: '90000', window: 'refund', days: '5' }, '2020-03-01 10:48:56', '2020-03-06 10:48:56');
    // One second later: contact support.
    t({ kind: 'support', amount: '0', window: 'support', days: '5.000011574074' }, '2020-03-01 10:48:56', '2020-03-06 10:48:57');
    t({ kind: 'partial', amount: '89000', window: 'refund', days: '5' }, '2020-03-01 10:48:56', '2020-03-06 10:48:56', 1000);
    t({ kind: 'partial', amount: '0', window: 'refund', days: '0.5' }, '2020-03-01 00:00:00', '2020-03-01 12:00:00', 100000);
    t({ kind: 'partial', amount: '16198', window: 'refund', days: '2' }, '2020-03-01', '2020-03-03', 1000, 16380, '0.182');
    // Cash paid only: a 90,000 pack paid 80,000 in cash (the rest in vouchers) refunds from 80,000.
    t({ kind: 'partial', amount: '79000', window: 'refund', days: '1' }, '2020-03-01', '2020-03-02', 1000, 80000);
    // Dates only: whole days, 00:00 Beijing each.
    t({ kind: 'full', amount: '90000', window: 'refund', days: '5' }, '2020-03-01', '2020-03-06');
    t({ kind: 'support', amount: '0', window: 'support', days: '6' }, '2020-03-01', '2020-03-07');
    t({ kind: 'full', amount: '90000', window: 'refund', days: '0' }, '2020-03-01 10:00', '2020-03-01 10:00');
    // Exactly 180 days: contact support; a second later: no refund, even unused.
    t({ kind: 'support', amount: '0', window: 'support', days: '180' }, '2020-03-01 10:48:56', '2020-08-28 10:48:56');
    t({ kind: 'none', amount: '0', window: 'none', days: '180.000011574074' }, '2020-03-01 10:48:56', '2020-08-28 10:48:57');
    t({ kind: 'none', amount: '0', window: 'none', days: '366' }, '2020-03-01', '2021-03-02');
    // Offsets: 02:48:56Z is 10:48:56 in Beijing.
    t({ kind: 'full', amount: '90000', window: 'refund', days: '5' }, '2020-03-01T02:48:56Z', '2020-03-06 10:48:56');

    it('should give the ends of both windows and the exact time since purchase', () => {
      const r = refundOnDates({ paid: '50000', usedUnits: 0, purchasedAt: '2020-02-27 10:48:56', today: '2020-03-03 10:48:56', unitPrice: 1 });
      expect(r).to.deep.equal({
        kind: 'full',
        amount: '50000',
        window: 'refund',
        daysSincePurchase: '5',
        secondsSincePurchase: 432000,
        refundUntil: '2020-03-03T10:48:56+08:00',
        supportUntil: '2020-08-25T10:48:56+08:00',
      });
    });

    it('should refuse bad input with the field and a code', () => {
      const ok = { paid: 1, usedUnits: 0, purchasedAt: '2020-03-01', today: '2020-03-02', unitPrice: 1 };
      const bad = (input: unknown, field: string, code: string) => expectInputError(() => refundOnDates(input as typeof ok), field, code);
      bad(undefined, 'input', 'type');
      bad({ ...ok, purchasedAt: '2020-02-30' }, 'purchasedAt', 'invalid-date');
      bad({ ...ok, today: '' }, 'today', 'empty');
      bad({ ...ok, today: '2020-02-29' }, 'today', 'out-of-range');
      bad({ ...ok, paid: -1 }, 'paid', 'negative');
      bad({ ...ok, paid: 'lots' }, 'paid', 'not-a-number');
      bad({ ...ok, usedUnits: 2.5 }, 'usedUnits', 'not-integer');
      bad({ ...ok, unitPrice: 0 }, 'unitPrice', 'out-of-range');
    });

    describe('properties', () => {
      it('should agree with an oracle on whole seconds and minor units', () => {
        fc.assert(
          fc.property(
            boughtArb,
            fc.oneof(fc.integer({ min: 0, max: 10 * 86400 }), fc.integer({ min: 0, max: 400 * 86400 }), fc.constantFrom(432000, 432001, 15552000, 15552001)),
            decimalStringArb({ min: '0', max: '2000000', maxDecimals: 2 }),
            fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
            fc.constantFrom('1', '0.182', '0.006'),
            (bought, seconds, paid, used, price) => {
              const start = Date.parse(`${bought.replace(' ', 'T')}+08:00`);
              const today = new Date(start + seconds * 1000 + 8 * 3600_000).toISOString().slice(0, 19);
              const r = refundOnDates({ paid, usedUnits: used, purchasedAt: bought, today, unitPrice: price });
              const window = seconds <= 5 * 86400 ? 'refund' : seconds <= 180 * 86400 ? 'support' : 'none';
              // Amounts in thousandths of a fen … of a yuan: paid has ≤ 2 places, prices ≤ 3.
              const left = toMinor(paid, 3) - BigInt(used) * toMinor(price, 3);
              const amount = window !== 'refund' ? '0' : used === 0 ? paid : fromMinor(left > 0n ? left : 0n, 3);
              expect(r.window).to.equal(window);
              expect(r.amount).to.equal(amount);
              expect(r.secondsSincePurchase).to.equal(seconds);
              expect(r).to.deep.include(
                packRefund({ paid, usedUnits: used, daysSincePurchase: r.daysSincePurchase, unitPrice: price }),
              );
            },
          ),
        );
      });
    });
  });

  describe('billingCalendar (R8)', () => {
    it('should lay out the document’s January 2020 statement with each day billed the next morning', () => {
      const cal = billingCalendar({ year: 2020, month: 1 });
      expect([cal.from, cal.to, cal.days, cal.utcOffset]).to.deep.equal(['2019-12-31', '2020-01-30', 31, '+08:00']);
      expect(cal.bills).to.have.length(31);
      expect(cal.bills[0]).to.deep.equal({
        date: '2019-12-31',
        billFrom: '2020-01-01T10:00:00+08:00',
        billTo: '2020-01-01T12:00:00+08:00',
        status: null,
        balanceAfter: null,
      });
      expect(cal.bills.at(-1)).to.include({ date: '2020-01-30', billFrom: '2020-01-31T10:00:00+08:00' });
      expect([cal.arrears, cal.balanceLeft, cal.dailyBill, cal.balance, cal.total]).to.deep.equal([null, null, null, null, null]);
    });

    it('should put arrears at the first bill the balance cannot pay and suspension 24 h later', () => {
      const cal = billingCalendar({ year: 2020, month: 1, dailyBill: '100', balance: '250' });
      expect(cal.arrears).to.deep.equal({
        date: '2020-01-02',
        from: '2020-01-03T10:00:00+08:00',
        to: '2020-01-03T12:00:00+08:00',
        suspendFrom: '2020-01-04T10:00:00+08:00',
        suspendTo: '2020-01-04T12:00:00+08:00',
        balance: '50',
        shortfall: '50',
        billsPaid: 2,
      });
      expect(cal.bills.slice(0, 5).map((b) => [b.status, b.balanceAfter])).to.deep.equal([
        ['paid', '150'],
        ['paid', '50'],
        ['unpaid', null],
        ['unpaid', null],
        ['suspended', null],
      ]);
      expect(cal.balanceLeft).to.equal(null);
      expect(cal.total).to.equal('3100');
    });

    const t = (expected: { paid: number; arrearsOn: string | null; left: string | null }, year: number, month: number, dailyBill: string, balance: string) =>
      it(`should pay ${expected.paid} bills of ¥${dailyBill} from ¥${balance} in ${year}-${month}`, () => {
        const cal = billingCalendar({ year, month, dailyBill, balance });
        expect(cal.bills.filter((b) => b.status === 'paid')).to.have.length(expected.paid);
        expect(cal.arrears?.date ?? null).to.equal(expected.arrearsOn);
        expect(cal.balanceLeft).to.equal(expected.left);
      });
    // A balance that pays bills exactly: the next one is the unpaid one.
    t({ paid: 3, arrearsOn: '2020-01-03', left: null }, 2020, 1, '100', '300');
    // Nothing to pay with: the first bill.
    t({ paid: 0, arrearsOn: '2019-12-31', left: null }, 2020, 1, '100', '0');
    // Nothing billed (packs cover everything): never.
    t({ paid: 31, arrearsOn: null, left: '0' }, 2020, 1, '0', '0');
    // Exact decimals: 0.006 a day (one face comparison) from ¥0.03 pays 5 bills, never 4 or 6 (no binary floats).
    t({ paid: 5, arrearsOn: '2020-02-05', left: null }, 2020, 2, '0.006', '0.03');
    t({ paid: 30, arrearsOn: null, left: '0' }, 2020, 4, '0.006', '0.18');
    // 0.1 + 0.2 in floating point is 0.30000000000000004: exactly, ¥0.3 pays three bills of ¥0.1.
    t({ paid: 3, arrearsOn: '2021-03-03', left: null }, 2021, 3, '0.1', '0.3');
    // A month's balance (R8's advice) covers the month.
    t({ paid: 30, arrearsOn: null, left: '0.5' }, 2020, 4, '10000', '300000.5');
    // The last bill of the window is the one that fails.
    t({ paid: 29, arrearsOn: '2020-03-29', left: null }, 2020, 3, '10000', '299999.99');
    // Arrears on the last day: suspension falls after the window, in the next month.
    it('should suspend after the window when the last bill fails', () => {
      const cal = billingCalendar({ year: 2020, month: 12, dailyBill: '1', balance: '30' });
      expect(cal.arrears).to.include({ date: '2020-12-30', from: '2020-12-31T10:00:00+08:00', suspendFrom: '2021-01-01T10:00:00+08:00' });
    });

    it('should use the rules’ bill hours and grace period', () => {
      const rules = { ...DEFAULT_RULES, settlement: { ...DEFAULT_RULES.settlement, billAfterHours: [2, 6], arrearsGraceHours: 48 } } as Rules;
      const cal = billingCalendar({ year: 2020, month: 1, dailyBill: 1, balance: 0 }, rules);
      expect(cal.bills[0]).to.include({ billFrom: '2020-01-01T02:00:00+08:00', billTo: '2020-01-01T06:00:00+08:00' });
      expect(cal.arrears).to.include({ suspendFrom: '2020-01-03T02:00:00+08:00', suspendTo: '2020-01-03T06:00:00+08:00' });
    });

    it('should refuse bad input with the field and a code', () => {
      const bad = (input: unknown, field: string, code: string) => expectInputError(() => billingCalendar(input as never), field, code);
      bad(null, 'input', 'type');
      bad({ year: 2020, month: 13 }, 'month', 'out-of-range');
      bad({ year: '2020', month: 1 }, 'year', 'type');
      bad({ year: 2020, month: 1, dailyBill: '-1', balance: '1' }, 'dailyBill', 'negative');
      bad({ year: 2020, month: 1, dailyBill: '1', balance: 'none' }, 'balance', 'not-a-number');
      bad({ year: 2020, month: 1, dailyBill: '1', balance: Infinity }, 'balance', 'not-finite');
    });

    describe('properties', () => {
      it('should pay ⌊balance ÷ bill⌋ bills (at most the window’s), exactly, then arrears and suspension 24 h on', () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 1970, max: 2200 }),
            fc.integer({ min: 1, max: 12 }),
            decimalStringArb({ min: '0', max: '50000', maxDecimals: 3 }),
            decimalStringArb({ min: '0', max: '2000000', maxDecimals: 3 }),
            (year, month, bill, balance) => {
              const cal = billingCalendar({ year, month, dailyBill: bill, balance });
              const window = statementWindow(year, month);
              expect([cal.from, cal.to, cal.days, cal.bills.length]).to.deep.equal([window.from, window.to, window.days, window.days]);
              const b = toMinor(bill, 3);
              const total = toMinor(balance, 3);
              const affordable = b === 0n ? window.days : Math.min(window.days, Number(total / b));
              const statuses = cal.bills.map((x) => x.status);
              expect(statuses.filter((s) => s === 'paid')).to.have.length(affordable);
              expect(statuses.join(' ')).to.match(/^(paid ?)*(unpaid ?){0,2}(suspended ?)*$/);
              if (affordable === window.days) {
                expect(cal.arrears).to.equal(null);
                expect(cal.balanceLeft).to.equal(fromMinor(total - b * BigInt(window.days), 3));
              } else {
                const a = cal.arrears!;
                expect(a.billsPaid).to.equal(affordable);
                expect(a.date).to.equal(addDays(window.from, affordable));
                expect(a.balance).to.equal(fromMinor(total - b * BigInt(affordable), 3));
                expect(Date.parse(a.suspendFrom) - Date.parse(a.from)).to.equal(24 * 3600_000);
                expect(Date.parse(a.from)).to.equal(Date.parse(`${addDays(a.date, 1)}T10:00:00+08:00`));
              }
              for (const x of cal.bills) expect(Date.parse(x.billTo) - Date.parse(x.billFrom)).to.equal(2 * 3600_000);
              expect(cal.total).to.equal(fromMinor(b * BigInt(window.days), 3));
            },
          ),
        );
      });
    });
  });
});
