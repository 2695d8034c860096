/**
 * Pack-mix cases the oracles of test/helpers/oracle.ts can check, shared by the best-mix and equal-cost
 * property tests: a random catalogue with a volume small enough for the brute force, and the catalogue shape
 * whose sizes share large factors (so the exchange oracle's bound stays small at any volume).
 */
import fc from 'fast-check';
import { FAMILY_IDS } from '../../src/engine/index.js';
import type { Family } from '../../src/engine/index.js';
import { bruteForceSize } from '../helpers/oracle.js';
import { catalogueArb } from './rules.js';
import type { CatalogueOptions } from './rules.js';

/** Largest U ≤ 400 for which the brute force tries at most `budget` count vectors (halving down from 400). */
export function feasibleUnits(family: Family, budget = 20_000): number {
  let units = 400;
  while (units > 0 && bruteForceSize(family, units, true, budget) > budget) units = Math.floor(units / 2);
  return units;
}

/** A random catalogue in one of the three family slots, a U the brute force can take, and firstPurchase. */
export const smallCaseArb = (options: CatalogueOptions = {}) =>
  catalogueArb({ trialSizedPack: 'maybe', ...options }).chain((family) =>
    fc.record({
      family: fc.constant(family),
      id: fc.constantFrom(...FAMILY_IDS),
      units: fc.integer({ min: 0, max: feasibleUnits(family) }),
      firstPurchase: fc.boolean(),
    }),
  );

/**
 * Catalogues whose sizes share large factors (grain × 1…12), so the exchange oracle's bound
 * (size_b / gcd − 1 per other pack) stays small at any U.
 */
export const LARGE: CatalogueOptions = { maxMultiplier: 12, grains: [1, 7, 10, 1000, 50_000], maxTrialUnits: 1000, trialSizedPack: 'never' };

/** Most count vectors the exchange oracle may try per U in these tests. */
export const EXCHANGE_BUDGET = 3000;
