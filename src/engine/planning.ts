import { Decimal, gcdN } from './decimal.js';
import type { Family } from './types.js';

/** Tables larger than this (entries × pack kinds) are refused by loadRules as `too-fine`. */
export const MAX_PLANNING_TABLE = 250_000;

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function decimalPlaces(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

export interface Shape {
  sizes: bigint[];
  g: bigint;
  b: number;
  m: number;
  j0: number;
  len: number;
}

export function shape(family: Family): Shape | null {
  const regular = family.packs.filter((p) => !p.trial).sort((a, z) => z.units - a.units);
  if (regular.length === 0) return null;
  const sizes = regular.map((p) => BigInt(p.units));
  const prices = regular.map((p) => new Decimal(p.price));
  const g = sizes.reduce(gcd);
  let b = 0;
  for (let i = 1; i < sizes.length; i++) {
    // Strictly lower rate only: among equal rates the first (largest) stays, as the proof needs.
    if (prices[i]!.times(sizes[b]!.toString()).lt(prices[b]!.times(sizes[i]!.toString()))) b = i;
  }
  const m = Number(sizes[b]! / g);
  // Largest total (in g units) the other packs can reach in a best mix. It holds fewer than m of them, and
  // fewer than ord_i = m / gcd(size_i / g, m) of pack i (ord_i copies sum to a multiple of size_b and would be
  // swapped for b packs). Filling the m − 1 places largest first under those caps gives the bound.
  const others = sizes
    .map((s, i) => ({ size: Number(s / g), i }))
    .filter((o) => o.i !== b)
    .sort((x, z) => z.size - x.size);
  let places = m - 1;
  let maxOtherSum = 0;
  for (const o of others) {
    const take = Math.min(places, m / gcdN(o.size, m) - 1);
    maxOtherSum += take * o.size;
    places -= take;
  }
  const j0 = maxOtherSum + 1;
  return { sizes, g, b, m, j0, len: j0 + 2 * m };
}

/** Entries × pack kinds of the planning table a family needs; loadRules refuses catalogues above the cap. */
export function planningTableSize(family: Family): number {
  const s = shape(family);
  return s ? s.len * s.sizes.length : 0;
}

