/**
 * The built files against the source. `npm run build` bundles a slimmed decimal.js (scripts/slim-decimal.mjs
 * leaves out trigonometry, logarithms, roots and other bases), and minifies. Every public engine function of
 * dist/engine.js and of the npm entry's dist/lib/engine/index.js must give exactly what the source engine (full
 * decimal.js) gives, value for value and error for error, on random and hostile arguments.
 *
 * Depth: `npm test` runs a quarter of each property's runs, `npm run test:deep` all of them (test/helpers/depth.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as source from '../../src/engine/index.js';
import { FAMILY_IDS, PLAN_IDS } from '../../src/engine/index.js';
import { decimalStringArb } from '../arbitraries/rules.js';
import { runs } from '../helpers/depth.js';

type Engine = typeof source;
const BUILDS: readonly (readonly [string, Engine])[] = [
  ['dist/engine.js', (await import(/* @vite-ignore */ `${'/dist/engine.js'}`)) as Engine],
  // The npm entry's engine (ES modules, full decimal.js as a dependency): what `idv-pricing/engine` and
  // `idv-pricing` both export.
  ['dist/lib/engine/index.js', (await import(/* @vite-ignore */ `${'/dist/lib/engine/index.js'}`)) as Engine],
];

/** A call's outcome, comparable across builds: its JSON, or the error's class name, code and field or path. */
function outcome(call: () => unknown): string {
  try {
    return `ok ${JSON.stringify(call())}`;
  } catch (e) {
    const err = e as { name?: string; code?: string; field?: string; path?: string };
    return `error ${err.name} ${err.code} ${err.field ?? err.path}`;
  }
}

/** Hostile inputs a caller might pass where numbers belong, including what decimal.js would parse as hex, binary or octal. */
const junkArb = fc.constantFrom<unknown>('', ' ', 'abc', '1e3', '-5', '0x1f', '0b101', '0o17', '0x1.8p3', 'Infinity', 'NaN', '１２', '1,000', '5万', null, undefined, NaN, -1, 1.5, 1e21, {}, []);
const countArb = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.bigInt({ min: 0n, max: 10n ** 18n }).map(String), junkArb);
const moneyArb = fc.oneof(decimalStringArb({ min: '0', max: '1000000000', maxDecimals: 12 }), junkArb);
const dateArb = fc.oneof(
  fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2020-02-29', '2021-02-29', 'soon', ''),
);

const CALLS: Record<string, fc.Arbitrary<(e: Engine) => unknown>> = {
  quote: fc
    .record({
      plan: fc.constantFrom(...PLAN_IDS),
      volume: countArb,
      period: fc.constantFrom('day', 'month', 'year'),
      passRate: fc.oneof(decimalStringArb({ min: '0', max: '100', maxDecimals: 2 }), junkArb),
      photoSizeMB: fc.oneof(decimalStringArb({ min: '0.001', max: '10', maxDecimals: 3 }), junkArb),
      retentionDays: fc.oneof(fc.integer({ min: 0, max: 3650 }), junkArb),
      firstPurchase: fc.boolean(),
    })
    .map((s) => (e: Engine) => e.quote(s as unknown as source.Scenario)),
  bestPackMix: fc
    .tuple(fc.constantFrom(...FAMILY_IDS), countArb, fc.boolean())
    .map(([family, units, firstPurchase]) => (e: Engine) => e.bestPackMix(family, units as string, { firstPurchase })),
  equalCostAlternative: fc
    .tuple(fc.constantFrom(...FAMILY_IDS), fc.oneof(countArb, fc.integer({ min: 0, max: 40 }).map((k) => 160_000 + 1000 * k)), fc.boolean())
    .map(([family, units, firstPurchase]) => (e: Engine) => e.equalCostAlternative(family, units as string, { firstPurchase })),
  postpaidCost: fc.tuple(fc.constantFrom(...PLAN_IDS), countArb).map(([plan, units]) => (e: Engine) => e.postpaidCost(plan, units as string)),
  ossStorage: fc
    .tuple(countArb, moneyArb, fc.oneof(fc.integer({ min: 0, max: 3650 }), junkArb))
    .map(([photosPerDay, photoSizeMB, retentionDays]) => (e: Engine) => e.ossStorage({ photosPerDay, photoSizeMB, retentionDays } as never)),
  packRefund: fc
    .tuple(moneyArb, countArb, moneyArb, fc.constantFrom('1', '0.182', '0.006'))
    .map(([paid, usedUnits, daysSincePurchase, unitPrice]) => (e: Engine) => e.packRefund({ paid, usedUnits, daysSincePurchase, unitPrice } as never)),
  rounding: fc
    .tuple(moneyArb, fc.integer({ min: 0, max: 12 }), fc.constantFrom('down', 'half-up'), countArb)
    .map(([amount, scale, mode, units]) => (e: Engine) => [
      outcome(() => e.payable(amount as string)),
      outcome(() => e.ossEstimate(amount as string)),
      outcome(() => e.roundAmount(amount as string, scale, mode as 'down')),
      outcome(() => e.discountLabel(amount as string)),
      outcome(() => e.effectiveUnitPrice(amount as string, units as string)),
    ]),
  statementWindow: fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => (e: Engine) => e.statementWindow(y, m)),
  costCurve: fc
    .tuple(fc.constantFrom(...FAMILY_IDS), fc.boolean(), fc.option(countArb, { nil: undefined }))
    .map(([family, firstPurchase, mark]) => (e: Engine) => e.costCurve(family, { firstPurchase, mark: mark as string })),
  planQuota: fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(100, 5000, 50000, 200000), dateArb), { minLength: 1, maxLength: 4 }), countArb, moneyArb)
    .map(([packs, dailyUsage, thresholdPercent]) => (e: Engine) =>
      e.planQuota({ packs: packs.map(([units, boughtAt]) => ({ units, boughtAt })), dailyUsage, thresholdPercent } as never),
    ),
  refundOnDates: fc
    .tuple(moneyArb, countArb, dateArb, dateArb)
    .map(([paid, usedUnits, purchasedAt, today]) => (e: Engine) => e.refundOnDates({ paid, usedUnits, purchasedAt, today, unitPrice: '1' } as never)),
  billingCalendar: fc
    .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.option(moneyArb, { nil: null }), fc.option(moneyArb, { nil: null }))
    .map(([year, month, dailyBill, balance]) => (e: Engine) => e.billingCalendar({ year, month, dailyBill, balance } as never)),
  compareQuotes: fc
    .array(fc.tuple(fc.constantFrom(...PLAN_IDS), fc.integer({ min: 0, max: 1e8 })), { minLength: 1, maxLength: 3 })
    .map((lines) => (e: Engine) => e.compareQuotes(lines.map(([plan, volume]) => e.quote({ plan, volume, period: 'month' })))),
};

describe('the built engine gives what the source engine gives', () => {
  it('should export the same names', () => {
    for (const [name, built] of BUILDS) {
      const expected = Object.keys(source).sort();
      expect(Object.keys(built).filter((k) => k in source).sort(), name).to.deep.equal(expected);
    }
  });

  for (const [fn, arb] of Object.entries(CALLS)) {
    it(`${fn}: same values and same errors on random and hostile arguments`, () => {
      fc.assert(
        fc.property(arb, (call) => {
          const expected = outcome(() => call(source));
          for (const [name, built] of BUILDS) expect(outcome(() => call(built)), name).to.equal(expected);
        }),
        // A cost curve is about 40 quotes (roughly 13 ms a call): fewer runs keep that spec near a second.
        { numRuns: runs(fn === 'costCurve' ? 40 : 150) },
      );
    });
  }

  it('should load the same rules and refuse the same corruptions', () => {
    const data = JSON.parse(JSON.stringify(source.DEFAULT_RULES)) as { families: { idv: { unitPrice: unknown } } };
    for (const price of ['1', '0x10', '1e2', 'Infinity', -1, '0.0000000001']) {
      data.families.idv.unitPrice = price;
      const expected = outcome(() => source.loadRules(data));
      for (const [name, built] of BUILDS) expect(outcome(() => built.loadRules(data)), `${name} ${String(price)}`).to.equal(expected);
    }
  });
});
