import { Decimal, MAX_OUTPUT_PLACES, divOut, parseDecimal, parseUnits, toPlain } from './decimal.js';
import type { DecimalRounding } from './decimal.js';
import { InputError } from './errors.js';
import { DEFAULT_RULES } from './rules.js';
import type { DecimalInput, RoundingModeName, Rules, UnitsInput } from './types.js';

/** Rules data names a rounding mode; this is the one place that maps it to decimal.js (ARCHITECTURE.md, layers). */
const MODES: Readonly<Record<RoundingModeName, DecimalRounding>> = {
  down: Decimal.ROUND_DOWN,
  'half-up': Decimal.ROUND_HALF_UP,
};

/**
 * Rounds an exact amount to `scale` places with a named mode, keeping exactly `scale` places ("3.50").
 * Takes any exact engine figure: a string may have up to MAX_OUTPUT_PLACES (40) places, a number 12.
 * @example roundAmount('3.515625', 2, 'down') // '3.51'
 */
export function roundAmount(amount: DecimalInput, scale: number, mode: RoundingModeName): string {
  return parseDecimal(amount, 'amount', MAX_OUTPUT_PLACES).toFixed(scale, MODES[mode]);
}

/**
 * An amount this product bills, as shown to pay: truncated to the fen (docs/pricing-rules.md §R8). Apply it to the figure
 * shown (a day's bill, a month's total) and never feed the result back into a computation.
 * @example payable('0.006') // '0.00';  payable('0.18') // '0.18'
 */
export function payable(amount: DecimalInput, rules: Rules = DEFAULT_RULES): string {
  return roundAmount(amount, rules.rounding.scale, rules.rounding.payable);
}

/**
 * The OSS storage estimate as shown: half-up to the fen, as docs/pricing-rules.md §R10's worked example (3.515625 ≈ 3.52).
 * @example ossEstimate('3.515625') // '3.52'
 */
export function ossEstimate(amount: DecimalInput, rules: Rules = DEFAULT_RULES): string {
  return roundAmount(amount, rules.rounding.scale, rules.rounding.ossEstimate);
}

/** A pack's price relative to postpaid, as both labels the document uses. */
export interface DiscountLabel {
  /** `discount` below 1; `none` at 1 (the document's "无"); `free` for the trial pack. */
  readonly kind: 'discount' | 'none' | 'free';
  /** "90 %" */
  readonly percent: string;
  /** "9折" ("4.5折" for 0.45); empty unless `kind` is `discount`. */
  readonly zhe: string;
}

/**
 * Labels a pack's ratio to the postpaid price (docs/pricing-rules.md §R4).
 * @example discountLabel('0.9') // { kind: 'discount', percent: '90 %', zhe: '9折' }
 * @throws {InputError} `ratio` when it is not a decimal from 0 to 1.
 */
export function discountLabel(ratio: DecimalInput): DiscountLabel {
  const r = parseDecimal(ratio, 'ratio');
  if (r.isNegative() || r.gt(1)) throw new InputError('ratio', 'out-of-range', 'must be from 0 to 1.');
  const percent = `${toPlain(r.times(100))} %`;
  if (r.isZero()) return { kind: 'free', percent, zhe: '' };
  if (r.eq(1)) return { kind: 'none', percent, zhe: '' };
  return { kind: 'discount', percent, zhe: `${toPlain(r.times(10))}折` };
}

/**
 * Money per unit: `total ÷ units`, exact when the division ends, else truncated toward zero at 12 places.
 * Returns null for zero units (there is no price per unit of nothing).
 * @example effectiveUnitPrice('1050000', 1500000) // '0.7'
 */
export function effectiveUnitPrice(total: DecimalInput, units: UnitsInput): string | null {
  const t = parseDecimal(total, 'total');
  const u = parseUnits(units, 'units');
  return u === 0n ? null : divOut(t, u);
}
