import { Decimal, countOut, parseUnits, toPlain } from './decimal.js';
import { InputError } from './errors.js';
import { decimalPlaces, shape } from './planning.js';
import { DEFAULT_RULES } from './rules.js';
import type { Family, FamilyId, PackMix, PackMixItem, Rules } from './types.js';

/**
 * Best pack mix (RULES.md R5): for U units, choose counts x_i of each purchasable pack to minimise
 * Σ price_i·x_i + unitPrice·max(0, U − Σ size_i·x_i); ties prefer more covered units, then fewer packs, then
 * (our addition, so the answer is unique even for catalogues with equal-count ties) more of the larger packs.
 *
 * How it stays exact and O(1) in U: let b be the pack with the lowest price per unit (the largest such).
 * Work in multiples of g = gcd(sizes) and let m = size_b / g. By pigeonhole on prefix sums mod m, a
 * lexicographically best mix never holds m or more packs other than b (m of them contain a run whose size is
 * a multiple of size_b; swapping that run for b packs costs no more, and fewer packs when it costs the same),
 * nor ord_i = m / gcd(size_i / g, m) copies of one pack i (same swap). planning.ts turns those caps into the
 * largest coverage the other packs can reach, so for coverage j·g with j ≥ J0 (one past it) the best mix contains b, and
 * best(j + m) = best(j) + b. A table of exact-coverage optima for j < J0 + 2m, filled by dynamic programming
 * once per catalogue, answers any U by shifting a window of it by whole b packs.
 */

interface Solver {
  readonly k: number;
  /** Regular (non-trial) packs, largest first: the order of the "more of the larger packs" tie-break. */
  readonly sizes: readonly bigint[];
  readonly prices: readonly string[];
  readonly unitPrice: Decimal;
  /** Prices × scale, exact integers. */
  readonly priceS: readonly bigint[];
  readonly unitPriceS: bigint;
  readonly g: bigint;
  readonly b: number;
  readonly m: number;
  readonly j0: number;
  readonly len: number;
  readonly cost: readonly (bigint | null)[];
  readonly count: Int32Array;
  readonly vec: Int32Array;
  /** suf[J]: best entry in [J, len) by (cost, −j). */
  readonly suf: Int32Array;
  /** pre[J]: best entry in [0, J] by (cost − unitPrice·g·j, −j). */
  readonly pre: Int32Array;
  /** win[J]: same as pre over the window [J − m + 1, J], for J ≥ J0 + m − 1. */
  readonly win: Int32Array;
  /** Cost of b minus its units at the postpaid price (scaled): ≤ 0 when b is worth buying. */
  readonly delta: bigint;
}

const solvers = new WeakMap<Family, Solver | null>();

function solverFor(family: Family): Solver | null {
  let s = solvers.get(family);
  if (s === undefined) {
    s = buildSolver(family);
    solvers.set(family, s);
  }
  return s;
}

function buildSolver(family: Family): Solver | null {
  const sh = shape(family);
  if (!sh) return null;
  const { sizes, g, b, m, j0, len } = sh;
  const regular = family.packs.filter((p) => !p.trial).sort((a, z) => z.units - a.units);
  const k = sizes.length;
  const places = Math.max(decimalPlaces(family.unitPrice), ...regular.map((p) => decimalPlaces(p.price)));
  const scale = new Decimal(`1e${places}`);
  const toS = (v: string): bigint => BigInt(new Decimal(v).times(scale).toFixed(0));
  const priceS = regular.map((p) => toS(p.price));
  const unitPriceS = toS(family.unitPrice);
  const sizeG = sizes.map((s) => Number(s / g));

  const cost: (bigint | null)[] = new Array(len).fill(null);
  const count = new Int32Array(len);
  const vec = new Int32Array(len * k);
  cost[0] = 0n;
  // Candidate (prev entry + pack i) against (prev2 + pack i2): more of the larger packs wins; < 0 means the first.
  const vecCmp = (p1: number, i1: number, p2: number, i2: number): number => {
    for (let x = 0; x < k; x++) {
      const a = vec[p1 * k + x]! + (x === i1 ? 1 : 0);
      const z = vec[p2 * k + x]! + (x === i2 ? 1 : 0);
      if (a !== z) return z - a;
    }
    return 0;
  };
  for (let j = 1; j < len; j++) {
    let bestPrev = -1;
    let bestI = -1;
    let bestCost = 0n;
    for (let i = 0; i < k; i++) {
      const prev = j - sizeG[i]!;
      if (prev < 0) continue;
      const pc = cost[prev];
      if (pc === null || pc === undefined) continue;
      const c = pc + priceS[i]!;
      const better =
        bestPrev < 0 ||
        c < bestCost ||
        (c === bestCost &&
          (count[prev]! + 1 < count[bestPrev]! + 1 ||
            (count[prev] === count[bestPrev] && vecCmp(prev, i, bestPrev, bestI) < 0)));
      if (better) {
        bestPrev = prev;
        bestI = i;
        bestCost = c;
      }
    }
    if (bestPrev < 0) continue;
    cost[j] = bestCost;
    count[j] = count[bestPrev]! + 1;
    for (let x = 0; x < k; x++) vec[j * k + x] = vec[bestPrev * k + x]! + (x === bestI ? 1 : 0);
  }

  // Entries of the table differ in coverage j, so (key, more coverage) orders them completely; each entry is
  // already the best mix (by count, then larger packs) for its own coverage.
  const cmpBy = (key: (j: number) => bigint) => (a: number, z: number): number => {
    const ka = key(a);
    const kz = key(z);
    if (ka !== kz) return ka < kz ? -1 : 1;
    return z - a;
  };
  const cmpP = cmpBy((j) => cost[j]!);
  const slope = unitPriceS * g;
  const cmpQ = cmpBy((j) => cost[j]! - slope * BigInt(j));

  const suf = new Int32Array(len).fill(-1);
  for (let j = len - 1; j >= 0; j--) {
    const next = j + 1 < len ? suf[j + 1]! : -1;
    suf[j] = cost[j] === null ? next : next < 0 || cmpP(j, next) < 0 ? j : next;
  }
  const pre = new Int32Array(len).fill(-1);
  for (let j = 0; j < len; j++) {
    const prev = j > 0 ? pre[j - 1]! : -1;
    pre[j] = cost[j] === null ? prev : prev < 0 || cmpQ(j, prev) < 0 ? j : prev;
  }
  // Sliding-window best over [J − m + 1, J] (monotone deque); every window of m holds a multiple of m ≥ J0.
  const win = new Int32Array(len).fill(-1);
  const dq: number[] = [];
  let head = 0;
  for (let j = j0; j < len; j++) {
    if (cost[j] !== null) {
      while (dq.length > head && cmpQ(dq[dq.length - 1]!, j) >= 0) dq.pop();
      dq.push(j);
    }
    while (dq.length > head && dq[head]! < j - m + 1) head++;
    if (j >= j0 + m - 1) win[j] = dq[head]!;
  }

  return {
    k,
    sizes,
    prices: regular.map((p) => p.price),
    unitPrice: new Decimal(family.unitPrice),
    priceS,
    unitPriceS,
    g,
    b,
    m,
    j0,
    len,
    cost,
    count,
    vec,
    suf,
    pre,
    win,
    delta: priceS[b]! - unitPriceS * sizes[b]!,
  };
}

/** A table entry shifted by t extra b packs: coverage (idx + t·m)·g. */
interface Cand {
  readonly j: bigint;
  readonly cost: bigint;
  readonly count: bigint;
  readonly vec: readonly bigint[];
}

function cand(s: Solver, idx: number, t: bigint): Cand {
  const vec: bigint[] = [];
  for (let x = 0; x < s.k; x++) vec.push(BigInt(s.vec[idx * s.k + x]!) + (x === s.b ? t : 0n));
  return {
    j: BigInt(idx) + t * BigInt(s.m),
    cost: s.cost[idx]! + t * s.priceS[s.b]!,
    count: BigInt(s.count[idx]!) + t,
    vec,
  };
}

/** Compares two mixes for the same U by (total, −coverage, count, larger packs first); < 0: a is better. */
function cmpCand(a: Cand, ta: bigint, z: Cand, tz: bigint): number {
  if (ta !== tz) return ta < tz ? -1 : 1;
  if (a.j !== z.j) return a.j > z.j ? -1 : 1;
  if (a.count !== z.count) return a.count < z.count ? -1 : 1;
  for (let x = 0; x < a.vec.length; x++) if (a.vec[x] !== z.vec[x]) return a.vec[x]! > z.vec[x]! ? -1 : 1;
  return 0;
}

/** Best regular-pack mix for u units (no trial): counts per pack, largest first. */
function solve(s: Solver, u: bigint): bigint[] {
  const m = BigInt(s.m);
  const j0 = BigInt(s.j0);
  const len = BigInt(s.len);
  const ja = (u + s.g - 1n) / s.g;
  let a: Cand;
  if (ja <= j0 + m) a = cand(s, s.suf[Number(ja)]!, 0n);
  else {
    const r = j0 + ((ja - j0) % m);
    a = cand(s, s.suf[Number(r)]!, (ja - r) / m);
  }
  const jb = u / s.g;
  let z: Cand;
  if (jb < len) z = cand(s, s.pre[Number(jb)]!, 0n);
  else if (s.delta > 0n) z = cand(s, s.pre[s.len - 1]!, 0n);
  else {
    const base = j0 + m - 1n;
    const r = base + ((jb - base) % m);
    const w = cand(s, s.win[Number(r)]!, (jb - r) / m);
    const h = cand(s, s.pre[s.j0 - 1]!, 0n);
    const slope = s.unitPriceS * s.g;
    z = cmpCand(w, w.cost - slope * w.j, h, h.cost - slope * h.j) <= 0 ? w : h;
  }
  const totalA = a.cost;
  const totalZ = z.cost + s.unitPriceS * (u - z.j * s.g);
  return [...(cmpCand(a, totalA, z, totalZ) <= 0 ? a : z).vec];
}

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
  // Free and covering, the trial pack never makes a mix worse and always adds headroom (R5 tie-break).
  const trial = firstPurchase && trialPack ? BigInt(trialPack.units) : 0n;
  const rest = u > trial ? u - trial : 0n;
  const s = solverFor(family);
  return { counts: s ? solve(s, rest) : [], trial };
}

/** Assembles the public PackMix for a family, u units and chosen counts. */
export function packMixOf(family: Family, u: bigint, firstPurchase: boolean): PackMix {
  const { counts, trial } = mixCounts(family, u, firstPurchase);
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
  items.sort((a, z) => a.size - z.size);
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
 * The cheapest way to pay for `units` of one pack family within one pack lifetime (RULES.md R5, R6).
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
  const first = options?.firstPurchase ?? false;
  if (typeof first !== 'boolean') {
    throw new InputError('options.firstPurchase', 'type', 'must be true or false.');
  }
  return packMixOf(f, u, first);
}
