import type { Family } from './types.js';

/**
 * The best-pack-mix planner (docs/pricing-rules.md §R5): for one family's regular (paid) packs and U units, the counts x_i
 * that minimise Σ p_i·x_i + c·max(0, U − Σ s_i·x_i) (p price, s size, c the unit price), ties broken by the
 * revised R5 order:
 *   1. more units for the money: max(covered, U);  2. less paid up front: Σ p_i·x_i;  3. fewer packs;
 *   4. more of the larger packs (counts compared from the largest size down; the first difference decides).
 * This order is total on count vectors (rule 4 separates any two), so "the best mix" is one mix. The trial
 * is handled by the caller: a free pack that covers, it always improves a mix (pack-mix.ts).
 *
 * Money is held as integers: every price × 10^scale, the family's most decimal places. Sizes are ≤ 10^12.
 *
 * THE METHOD, and why it is exact. Let b be the pack with the lowest price per unit (the largest among equal
 * rates), ρ = p_b / s_b, and call every other regular pack an "other". A mix is (y, x_b): y the counts of the
 * others, covering C_y at cost P_y.
 *
 * (0) If p_b = c·s_b (every pack at list price, ratio 1), the empty mix is best: any mix costs c·max(C, U) ≥ c·U,
 *     and among those at c·U (C ≤ U) rule 2 picks the one paying least up front, nothing.
 * From here p_b < c·s_b.
 * (1) Given y, the best x_b is 0 when C_y ≥ U; else with R = U − C_y, d = R mod s_b: ⌊R/s_b⌋ when c·d < p_b,
 *     else ⌈R/s_b⌉. (Below ⌊R/s_b⌋ one more b lowers the total by c·s_b − p_b > 0; above ⌈R/s_b⌉ the packs
 *     already cover U and one b less saves p_b > 0; between the two, c·d against p_b, and at equality
 *     ⌈⌉ covers more, rule 1.)
 * (2) Cost budget. Every mix costs at least ρ·U + Σ e_i·y_i, where e_i = p_i − ρ·s_i ≥ 0 (ρ·C + c·max(0, U − C)
 *     ≥ ρ·U as c ≥ ρ). The b-only mix costs T_b(U) = ⌊U/s_b⌋·p_b + min(c·r, p_b), r = U mod s_b, and
 *     T_b(U) − ρ·U = min((c − ρ)·r, p_b − ρ·r) ≤ p_b·(1 − p_b/(c·s_b)). So the best mix has
 *     Σ e_i·y_i ≤ p_b·(1 − p_b/(c·s_b)), i.e. in integers Σ W_i·y_i ≤ Wmax with W_i = c·(p_i·s_b − p_b·s_i) and
 *     Wmax = p_b·(c·s_b − p_b).
 * (3) Exchange. For packs i ≠ j with α·s_i = β·s_j = lcm(s_i, s_j): when β·p_j < α·p_i, or they are equal and
 *     s_j > s_i, swapping α packs i for β packs j keeps the coverage and lowers the total, or keeps the total
 *     and P with fewer packs: strictly better. So the best mix has y_i < α for every such j (b included).
 * Let Y be the y meeting (2) and (3). The best mix's y is in Y, for every U.
 * (4) Per coverage. Two y with the same coverage get the same x_b in (1) and the same overage, so they compare
 *     by (P, count, larger packs) whatever U is. Keep, for each coverage C reached by Y, only the best such y:
 *     the candidates. The best mix's y is the candidate of its coverage (a better y of that coverage would make
 *     a better mix). The candidates are found once per catalogue by dynamic programming over the others, one
 *     pack at a time (in any order), over a sparse map coverage → best y. Induction on the packs: after pack i,
 *     every y in Y using packs up to i has at its coverage a candidate at least as good (its prefix had one,
 *     adding t packs i to both keeps the order, and W = c·s_b·P − c·p_b·C falls with P at a fixed coverage, so
 *     the budget does not drop it; a candidate improved mid-pass only gets better). The budget is checked in
 *     floating point with a margin, which can only keep more candidates; money comparisons are exact.
 * (5) The query. Write U = q·s_b + r and a candidate's C = a·s_b + t (0 ≤ r, t < s_b). If C > U, x_b = 0 and
 *     the mix is (P, C). Otherwise, with w = [t > r] and d = r − t + w·s_b, x_b = q − a − w (+1 when c·d ≥ p_b):
 *       - ramp (c·d < p_b): total = (P − a·p_b − c·t) + [q·p_b + c·r + w·(c·s_b − p_b)], overage d;
 *       - flat (c·d ≥ p_b): total = (P − a·p_b) + [(q + 1 − w)·p_b], covered U − d + s_b.
 *     In each of the four groups (ramp/flat × w), the bracket is the same for every candidate, and so is every
 *     other key up to a shared constant: the group's best is the best of a fixed, U-free key order
 *     (ramp: P − a·p_b − c·t, P − a·p_b, count − a, larger packs with b counted as −a; flat: P − a·p_b, larger
 *     t, count − a, larger packs). A group is a range of t (ramp: 0 ≤ d ≤ D = ⌊(p_b − 1)/c⌋), so with the
 *     candidates sorted by t, each group's best is a range minimum (a segment tree). Candidates with C > U are
 *     a suffix by C (a suffix minimum). When q is at least the number of layers a, every C ≤ U and four ranges
 *     over all candidates by t answer; below, each layer a < q gives four ranges, layer q two (t ≤ r), and the
 *     suffix the rest. The winners (a handful) are compared exactly under the full order. No table grows with
 *     pack sizes or with U; U only enters through q and r, so any U up to 10^18 costs the same.
 *
 * THE EQUAL-COST ALTERNATIVE (R5): the best mix under the order with rule 1 dropped (total, less up front,
 * fewer packs, larger packs), reported when it pays strictly less up front than the best mix (so rule 1 chose
 * headroom). It needs no second planner: it is the best mix for a smaller volume L, found by bisection.
 * (6) Let f(v) be the least total for v units and g(v) = f(v) − c·v. The best mix for v costs at most
 *     f(v) + c·(w − v) at any w ≥ v, so g never rises, and {v ≤ U : g(v) = g(U)} is an interval [L, U].
 *     A mix of total f(U) covering C ≤ U pays P = f(U) − c·(U − C) up front, and P ≥ f(C) gives g(C) ≤ g(U),
 *     so g(C) = g(U) and C ≥ L. A mix covering more than U pays f(U). So no mix of total f(U) pays less than
 *     f(U) − c·(U − L) = f(L) up front.
 *     If L < U, every mix of total f(L) at L covers exactly L: covering C > L, it would cost less than f(U) at U
 *     (C < U: f(L) + c·(U − C)) or f(L) < f(U) (C ≥ U); covering C < L, it would be a mix of total f(U) at U
 *     covering less than L. So the mixes of total f(U) paying f(L) up front are exactly the best mixes for L,
 *     and R5 at L ranks them as the alternative's order does (equal total, room and up-front: fewer packs,
 *     then larger packs). The alternative is solve(L), and pays f(U) − f(L) = c·(U − L) > 0 less than any mix
 *     covering more than U. If L = U, every mix of total f(U) pays f(U) up front: there is no alternative.
 *     If the best mix covers U or less, rule 1 found no mix of total f(U) with headroom, and rule 2 already
 *     chose the least up-front: no alternative. If it covers more, it pays f(U): an alternative iff L < U.
 *     Where to look: U − L < s_b, as the alternative plus one pack b would cost less than f(U) at U
 *     (p_b < c·s_b ≤ c·(U − L)). So L is the least v in (U − s_b, U] with g(v) = g(U), by bisection:
 *     about log2(s_b) + 1 planner queries (22 for a 1,500,000 pack), whatever U is.
 *
 * Limits: a catalogue whose candidates are too many is refused by loadRules (see MAX_CANDIDATES); plausible
 * price lists have from a few to about ten thousand.
 */

/** Most packs in a family (a real price list has a handful). */
export const MAX_PACKS = 50;
/** Largest pack size, in units (10^12). */
export const MAX_PACK_UNITS = 1_000_000_000_000;
/**
 * Most candidate mixes of the other packs (4): a ladder of five decimal sizes (100 … 1,000,000) has 10^4, of
 * six 10^5 (about 150 ms to build, once). Also at most MAX_CANDIDATE_CELLS / packs, to bound memory.
 */
export const MAX_CANDIDATES = 100_000;
const MAX_CANDIDATE_CELLS = 2_000_000;
/** Most steps of the candidate search (4), so refusing a catalogue is about as quick as accepting one. */
export const MAX_SEARCH_STEPS = 400_000;
/** Coverages are held as numbers, exact below 2^53; the others never need more than 2^52 in a sane catalogue. */
const MAX_COVERAGE = 2 ** 52;

function gcd(a: bigint, z: bigint): bigint {
  while (z) [a, z] = [z, a % z];
  return a;
}

function decimalPlaces(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** A plain decimal string as an integer × 10^scale. */
function scaled(s: string, scale: number): bigint {
  const [whole, frac = ''] = s.split('.') as [string, string?];
  return BigInt(whole + frac.padEnd(scale, '0'));
}

/** A static range-best structure over positions 0 … n − 1 (iterative segment tree of candidate ids). */
class RangeBest {
  private readonly n: number;
  private readonly tree: Int32Array;
  constructor(
    order: ArrayLike<number>,
    private readonly better: (i: number, j: number) => boolean,
  ) {
    const n = order.length;
    this.n = n;
    this.tree = new Int32Array(2 * Math.max(n, 1)).fill(-1);
    for (let i = 0; i < n; i++) this.tree[n + i] = order[i]!;
    for (let p = n - 1; p >= 1; p--) this.tree[p] = this.pick(this.tree[2 * p]!, this.tree[2 * p + 1]!);
  }
  private pick(i: number, j: number): number {
    if (i < 0) return j;
    if (j < 0) return i;
    return this.better(j, i) ? j : i;
  }
  /** The best id at positions lo … hi (inclusive), or −1 when the range is empty. */
  query(lo: number, hi: number): number {
    let res = -1;
    let l = lo + this.n;
    let r = hi + this.n + 1;
    while (l < r) {
      if (l & 1) res = this.pick(res, this.tree[l++]!);
      if (r & 1) res = this.pick(res, this.tree[--r]!);
      l >>= 1;
      r >>= 1;
    }
    return res;
  }
}

/** Candidates in one order (by coverage, or by t), with their t values for range lookups. */
interface Ordered {
  readonly ids: Int32Array;
  readonly t: Float64Array;
  readonly ramp: RangeBest;
  readonly flat: RangeBest;
}

export interface Planner {
  /** Regular packs, largest first (the order of rule 4). */
  readonly k: number;
  readonly sizes: readonly bigint[];
  /** Prices × 10^scale; unit price likewise. */
  readonly priceS: readonly bigint[];
  readonly unitPriceS: bigint;
  /** Index of b; −1 when no pack is worth buying ((0): every pack at list price). */
  readonly b: number;
  readonly sb: number;
  readonly sbB: bigint;
  readonly pb: bigint;
  /** Largest d with c·d < p_b. */
  readonly D: number;
  /** Candidates (4), sorted by coverage. */
  readonly n: number;
  readonly cov: Float64Array;
  readonly a: Float64Array;
  readonly t: Float64Array;
  readonly P: readonly bigint[];
  readonly N: Float64Array;
  /** n × k counts, largest pack first, the b column 0. */
  readonly vec: Int32Array;
  /** Layer a occupies positions layerStart[a] … layerStart[a + 1] − 1 of the coverage order. */
  readonly layerStart: Int32Array;
  readonly byCov: Ordered;
  readonly byT: Ordered;
  /** overBest[i]: the best candidate at positions ≥ i of the coverage order, when it over-covers U (x_b = 0). */
  readonly overBest: Int32Array;
}

/** Why a catalogue has no planner: too many candidates (loadRules refuses it with this many, at least). */
export interface TooComplex {
  readonly tooComplex: true;
  readonly candidates: number;
}

const planners = new WeakMap<Family, Planner | TooComplex>();

/** The planner of a family, built once per (frozen) family object. */
export function plannerOf(family: Family): Planner | TooComplex {
  let p = planners.get(family);
  if (p === undefined) {
    p = buildPlanner(family, false) as Planner | TooComplex;
    planners.set(family, p);
  }
  return p;
}

/**
 * Whether the family can be planned within the limits (loadRules refuses it otherwise). Cheap when the
 * product of the per-pack caps (3) already bounds the candidates, the search steps (at most twice that
 * product) and the coverage within the limits: the planner is then built on first use. Otherwise it is built
 * now, which decides.
 */
export function isPlannable(family: Family): boolean {
  const cached = planners.get(family);
  if (cached !== undefined) return !('tooComplex' in cached);
  const built = buildPlanner(family, true);
  if (built === 'fits') return true;
  planners.set(family, built);
  return !('tooComplex' in built);
}

function buildPlanner(family: Family, checkOnly: boolean): Planner | TooComplex | 'fits' {
  const regular = family.packs.filter((p) => !p.trial).sort((x, z) => z.units - x.units);
  const k = regular.length;
  const scale = Math.max(decimalPlaces(family.unitPrice), ...regular.map((p) => decimalPlaces(p.price)));
  const sizes = regular.map((p) => BigInt(p.units));
  const priceS = regular.map((p) => scaled(p.price, scale));
  const c = scaled(family.unitPrice, scale);
  let b = -1;
  for (let i = 0; i < k; i++) {
    // Strictly lower rate only: among equal rates the first (largest) stays, as (3) needs.
    if (b < 0 || priceS[i]! * sizes[b]! < priceS[b]! * sizes[i]!) b = i;
  }
  const empty = (): Planner => ({
    k,
    sizes,
    priceS,
    unitPriceS: c,
    b: -1,
    sb: 1,
    sbB: 1n,
    pb: 0n,
    D: 0,
    n: 0,
    cov: new Float64Array(0),
    a: new Float64Array(0),
    t: new Float64Array(0),
    P: [],
    N: new Float64Array(0),
    vec: new Int32Array(0),
    layerStart: new Int32Array(1),
    byCov: { ids: new Int32Array(0), t: new Float64Array(0), ramp: new RangeBest([], () => false), flat: new RangeBest([], () => false) },
    byT: { ids: new Int32Array(0), t: new Float64Array(0), ramp: new RangeBest([], () => false), flat: new RangeBest([], () => false) },
    overBest: new Int32Array(1).fill(-1),
  });
  if (b < 0 || priceS[b] === c * sizes[b]!) return empty(); // (0)

  const sbB = sizes[b]!;
  const sb = Number(sbB);
  const pb = priceS[b]!;
  const wMax = pb * (c * sbB - pb);

  // (2), (3): per-pack caps for the others.
  const others: number[] = [];
  const cap: number[] = new Array<number>(k).fill(0);
  const weight: bigint[] = new Array<bigint>(k).fill(0n);
  for (let i = 0; i < k; i++) {
    if (i === b) continue;
    const w = c * (priceS[i]! * sbB - pb * sizes[i]!);
    weight[i] = w;
    let u = w > 0n ? wMax / w : BigInt(MAX_SEARCH_STEPS);
    for (let j = 0; j < k; j++) {
      if (j === i) continue;
      const g = gcd(sizes[i]!, sizes[j]!);
      const alpha = sizes[j]! / g;
      const beta = sizes[i]! / g;
      const lhs = beta * priceS[j]!;
      const rhs = alpha * priceS[i]!;
      if ((lhs < rhs || (lhs === rhs && sizes[j]! > sizes[i]!)) && alpha - 1n < u) u = alpha - 1n;
    }
    cap[i] = Number(u < BigInt(MAX_SEARCH_STEPS) ? u : BigInt(MAX_SEARCH_STEPS));
    if (cap[i]! > 0) others.push(i);
  }
  const maxCandidates = Math.min(MAX_CANDIDATES, Math.floor(MAX_CANDIDATE_CELLS / k));
  if (checkOnly) {
    // Candidates ≤ Π (cap_i + 1); steps ≤ Σ_i Π_{j ≤ i} (cap_j + 1) ≤ 2·Π; coverage ≤ Σ s_i·cap_i.
    let product = 1;
    let reach = 0;
    for (const i of others) {
      product *= cap[i]! + 1;
      reach += Number(sizes[i]!) * cap[i]!;
    }
    if (product <= Math.min(maxCandidates, MAX_SEARCH_STEPS / 2) && reach <= MAX_COVERAGE) return 'fits';
  }

  // (4): candidates by dynamic programming over the others, a sparse map coverage → best y. The budget (2) is
  // checked in floating point with a margin: that keeps a few y just over it, harmless (every candidate is a
  // real mix; the query only has to see the needed ones), and never drops one within it (each W is a sum of
  // at most k terms, so its relative error is below k·2^-52, far inside the margin).
  const budget = 1 + 1e-9;
  const wMaxN = Number(wMax);
  let size = 1; // the empty mix
  let capacity = 1024;
  let covA = new Float64Array(capacity);
  let WA = new Float64Array(capacity);
  let NA = new Float64Array(capacity);
  let vecA = new Int32Array(capacity * k);
  const PA: bigint[] = [];
  const grow = (): void => {
    capacity *= 2;
    const more = <T extends Float64Array | Int32Array>(old: T, n: number): T => {
      const next = new (old.constructor as new (n: number) => T)(n);
      next.set(old);
      return next;
    };
    covA = more(covA, capacity);
    WA = more(WA, capacity);
    NA = more(NA, capacity);
    vecA = more(vecA, capacity * k);
  };
  const at = new Map<number, number>([[0, 0]]);
  PA.push(0n);
  // Money compared in floating point first (PF holds each P rounded; a sum of three roundings is within
  // 4·2^-53 of the exact value), exactly in BigInt only when the two are too close to tell apart.
  const PF = [0];
  /** Whether (P, N, vec of s plus t of pack i) beats candidate e: (P, count, larger packs). */
  const beats = (pf: number, s: number, i: number, t: number, e: number, pi: bigint): boolean => {
    const d = pf - PF[e]!;
    if (Math.abs(d) > 1e-12 * Math.max(Math.abs(pf), 1)) return d < 0;
    const P = PA[s]! + BigInt(t) * pi;
    if (P !== PA[e]) return P < PA[e]!;
    const N = NA[s]! + t;
    if (N !== NA[e]) return N < NA[e]!;
    for (let x = 0; x < k; x++) {
      const v = vecA[s * k + x]! + (x === i ? t : 0);
      const z = vecA[e * k + x]!;
      if (v !== z) return v > z;
    }
    return false;
  };
  let steps = 0;
  // Any order of the packs gives the same candidates ((4) holds for each); the longest loops go first, while
  // there are few candidates to extend.
  others.sort((x, z) => cap[z]! - cap[x]! || x - z);
  for (const i of others) {
    const si = Number(sizes[i]!);
    const pi = priceS[i]!;
    const pif = Number(pi);
    const wi = Number(weight[i]!) / wMaxN;
    const before = size;
    for (let s = 0; s < before; s++) {
      for (let t = 1; t <= cap[i]!; t++) {
        const W = WA[s]! + t * wi;
        if (W > budget) break;
        const cv = covA[s]! + t * si;
        if (cv > MAX_COVERAGE || ++steps > MAX_SEARCH_STEPS) return { tooComplex: true, candidates: size };
        const pf = PF[s]! + t * pif;
        const key = cv <= 0x3fffffff ? cv | 0 : cv; // small integers as Smis: no boxing in the map
        const e = at.get(key);
        if (e === undefined) {
          if (size >= maxCandidates) return { tooComplex: true, candidates: size + 1 };
          if (size === capacity) grow();
          at.set(key, size);
          const P = PA[s]! + BigInt(t) * pi;
          covA[size] = cv;
          PA.push(P);
          PF.push(Number(P));
          WA[size] = W;
          NA[size] = NA[s]! + t;
          for (let x = 0; x < k; x++) vecA[size * k + x] = vecA[s * k + x]!;
          vecA[size * k + i] += t;
          size++;
        } else if (beats(pf, s, i, t, e, pi)) {
          const P = PA[s]! + BigInt(t) * pi;
          PA[e] = P;
          PF[e] = Number(P);
          WA[e] = W;
          NA[e] = NA[s]! + t;
          for (let x = 0; x < k; x++) vecA[e * k + x] = vecA[s * k + x]!;
          vecA[e * k + i] += t;
        }
      }
    }
  }

  // Candidates sorted by coverage (distinct), renumbered 0 … n − 1 in that order.
  const n = size;
  const cov = covA.slice(0, n).sort();
  const a = new Float64Array(n);
  const t = new Float64Array(n);
  const N = new Float64Array(n);
  const P: bigint[] = new Array<bigint>(n);
  const vec = new Int32Array(n * k);
  const F: bigint[] = new Array<bigint>(n);
  const KR: bigint[] = new Array<bigint>(n);
  const layerPb: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const ci = cov[i]!;
    const src = at.get(ci <= 0x3fffffff ? ci | 0 : ci)!;
    a[i] = Math.floor(cov[i]! / sb);
    t[i] = cov[i]! - a[i]! * sb;
    N[i] = NA[src]!;
    P[i] = PA[src]!;
    for (let x = 0; x < k; x++) vec[i * k + x] = vecA[src * k + x]!;
    const ai = a[i]!;
    while (layerPb.length <= ai) layerPb.push(BigInt(layerPb.length) * pb);
    F[i] = P[i]! - layerPb[ai]!;
    KR[i] = F[i]! - c * BigInt(t[i]!);
  }
  /** Rule 4 with the b column counted as −a + const (both in one group) or 0 (over-covering): true when i wins. */
  const largerPacks = (i: number, j: number, withB: boolean): boolean => {
    for (let x = 0; x < k; x++) {
      const vi = x === b ? (withB ? -a[i]! : 0) : vec[i * k + x]!;
      const vj = x === b ? (withB ? -a[j]! : 0) : vec[j * k + x]!;
      if (vi !== vj) return vi > vj;
    }
    return false;
  };
  const rampBetter = (i: number, j: number): boolean => {
    if (KR[i] !== KR[j]) return KR[i]! < KR[j]!;
    if (F[i] !== F[j]) return F[i]! < F[j]!;
    if (N[i]! - a[i]! !== N[j]! - a[j]!) return N[i]! - a[i]! < N[j]! - a[j]!;
    return largerPacks(i, j, true);
  };
  const flatBetter = (i: number, j: number): boolean => {
    if (F[i] !== F[j]) return F[i]! < F[j]!;
    if (t[i] !== t[j]) return t[i]! > t[j]!;
    if (N[i]! - a[i]! !== N[j]! - a[j]!) return N[i]! - a[i]! < N[j]! - a[j]!;
    return largerPacks(i, j, true);
  };
  const overBetter = (i: number, j: number): boolean => {
    if (P[i] !== P[j]) return P[i]! < P[j]!;
    if (cov[i] !== cov[j]) return cov[i]! > cov[j]!;
    if (N[i] !== N[j]) return N[i]! < N[j]!;
    return largerPacks(i, j, false);
  };
  const ordered = (ids: Int32Array): Ordered => ({
    ids,
    t: Float64Array.from(ids, (i) => t[i]!),
    ramp: new RangeBest(ids, rampBetter),
    flat: new RangeBest(ids, flatBetter),
  });
  const idsByCov = Int32Array.from({ length: n }, (_, i) => i);
  const layers = n === 0 ? 0 : a[n - 1]! + 1;
  const byCov = ordered(idsByCov);
  // With one layer the coverage order is the t order.
  const byT = layers <= 1 ? byCov : ordered(Int32Array.from(idsByCov).sort((x, z) => t[x]! - t[z]! || x - z));
  const layerStart = new Int32Array(layers + 1);
  for (let i = 0, layer = 0; layer <= layers; layer++) {
    while (i < n && a[i]! < layer) i++;
    layerStart[layer] = i;
  }
  const overBest = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const next = overBest[i + 1]!;
    overBest[i] = next < 0 || overBetter(i, next) ? i : next;
  }
  return {
    k,
    sizes,
    priceS,
    unitPriceS: c,
    b,
    sb,
    sbB,
    pb,
    D: Number((pb - 1n) / c),
    n,
    cov,
    a,
    t,
    P,
    N,
    vec,
    layerStart,
    byCov,
    byT,
    overBest,
  };
}

/** First position in t[lo … hi) with t ≥ x (hi when none). */
function lowerBound(t: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A whole mix for U: counts (largest pack first) and the keys of the R5 order. */
interface Mix {
  readonly counts: bigint[];
  readonly total: bigint;
  readonly room: bigint; // max(covered, U)
  readonly paid: bigint;
  readonly packs: bigint;
}

function mixOf(pl: Planner, id: number, xb: bigint, u: bigint): Mix {
  const counts: bigint[] = [];
  let packs = 0n;
  for (let x = 0; x < pl.k; x++) {
    const v = x === pl.b ? xb : BigInt(pl.vec[id * pl.k + x]!);
    counts.push(v);
    packs += v;
  }
  const covered = BigInt(pl.cov[id]!) + xb * pl.sbB;
  const paid = pl.P[id]! + xb * pl.pb;
  const total = paid + (u > covered ? (u - covered) * pl.unitPriceS : 0n);
  return { counts, total, room: covered > u ? covered : u, paid, packs };
}

/** The R5 order on two mixes for the same U: true when m beats z. */
function beatsMix(m: Mix, z: Mix): boolean {
  if (m.total !== z.total) return m.total < z.total;
  if (m.room !== z.room) return m.room > z.room;
  if (m.paid !== z.paid) return m.paid < z.paid;
  if (m.packs !== z.packs) return m.packs < z.packs;
  for (let x = 0; x < m.counts.length; x++) if (m.counts[x] !== z.counts[x]) return m.counts[x]! > z.counts[x]!;
  return false;
}

/** The best regular-pack mix for u units (no trial): counts per pack, largest first. See (5) above. */
export function solve(pl: Planner, u: bigint): bigint[] {
  return bestMixOf(pl, u)?.counts ?? pl.sizes.map(() => 0n);
}

/** The best regular-pack mix for u units with its keys (total, room, paid in minor units); null for the empty mix. */
function bestMixOf(pl: Planner, u: bigint): Mix | null {
  if (pl.b < 0) return null;
  const q = u / pl.sbB;
  const r = Number(u % pl.sbB);
  const { sb, D } = pl;
  let best: Mix | null = null;
  const offer = (id: number, xb: bigint): void => {
    if (id < 0) return;
    const m = mixOf(pl, id, xb, u);
    if (best === null || beatsMix(m, best)) best = m;
  };
  /** The ramp or flat best among positions of `o` in [lo, hi) whose t lies in [tLo, tHi]; w = [t > r]. */
  const group = (o: Ordered, lo: number, hi: number, tLo: number, tHi: number, flat: boolean, w: bigint): void => {
    if (tLo > tHi) return;
    const from = lowerBound(o.t, lo, hi, tLo);
    const to = lowerBound(o.t, from, hi, tHi + 1) - 1;
    if (from > to) return;
    const id = (flat ? o.flat : o.ramp).query(from, to);
    offer(id, q - BigInt(pl.a[id]!) - w + (flat ? 1n : 0n));
  };
  const fourGroups = (o: Ordered, lo: number, hi: number, wrap: boolean): void => {
    group(o, lo, hi, Math.max(0, r - D), r, false, 0n);
    group(o, lo, hi, 0, r - D - 1, true, 0n);
    if (!wrap) return;
    group(o, lo, hi, Math.max(r + 1, r + sb - D), sb - 1, false, 1n);
    group(o, lo, hi, r + 1, Math.min(sb - 1, r + sb - D - 1), true, 1n);
  };
  const layers = pl.layerStart.length - 1;
  if (q >= BigInt(layers)) {
    fourGroups(pl.byT, 0, pl.n, true);
  } else {
    const ql = Number(q);
    for (let layer = 0; layer < ql; layer++) fourGroups(pl.byCov, pl.layerStart[layer]!, pl.layerStart[layer + 1]!, true);
    fourGroups(pl.byCov, pl.layerStart[ql]!, pl.layerStart[ql + 1]!, false);
    // Candidates covering more than U on their own: a suffix of the coverage order.
    const uN = Number(u); // u < layers · s_b ≤ 2^53 here, so exact
    let lo = pl.layerStart[ql]!;
    let hi = pl.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pl.cov[mid]! <= uN) lo = mid + 1;
      else hi = mid;
    }
    offer(pl.overBest[lo]!, 0n);
  }
  return best;
}

/**
 * The equal-cost alternative for u units of regular packs (no trial), see (6) above: the volume L < u whose best
 * mix, solve(L), has the same total as the best mix for u, pays c·(u − L) less up front and has no headroom; or
 * null when there is none (the best mix covers u or less, or no mix of its total pays less up front).
 */
export function equalCostUnits(pl: Planner, u: bigint): bigint | null {
  const best = bestMixOf(pl, u);
  if (best === null || best.room <= u) return null;
  const c = pl.unitPriceS;
  const g = (v: bigint): bigint => (bestMixOf(pl, v)?.total ?? c * v) - c * v;
  const target = best.total - c * u;
  // The least v in (u − s_b, u] with g(v) = g(u); g never rises, so the predicate holds on a suffix.
  let lo = u >= pl.sbB ? u - pl.sbB + 1n : 0n;
  let hi = u;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (g(mid) === target) hi = mid;
    else lo = mid + 1n;
  }
  return lo < u ? lo : null;
}
