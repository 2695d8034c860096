import { Decimal, countOut, parseUnits, toPlain } from './decimal.js';
import { InputError } from './errors.js';
import { flagIn } from './guards.js';
import { equalCostUnits, plannerOf, solve } from './planning.js';
import { DEFAULT_RULES } from './rules.js';
import type { Family, FamilyId, PackMix, PackMixAlternative, PackMixItem, Rules } from './types.js';

/**
 * Best pack mix (docs/pricing-rules.md §R5): for U units, choose counts x_i of each purchasable pack to minimise
 * Σ price_i·x_i + unitPrice·max(0, U − Σ size_i·x_i). Ties (revised R5), in order: more units for the money,
 * max(covered, U); then less paid up front (Σ price_i·x_i); then fewer packs; then (so the answer is unique)
 * more of the larger packs. The free trial, on a first purchase, is always in the best mix (see mixCounts).
 *
 * The search itself, exact for any U up to 10^18 and O(1) in U, is planning.ts; its file comment is the proof.
 * The equal-cost alternative (same total, less paid up front, no headroom) is equalCostAlternative below, by
 * planning.ts (6).
 */

export function familyOf(rules: Rules, family: unknown): Family {
  if (typeof family !== 'string' || !Object.prototype.hasOwnProperty.call(rules.families, family)) {
    throw new InputError(
      'family',
      'unknown-family',
      `${JSON.stringify(family) ?? String(family)} is not a pack family; use one of ${Object.keys(rules.families).join(', ')}.`,
    );
  }
  return rules.families[family as FamilyId];
}

/** Counts per regular pack (largest first) and whether the trial is used, for u units. Internal, trusted input. */
export function mixCounts(family: Family, u: bigint, firstPurchase: boolean): { counts: bigint[]; trial: bigint } {
  const trialPack = family.packs.find((p) => p.trial);
  // The trial is free and covers, so adding it to any mix never raises the total, and at an equal total it
  // adds headroom (R5 rule 1): a mix without it is always beaten by the same mix with it. Among mixes with
  // the trial, the order for U is the order of their regular packs for U − trial (total, headroom, up-front,
  // count and larger packs all shift alike), so the best is the trial + the best regular mix for U − trial.
  const trial = firstPurchase && trialPack ? BigInt(trialPack.units) : 0n;
  const rest = u > trial ? u - trial : 0n;
  const pl = plannerOf(family);
  if ('tooComplex' in pl) throw new Error('unreachable: loadRules refuses catalogues too complex to plan');
  return { counts: solve(pl, rest), trial };
}

/** Assembles the public PackMix for a family, u units and chosen counts. */
export function packMixOf(family: Family, u: bigint, firstPurchase: boolean): PackMix {
  const { counts, trial } = mixCounts(family, u, firstPurchase);
  return assemble(family, u, counts, trial);
}

/**
 * The equal-cost alternative to the best mix (R5), or null: the best mix under the order with rule 1 dropped
 * (total, less up front, fewer packs, larger packs), when it pays strictly less up front than the best mix.
 *
 * The trial, as in mixCounts: the best mix holds it, and so does any alternative. An alternative pays less than
 * its total up front, so it leaves units to pay as you go, and the free trial would cover some of them at no
 * cost: without the trial it could not have the least total. Among mixes with the trial, the alternative's
 * order for U is the order of their regular packs for U − trial (total, up-front, count and larger packs all
 * shift alike). So it is the trial + the regular packs' alternative for U − trial: planning.ts (6).
 */
export function alternativeOf(family: Family, u: bigint, firstPurchase: boolean, best: PackMix): PackMixAlternative | null {
  const trialPack = family.packs.find((p) => p.trial);
  const trial = firstPurchase && trialPack ? BigInt(trialPack.units) : 0n;
  const rest = u > trial ? u - trial : 0n;
  const pl = plannerOf(family);
  if ('tooComplex' in pl) throw new Error('unreachable: loadRules refuses catalogues too complex to plan');
  const at = equalCostUnits(pl, rest);
  if (at === null) return null;
  const mix = assemble(family, u, solve(pl, at), trial);
  return {
    mix,
    upFrontLess: toPlain(new Decimal(best.packCost).minus(mix.packCost)),
    headroomGivenUp: countOut(BigInt(best.coveredUnits) - u),
  };
}

function assemble(family: Family, u: bigint, counts: readonly bigint[], trial: bigint): PackMix {
  const regular = family.packs.filter((p) => !p.trial).sort((a, z) => z.units - a.units);
  const items: PackMixItem[] = [];
  let packCost = new Decimal(0);
  let covered = trial;
  regular.forEach((p, i) => {
    const c = counts[i]!;
    if (c === 0n) return;
    items.push({ size: p.units, price: p.price, count: countOut(c) });
    packCost = packCost.plus(new Decimal(p.price).times(c.toString()));
    covered += BigInt(p.units) * c;
  });
  if (trial > 0n) items.push({ size: Number(trial), price: '0', count: 1, trial: true });
  // Ascending by size; a paid pack the trial's size comes after the trial.
  items.sort((a, z) => a.size - z.size || (a.trial ? -1 : z.trial ? 1 : 0));
  const unitPrice = new Decimal(family.unitPrice);
  const overage = u > covered ? u - covered : 0n;
  const overageCost = unitPrice.times(overage.toString());
  const total = packCost.plus(overageCost);
  const postpaidTotal = unitPrice.times(u.toString());
  return {
    items,
    packCost: toPlain(packCost),
    coveredUnits: countOut(covered),
    overageUnits: countOut(overage),
    overageCost: toPlain(overageCost),
    total: toPlain(total),
    postpaidTotal: toPlain(postpaidTotal),
    savings: toPlain(postpaidTotal.minus(total)),
  };
}

/**
 * The cheapest way to pay for `units` of one pack family within one pack lifetime (docs/pricing-rules.md §R5, R6).
 *
 * @param family - `idv`, `liveness` or `face-compare`.
 * @param units - Billable units: a safe integer, or a digit string for counts beyond 2^53 (up to 10^18).
 * @param options - `firstPurchase: true` lets the mix include the family's free trial pack (once).
 * @param rules - Rules to price with; the bundled rules by default.
 * @returns The packs to buy (ascending by size), overage, total, postpaid total and savings, money as exact decimal strings.
 * @throws {InputError} `family`/`unknown-family`; `units` with `negative`, `not-integer`, `not-a-number`, … ;
 *   `options.firstPurchase`/`type`.
 * @example
 * bestPackMix('face-compare', 2_500_000).items // [{ size: 3000000, price: '8100', count: 1 }]
 */
export function bestPackMix(
  family: FamilyId,
  units: number | string,
  options: { readonly firstPurchase?: boolean } = {},
  rules: Rules = DEFAULT_RULES,
): PackMix {
  const f = familyOf(rules, family);
  const u = parseUnits(units, 'units');
  const first = flagIn(options?.firstPurchase, 'options.firstPurchase');
  return packMixOf(f, u, first);
}

/**
 * The equal-cost alternative to {@link bestPackMix} (docs/pricing-rules.md §R5): another way to pay for `units` at the same
 * total that pays less up front, because it buys no headroom (it leaves some units to pay as you go). It exists
 * when the best mix won a tie on headroom: liveness 170,000 units, best one 200,000 pack (¥29,120), alternative
 * one 100,000 pack + 70,000 units pay-as-you-go (¥16,380 + ¥12,740), ¥12,740 less up front and 30,000 units of
 * headroom given up. Among several such mixes it is the one paying least up front, then with fewer packs, then
 * with more of the larger packs. Exact for any volume, at the cost of about twenty best-mix queries.
 *
 * @param family - `idv`, `liveness` or `face-compare`.
 * @param units - Billable units: a safe integer, or a digit string for counts beyond 2^53 (up to 10^18).
 * @param options - `firstPurchase: true` lets both mixes include the family's free trial pack (once).
 * @param rules - Rules to price with; the bundled rules by default.
 * @returns `{ mix, upFrontLess, headroomGivenUp }` (see {@link PackMixAlternative}), or null when no mix of the
 *   best total pays less up front (the usual case).
 * @throws {InputError} as {@link bestPackMix}.
 * @example
 * equalCostAlternative('liveness', 170_000)?.upFrontLess // '12740'
 * equalCostAlternative('idv', 260_000) // null
 */
export function equalCostAlternative(
  family: FamilyId,
  units: number | string,
  options: { readonly firstPurchase?: boolean } = {},
  rules: Rules = DEFAULT_RULES,
): PackMixAlternative | null {
  const f = familyOf(rules, family);
  const u = parseUnits(units, 'units');
  const first = flagIn(options?.firstPurchase, 'options.firstPurchase');
  return alternativeOf(f, u, first, packMixOf(f, u, first));
}
