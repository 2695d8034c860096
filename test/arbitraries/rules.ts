/**
 * fast-check arbitraries for rules data: decimal strings, random pack families (docs/pricing-rules.md §R4) and whole
 * Rules data built from DEFAULT_RULES with random families. Everything produced is canonical: plain decimal
 * strings with no trailing zeros and packs ascending by size, exactly as `loadRules` normalises them.
 */
import fc from 'fast-check';
import { DEFAULT_RULES, FAMILY_IDS, loadRules, RulesError } from '../../src/engine/index.js';
import type { Family, FamilyId, Pack, Rules } from '../../src/engine/index.js';
import { fromMinor, toMinor } from '../helpers/oracle.js';

export interface DecimalStringOptions {
  /** Smallest value, a plain decimal string; default "0". */
  readonly min?: string;
  /** Largest value, a plain decimal string; default "1000000". */
  readonly max?: string;
  /** At most this many decimals; default 2. */
  readonly maxDecimals?: number;
}

/** Plain decimal strings ("0", "0.5", "120000", "3.515625") from min to max with at most maxDecimals places. */
export function decimalStringArb(options: DecimalStringOptions = {}): fc.Arbitrary<string> {
  const { min = '0', max = '1000000', maxDecimals = 2 } = options;
  return fc
    .bigInt({ min: toMinor(min, maxDecimals), max: toMinor(max, maxDecimals) })
    .map((n) => fromMinor(n, maxDecimals));
}

/** Unit prices: the bundled ones, and random ones with up to 3 decimals (0.001 … 100). */
export const unitPriceArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('1', '0.182', '0.006'),
  decimalStringArb({ min: '0.001', max: '100', maxDecimals: 3 }),
);

/**
 * Regular-pack ratios in (0, 1] with up to 2 decimals; common discounts (and "1", no discount) often, so
 * packs with equal rates, and so ties, are frequent.
 */
export const ratioArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('1', '0.9', '0.8', '0.7', '0.6', '0.5', '0.45'),
  decimalStringArb({ min: '0.01', max: '1', maxDecimals: 2 }),
);

/** Ratios with up to 4 decimals (0.8765), so pack prices carry up to 7 (with a unit price like 0.182). */
export const fineRatioArb: fc.Arbitrary<string> = fc.oneof(
  ratioArb,
  decimalStringArb({ min: '0.0001', max: '1', maxDecimals: 4 }),
);

export interface CatalogueOptions {
  /** Regular (paid) packs, at least; default 1. */
  readonly minPacks?: number;
  /** Regular packs, at most; default 5. */
  readonly maxPacks?: number;
  /** Pack sizes are grain × k with k from 1 to this; default 60. */
  readonly maxMultiplier?: number;
  /** The grains to pick from (one per family); default [1]. */
  readonly grains?: readonly number[];
  /** Whether the family has a free trial pack; default 'maybe'. */
  readonly trial?: 'never' | 'maybe' | 'always';
  /** Largest trial pack; default 60. */
  readonly maxTrialUnits?: number;
  /** Ratio of each regular pack; default {@link ratioArb}. */
  readonly ratio?: fc.Arbitrary<string>;
  /**
   * Whether a paid pack may have the trial's size (docs/pricing-rules.md §R4 allows it): 'maybe' adds one at random,
   * 'always' adds one whenever there is a trial, 'never' (default) keeps the sizes apart. (An odd trial size
   * among sizes with a large common factor makes a catalogue much harder to plan: opt in where wanted.)
   */
  readonly trialSizedPack?: 'never' | 'maybe' | 'always';
}

/** The price R4 demands, exactly: units × unit price × ratio (unit price ≤ 3 decimals, ratio ≤ 4). */
export function packPrice(units: number, unitPrice: string, ratio: string): string {
  return fromMinor(BigInt(units) * toMinor(unitPrice, 3) * toMinor(ratio, 4), 7);
}

/** Rules data: DEFAULT_RULES (as JSON) with these families, each plan's unit price set to its family's. */
export function rulesDataWith(families: Readonly<Record<FamilyId, Family>>): Rules {
  const base = JSON.parse(JSON.stringify(DEFAULT_RULES)) as Rules;
  const plans = Object.fromEntries(
    Object.entries(base.plans).map(([id, plan]) => [id, { ...plan, unitPrice: families[plan.family].unitPrice }]),
  ) as unknown as Rules['plans'];
  return { ...base, plans, families: JSON.parse(JSON.stringify(families)) as Rules['families'] };
}

/**
 * loadRules on the data, or null when it refuses the catalogue as `too-fine` (too many candidate mixes to plan).
 * Any other refusal is a bug in these arbitraries (or in loadRules) and is thrown.
 */
export function loadUnlessTooFine(data: unknown): Rules | null {
  try {
    return loadRules(data);
  } catch (e) {
    if (e instanceof RulesError && e.code === 'too-fine') return null;
    throw e;
  }
}

const familyName = fc.record({
  zh: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
  en: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
});

/** The family data alone, before the `too-fine` filter. */
export function rawCatalogueArb(options: CatalogueOptions = {}): fc.Arbitrary<Family> {
  const { minPacks = 1, maxPacks = 5, maxMultiplier = 60, grains = [1], trial = 'maybe', maxTrialUnits = 60 } = options;
  const { trialSizedPack = 'never' } = options;
  const ratio = options.ratio ?? ratioArb;
  const trialArb =
    trial === 'never'
      ? fc.constant(null)
      : trial === 'always'
        ? fc.integer({ min: 1, max: maxTrialUnits })
        : fc.option(fc.integer({ min: 1, max: maxTrialUnits }), { nil: null });
  const trialSizedArb =
    trialSizedPack === 'never' ? fc.constant(null) : trialSizedPack === 'always' ? ratio : fc.option(ratio, { nil: null });
  return fc
    .record({
      name: familyName,
      unitPrice: unitPriceArb,
      grain: fc.constantFrom(...grains),
      regular: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: maxMultiplier }), ratio), {
        minLength: minPacks,
        maxLength: maxPacks,
        selector: ([k]) => k,
      }),
      trialUnits: trialArb,
      trialSized: trialSizedArb,
    })
    .map(({ name, unitPrice, grain, regular, trialUnits, trialSized }): Family => {
      const packs: Pack[] = regular.map(([k, ratio]) => ({
        units: k * grain,
        price: packPrice(k * grain, unitPrice, ratio),
        ratio,
      }));
      if (trialUnits !== null) {
        packs.push({ units: trialUnits, price: '0', ratio: '0', trial: true });
        // A paid pack of the trial's size, unless one is there already.
        if (trialSized !== null && !packs.some((p) => !p.trial && p.units === trialUnits)) {
          packs.push({ units: trialUnits, price: packPrice(trialUnits, unitPrice, trialSized), ratio: trialSized });
        }
      }
      // As loadRules normalises: ascending by size, the trial before a paid pack of its size.
      packs.sort((a, z) => a.units - z.units || (a.trial ? -1 : z.trial ? 1 : 0));
      return { name, unitPrice, packs };
    });
}

/** A valid pack family (R4) that loadRules accepts: random sizes, prices, ratios and an optional trial. */
export function catalogueArb(options: CatalogueOptions = {}): fc.Arbitrary<Family> {
  return rawCatalogueArb(options).filter(
    (family) => loadUnlessTooFine(rulesDataWith({ idv: family, liveness: family, 'face-compare': family })) !== null,
  );
}

/** Whole valid Rules data: DEFAULT_RULES with its three families replaced by random ones. */
export function rulesArb(options: CatalogueOptions = {}): fc.Arbitrary<Rules> {
  const families = Object.fromEntries(FAMILY_IDS.map((id) => [id, catalogueArb(options)])) as Record<
    FamilyId,
    fc.Arbitrary<Family>
  >;
  return fc.record(families).map(rulesDataWith);
}
