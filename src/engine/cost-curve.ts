import { Decimal, countOut, divOut, parseUnits, toPlain } from './decimal.js';
import { InputError } from './errors.js';
import { flagIn } from './guards.js';
import { familyOf, packMixOf } from './pack-mix.js';
import { DEFAULT_RULES } from './rules.js';
import type { Family, FamilyId, PackMixItem, Rules, UnitsInput } from './types.js';

/**
 * Cost against volume for one pack family (docs/pricing-rules.md §R3–R5), for charts and tables: pay-as-you-go and the best
 * pack mix at volumes on a log scale, the volumes at which each pack pays for itself and the discount tiers.
 *
 * The best-mix cost f(U) is the lowest of "pack prices + unit price × units beyond the packs" over every mix,
 * so it never falls and it climbs at either 0 (inside a mix's packs) or the unit price (beyond them): a
 * staircase of flat and pay-as-you-go slopes. `outline` gives its corners exactly, so a chart draws it without
 * guessing between samples.
 */

/** One volume on the curve. Money as exact decimal strings in 元. */
export interface CostPoint {
  /** Billable units in the year (a number while a safe integer, else a digit string). */
  readonly units: number | string;
  /** units × unit price. */
  readonly postpaid: string;
  /** The best pack mix's total (R5): packs + units beyond them at the unit price. Never above `postpaid`. */
  readonly best: string;
  /** postpaid − best. */
  readonly savings: string;
  /** The packs of the best mix, ascending by size, as `bestPackMix` gives them. */
  readonly items: readonly PackMixItem[];
  /** Units beyond the packs, billed at the unit price. */
  readonly overageUnits: number | string;
  /** The mix in short, locale-free: "1×100000 + 2×1500000" (ascending; " trial" marks the free pack), or "postpaid". */
  readonly mixLabel: string;
}

/** A corner of the best-mix line: where it turns from flat to rising or back. */
export interface OutlineVertex {
  /** Volume, exact; a corner where the rising line meets a pack's price may fall between whole units. */
  readonly units: string;
  readonly best: string;
}

/** Where one pack alone costs what its units cost pay-as-you-go: from there on it is worth buying. */
export interface BreakEven {
  readonly size: number;
  readonly price: string;
  readonly ratio: string;
  /** price ÷ unit price, exact (= size × ratio). */
  readonly units: string;
}

/** A pack of the catalogue with its price relative to pay-as-you-go (R4). */
export interface DiscountTier {
  readonly size: number;
  readonly price: string;
  /** "0.9" is 9折 / 90 %; "1" no discount; "0" the free trial. */
  readonly ratio: string;
  readonly trial: boolean;
}

export interface CostCurve {
  readonly family: FamilyId;
  readonly unitPrice: string;
  readonly firstPurchase: boolean;
  /** The span of volumes, both ends included. */
  readonly fromUnits: number | string;
  readonly toUnits: number | string;
  /** Ascending, no repeats: the log-spaced grid, every pack size and break-even in the span, and `mark`. */
  readonly points: readonly CostPoint[];
  /** The `mark` volume's point (also in `points` when it lies in the span); null without a mark. */
  readonly mark: CostPoint | null;
  /** Corners of the best-mix line from `fromUnits` to `toUnits`, ascending (see {@link costCurve}). */
  readonly outline: readonly OutlineVertex[];
  /** One per regular pack, ascending by size. */
  readonly breakEvens: readonly BreakEven[];
  /** Every pack of the catalogue, ascending by size (the free trial flagged). */
  readonly tiers: readonly DiscountTier[];
  /** The lowest break-even of a discounted pack: up to it the best mix costs what pay-as-you-go does; null if none. */
  readonly savesFrom: string | null;
  /** The lowest ratio of a regular pack ("0.7"); null without regular packs. */
  readonly lowestRatio: string | null;
}

export interface CostCurveOptions {
  /** Log-spaced grid points from `fromUnits` to `toUnits`, ends included: 2 to 1000; default 3 a decade, plus one. */
  readonly points?: number;
  /** Lowest volume, at least 1 (a log scale has no 0). Default: a decade below the smallest pack's. */
  readonly fromUnits?: UnitsInput;
  /** Highest volume. Default: a decade above the largest pack's. */
  readonly toUnits?: UnitsInput;
  /** The account's first pack purchase: the free trial pack may be used (R4). */
  readonly firstPurchase?: boolean;
  /** A volume to mark (the visitor's): added to the points; an end not given widens by whole decades to take it in. */
  readonly mark?: UnitsInput | null;
}

const MAX_POINTS = 1000;
/**
 * Where the staircase's corners come closer together than 1/100 of the volume (large volumes, many packs),
 * the outline takes exact points 1 % apart instead: on a chart spanning decades the steps it skips are far
 * below a pixel, and the outline stays a few hundred corners long.
 */
const OUTLINE_STEP = 100n;

const TEN = 10n;

/** 10^n as a bigint. */
const pow10 = (n: number): bigint => TEN ** BigInt(n);

/** ⌊log10 n⌋ for n ≥ 1, exactly. */
const floorLog10 = (n: bigint): number => n.toString().length - 1;

/** ⌈log10 n⌉ for n ≥ 1, exactly. */
const ceilLog10 = (n: bigint): number => (n === pow10(floorLog10(n)) ? floorLog10(n) : floorLog10(n) + 1);

const minB = (a: bigint, z: bigint): bigint => (a < z ? a : z);
/** Outlines already walked, per catalogue (the rules objects are immutable): a chart asks again on every render. */
const outlines = new WeakMap<Family, Map<string, readonly OutlineVertex[]>>();
const OUTLINES_KEPT = 16;
const maxB = (a: bigint, z: bigint): bigint => (a > z ? a : z);

interface Evaluated {
  readonly u: bigint;
  readonly total: Decimal;
  readonly packCost: Decimal;
  readonly covered: bigint;
}

/** The default span: a decade either side of the catalogue's regular pack sizes (idv: 10^3 to 10^8). */
function defaultSpan(family: Family): [bigint, bigint] {
  const sizes = family.packs.filter((p) => !p.trial).map((p) => BigInt(p.units));
  if (sizes.length === 0) return [1n, pow10(6)];
  const lo = sizes.reduce(minB);
  const hi = sizes.reduce(maxB);
  return [pow10(Math.max(0, floorLog10(lo) - 1)), pow10(ceilLog10(hi) + 1)];
}

function resolveSpan(family: Family, options: CostCurveOptions, mark: bigint | null): [bigint, bigint] {
  const [defFrom, defTo] = defaultSpan(family);
  const given = (value: UnitsInput | undefined, field: string): bigint | null => {
    if (value === undefined) return null;
    const n = parseUnits(value, field);
    if (n < 1n) throw new InputError(field, 'out-of-range', 'must be at least 1: a log scale has no 0.');
    return n;
  };
  const fromGiven = given(options.fromUnits, 'options.fromUnits');
  const toGiven = given(options.toUnits, 'options.toUnits');
  let from = fromGiven ?? defFrom;
  let to = toGiven ?? defTo;
  if (fromGiven !== null && toGiven !== null && from >= to) {
    throw new InputError('options.toUnits', 'out-of-range', 'must be above fromUnits.');
  }
  // One end given: the other keeps at least a decade's distance.
  if (fromGiven !== null && toGiven === null && to <= from) to = from * TEN;
  if (toGiven !== null && fromGiven === null && from >= to) from = maxB(1n, to / TEN);
  if (from >= to) throw new InputError('options.toUnits', 'out-of-range', 'must be above 1: a log scale needs two volumes.');
  if (mark !== null && mark > 0n) {
    if (fromGiven === null && mark < from) from = pow10(floorLog10(mark));
    if (toGiven === null && mark > to) to = pow10(ceilLog10(mark));
  }
  return [from, to];
}

function parsePoints(value: unknown, from: bigint, to: bigint): number {
  if (value === undefined) return 3 * Math.max(1, ceilLog10(to) - floorLog10(from)) + 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > MAX_POINTS) {
    throw new InputError('options.points', 'out-of-range', `must be a whole number from 2 to ${MAX_POINTS}.`);
  }
  return value;
}

/**
 * `k` volumes evenly spaced on a log scale from `from` to `to`, rounded to 1–3 significant digits (by how dense
 * the grid is) so a table reads 2,000 and 5,000 rather than 2,154 and 4,642. The rounding is of unit counts;
 * floating point only places the grid, and every figure priced at it is exact.
 */
function logGrid(from: bigint, to: bigint, k: number): bigint[] {
  const lf = Math.log10(Number(from));
  const lt = Math.log10(Number(to));
  const perDecade = (k - 1) / Math.max(lt - lf, 1e-9);
  const digits = perDecade <= 3.5 ? 1 : perDecade <= 30 ? 2 : 3;
  const out = new Set<bigint>([from, to]);
  for (let i = 1; i < k - 1; i++) {
    const exponent = lf + ((lt - lf) * i) / (k - 1);
    const e = Math.floor(exponent);
    const shift = e - digits + 1;
    const mantissa = Math.round(10 ** (exponent - shift));
    const v = shift >= 0 ? BigInt(mantissa) * pow10(shift) : BigInt(Math.round(10 ** exponent));
    if (v > from && v < to) out.add(v);
  }
  return [...out];
}

function evaluate(family: Family, u: bigint, first: boolean): Evaluated {
  const mix = packMixOf(family, u, first);
  return { u, total: new Decimal(mix.total), packCost: new Decimal(mix.packCost), covered: BigInt(mix.coveredUnits) };
}

function pointAt(family: Family, u: bigint, first: boolean): CostPoint {
  const mix = packMixOf(family, u, first);
  return {
    units: countOut(u),
    postpaid: mix.postpaidTotal,
    best: mix.total,
    savings: mix.savings,
    items: mix.items,
    overageUnits: mix.overageUnits,
    mixLabel: mix.items.map((i) => `${i.count}×${i.size}${i.trial ? ' trial' : ''}`).join(' + ') || 'postpaid',
  };
}

/**
 * The corners of f from `from` to `to`. Walking up: inside the current mix's packs f is flat to their coverage;
 * beyond it f rises at the unit price along a line L until some mix gets cheaper than L. L − f never falls (f
 * climbs no faster than L), so the first whole volume where f < L is found by bisection, and the corner itself
 * is where L meets that mix's price. Buying one more of the cheapest-per-unit pack b always gets under L within
 * price_b ÷ unit price + 1 units (when b is discounted at all), which bounds the search.
 */
function outlineOf(family: Family, from: bigint, to: bigint, first: boolean): OutlineVertex[] {
  const c = new Decimal(family.unitPrice);
  const regular = family.packs.filter((p) => !p.trial);
  // The lowest price per unit; its price ÷ unit price bounds the distance to the next corner. When even that
  // pack is at list price, no mix ever gets under a rising line (every pack costs its units pay-as-you-go):
  // beyond the packs the line runs straight to the end.
  let reach = to - from;
  if (regular.length > 0) {
    const b = regular.reduce((x, z) => (new Decimal(z.price).times(x.units).lt(new Decimal(x.price).times(z.units)) ? z : x));
    if (new Decimal(b.price).lt(c.times(b.units))) reach = BigInt(new Decimal(b.price).div(c).ceil().toFixed(0)) + 1n;
  }
  const cache = new Map<bigint, Evaluated>();
  const f = (u: bigint): Evaluated => {
    let e = cache.get(u);
    if (!e) {
      e = evaluate(family, u, first);
      cache.set(u, e);
    }
    return e;
  };
  const out: OutlineVertex[] = [];
  const push = (units: Decimal | bigint, best: Decimal): void => {
    out.push({ units: typeof units === 'bigint' ? units.toString() : toPlain(units), best: toPlain(best) });
  };
  let cur = f(from);
  push(from, cur.total);
  while (cur.u < to) {
    const u = cur.u;
    if (u < cur.covered) {
      // Inside the packs: flat at their price up to their coverage.
      const end = minB(cur.covered, to);
      push(end, cur.packCost);
      cur = f(end);
      continue;
    }
    const below = (e: Evaluated): boolean => e.total.lt(cur.total.plus(c.times((e.u - u).toString())));
    const probe = f(minB(to, u + maxB(1n, u / OUTLINE_STEP)));
    if (below(probe) || probe.u === to) {
      // A corner within 1 % (or the end): an exact point there is as good as the corner on any chart.
      push(probe.u, probe.total);
      cur = probe;
      continue;
    }
    const far = f(minB(to, u + reach));
    if (!below(far)) {
      push(far.u, far.total);
      cur = far;
      continue;
    }
    let lo = probe.u;
    let hi = far.u;
    while (hi - lo > 1n) {
      const mid = (lo + hi) / 2n;
      if (below(f(mid))) hi = mid;
      else lo = mid;
    }
    const next = f(hi);
    if (hi <= next.covered) {
      // L meets the new mix's flat price between lo and hi; from there f is flat at that price up to the mix's
      // coverage. When that coverage is hi itself, the next step starts rising at once, so hi must be a vertex
      // (otherwise the flat part would be drawn as a slope to the next corner).
      const corner = new Decimal(u.toString()).plus(new Decimal(divOut(next.packCost.minus(cur.total), c)));
      push(corner, next.packCost);
      if (hi === next.covered && corner.lt(hi.toString())) push(hi, next.total);
    } else {
      push(hi, next.total);
    }
    cur = next;
  }
  // A corner between the last two whole volumes can leave the walk at `to` with the flat after it undrawn.
  if (out[out.length - 1]!.units !== to.toString()) push(to, cur.total);
  return out;
}

function cachedOutline(family: Family, from: bigint, to: bigint, first: boolean): readonly OutlineVertex[] {
  let byKey = outlines.get(family);
  if (!byKey) {
    byKey = new Map();
    outlines.set(family, byKey);
  }
  const key = `${from}|${to}|${first}`;
  let found = byKey.get(key);
  if (!found) {
    found = Object.freeze(outlineOf(family, from, to, first));
    if (byKey.size >= OUTLINES_KEPT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, found);
  }
  return found;
}

/**
 * Annual cost against volume for a pack family, on a log scale spanning its catalogue: pay-as-you-go and the
 * best pack mix at grid volumes, the best-mix line's corners, break-even volumes and discount tiers.
 *
 * @param family - `idv`, `liveness` or `face-compare`.
 * @param options - `points` (grid size), `fromUnits`/`toUnits` (span, whole units ≥ 1), `firstPurchase`, `mark`
 *   (the visitor's annual billable units).
 * @param rules - The bundled rules by default.
 * @returns Points ascending by volume with money as exact decimal strings; `best ≤ postpaid` at every one.
 * @throws {InputError} `family`/`unknown-family`; `options.fromUnits`, `options.toUnits`, `options.mark` with the
 *   unit codes (`negative`, `not-integer`, …, `out-of-range` for 0 or an empty span); `options.points`/`out-of-range`;
 *   `options.firstPurchase`/`type`.
 * @example
 * const curve = costCurve('idv');
 * curve.fromUnits                                   // 1000
 * curve.breakEvens.find((b) => b.size === 100000)   // { size: 100000, price: '90000', ratio: '0.9', units: '90000' }
 */
export function costCurve(family: FamilyId, options: CostCurveOptions = {}, rules: Rules = DEFAULT_RULES): CostCurve {
  const fam = familyOf(rules, family);
  const first = flagIn(options.firstPurchase, 'options.firstPurchase');
  const mark = options.mark === undefined || options.mark === null ? null : parseUnits(options.mark, 'options.mark');
  const [from, to] = resolveSpan(fam, options, mark);
  const k = parsePoints(options.points, from, to);
  const c = new Decimal(fam.unitPrice);

  const regular = fam.packs.filter((p) => !p.trial);
  const breakEvens: BreakEven[] = regular.map((p) => ({
    size: p.units,
    price: p.price,
    ratio: p.ratio,
    units: divOut(new Decimal(p.price), c),
  }));
  const volumes = new Set(logGrid(from, to, k));
  const inSpan = (u: bigint): boolean => u >= from && u <= to;
  for (const p of regular) if (inSpan(BigInt(p.units))) volumes.add(BigInt(p.units));
  // The first whole volume at which the pack pays: ⌈price ÷ unit price⌉.
  for (const be of breakEvens) {
    const u = BigInt(new Decimal(be.units).ceil().toFixed(0));
    if (inSpan(u)) volumes.add(u);
  }
  if (mark !== null && inSpan(mark)) volumes.add(mark);
  const points = [...volumes].sort((a, z) => (a < z ? -1 : a > z ? 1 : 0)).map((u) => pointAt(fam, u, first));

  const discounted = breakEvens.filter((b) => new Decimal(b.ratio).lt(1));
  const lowest = (values: readonly string[]): string | null =>
    values.reduce<string | null>((m, v) => (m === null || new Decimal(v).lt(m) ? v : m), null);
  return {
    family,
    unitPrice: toPlain(c),
    firstPurchase: first,
    fromUnits: countOut(from),
    toUnits: countOut(to),
    points,
    mark: mark === null ? null : pointAt(fam, mark, first),
    outline: cachedOutline(fam, from, to, first),
    breakEvens,
    tiers: fam.packs.map((p) => ({ size: p.units, price: p.price, ratio: p.ratio, trial: p.trial === true })),
    savesFrom: lowest(discounted.map((b) => b.units)),
    lowestRatio: lowest(regular.map((p) => p.ratio)),
  };
}
