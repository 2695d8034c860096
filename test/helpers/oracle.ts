/**
 * Naive oracles for the best pack mix (docs/pricing-rules.md §R5), for the property tests of `bestPackMix` and
 * `equalCostAlternative`.
 *
 * They share nothing with src/engine/pack-mix.ts or src/engine/planning.ts but the rule itself: money is held
 * as BigInt minor units (every price of the family scaled by one common power of ten), a mix is a plain count
 * per pack, and the best mix is found by trying candidates and keeping the best by the R5 order (revised):
 *   1. lower total = Σ price × count + unit price × max(0, U − covered);
 *   2. then MORE units for the money: max(covered, U) (headroom at no extra cost wins);
 *   3. then LESS paid up front: Σ price × count (so a pack that only replaces pay-as-you-go loses);
 *   4. then FEWER packs (the trial counts as one);
 *   5. then more of the larger packs: compare counts from the largest size down (a paid pack the trial's
 *      size before the trial); the first difference decides, the larger count wins.
 * The equal-cost alternative (bruteForceAlternative, exchangeAlternative) is the best mix by the same order with
 * rule 2 left out, reported when it pays strictly less up front than the best mix.
 * Any catalogue loadRules accepts works here, the bundled one or a host page's own. Only the types come from
 * the engine.
 */
import type { Family, PackMix, PackMixItem } from '../../src/engine/index.js';

/** Decimal places of a plain decimal string ("0.182" → 3, "50000" → 0). */
export function decimalPlacesOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A plain, non-negative decimal string as an integer of minor units: toMinor("0.18", 3) = 180n. */
export function toMinor(s: string, scale: number): bigint {
  if (!/^\d+(\.\d+)?$/.test(s)) throw new Error(`not a plain decimal: ${s}`);
  const [whole, frac = ''] = s.split('.') as [string, string?];
  if (frac.length > scale) throw new Error(`${s} has more than ${scale} decimals`);
  return BigInt(whole + frac.padEnd(scale, '0'));
}

/** Minor units back to a plain decimal string, trailing zeros trimmed: fromMinor(180n, 3) = "0.18". */
export function fromMinor(n: bigint, scale: number): string {
  if (n < 0n) throw new Error(`negative amount ${n}`);
  if (scale === 0) return n.toString();
  const digits = n.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale);
  const frac = digits.slice(-scale).replace(/0+$/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
}

/** A count as the engine's public API gives it: a number while it is a safe integer, else a digit string. */
export function countOut(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

interface OraclePack {
  readonly size: bigint;
  /** Price in minor units. */
  readonly price: bigint;
  /** Price as the catalogue writes it (what a PackMix item carries). */
  readonly priceText: string;
  readonly trial: boolean;
}

/** A family with every price scaled to integers by 10^scale; packs largest first (the tie-break order). */
interface Catalogue {
  readonly scale: number;
  readonly unitPrice: bigint;
  readonly packs: readonly OraclePack[];
}

function catalogueOf(family: Family): Catalogue {
  const scale = Math.max(decimalPlacesOf(family.unitPrice), ...family.packs.map((p) => decimalPlacesOf(p.price)));
  const packs = family.packs
    .map((p) => ({ size: BigInt(p.units), price: toMinor(p.price, scale), priceText: p.price, trial: p.trial === true }))
    // Largest first; of a paid pack and the trial of one size, the paid one first (so last in PackMix items).
    .sort((a, z) => (a.size !== z.size ? (a.size > z.size ? -1 : 1) : Number(a.trial) - Number(z.trial)));
  return { scale, unitPrice: toMinor(family.unitPrice, scale), packs };
}

/** One candidate mix for U units: counts[i] of catalogue.packs[i]. */
interface Candidate {
  readonly counts: readonly bigint[];
  readonly total: bigint;
  readonly covered: bigint;
  readonly packCost: bigint;
  readonly packCount: bigint;
}

function evaluate(c: Catalogue, units: bigint, counts: readonly bigint[]): Candidate {
  let packCost = 0n;
  let covered = 0n;
  let packCount = 0n;
  c.packs.forEach((p, i) => {
    packCost += p.price * counts[i]!;
    covered += p.size * counts[i]!;
    packCount += counts[i]!;
  });
  const overage = units > covered ? units - covered : 0n;
  return { counts: [...counts], total: packCost + c.unitPrice * overage, covered, packCost, packCount };
}

/** True when a comes strictly before b in the R5 order for U units (see the file comment). */
function isBetter(a: Candidate, b: Candidate, units: bigint): boolean {
  if (a.total !== b.total) return a.total < b.total;
  const roomA = a.covered > units ? a.covered : units;
  const roomB = b.covered > units ? b.covered : units;
  if (roomA !== roomB) return roomA > roomB;
  if (a.packCost !== b.packCost) return a.packCost < b.packCost;
  if (a.packCount !== b.packCount) return a.packCount < b.packCount;
  for (let i = 0; i < a.counts.length; i++) {
    if (a.counts[i] !== b.counts[i]) return a.counts[i]! > b.counts[i]!;
  }
  return false;
}

/**
 * True when a comes strictly before b in the order of the equal-cost alternative (R5): the R5 order with the
 * headroom rule left out, i.e. lower total, then LESS paid up front, then fewer packs, then larger packs.
 */
function isCheaperUpFront(a: Candidate, b: Candidate): boolean {
  if (a.total !== b.total) return a.total < b.total;
  if (a.packCost !== b.packCost) return a.packCost < b.packCost;
  if (a.packCount !== b.packCount) return a.packCount < b.packCount;
  for (let i = 0; i < a.counts.length; i++) {
    if (a.counts[i] !== b.counts[i]) return a.counts[i]! > b.counts[i]!;
  }
  return false;
}

/** A strict order on candidate mixes for U units. */
type Order = (a: Candidate, b: Candidate, units: bigint) => boolean;

/** The best candidate under each order, by trying every count vector `enumerate` yields. */
function bestUnder(c: Catalogue, u: bigint, orders: readonly Order[], enumerate: (consider: (counts: bigint[]) => void) => void): Candidate[] {
  const best: (Candidate | null)[] = orders.map(() => null);
  enumerate((counts) => {
    const candidate = evaluate(c, u, counts);
    orders.forEach((better, k) => {
      if (best[k] === null || better(candidate, best[k]!, u)) best[k] = candidate;
    });
  });
  return best.map((b) => b!);
}

/** The equal-cost alternative as the engine reports it (PackMixAlternative), from the two winners. */
export interface OracleAlternative {
  readonly mix: PackMix;
  readonly upFrontLess: string;
  readonly headroomGivenUp: number | string;
}

function alternativeOf(c: Catalogue, u: bigint, best: Candidate, alt: Candidate): OracleAlternative | null {
  if (alt.total !== best.total) throw new Error('oracle: the two orders disagree on the least total');
  if (alt.packCost >= best.packCost) return null;
  return {
    mix: packMixOf(c, u, alt),
    upFrontLess: fromMinor(best.packCost - alt.packCost, c.scale),
    headroomGivenUp: countOut(best.covered - u),
  };
}

/** Every field of PackMix, computed from the chosen counts alone. */
function packMixOf(c: Catalogue, units: bigint, best: Candidate): PackMix {
  const items: PackMixItem[] = [];
  let packCost = 0n;
  c.packs.forEach((p, i) => {
    const count = best.counts[i]!;
    if (count === 0n) return;
    packCost += p.price * count;
    const item = { size: Number(p.size), price: p.priceText, count: countOut(count) };
    items.push(p.trial ? { ...item, trial: true } : item);
  });
  items.reverse(); // catalogue.packs is largest first; PackMix items are ascending by size
  const overage = units > best.covered ? units - best.covered : 0n;
  const overageCost = c.unitPrice * overage;
  const postpaid = c.unitPrice * units;
  return {
    items,
    packCost: fromMinor(packCost, c.scale),
    coveredUnits: countOut(best.covered),
    overageUnits: countOut(overage),
    overageCost: fromMinor(overageCost, c.scale),
    total: fromMinor(packCost + overageCost, c.scale),
    postpaidTotal: fromMinor(postpaid, c.scale),
    savings: fromMinor(postpaid - (packCost + overageCost), c.scale),
  };
}

/**
 * The best mix by brute force: tries every count vector (and the trial 0 or 1 times when `firstPurchase`)
 * and keeps the best by the R5 order. Feasible for small U only.
 *
 * Bound: packs are tried largest first; with `covered` units already fixed by the packs before pack i (the
 * trial included), x_i runs over 0 … ⌈max(0, U − covered) / size_i⌉. This is the bound
 * 0 ≤ x_i ≤ ⌈U / size_i⌉ with what is already covered taken off. Nothing beyond it can be the best: if
 * x_i > ⌈(U − covered) / size_i⌉, the packs before i and x_i − 1 packs of i already cover U, so dropping one
 * pack i leaves no overage and saves its price, > 0 for every regular pack (0 < ratio): a strictly cheaper
 * mix. (The packs tried after i only add coverage, so that stays true whatever they are.)
 */
export function bruteForceMix(family: Family, units: number | bigint, firstPurchase: boolean): PackMix {
  const c = catalogueOf(family);
  const u = BigInt(units);
  return packMixOf(c, u, bruteForce(c, u, firstPurchase, [isBetter])[0]!);
}

/**
 * The equal-cost alternative by brute force (docs/pricing-rules.md §R5): the best mix under the R5 order without the
 * headroom rule (least total, then least paid up front, fewer packs, larger packs), reported only when it pays
 * strictly less up front than {@link bruteForceMix}'s mix; else null. The same enumeration and bound: the bound
 * only uses that dropping a pack that is not needed lowers the total, the first key of both orders.
 */
export function bruteForceAlternative(family: Family, units: number | bigint, firstPurchase: boolean): OracleAlternative | null {
  const c = catalogueOf(family);
  const u = BigInt(units);
  const [best, alt] = bruteForce(c, u, firstPurchase, [isBetter, isCheaperUpFront]);
  return alternativeOf(c, u, best!, alt!);
}

function bruteForce(c: Catalogue, u: bigint, firstPurchase: boolean, orders: readonly Order[]): Candidate[] {
  return bestUnder(c, u, orders, (consider) => {
    const counts = c.packs.map(() => 0n);
    const visit = (i: number, covered: bigint): void => {
      if (i === c.packs.length) return consider(counts);
      const pack = c.packs[i]!;
      const max = pack.trial ? (firstPurchase ? 1n : 0n) : ceilDiv(u > covered ? u - covered : 0n, pack.size);
      for (let x = 0n; x <= max; x++) {
        counts[i] = x;
        visit(i + 1, covered + x * pack.size);
      }
      counts[i] = 0n;
    };
    visit(0, 0n);
  });
}

/**
 * The best mix for any U (up to 10^18), exact, by a second and independent argument that never enumerates
 * coverage; fast when the pack sizes share large factors.
 *
 * Let b be the regular pack with the lowest price per unit, the largest one among equal rates.
 * 1. Every other regular pack i has x_i < size_b / gcd(size_i, size_b) in the best mix. Otherwise take
 *    L = lcm(size_i, size_b): L / size_i packs of i cover exactly as much as L / size_b packs of b, and cost
 *    L × (rate of i) ≥ L × (rate of b). Swapping them keeps the coverage and either lowers the total (rate
 *    of i > rate of b), or keeps the total, the coverage and the amount paid up front with fewer packs
 *    (equal rates, so size_i < size_b because b is the largest such): either way strictly better.
 * 2. With the other packs (and the trial) fixed, covering C units, let R = max(0, U − C). Then x_b is 0,
 *    ⌊R / size_b⌋ or ⌈R / size_b⌉. Above ⌈R / size_b⌉ the packs already cover U, so one pack b less only
 *    saves its price (> 0). Below ⌊R / size_b⌋, one more pack b changes the total by
 *    price_b − size_b × unit price ≤ 0 (ratio ≤ 1): when < 0, more b is better, so x_b ≥ ⌊R / size_b⌋;
 *    when = 0 (ratio 1), the total and the headroom (still no more than U) stay and more is paid up front,
 *    so fewer b is better, down to 0.
 * So trying the trial 0/1 times, every other pack 0 … size_b / gcd − 1 times and those three values of x_b
 * finds the best mix. The tests check it against {@link bruteForceMix}.
 */
export function exchangeMix(family: Family, units: number | bigint, firstPurchase: boolean): PackMix {
  const c = catalogueOf(family);
  const u = BigInt(units);
  return packMixOf(c, u, exchange(c, u, firstPurchase, [isBetter])[0]!);
}

/**
 * The equal-cost alternative for any U, by the exchange argument of {@link exchangeMix}, which holds for the
 * alternative's order too: step 1's swap keeps the coverage and lowers the total, or keeps the total and the
 * amount paid up front with fewer packs; step 2's cases only use the total, then "less paid up front". Same
 * result as {@link bruteForceAlternative}, which the tests check.
 */
export function exchangeAlternative(family: Family, units: number | bigint, firstPurchase: boolean): OracleAlternative | null {
  const c = catalogueOf(family);
  const u = BigInt(units);
  const [best, alt] = exchange(c, u, firstPurchase, [isBetter, isCheaperUpFront]);
  return alternativeOf(c, u, best!, alt!);
}

function exchange(c: Catalogue, u: bigint, firstPurchase: boolean, orders: readonly Order[]): Candidate[] {
  // c.packs is largest first, so keeping the first of equal rates keeps the largest.
  let b = -1;
  c.packs.forEach((p, i) => {
    if (p.trial) return;
    const best = c.packs[b];
    if (best === undefined || p.price * best.size < best.price * p.size) b = i;
  });
  return bestUnder(c, u, orders, (consider) => {
    const counts = c.packs.map(() => 0n);
    const visit = (i: number, covered: bigint): void => {
      if (i === c.packs.length) {
        if (b < 0) return consider(counts);
        const sizeB = c.packs[b]!.size;
        const rest = u > covered ? u - covered : 0n;
        for (const x of new Set([0n, rest / sizeB, ceilDiv(rest, sizeB)])) {
          counts[b] = x;
          consider(counts);
        }
        counts[b] = 0n;
        return;
      }
      const pack = c.packs[i]!;
      if (i === b) return visit(i + 1, covered);
      const max = pack.trial ? (firstPurchase ? 1n : 0n) : c.packs[b]!.size / gcd(pack.size, c.packs[b]!.size) - 1n;
      for (let x = 0n; x <= max; x++) {
        counts[i] = x;
        visit(i + 1, covered + x * pack.size);
      }
      counts[i] = 0n;
    };
    visit(0, 0n);
  });
}

/**
 * How many count vectors {@link bruteForceMix} tries for U units (the same enumeration, counted without
 * pricing anything), or some number above `cap` as soon as it exceeds it: lets a test keep U small enough
 * for the brute force to stay fast.
 */
export function bruteForceSize(family: Family, units: number, firstPurchase: boolean, cap = Infinity): number {
  const packs = [...family.packs].sort((a, z) => z.units - a.units);
  let n = 0;
  const visit = (i: number, covered: number): void => {
    if (n > cap) return;
    if (i === packs.length) {
      n++;
      return;
    }
    const pack = packs[i]!;
    const max = pack.trial ? (firstPurchase ? 1 : 0) : Math.ceil(Math.max(0, units - covered) / pack.units);
    for (let x = 0; x <= max; x++) visit(i + 1, covered + x * pack.units);
  };
  visit(0, 0);
  return n;
}

/**
 * How many count vectors {@link exchangeMix} tries (the product of its bounds), or some number above `cap`:
 * lets a test pick catalogues the exchange oracle can take at any U.
 */
export function exchangeSize(family: Family, cap = Infinity): number {
  const c = catalogueOf(family);
  let b: OraclePack | undefined;
  for (const p of c.packs) if (!p.trial && (b === undefined || p.price * b.size < b.price * p.size)) b = p;
  let n = 3;
  for (const p of c.packs) {
    if (p === b || p.trial) continue;
    n *= Number(b!.size / gcd(p.size, b!.size));
    if (n > cap) return n;
  }
  return n;
}

/**
 * A third oracle, by dynamic programming over exact coverage, for catalogues whose sizes share a common factor
 * g with (largest size) / g of a few ten thousand (round ladders, where the exchange oracle's bound is huge).
 * Builds once, for volumes up to `maxUnits`; `mixAt(units, firstPurchase)` then prices any such volume exactly.
 *
 * For each coverage j·g up to maxUnits + (largest size), it keeps the best count vector of regular packs that
 * covers exactly j·g, by (cost, count, more of the larger packs). Within one coverage the R5 order is that
 * order (same coverage: the same headroom, overage and pay-as-you-go; equal totals mean equal pack cost), and
 * it has optimal substructure: dropping one pack i from the best vector for j leaves the best for j − size_i
 * (a better one plus pack i would beat it, as adding one pack to both keeps every comparison). So
 * best[j] = the best over i of best[j − size_i / g] + one pack i. A best mix never covers U + (largest size)
 * or more (one pack could be dropped at no loss of coverage below U, saving its price), so every candidate is in
 * the table; the trial is tried in and out, and the R5 order picks among all of them.
 */
export function coverageTable(family: Family, maxUnits: number): { mixAt: (units: number, firstPurchase: boolean) => PackMix } {
  const c = catalogueOf(family);
  const regular = c.packs.map((p, i) => ({ p, i })).filter(({ p }) => !p.trial);
  const trialAt = c.packs.findIndex((p) => p.trial);
  const g = regular.reduce((a, { p }) => gcd(a, p.size), 0n) || 1n;
  const largest = regular.reduce((a, { p }) => (p.size > a ? p.size : a), 0n);
  const len = Number((BigInt(maxUnits) + largest) / g) + 1;
  if (len > 200_000) throw new Error(`coverageTable: ${len} entries is too many for a test`);
  const cost: (bigint | null)[] = new Array<bigint | null>(len).fill(null);
  const vecs: (bigint[] | null)[] = new Array<bigint[] | null>(len).fill(null);
  cost[0] = 0n;
  vecs[0] = c.packs.map(() => 0n);
  const better = (ca: bigint, va: bigint[], cz: bigint, vz: bigint[]): boolean => {
    if (ca !== cz) return ca < cz;
    const na = va.reduce((s, x) => s + x, 0n);
    const nz = vz.reduce((s, x) => s + x, 0n);
    if (na !== nz) return na < nz;
    for (let x = 0; x < va.length; x++) if (va[x] !== vz[x]) return va[x]! > vz[x]!;
    return false;
  };
  for (let j = 1; j < len; j++) {
    for (const { p, i } of regular) {
      const prev = j - Number(p.size / g);
      if (prev < 0 || cost[prev] === null) continue;
      const cc = cost[prev]! + p.price;
      const vv = [...vecs[prev]!];
      vv[i] = vecs[prev]![i]! + 1n;
      if (cost[j] === null || better(cc, vv, cost[j]!, vecs[j]!)) {
        cost[j] = cc;
        vecs[j] = vv;
      }
    }
  }
  const mixAt = (units: number, firstPurchase: boolean): PackMix => {
    if (units > maxUnits) throw new Error(`coverageTable: ${units} is beyond ${maxUnits}`);
    const u = BigInt(units);
    let best = null as Candidate | null;
    const end = Math.min(len, Number((u + largest) / g) + 1);
    for (const withTrial of firstPurchase && trialAt >= 0 ? [false, true] : [false]) {
      const rest = withTrial ? u - c.packs[trialAt]!.size : u;
      for (let j = 0; j < end; j++) {
        if (vecs[j] === null) continue;
        // A quick total first; only mixes that could win are compared in full.
        const covered = BigInt(j) * g;
        const total = cost[j]! + (rest > covered ? (rest - covered) * c.unitPrice : 0n);
        if (best !== null && total > best.total) continue;
        const counts = [...vecs[j]!];
        if (withTrial) counts[trialAt] = 1n;
        const candidate = evaluate(c, u, counts);
        if (best === null || isBetter(candidate, best, u)) best = candidate;
      }
    }
    return packMixOf(c, u, best!);
  };
  return { mixAt };
}
