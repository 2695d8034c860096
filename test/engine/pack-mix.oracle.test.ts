// Depth: `npm test` runs a quarter of each property's runs, `npm run test:deep` all of them (test/helpers/depth.ts).
import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { bestPackMix, DEFAULT_RULES, FAMILY_IDS, loadRules } from '../../src/engine/index.js';
import type { Family, FamilyId, PackMix, Rules } from '../../src/engine/index.js';
import { catalogueArb, fineRatioArb, loadUnlessTooFine, rawCatalogueArb, rulesDataWith } from '../arbitraries/rules.js';
import { EXCHANGE_BUDGET, LARGE, smallCaseArb } from '../arbitraries/pack-cases.js';
import { bruteForceMix, decimalPlacesOf, exchangeMix, exchangeSize, toMinor } from '../helpers/oracle.js';
import { runs } from '../helpers/depth.js';

// Parsing only: a clone so nothing here depends on decimal.js's global settings.
const D = DecimalJs.clone({ precision: 100 });

const MONEY = ['packCost', 'overageCost', 'total', 'postpaidTotal', 'savings'] as const;
const PLAIN = /^\d+(\.\d+)?$/;

/** Trailing zeros off (the engine's API allows them; consumers compare numerically): "1.50" → "1.5", "2.0" → "2". */
const canon = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** The mix with every money string in canonical form, to compare with an oracle's. */
function canonical(mix: PackMix): PackMix {
  const out: Record<string, unknown> = { ...mix, items: mix.items.map((i) => ({ ...i, price: canon(i.price) })) };
  for (const k of MONEY) out[k] = canon(mix[k]);
  return out as unknown as PackMix;
}

/** Rules with `family` as the catalogue of `id` (the other two bundled), as a host page would load them. */
function rulesWith(id: FamilyId, family: Family): Rules {
  const families = { ...(JSON.parse(JSON.stringify(DEFAULT_RULES.families)) as Rules['families']), [id]: family };
  return loadRules(rulesDataWith(families));
}

const big = (n: number | string): bigint => BigInt(n);
const gcdN = (a: number, b: number): number => (b === 0 ? a : gcdN(b, a % b));

/**
 * What every PackMix must satisfy whatever the catalogue (its documented shape, docs/pricing-rules.md §R5), in BigInt minor units: items are
 * catalogue packs, ascending (the trial before a paid pack of its size), positive counts, the trial once and
 * only on a first purchase; coverage,
 * overage, costs, total, postpaid and savings add up; total ≤ postpaid; money is plain decimal notation.
 */
function expectConsistent(mix: PackMix, family: Family, units: bigint, firstPurchase: boolean): void {
  const money = [...MONEY.map((k) => mix[k]), ...mix.items.map((i) => i.price)];
  for (const s of money) {
    expect(s, s).to.match(PLAIN);
    expect(new D(s).toFixed(), s).to.equal(canon(s));
  }
  const scale = Math.max(decimalPlacesOf(family.unitPrice), ...family.packs.map((p) => decimalPlacesOf(p.price)), ...money.map(decimalPlacesOf));
  const m = (s: string): bigint => toMinor(s, scale);
  const unitPrice = m(family.unitPrice);

  let covered = 0n;
  let packCost = 0n;
  mix.items.forEach((item, i) => {
    if (i > 0) {
      const prev = mix.items[i - 1]!;
      const ascending = item.size > prev.size || (item.size === prev.size && prev.trial === true && item.trial !== true);
      expect(ascending, 'items ascending by size, the trial first').to.equal(true);
    }
    const pack = family.packs.find((p) => p.units === item.size && (p.trial === true) === (item.trial === true));
    expect(pack, `a pack of ${item.size}`).to.not.equal(undefined);
    expect(m(item.price)).to.equal(m(pack!.price));
    expect(item.trial === true).to.equal(pack!.trial === true);
    expect(String(item.count)).to.match(/^[1-9]\d*$/);
    if (typeof item.count === 'number') expect(Number.isSafeInteger(item.count)).to.equal(true);
    else expect(big(item.count) > BigInt(Number.MAX_SAFE_INTEGER)).to.equal(true);
    if (item.trial) {
      expect(firstPurchase, 'trial only on a first purchase').to.equal(true);
      expect(item.count).to.equal(1);
    }
    covered += BigInt(item.size) * big(item.count);
    packCost += m(item.price) * big(item.count);
  });
  const overage = units > covered ? units - covered : 0n;
  expect(big(mix.coveredUnits)).to.equal(covered);
  expect(big(mix.overageUnits)).to.equal(overage);
  expect(m(mix.packCost)).to.equal(packCost);
  expect(m(mix.overageCost)).to.equal(overage * unitPrice);
  expect(m(mix.total)).to.equal(packCost + overage * unitPrice);
  expect(m(mix.postpaidTotal)).to.equal(units * unitPrice);
  expect(m(mix.total) <= m(mix.postpaidTotal), 'total ≤ postpaid').to.equal(true);
  expect(m(mix.savings)).to.equal(m(mix.postpaidTotal) - m(mix.total));
}

/**
 * Catalogues the exchange oracle can price at any U: sizes with gcd 1 (grain 1, × 1…60) or large (× 1…12 of a
 * grain up to 50,000), prices with up to 4-decimal ratios (7 decimals in all with a unit price like 0.182),
 * a trial or none, sometimes a paid pack of the trial's size; kept when the oracle's bound is small.
 */
const exchangeCatalogueArb = fc
  .oneof(
    rawCatalogueArb({ ...LARGE, ratio: fineRatioArb, trialSizedPack: 'maybe' }),
    rawCatalogueArb({ maxPacks: 4, ratio: fineRatioArb, maxTrialUnits: 60 }),
    rawCatalogueArb({ maxPacks: 3, maxMultiplier: 60, grains: [1000, 3], ratio: fineRatioArb, maxTrialUnits: 2000 }),
  )
  .filter((family) => exchangeSize(family, EXCHANGE_BUDGET) <= EXCHANGE_BUDGET)
  .filter((family) => loadUnlessTooFine(rulesDataWith({ idv: family, liveness: family, 'face-compare': family })) !== null);

/** Volumes at and around every pack (size − 1, size, size + 1, and multiples of it), plus a random one. */
function volumesAround(family: Family): fc.Arbitrary<bigint[]> {
  const sizes = family.packs.map((p) => BigInt(p.units));
  return fc.tuple(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 0n, max: 10n ** 7n })).map(([mult, random]) => {
    const out = new Set<bigint>([0n, random]);
    for (const s of sizes) for (const v of [s - 1n, s, s + 1n, 2n * s, 3n * s - 1n, mult * s, mult * s + 1n]) out.add(v);
    return [...out].filter((v) => v >= 0n);
  });
}

describe('bestPackMix properties (R5)', () => {
  describe('examples: the bundled catalogue', () => {
    // Spec examples (docs/pricing-rules.md §R4, R5) written out, so a wrong oracle could not hide a wrong engine.
    const t = (expectedItems: PackMix['items'], expectedTotal: string, family: FamilyId, units: number, firstPurchase = false): void => {
      const mix = bestPackMix(family, units, { firstPurchase });
      expect(mix.items, `${family} ${units}`).to.deep.equal(expectedItems);
      expect(canon(mix.total), `${family} ${units}`).to.equal(expectedTotal);
      expectConsistent(mix, DEFAULT_RULES.families[family], BigInt(units), firstPurchase);
    };

    it('should buy one 3,000,000 face-compare pack for 2,500,000 units rather than 1,000,000 packs plus overage', () => {
      t([{ size: 3_000_000, price: '8100', count: 1 }], '8100', 'face-compare', 2_500_000);
    });

    it('should prefer no pack, then the trial, at volumes below the smallest pack', () => {
      t([], '0', 'idv', 0);
      t([{ size: 100, price: '0', count: 1, trial: true }], '0', 'idv', 0, true);
      t([], '99', 'idv', 99);
      t([{ size: 100, price: '0', count: 1, trial: true }], '0', 'idv', 99, true);
      t([{ size: 100, price: '0', count: 1, trial: true }], '1', 'idv', 101, true);
      t([], '0.006', 'face-compare', 1, true);
    });

    it('should prefer headroom at no extra cost, then less paid up front (R5 ties, revised)', () => {
      // Liveness 170,000: one 200,000 pack (¥29,120) and 100,000 + 70,000 pay-as-you-go (¥16,380 + ¥12,740)
      // cost the same; the pack buys 30,000 units more.
      t([{ size: 200_000, price: '29120', count: 1 }], '29120', 'liveness', 170_000);
      // idv 260,000: 200,000 + 60,000 pay-as-you-go and 200,000 + 50,000 pack + 10,000 cost ¥220,000 each;
      // the 50,000 pack (no discount) only replaces pay-as-you-go and costs more up front.
      t([{ size: 200_000, price: '160000', count: 1 }], '220000', 'idv', 260_000);
      t([{ size: 200_000, price: '160000', count: 1 }], '210000', 'idv', 250_000);
      t([], '50000', 'idv', 50_000);
    });

    it('should prefer the larger of two equal-rate packs (70 %: 1,500,000 over three 500,000)', () => {
      t([{ size: 1_500_000, price: '1050000', count: 1 }], '1050000', 'idv', 1_500_000);
      t([{ size: 1_500_000, price: '191100', count: 1 }], '191100', 'liveness', 1_500_000);
    });

    it('should handle a family with no regular pack (none at all, or only a trial) like the brute force', () => {
      const trialOnly = [{ units: 10, price: '0', ratio: '0', trial: true }];
      for (const packs of [[], trialOnly]) {
        const family: Family = { name: { zh: '试用', en: 'Trial only' }, unitPrice: '0.5', packs };
        const rules = rulesWith('liveness', family);
        for (const units of [0, 5, 10, 11, 1_000_000]) {
          for (const firstPurchase of [false, true]) {
            const mix = bestPackMix('liveness', units, { firstPurchase }, rules);
            expect(canonical(mix), `${packs.length} packs, ${units}`).to.deep.equal(bruteForceMix(family, units, firstPurchase));
            expectConsistent(mix, family, BigInt(units), firstPurchase);
          }
        }
      }
    });

    // The brute force is feasible here: bundled sizes are ≥ 50,000, so counts stay small even at 10^7.
    const volumes = [
      0, 1, 99, 100, 101, 49_999, 50_000, 50_001, 50_100, 99_999, 100_000, 100_100, 149_999, 150_000, 190_000,
      349_999, 350_000, 449_999, 450_000, 499_999, 500_000, 1_000_000, 1_049_999, 1_050_000, 1_499_999,
      1_500_000, 1_500_100, 1_999_999, 2_000_000, 2_500_000, 2_999_999, 3_000_000, 3_000_001, 4_470_000,
      5_000_000, 9_999_999,
    ];
    for (const family of FAMILY_IDS) {
      it(`should equal the brute force for ${family} at ${volumes.length} volumes from 0 to 9,999,999`, () => {
        for (const units of volumes) {
          for (const firstPurchase of [false, true]) {
            const mix = bestPackMix(family, units, { firstPurchase });
            const expected = bruteForceMix(DEFAULT_RULES.families[family], units, firstPurchase);
            expect(canonical(mix), `${family} ${units} ${firstPurchase}`).to.deep.equal(expected);
            expectConsistent(mix, DEFAULT_RULES.families[family], BigInt(units), firstPurchase);
          }
        }
      });
    }
  });

  describe('properties', () => {
    it('should equal the brute-force oracle on random catalogues for U up to 400', () => {
      fc.assert(
        fc.property(smallCaseArb(), ({ family, id, units, firstPurchase }) => {
          const mix = bestPackMix(id, units, { firstPurchase }, rulesWith(id, family));
          expect(canonical(mix)).to.deep.equal(bruteForceMix(family, units, firstPurchase));
          expectConsistent(mix, family, BigInt(units), firstPurchase);
        }),
        { numRuns: runs(600) },
      );
    });

    it('should equal the brute force with 4-decimal ratios, a trial and a paid pack of the trial’s size', () => {
      const arb = smallCaseArb({ ratio: fineRatioArb, trial: 'always', trialSizedPack: 'always', maxTrialUnits: 30 });
      fc.assert(
        fc.property(arb, ({ family, id, units, firstPurchase }) => {
          const mix = bestPackMix(id, units, { firstPurchase }, rulesWith(id, family));
          expect(canonical(mix)).to.deep.equal(bruteForceMix(family, units, firstPurchase));
          expectConsistent(mix, family, BigInt(units), firstPurchase);
        }),
        { numRuns: runs(400) },
      );
    });

    it('should equal the brute force on catalogues rich in ties (ratios 1 and 0.5 only)', () => {
      // Two rates only (no discount, or half price), sizes 1…12: totals tie often, so coverage, the pack
      // count and the larger-packs rule decide.
      const tiesArb = smallCaseArb({ maxMultiplier: 12, ratio: fc.constantFrom('1', '0.5') });
      fc.assert(
        fc.property(tiesArb, ({ family, id, units, firstPurchase }) => {
          const mix = bestPackMix(id, units, { firstPurchase }, rulesWith(id, family));
          expect(canonical(mix)).to.deep.equal(bruteForceMix(family, units, firstPurchase));
        }),
        { numRuns: runs(500) },
      );
    });

    it('should have both oracles agree at small U (checks the exchange oracle used for large U)', () => {
      fc.assert(
        fc.property(smallCaseArb(LARGE), ({ family, units, firstPurchase }) => {
          expect(exchangeMix(family, units, firstPurchase)).to.deep.equal(bruteForceMix(family, units, firstPurchase));
        }),
        { numRuns: runs(300) },
      );
    });

    it('should equal the exchange oracle (exact) for U from 0 to 400 × the sizes’ common factor', () => {
      // Where an engine that plans in multiples of the sizes' gcd switches from looking U up to shifting it.
      const arb = catalogueArb(LARGE).chain((family) => {
        const g = family.packs.filter((p) => !p.trial).reduce((a, p) => gcdN(a, p.units), 0);
        return fc.record({
          family: fc.constant(family),
          id: fc.constantFrom(...FAMILY_IDS),
          units: fc.tuple(fc.nat(400), fc.nat(g - 1)).map(([k, r]) => BigInt(k) * BigInt(g) + BigInt(r)),
          firstPurchase: fc.boolean(),
        });
      });
      fc.assert(
        fc.property(arb, ({ family, id, units, firstPurchase }) => {
          const mix = bestPackMix(id, units.toString(), { firstPurchase }, rulesWith(id, family));
          expect(canonical(mix)).to.deep.equal(exchangeMix(family, units, firstPurchase));
          expectConsistent(mix, family, units, firstPurchase);
        }),
        { numRuns: runs(500) },
      );
    });

    it('should equal the exchange oracle (exact) for U from 10^6 to 10^12', () => {
      const arb = fc.record({
        family: catalogueArb(LARGE),
        id: fc.constantFrom(...FAMILY_IDS),
        units: fc.bigInt({ min: 10n ** 6n, max: 10n ** 12n }),
        firstPurchase: fc.boolean(),
      });
      fc.assert(
        fc.property(arb, ({ family, id, units, firstPurchase }) => {
          const mix = bestPackMix(id, units.toString(), { firstPurchase }, rulesWith(id, family));
          expect(canonical(mix)).to.deep.equal(exchangeMix(family, units, firstPurchase));
          expectConsistent(mix, family, units, firstPurchase);
        }),
        { numRuns: runs(300) },
      );
    });

    it('should equal the exchange oracle at and around every pack size, gcd 1 or large, up to 10^7 and 10^12', () => {
      // size − 1, size, size + 1 and multiples of each pack (the trial's too), a random volume up to 10^7, and
      // one up to 10^12: every field of PackMix, on catalogues with 4-decimal ratios and trial-sized packs.
      const arb = exchangeCatalogueArb.chain((family) =>
        fc.record({
          family: fc.constant(family),
          id: fc.constantFrom(...FAMILY_IDS),
          volumes: volumesAround(family),
          far: fc.bigInt({ min: 10n ** 7n, max: 10n ** 12n }),
          firstPurchase: fc.boolean(),
        }),
      );
      fc.assert(
        fc.property(arb, ({ family, id, volumes, far, firstPurchase }) => {
          const rules = rulesWith(id, family);
          for (const units of [...volumes, far]) {
            const mix = bestPackMix(id, units.toString(), { firstPurchase }, rules);
            expect(canonical(mix), `${units}`).to.deep.equal(exchangeMix(family, units, firstPurchase));
            expectConsistent(mix, family, units, firstPurchase);
          }
        }),
        { numRuns: runs(250) },
      );
    });

    it('should equal the exchange oracle up to 10^18 units, counts beyond 2^53 as digit strings', () => {
      const arb = fc.record({
        family: catalogueArb({ ...LARGE, grains: [1, 7, 10] }),
        id: fc.constantFrom(...FAMILY_IDS),
        units: fc.bigInt({ min: 10n ** 12n, max: 10n ** 18n }),
        firstPurchase: fc.boolean(),
      });
      fc.assert(
        fc.property(arb, ({ family, id, units, firstPurchase }) => {
          const mix = bestPackMix(id, units.toString(), { firstPurchase }, rulesWith(id, family));
          expect(canonical(mix)).to.deep.equal(exchangeMix(family, units, firstPurchase));
          expectConsistent(mix, family, units, firstPurchase);
        }),
        { numRuns: runs(150) },
      );
    });

    it('should be monotonic in U and never beaten by one pack more than the best mix for fewer units', () => {
      // Holds for any catalogue, so sizes 1…60 that the exchange oracle could not take at large U:
      // total(U) ≤ total(U + 1) ≤ total(U) + unit price, and total(U) ≤ total(U − s) + price of s
      // (that pack added to the best mix for U − s is a mix for U).
      const arb = fc.record({
        family: catalogueArb({ grains: [1, 10, 1000], trialSizedPack: 'never' }),
        id: fc.constantFrom(...FAMILY_IDS),
        units: fc.bigInt({ min: 10n ** 6n, max: 10n ** 12n }),
        firstPurchase: fc.boolean(),
      });
      fc.assert(
        fc.property(arb, ({ family, id, units, firstPurchase }) => {
          const rules = rulesWith(id, family);
          const scale = 8;
          const total = (u: bigint): bigint => toMinor(canon(bestPackMix(id, u.toString(), { firstPurchase }, rules).total), scale);
          const here = total(units);
          const next = total(units + 1n);
          expect(here <= next, 'total(U) ≤ total(U + 1)').to.equal(true);
          expect(next <= here + toMinor(family.unitPrice, scale), 'total(U + 1) ≤ total(U) + unit price').to.equal(true);
          for (const p of family.packs) {
            if (p.trial) continue;
            const before = total(units - BigInt(p.units));
            expect(here <= before + toMinor(p.price, scale), `total(U) ≤ total(U − ${p.units}) + ${p.price}`).to.equal(true);
          }
        }),
        { numRuns: runs(300) },
      );
    });
  });
});
