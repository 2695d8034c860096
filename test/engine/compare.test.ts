import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareQuotes } from '../../src/engine/compare.js';
import type { ComparedInput, QuoteComparison } from '../../src/engine/compare.js';
import { PLAN_IDS, quote } from '../../src/engine/index.js';
import type { Quote, Scenario } from '../../src/engine/index.js';
import { decimalStringArb } from '../arbitraries/rules.js';
import { decimalPlacesOf, toMinor } from '../helpers/oracle.js';
import { expectInputError } from '../helpers/throws.js';

/** Just what compareQuotes reads of a quote for its money: the best yearly total (no lines). */
const withTotal = (bestYear: string): Quote => ({ totals: { bestYear }, lines: [], firstPurchase: false }) as unknown as Quote;

/** Trailing zeros off, "-0" as "0", so the engine's strings and the oracle's compare as numbers. */
function canon(s: string): string {
  const trimmed = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  return /^-0(\.0*)?$/.test(trimmed) ? '0' : trimmed;
}

/** A signed integer of minor units at `scale` as a plain decimal string, trailing zeros trimmed. */
function signedFromMinor(n: bigint, scale: number): string {
  const sign = n < 0n ? '-' : '';
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  return canon(scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}

/** n ÷ d (d > 0) as divOut gives it: exact when the quotient ends within 40 places, else truncated toward zero at 12. */
function quotientOracle(n: bigint, d: bigint): string {
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  let [x, y] = [abs(n), d];
  while (y) [x, y] = [y, x % y];
  const g = x || 1n;
  let rest = d / g;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) [rest, twos] = [rest / 2n, twos + 1];
  while (rest % 5n === 0n) [rest, fives] = [rest / 5n, fives + 1];
  const places = Math.max(twos, fives);
  if (rest === 1n && places <= 40) return signedFromMinor((n / g) * (10n ** BigInt(places) / (d / g)), places);
  return signedFromMinor((n * 10n ** 12n) / d, 12);
}

function difference(c: QuoteComparison, from: number, to: number): { amount: string; percent: string | null } {
  const found = c.differences.find((d) => d.from === from && d.to === to);
  expect(found, `difference ${from}→${to}`).to.not.equal(undefined);
  return { amount: found!.amount, percent: found!.percent };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('compareQuotes', () => {
  describe('cheapest', () => {
    const t = (cheapest: number[], ...totals: string[]) =>
      it(`should find ${JSON.stringify(cheapest)} cheapest among ${totals.join(', ')}`, () => {
        expect(compareQuotes(totals.map(withTotal)).cheapest).to.deep.equal(cheapest);
      });
    t([0], '310000');
    t([0], '310000', '440000');
    t([1], '440000', '310000');
    t([2], '3', '2', '1');
    // Ties list every index, ascending.
    t([0, 1], '310000', '310000');
    t([0, 2], '5', '6', '5');
    t([0, 1, 2], '0', '0', '0');
    // Exact decimals: a difference in the 12th place still decides; trailing zeros do not.
    t([1], '0.000000000002', '0.000000000001');
    t([0, 1], '120000', '120000.000');
    // Zero and huge totals.
    t([1], '1', '0');
    t([0], '999999999999999999.5', '1000000000000000000');
  });

  describe('differences', () => {
    const t = (amount: string, percent: string | null, from: string, to: string) =>
      it(`should give ${amount} (${percent} %) from ${from} to ${to}`, () => {
        const c = compareQuotes([withTotal(from), withTotal(to)]);
        expect(difference(c, 0, 1)).to.deep.equal({ amount, percent });
      });
    t('130000', '41.935483870967', '310000', '440000');
    t('-130000', '-29.545454545454', '440000', '310000');
    t('0', '0', '310000', '310000');
    t('0.006', '100', '0.006', '0.012');
    t('-0.003', '-50', '0.006', '0.003');
    // A third of a percent: truncated at 12 places, toward zero on both signs.
    t('1', '33.333333333333', '3', '4');
    t('-1', '-33.333333333333', '3', '2');
    // From nothing: 0 → 0 is 0 %, 0 → anything else has no finite percentage.
    t('0', '0', '0', '0');
    t('5', null, '0', '5');
    t('-5', '-100', '5', '0');

    it('should list every ordered pair, from-major', () => {
      const c = compareQuotes(['1', '2', '4'].map(withTotal));
      expect(c.differences.map((d) => [d.from, d.to])).to.deep.equal([
        [0, 1],
        [0, 2],
        [1, 0],
        [1, 2],
        [2, 0],
        [2, 1],
      ]);
      expect(c.differences.map((d) => d.amount)).to.deep.equal(['1', '3', '-1', '2', '-3', '-2']);
      expect(c.totals).to.deep.equal(['1', '2', '4']);
    });

    it('should have no differences for one quote', () => {
      expect(compareQuotes([withTotal('7')])).to.deep.include({ cheapest: [0], differences: [], totals: ['7'] });
    });

    it('should compare real quotes by the best yearly total with packs, not pay-as-you-go', () => {
      // 30,000 a month on App: 360,000 pay-as-you-go, 310,000 with packs; 50,000: 600,000 and 440,000.
      const a = quote({ plan: 'app', volume: 30000, period: 'month' });
      const b = quote({ plan: 'app', volume: 50000, period: 'month' });
      const c = compareQuotes([a, b]);
      expect(c.totals).to.deep.equal(['310000', '440000']);
      expect(c.cheapest).to.deep.equal([0]);
      expect(difference(c, 0, 1)).to.deep.equal({ amount: '130000', percent: '41.935483870967' });
    });

    it('should rank by packs even where pay-as-you-go would rank the other way', () => {
      // Face comparison: 2,500,000 a year costs 8,100 with one 3,000,000 pack; 2,000,000 costs 7,200 (2 × 1M packs).
      // 2,900,000 a year buys the same single pack: equal totals, a tie, although pay-as-you-go differs.
      const a = quote({ plan: 'face-compare', volume: 2500000, period: 'year' });
      const b = quote({ plan: 'face-compare', volume: 2900000, period: 'year' });
      expect(a.totals.postpaid.year).to.not.equal(b.totals.postpaid.year);
      const c = compareQuotes([a, b]);
      expect(c.totals).to.deep.equal(['8100', '8100']);
      expect(c.cheapest).to.deep.equal([0, 1]);
      expect(difference(c, 1, 0)).to.deep.equal({ amount: '0', percent: '0' });
    });
  });

  describe('differing inputs', () => {
    const t = (expected: ComparedInput[], ...scenarios: Scenario[]) =>
      it(`should report ${JSON.stringify(expected)} for ${JSON.stringify(scenarios)}`, () => {
        expect(compareQuotes(scenarios.map((s) => quote(s))).differingInputs).to.deep.equal(expected);
      });
    t([], { plan: 'app', volume: 30000 }, { plan: 'app', volume: '30000', period: 'month' });
    t(['volume'], { plan: 'app', volume: 30000 }, { plan: 'app', volume: 50000 });
    t(['volume', 'period'], { plan: 'app', volume: 30000, period: 'month' }, { plan: 'app', volume: 1000, period: 'day' });
    t(['plan'], { plan: 'app', volume: 30000 }, { plan: 'h5', volume: 30000 });
    // The pass rate applies to one plan only: the plan is the difference, not the rate (nor the photo size).
    t(['plan'], { plan: 'app', volume: 30000 }, { plan: 'alipay-mini', volume: 30000, passRate: 85 });
    t([], { plan: 'alipay-mini', volume: 30000, passRate: 85 }, { plan: 'alipay-mini', volume: '30000', passRate: '85.00' });
    t(['plan', 'passRate'], { plan: 'alipay-mini', volume: 30000, passRate: 85 }, { plan: 'alipay-h5', volume: 30000, passRate: 90 }, {
      plan: 'alipay-mini',
      volume: 30000,
      passRate: '85.0',
    });
    t(['photoSizeMB', 'retentionDays'], { plan: 'app', volume: 1, photoSizeMB: '0.1' }, { plan: 'app', volume: 1, photoSizeMB: 0.2, retentionDays: 60 });
    t(['peakHourShare'], { plan: 'app', volume: 1, peakHourShare: 10 }, { plan: 'app', volume: 1, peakHourShare: 12 });
    t(['firstPurchase'], { plan: 'app', volume: 1 }, { plan: 'app', volume: 1, firstPurchase: true });
    t(
      ['lines', 'plan'],
      { plan: 'app', volume: 30000 },
      { lines: [{ plan: 'h5', volume: 30000 }, { plan: 'face-compare', volume: 1 }] },
    );
    t(['lines'], { plan: 'app', volume: 30000 }, { lines: [{ plan: 'app', volume: 30000 }, { plan: 'face-compare', volume: 1 }] });
  });

  describe('bad input', () => {
    it('should refuse what is not a non-empty array of quotes', () => {
      expectInputError(() => compareQuotes('x' as unknown as Quote[]), 'quotes', 'type');
      expectInputError(() => compareQuotes(null as unknown as Quote[]), 'quotes', 'type');
      expectInputError(() => compareQuotes([]), 'quotes', 'empty');
      expectInputError(() => compareQuotes([withTotal('1'), null as unknown as Quote]), 'quotes[1]', 'type');
      expectInputError(() => compareQuotes([{} as Quote]), 'quotes[0]', 'type');
    });

    it('should refuse totals that are not non-negative decimals', () => {
      expectInputError(() => compareQuotes([withTotal('1'), withTotal('NaN')]), 'quotes[1].totals.bestYear', 'not-a-number');
      expectInputError(() => compareQuotes([withTotal('1e3')]), 'quotes[0].totals.bestYear', 'not-a-number');
      expectInputError(() => compareQuotes([withTotal('-1')]), 'quotes[0].totals.bestYear', 'negative');
      expectInputError(() => compareQuotes([withTotal(undefined as unknown as string)]), 'quotes[0].totals.bestYear', 'type');
    });
  });

  describe('properties', () => {
    const totalsArb = fc.array(
      fc.oneof(
        decimalStringArb({ min: '0', max: '1000000000', maxDecimals: 3 }),
        decimalStringArb({ min: '0', max: '10', maxDecimals: 12 }),
        fc.constantFrom('0', '310000', '8100'),
      ),
      { minLength: 1, maxLength: 4 },
    );

    it('should agree with a BigInt minor-unit oracle on the cheapest, every amount and every percentage', () => {
      fc.assert(
        fc.property(totalsArb, (totals) => {
          const scale = Math.max(...totals.map(decimalPlacesOf));
          const minor = totals.map((t) => toMinor(t, scale));
          const least = minor.reduce((a, b) => (b < a ? b : a));
          const c = compareQuotes(totals.map(withTotal));
          expect(c.cheapest).to.deep.equal(minor.flatMap((m, i) => (m === least ? [i] : [])));
          expect(c.differences).to.have.length(totals.length * (totals.length - 1));
          for (const d of c.differences) {
            const diff = minor[d.to]! - minor[d.from]!;
            expect(canon(d.amount), `${d.from}→${d.to}`).to.equal(signedFromMinor(diff, scale));
            const from = minor[d.from]!;
            // Exact when the quotient ends within 40 places; else BigInt division truncates toward zero, as the engine does at 12 places.
            const percent = from === 0n ? (diff === 0n ? '0' : null) : quotientOracle(diff * 100n, from);
            expect(d.percent === null ? null : canon(d.percent), `${d.from}→${d.to} %`).to.equal(percent);
          }
        }),
      );
    });

    it('should be antisymmetric: the amount from i to j is minus the amount from j to i', () => {
      fc.assert(
        fc.property(totalsArb, (totals) => {
          const c = compareQuotes(totals.map(withTotal));
          const negate = (s: string): string => canon(s.startsWith('-') ? s.slice(1) : `-${s}`);
          for (const d of c.differences) expect(canon(difference(c, d.to, d.from).amount)).to.equal(negate(d.amount));
        }),
      );
    });

    const scenarioArb = fc.record({
      plan: fc.constantFrom(...PLAN_IDS),
      volume: fc.integer({ min: 0, max: 1e9 }),
      period: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
      firstPurchase: fc.boolean(),
    });

    it('should never call a real quote cheapest when another costs less, and never move money when comparing a quote with itself', () => {
      fc.assert(
        fc.property(fc.array(scenarioArb, { minLength: 1, maxLength: 3 }), (scenarios) => {
          const quotes = scenarios.map((s) => deepFreeze(quote(s)));
          const c = compareQuotes(quotes);
          for (const i of c.cheapest) {
            for (const d of c.differences.filter((x) => x.from === i)) expect(d.amount).to.not.match(/^-/);
          }
          const self = compareQuotes([quotes[0]!, quotes[0]!]);
          expect(self.cheapest).to.deep.equal([0, 1]);
          expect(self.differingInputs).to.deep.equal([]);
          expect(self.differences.map((d) => [canon(d.amount), d.percent])).to.deep.equal([
            ['0', '0'],
            ['0', '0'],
          ]);
        }),
        { numRuns: 60 },
      );
    });
  });
});
