/**
 * Probe: plausible price lists (docs/pricing-rules.md §R4, settled: "any plausible catalogue … must be accepted and priced
 * exactly"). A generator of catalogues a vendor could publish: round sizes in a ladder (×2, ×5 or ×10 a step,
 * from 50 to 500 units up to about a million), ratios falling with size (not always strictly), sometimes a
 * small top-up pack, a free trial, a paid pack of the trial's size, unit prices ¥1, ¥0.182, ¥0.006 or others.
 * Every one must load, and price exactly, every field of PackMix, as the coverage-table oracle
 * (test/helpers/oracle.ts, which shares no code with the engine) prices it, at volumes around every pack size.
 * Depth: `npm test` tries a quarter of the 40 catalogues, `npm run test:deep` all of them (test/helpers/depth.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bestPackMix, DEFAULT_RULES, loadRules } from '../../src/engine/index.js';
import type { Family, Pack, PackMix, Rules } from '../../src/engine/index.js';
import { packPrice, rulesDataWith } from '../arbitraries/rules.js';
import { coverageTable } from '../helpers/oracle.js';
import { runs } from '../helpers/depth.js';

const MONEY = ['packCost', 'overageCost', 'total', 'postpaidTotal', 'savings'] as const;
const canon = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
function canonical(mix: PackMix): PackMix {
  const out: Record<string, unknown> = { ...mix, items: mix.items.map((i) => ({ ...i, price: canon(i.price) })) };
  for (const k of MONEY) out[k] = canon(mix[k]);
  return out as unknown as PackMix;
}

/** A ratio string with at most 2 decimals from hundredths. */
const ratioOf = (hundredths: number): string => String(hundredths / 100);

interface Plausible {
  readonly family: Family;
  /** Volumes to price: 0, around every pack size and a few random ones, all ≤ `maxUnits`. */
  readonly volumes: readonly number[];
  readonly maxUnits: number;
}

const plausibleArb: fc.Arbitrary<Plausible> = fc
  .record({
    base: fc.constantFrom(50, 100, 200, 500),
    step: fc.constantFrom(2, 5, 10),
    levels: fc.integer({ min: 2, max: 5 }),
    // Ratio of the smallest pack, in hundredths, and how much each step takes off (0 sometimes: equal rates).
    first: fc.integer({ min: 80, max: 100 }),
    drops: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 5, maxLength: 5 }),
    unitPrice: fc.constantFrom('1', '0.182', '0.006', '0.5', '2.35'),
    topUp: fc.option(fc.record({ size: fc.constantFrom(50, 100, 200, 300), ratio: fc.integer({ min: 90, max: 100 }) }), {
      nil: null,
    }),
    trial: fc.option(fc.constantFrom(50, 100, 200), { nil: null }),
    trialSized: fc.option(fc.integer({ min: 85, max: 100 }), { nil: null }),
    random: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ base, step, levels, first, drops, unitPrice, topUp, trial, trialSized, random }): Plausible => {
    const paid = new Map<number, string>();
    let size = base;
    let ratio = first;
    for (let i = 0; i < levels; i++) {
      paid.set(size, ratioOf(ratio));
      size *= step;
      ratio = Math.max(30, ratio - drops[i]!);
    }
    // Step 10 from 500 reaches 5,000,000 at 5 levels: keep the ladder about a million at most.
    for (const s of [...paid.keys()]) if (s > 2_000_000) paid.delete(s);
    if (topUp && !paid.has(topUp.size)) paid.set(topUp.size, ratioOf(topUp.ratio));
    if (trial !== null && trialSized !== null && !paid.has(trial)) paid.set(trial, ratioOf(trialSized));
    const packs: Pack[] = [...paid].map(([units, r]) => ({ units, ratio: r, price: packPrice(units, unitPrice, r) }));
    if (trial !== null) packs.push({ units: trial, price: '0', ratio: '0', trial: true });
    packs.sort((a, z) => a.units - z.units || (a.trial ? -1 : z.trial ? 1 : 0));
    const largest = Math.max(...packs.map((p) => p.units));
    const maxUnits = largest + 2 * base;
    const volumes = new Set<number>([0, 1]);
    for (const p of packs) for (const v of [p.units - 1, p.units, p.units + 1, 2 * p.units, 3 * p.units + 1]) volumes.add(v);
    for (const r of random) volumes.add(Math.floor(r * maxUnits));
    return {
      family: { name: { zh: '阶梯', en: 'Ladder' }, unitPrice, packs },
      volumes: [...volumes].filter((v) => v >= 0 && v <= maxUnits).sort((a, z) => a - z),
      maxUnits,
    };
  });

function rulesWith(family: Family): Rules {
  const families = { ...(JSON.parse(JSON.stringify(DEFAULT_RULES.families)) as Rules['families']), liveness: family };
  return loadRules(rulesDataWith(families));
}

describe('hardening: plausible price lists load and price exactly (docs/pricing-rules.md §R4, R5)', () => {
  it('should load every generated ladder and price it as the coverage-table oracle does', () => {
    fc.assert(
      fc.property(plausibleArb, fc.boolean(), ({ family, volumes, maxUnits }, firstPurchase) => {
        const rules = rulesWith(family); // throws (fails the property) if refused
        const oracle = coverageTable(family, maxUnits);
        for (const units of volumes) {
          const mix = bestPackMix('liveness', units, { firstPurchase }, rules);
          expect(canonical(mix), `${units} units, ${JSON.stringify(family.packs)} at ${family.unitPrice}`).to.deep.equal(
            oracle.mixAt(units, firstPurchase),
          );
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it('should load the examples named in docs/pricing-rules.md and the issue, and price them as the oracle does', () => {
    const ladder = (unitPrice: string, sizes: number[], ratios: string[], trial: number | null = null): Family => {
      const packs: Pack[] = sizes.map((units, i) => ({ units, ratio: ratios[i]!, price: packPrice(units, unitPrice, ratios[i]!) }));
      if (trial !== null) packs.unshift({ units: trial, price: '0', ratio: '0', trial: true });
      return { name: { zh: '例', en: 'Example' }, unitPrice, packs };
    };
    const bundledPlusTopUp = (ratio: string): Family => ({
      ...DEFAULT_RULES.families.idv,
      packs: [
        DEFAULT_RULES.families.idv.packs[0]!,
        { units: 200, ratio, price: packPrice(200, '1', ratio) },
        ...DEFAULT_RULES.families.idv.packs.slice(1),
      ],
    });
    const examples: Family[] = [
      ladder('1', [100, 1000, 10000, 100000, 1000000], ['0.99', '0.9', '0.8', '0.7', '0.6']),
      ladder('0.182', [100, 1000, 10000, 100000, 1000000], ['0.99', '0.9', '0.8', '0.7', '0.6'], 100),
      ladder('1', [999, 1000], ['0.9', '0.8']),
      ladder('1', [200, 2000, 20000, 200000, 2000000], ['0.95', '0.9', '0.85', '0.75', '0.65'], 100),
      bundledPlusTopUp('1'),
      bundledPlusTopUp('0.95'),
      bundledPlusTopUp('0.7'),
    ];
    for (const family of examples) {
      const rules = rulesWith(family);
      const sizes = family.packs.map((p) => p.units);
      const maxUnits = Math.max(...sizes, 49_000) + 1000;
      const oracle = coverageTable(family, maxUnits);
      const volumes = new Set<number>([0, 99, 12_345, 260_000, 987_654, maxUnits]);
      for (const s of sizes) for (const v of [s - 1, s, s + 1]) if (v <= maxUnits) volumes.add(v);
      for (const units of [...volumes].filter((v) => v <= maxUnits)) {
        for (const firstPurchase of [false, true]) {
          const mix = bestPackMix('liveness', units, { firstPurchase }, rules);
          expect(canonical(mix), `${units}, ${JSON.stringify(family.packs)}`).to.deep.equal(oracle.mixAt(units, firstPurchase));
        }
      }
    }
  });
});
