import DecimalJs from 'decimal.js';
// The .d.ts files name decimal.js's class through this named import, never the default one: to node16 and
// nodenext resolution decimal.js's typings are CommonJS, where a default import is the whole module, not the class.
import type { Decimal as DecimalClass } from 'decimal.js';
import { InputError } from './errors.js';

/**
 * The engine's one Decimal constructor. A clone, so a host page's own decimal.js settings never reach us
 * and ours never reach it. Precision: the largest product the engine forms is about 10^18 units × 365 days
 * × 36,500 retention days × a 1024 MB photo × a price below 10^15: under 10^47 with at most 8 + 12 + 12
 * decimals (rules data, inputs), so under 80 digits. 100 keeps every multiplication exact; divisions that
 * are serialised go through {@link divOut}, which divides exactly with integers, so no setting cuts them.
 * `toExpNeg`/`toExpPos` keep `toString()` in plain notation for every value the engine produces.
 */
export const Decimal: typeof DecimalClass = DecimalJs.clone({
  precision: 100,
  rounding: DecimalJs.ROUND_DOWN,
  toExpNeg: -100,
  toExpPos: 100,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalRounding = DecimalClass.Rounding;

/** Largest unit count the engine accepts: far beyond any real volume, small enough for exact pack counts. */
export const MAX_UNITS = 10n ** 18n;

/** Decimal places kept (truncated toward zero) for figures from a division that does not terminate (x/30, x/365). */
export const DERIVED_SCALE = 12;

/** Most decimal places a decimal input may have: more is a typo or a binary float leaking in (0.1 + 0.2). */
export const MAX_INPUT_PLACES = 12;

/**
 * Most decimal places an exact engine figure can have, and so the most a string given back to the rounding
 * functions may have: inputs carry up to 12 (sizes, rates) + 8 (rules prices), and a division that ends
 * adds up to 14 more (÷ 1024 · 30 · 12). A number with more than MAX_INPUT_PLACES is still refused.
 */
export const MAX_OUTPUT_PLACES = 40;

/**
 * Longest string (after trimming) a number input may be: 64 characters. A decimal below 10^21 with 12
 * places has at most 35; refusing longer text first keeps parsing and the error message bounded.
 */
export const MAX_INPUT_LENGTH = 64;

/** Amounts and other decimals must be below this (10^21). */
const DECIMAL_LIMIT = '1e21';

/** No repeat can give characters to another (`\d+\.?\d*` could, and backtracked quadratically). */
const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A text input echoed in an error message, cut to 40 characters so a hostile paste does not fill the message. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function checkLength(s: string, field: string): void {
  if (s.length > MAX_INPUT_LENGTH) {
    throw new InputError(field, 'too-long', `is ${s.length} characters long; a number has at most ${MAX_INPUT_LENGTH}.`);
  }
}

/** Serialises a Decimal in plain notation with no exponent, trailing zeros trimmed ("120000", "3.515625"). */
export function toPlain(value: Decimal): string {
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

/**
 * Parses money or another decimal quantity given as a number or a decimal string.
 * @throws {InputError} `type`, `empty`, `not-a-number`, `not-finite`, `too-long` (a string over
 *   MAX_INPUT_LENGTH characters), `out-of-range` (more than 12 decimal places, or `stringPlaces` for a
 *   string, or 10^21 or more).
 */
export function parseDecimal(value: unknown, field: string, stringPlaces: number = MAX_INPUT_PLACES): Decimal {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InputError(field, 'not-a-number', 'is NaN; give a number such as 0.1.');
    if (!Number.isFinite(value)) throw new InputError(field, 'not-finite', 'is infinite; give a finite number.');
    // String(number) is the shortest round-trip form, so 0.1 stays 0.1 rather than its binary expansion.
    return places(new Decimal(String(value)), field);
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') throw new InputError(field, 'empty', 'is empty; give a number.');
    checkLength(s, field);
    if (!DECIMAL_RE.test(s)) throw new InputError(field, 'not-a-number', `${quoted(s)} is not a decimal number.`);
    return places(new Decimal(s), field, stringPlaces);
  }
  throw new InputError(field, 'type', `must be a number or a decimal string, not ${describe(value)}.`);
}

function places(d: Decimal, field: string, max: number = MAX_INPUT_PLACES): Decimal {
  if (d.decimalPlaces() > max) {
    throw new InputError(field, 'out-of-range', `has more than ${max} decimal places.`);
  }
  if (d.abs().gte(DECIMAL_LIMIT)) throw new InputError(field, 'out-of-range', 'is too large: it must be below 10^21.');
  return d;
}

/**
 * Parses a whole unit count: a safe integer, or a string of decimal digits for counts beyond 2^53.
 * A value above MAX_UNITS (10^18) is `out-of-range` whatever else is wrong with it (`1e19`, `10^19 + 0.5`),
 * and `-0` (or `-000`) is zero, as the number -0 is.
 * @throws {InputError} `type`, `empty`, `not-a-number`, `not-finite`, `not-integer`, `negative`, `out-of-range`
 *   (above 10^18, or an unsafe number), `too-long` (a string over MAX_INPUT_LENGTH characters).
 */
export function parseUnits(value: unknown, field: string): bigint {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InputError(field, 'not-a-number', 'is NaN; give a whole number of units.');
    if (!Number.isFinite(value)) throw new InputError(field, 'not-finite', 'is infinite; give a whole number of units.');
    if (value < 0) throw new InputError(field, 'negative', `${value} is negative; units cannot be.`);
    if (value > Number(MAX_UNITS)) throw tooLarge(field);
    if (!Number.isInteger(value)) throw new InputError(field, 'not-integer', `${value} is not a whole number of units.`);
    if (!Number.isSafeInteger(value)) {
      throw new InputError(field, 'out-of-range', 'is beyond 2^53; pass it as a string of digits to keep it exact.');
    }
    return checkMax(BigInt(value), field);
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') throw new InputError(field, 'empty', 'is empty; give a whole number of units.');
    checkLength(s, field);
    if (!DECIMAL_RE.test(s)) throw new InputError(field, 'not-a-number', `${quoted(s)} is not a string of digits.`);
    // A decimal from here on: its sign, size and whole-ness decide the message, in that order.
    const d = new Decimal(s);
    if (d.isNegative() && !d.isZero()) throw new InputError(field, 'negative', `${quoted(s)} is negative; units cannot be.`);
    if (d.gt(MAX_UNITS.toString())) throw tooLarge(field);
    if (!d.isInteger()) throw new InputError(field, 'not-integer', `${quoted(s)} is not a whole number of units.`);
    if (s.includes('.')) {
      throw new InputError(field, 'not-integer', `${quoted(s)} has a decimal point; give a whole number of units as digits only.`);
    }
    if (!/^-?\d+$/.test(s)) throw new InputError(field, 'not-a-number', `${quoted(s)} is not a string of digits; give digits only, with no sign.`);
    return BigInt(d.toFixed(0));
  }
  if (typeof value === 'bigint') {
    if (value < 0n) throw new InputError(field, 'negative', `${value} is negative; units cannot be.`);
    return checkMax(value, field);
  }
  throw new InputError(field, 'type', `must be a whole number or a string of digits, not ${describe(value)}.`);
}

function tooLarge(field: string): InputError {
  return new InputError(field, 'out-of-range', 'is too large: the largest number of units supported is 10^18.');
}

function checkMax(n: bigint, field: string): bigint {
  if (n > MAX_UNITS) throw tooLarge(field);
  return n;
}

/** A count as the public API returns it: a number while it is a safe integer, else a digit string. */
export function countOut(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

/** A decimal as the integer `n` and the power of ten `places` with value = n / 10^places, by moving the point. */
function toScaledInt(d: Decimal): { n: bigint; places: number } {
  const text = d.toFixed();
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(int + frac);
  return { n: negative ? -n : n, places: frac.length };
}

/** `n` (an integer) divided by 10^places, in plain notation with trailing zeros trimmed. */
function fromScaledInt(n: bigint, places: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  let frac = digits.slice(digits.length - places);
  let end = frac.length;
  while (end > 0 && frac[end - 1] === '0') end--;
  frac = frac.slice(0, end);
  const text = frac ? `${int}.${frac}` : int;
  return negative && text !== '0' ? `-${text}` : text;
}

const gcdBig = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y) [x, y] = [y, x % y];
  return x;
};

/**
 * The quotient `num / den`, serialised, computed with integers so no precision setting cuts it:
 * - exact to its last digit when it terminates within MAX_OUTPUT_PLACES (40) places: the reduced
 *   denominator has no prime factor but 2 and 5 (÷ 1024, ÷ 12 or ÷ 30 of a multiple of 3, …). Every division
 *   by the engine's fixed denominators (1024, 30, 12, 365 and their products) of a figure with at most 20
 *   places (12 from inputs + 8 from rules prices) ends within 34, so it is always exact;
 * - otherwise truncated toward zero (ROUND_DOWN) at DERIVED_SCALE = 12 decimal places: a quotient that never
 *   ends (÷ 30, ÷ 365, ÷ 3), or one by an arbitrary figure that ends later (÷ 2^60 units).
 * Truncating at 12 places never changes a later truncation (or half-up rounding) to the fen, so display
 * figures equal those of the exact rational.
 */
export function divOut(num: Decimal, den: Decimal | bigint | number): string {
  const a = toScaledInt(num);
  const b = toScaledInt(typeof den === 'bigint' ? new Decimal(den.toString()) : new Decimal(den));
  if (b.n === 0n) throw new RangeError('divOut: division by zero');
  // num / den = (a.n · 10^b.places) / (b.n · 10^a.places), reduced.
  let p = a.n * 10n ** BigInt(b.places);
  let q = b.n * 10n ** BigInt(a.places);
  if (q < 0n) [p, q] = [-p, -q];
  const g = gcdBig(p, q) || 1n;
  [p, q] = [p / g, q / g];
  let rest = q;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) [rest, twos] = [rest / 2n, twos + 1];
  while (rest % 5n === 0n) [rest, fives] = [rest / 5n, fives + 1];
  const places = Math.max(twos, fives);
  if (rest === 1n && places <= MAX_OUTPUT_PLACES) return fromScaledInt((p * 10n ** BigInt(places)) / q, places);
  // BigInt division truncates toward zero: ROUND_DOWN.
  return fromScaledInt((p * 10n ** BigInt(DERIVED_SCALE)) / q, DERIVED_SCALE);
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
