import DecimalJs from 'decimal.js';
// The .d.ts files name decimal.js's class through this named import, never the default one: to node16 and
// nodenext resolution decimal.js's typings are CommonJS, where a default import is the whole module, not the class.
import type { Decimal as DecimalClass } from 'decimal.js';
import { InputError } from './errors.js';

/**
 * The engine's one Decimal constructor. A clone, so a host page's own decimal.js settings never reach us
 * and ours never reach it. Precision: the largest product the engine forms is about 10^18 units × 365 days
 * × a 1024 MB photo × a price, ≈ 10^27 with at most 8 + 12 + 12 decimals (rules data, inputs): under 60 digits.
 * 64 keeps every multiplication exact; only divisions round, and `divOut` truncates those far past the fen.
 * `toExpNeg`/`toExpPos` keep `toString()` in plain notation for every value the engine produces.
 */
export const Decimal: typeof DecimalClass = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_DOWN,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalRounding = DecimalClass.Rounding;

/** Largest unit count the engine accepts: far beyond any real volume, small enough for exact pack counts. */
export const MAX_UNITS = 10n ** 18n;

/** Decimal places kept for figures that come from a division that does not terminate (x/30, x/365). */
export const DERIVED_SCALE = 12;

/** Most decimal places a decimal input may have: more is a typo or a binary float leaking in (0.1 + 0.2). */
export const MAX_INPUT_PLACES = 12;

const DECIMAL_RE = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Serialises a Decimal in plain notation with no exponent, trailing zeros trimmed ("120000", "3.515625"). */
export function toPlain(value: Decimal): string {
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

/**
 * Parses money or another decimal quantity given as a number or a decimal string.
 * @throws {InputError} `type`, `empty`, `not-a-number`, `not-finite`.
 */
export function parseDecimal(value: unknown, field: string): Decimal {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InputError(field, 'not-a-number', 'is NaN; give a number such as 0.1.');
    if (!Number.isFinite(value)) throw new InputError(field, 'not-finite', 'is infinite; give a finite number.');
    // String(number) is the shortest round-trip form, so 0.1 stays 0.1 rather than its binary expansion.
    return places(new Decimal(String(value)), field);
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') throw new InputError(field, 'empty', 'is empty; give a number.');
    if (!DECIMAL_RE.test(s)) throw new InputError(field, 'not-a-number', `"${value}" is not a decimal number.`);
    return places(new Decimal(s), field);
  }
  throw new InputError(field, 'type', `must be a number or a decimal string, not ${describe(value)}.`);
}

function places(d: Decimal, field: string): Decimal {
  if (d.decimalPlaces() > MAX_INPUT_PLACES) {
    throw new InputError(field, 'out-of-range', `has more than ${MAX_INPUT_PLACES} decimal places.`);
  }
  if (d.abs().gte('1e21')) throw new InputError(field, 'out-of-range', 'is too large.');
  return d;
}

/**
 * Parses a whole unit count: a safe integer, or a string of decimal digits for counts beyond 2^53.
 * @throws {InputError} `type`, `empty`, `not-a-number`, `not-finite`, `not-integer`, `negative`, `out-of-range`.
 */
export function parseUnits(value: unknown, field: string): bigint {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InputError(field, 'not-a-number', 'is NaN; give a whole number of units.');
    if (!Number.isFinite(value)) throw new InputError(field, 'not-finite', 'is infinite; give a whole number of units.');
    if (!Number.isInteger(value)) throw new InputError(field, 'not-integer', `${value} is not a whole number of units.`);
    if (value < 0) throw new InputError(field, 'negative', `${value} is negative; units cannot be.`);
    if (!Number.isSafeInteger(value)) {
      throw new InputError(field, 'out-of-range', 'is beyond 2^53; pass it as a string of digits to keep it exact.');
    }
    return checkMax(BigInt(value), field);
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') throw new InputError(field, 'empty', 'is empty; give a whole number of units.');
    if (/^-\d/.test(s)) throw new InputError(field, 'negative', `${s} is negative; units cannot be.`);
    if (/^\+?(\d+\.\d*|\.\d+)$/.test(s)) {
      throw new InputError(field, 'not-integer', `${s} is not a whole number of units; give digits only.`);
    }
    if (!/^\d+$/.test(s)) throw new InputError(field, 'not-a-number', `"${value}" is not a string of digits.`);
    return checkMax(BigInt(s), field);
  }
  if (typeof value === 'bigint') {
    if (value < 0n) throw new InputError(field, 'negative', `${value} is negative; units cannot be.`);
    return checkMax(value, field);
  }
  throw new InputError(field, 'type', `must be a whole number or a string of digits, not ${describe(value)}.`);
}

function checkMax(n: bigint, field: string): bigint {
  if (n > MAX_UNITS) throw new InputError(field, 'out-of-range', `is above the largest volume supported (10^18).`);
  return n;
}

/** A count as the public API returns it: a number while it is a safe integer, else a digit string. */
export function countOut(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

/**
 * An exact quotient `num / den` serialised: exact when it terminates within DERIVED_SCALE places,
 * otherwise truncated there. Truncating at 12 places never changes a later truncation (or half-up rounding)
 * to the fen, so display figures equal those of the exact rational.
 */
export function divOut(num: Decimal, den: Decimal | bigint | number): string {
  const d = typeof den === 'bigint' ? new Decimal(den.toString()) : new Decimal(den);
  return toPlain(num.div(d).toDecimalPlaces(DERIVED_SCALE, Decimal.ROUND_DOWN));
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** An exact rational num / den, den a small whole number (1, 12, 30, 365, 1024 and their products). */
export interface Ratio {
  readonly num: Decimal;
  readonly den: number;
}

export const gcdN = (a: number, b: number): number => (b ? gcdN(b, a % b) : a);

export function addRatio(a: Ratio, z: Ratio): Ratio {
  const den = (a.den / gcdN(a.den, z.den)) * z.den;
  return { num: a.num.times(den / a.den).plus(z.num.times(den / z.den)), den };
}

export const ratioOut = (r: Ratio): string => divOut(r.num, r.den);

/** A non-negative decimal as the integer num × 10^places, by moving the point in its digits: no rounding. */
function scaled(d: Decimal, places: number): bigint {
  const [int = '0', frac = ''] = d.toFixed().split('.');
  return BigInt(int + frac.padEnd(places, '0'));
}

/** ⌈num / den⌉, exactly, for num ≥ 0 and den > 0 (no rounded 40-digit product or quotient in between). */
export function ceilDiv(num: Decimal, den: Decimal): bigint {
  const places = Math.max(num.decimalPlaces(), den.decimalPlaces());
  const a = scaled(num, places);
  const b = scaled(den, places);
  return (a + b - 1n) / b;
}
