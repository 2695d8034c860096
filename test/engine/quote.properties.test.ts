// Depth: `npm test` runs a quarter of each property's runs, `npm run test:deep` all of them (test/helpers/depth.ts).
import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { bestPackMix, DEFAULT_RULES, loadRules, PLAN_IDS, quote } from '../../src/engine/index.js';
import type { Rules, Scenario, ScenarioLine } from '../../src/engine/index.js';
import { decimalStringArb, rulesArb } from '../arbitraries/rules.js';
import type { CatalogueOptions } from '../arbitraries/rules.js';
import { runs } from '../helpers/depth.js';

// Parsing only: a clone so nothing here depends on decimal.js's global settings.
const D = DecimalJs.clone({ precision: 100 });

const PLAIN = /^\d+(\.\d+)?$/;
/** Trailing zeros off (the engine's API allows them; consumers compare numerically): "1.50" → "1.5". */
const canon = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** Paths (as {@link walk} spells them) of the money figures in a Quote. */
const MONEY_PATH =
  /(\.unitPrice|\.postpaid\.(day|month|year)|\.monthlyFee|\.firstYearFee|\.packCost|\.overageCost|\.total|\.postpaidTotal|\.savings|\[\d+\]\.(price|cost)|\.effectiveUnitPrice|\.bestYear|\.savingsYear|\.storageMonthly|\.storageFirstYear|\.advisedBalance)$/;
/** Paths of the strings that are names, not numbers. */
const NAME_PATH =
  /(^\.rulesVersion|^\.currency|\.plan|\.family|\.metering|\.period|\.conversions\.(day|month|year)|\.plans\[\d+\]|\.verdict|\.endsBy)$/;

/** Calls visit(path, value) for every leaf of a JSON value, paths like `.families[0].mix.total`. */
function walk(value: unknown, visit: (path: string, leaf: unknown) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walk(v, visit, `${path}.${k}`);
  } else visit(path, value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Exact sum of decimal strings (precision 100 is far above any figure here). */
const sum = (xs: readonly string[]): DecimalJs => xs.reduce((s, x) => s.plus(x), new D(0));

const percentArb = decimalStringArb({ min: '0', max: '100', maxDecimals: 2 });

const lineArb: fc.Arbitrary<ScenarioLine> = fc.record(
  {
    plan: fc.constantFrom(...PLAN_IDS),
    volume: fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }).map(String)),
    period: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
    passRate: percentArb,
    photoSizeMB: decimalStringArb({ min: '0.001', max: '10', maxDecimals: 3 }),
    retentionDays: fc.integer({ min: 0, max: 3650 }),
    peakHourShare: fc.option(percentArb, { nil: null }),
  },
  { requiredKeys: ['plan', 'volume'] },
);

/** Scenario-level fields: first purchase and the alert threshold, each sometimes left to its default. */
const extrasArb = fc.record(
  { firstPurchase: fc.boolean(), alertThreshold: percentArb },
  { requiredKeys: [] },
);

/** Multi-line scenarios (1–4 lines). */
const linesScenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.array(lineArb, { minLength: 1, maxLength: 4 }), extrasArb)
  .map(([lines, extras]) => ({ ...extras, lines }));

/** One line at the top level, or 1–4 lines. */
const scenarioArb: fc.Arbitrary<Scenario> = fc.oneof(
  fc.tuple(lineArb, extrasArb).map(([line, extras]) => ({ ...line, ...extras })),
  linesScenarioArb,
);

/** Random catalogues for quotes: round sizes like the bundled ones, and fine ones (grain 1). */
const QUOTE_CATALOGUES: CatalogueOptions = { grains: [1, 10, 1000, 50_000], maxTrialUnits: 1000 };

/** The bundled rules half the time, else DEFAULT_RULES with three random families. */
const rulesChoiceArb: fc.Arbitrary<Rules> = fc.oneof(fc.constant(DEFAULT_RULES), rulesArb(QUOTE_CATALOGUES).map(loadRules));

describe('quote properties', () => {
  it('should write no NaN, Infinity, exponent or minus sign anywhere, and only finite non-negative numbers', () => {
    fc.assert(
      fc.property(scenarioArb, rulesChoiceArb, (scenario, rules) => {
        walk(quote(scenario, rules), (path, leaf) => {
          if (typeof leaf === 'string') {
            expect(leaf, path).to.not.match(/NaN|Infinity|\d[eE][+-]?\d|^-/);
          } else if (typeof leaf === 'number') {
            expect(Number.isFinite(leaf) && leaf >= 0, `${path} = ${leaf}`).to.equal(true);
          }
        });
      }),
      { numRuns: runs(500) },
    );
  });

  it('should give every money figure (and every other number written as a string) as a plain decimal that parses back', () => {
    fc.assert(
      fc.property(scenarioArb, rulesChoiceArb, (scenario, rules) => {
        let money = 0;
        walk(quote(scenario, rules), (path, leaf) => {
          if (typeof leaf !== 'string' || NAME_PATH.test(path)) return;
          if (MONEY_PATH.test(path)) money++;
          expect(leaf, path).to.match(PLAIN);
          expect(new D(leaf).toFixed(), path).to.equal(canon(leaf));
        });
        expect(money, 'money figures seen').to.be.greaterThan(10);
      }),
      { numRuns: runs(500) },
    );
  });

  it('should stay exact and plain for volumes up to 10^18 (a year of them beyond 10^20)', () => {
    const hugeLineArb = fc
      .tuple(lineArb, fc.bigInt({ min: 10n ** 9n, max: 10n ** 18n }))
      .map(([line, volume]): ScenarioLine => ({ ...line, volume: volume.toString() }));
    const arb = fc.tuple(fc.array(hugeLineArb, { minLength: 1, maxLength: 4 }), extrasArb).map(([lines, extras]) => ({ ...extras, lines }));
    fc.assert(
      fc.property(arb, rulesChoiceArb, (scenario, rules) => {
        const q = quote(scenario, rules);
        walk(q, (path, leaf) => {
          if (typeof leaf === 'number') expect(Number.isSafeInteger(leaf) && leaf >= 0, `${path} = ${leaf}`).to.equal(true);
          if (typeof leaf !== 'string' || NAME_PATH.test(path)) return;
          expect(leaf, path).to.match(PLAIN);
          expect(new D(leaf).toFixed(), path).to.equal(canon(leaf));
        });
        for (const f of q.families) expect(new D(f.mix.total).lte(f.mix.postpaidTotal), f.family).to.equal(true);
        expect(new D(q.totals.postpaid.year).eq(sum(q.lines.map((l) => l.postpaid.year)))).to.equal(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it('should come out of a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, rulesChoiceArb, (scenario, rules) => {
        const q = quote(scenario, rules);
        expect(JSON.parse(JSON.stringify(q))).to.deep.equal(q);
      }),
      { numRuns: runs(500) },
    );
  });

  it('should not mutate its (deep-frozen) input', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const before = JSON.parse(JSON.stringify(scenario)) as Scenario;
        quote(deepFreeze(scenario));
        expect(scenario).to.deep.equal(before);
      }),
      { numRuns: runs(500) },
    );
  });

  it('should never make a family’s best total exceed its postpaid total', () => {
    fc.assert(
      fc.property(scenarioArb, rulesChoiceArb, (scenario, rules) => {
        for (const f of quote(scenario, rules).families) {
          expect(new D(f.mix.total).lte(f.mix.postpaidTotal), `${f.family}: ${f.mix.total} ≤ ${f.mix.postpaidTotal}`).to.equal(true);
          expect(new D(f.mix.savings).eq(new D(f.mix.postpaidTotal).minus(f.mix.total)), f.family).to.equal(true);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('should add up: families pool their lines’ year units, totals sum the families and the lines', () => {
    fc.assert(
      fc.property(scenarioArb, rulesChoiceArb, (scenario, rules) => {
        const q = quote(scenario, rules);
        for (const f of q.families) {
          const lines = q.lines.filter((l) => l.family === f.family);
          expect(new D(String(f.yearUnits)).eq(sum(lines.map((l) => l.units.year))), f.family).to.equal(true);
          expect(f.mix).to.deep.equal(bestPackMix(f.family, f.yearUnits, { firstPurchase: q.firstPurchase }, rules));
        }
        expect(new D(q.totals.postpaid.year).eq(sum(q.lines.map((l) => l.postpaid.year)))).to.equal(true);
        expect(new D(q.totals.postpaid.year).eq(sum(q.families.map((f) => f.mix.postpaidTotal)))).to.equal(true);
        expect(new D(q.totals.bestYear).eq(sum(q.families.map((f) => f.mix.total)))).to.equal(true);
        expect(new D(q.totals.savingsYear).eq(new D(q.totals.postpaid.year).minus(q.totals.bestYear))).to.equal(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('should not lower the postpaid or best year cost when one line’s volume grows', () => {
    const arb = fc.record({
      scenario: linesScenarioArb,
      index: fc.nat(),
      extra: fc.integer({ min: 0, max: 1e9 }),
      rules: rulesChoiceArb,
    });
    fc.assert(
      fc.property(arb, ({ scenario, index, extra, rules }) => {
        const lines = scenario.lines!;
        const i = index % lines.length;
        const grown: Scenario = {
          ...scenario,
          lines: lines.map((l, j) => (j === i ? { ...l, volume: (BigInt(l.volume) + BigInt(extra)).toString() } : l)),
        };
        const a = quote(scenario, rules);
        const z = quote(grown, rules);
        expect(new D(a.totals.postpaid.year).lte(z.totals.postpaid.year), 'postpaid year').to.equal(true);
        expect(new D(a.lines[i]!.postpaid.year).lte(z.lines[i]!.postpaid.year), 'line postpaid year').to.equal(true);
        expect(new D(a.totals.bestYear).lte(z.totals.bestYear), 'best year').to.equal(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('should load rules back unchanged from their JSON: loadRules(JSON.parse(JSON.stringify(r))) deep-equals r', () => {
    fc.assert(
      fc.property(rulesArb(QUOTE_CATALOGUES), (data) => {
        const r = loadRules(data);
        expect(loadRules(JSON.parse(JSON.stringify(r)))).to.deep.equal(r);
        // The arbitrary writes canonical data (plain decimals, packs ascending), which loading leaves as it is.
        expect(r).to.deep.equal(data);
      }),
      { numRuns: runs(300) },
    );
  });
});
