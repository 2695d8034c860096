/**
 * Refunds of a pack order (docs/pricing-rules.md §R9): what an order refunds given the days since purchase
 * ({@link packRefund}), and the same on the calendar, from the order's date and time to today's
 * ({@link refundOnDates}). Dates are ISO strings read in the billing time zone (`rules.settlement.utcOffsetHours`,
 * Beijing UTC+8) unless they carry their own offset.
 */
import { Decimal, divOut, parseUnits, toPlain } from './decimal.js';
import { DAY_MS, isoDateTime, parseInstant } from './datetime.js';
import { InputError } from './errors.js';
import { nonNegativeIn, objectIn, recordIn } from './guards.js';
import { DEFAULT_RULES } from './rules.js';
import type { DecimalInput, Rules, UnitsInput } from './types.js';

export type RefundKind = 'full' | 'partial' | 'support' | 'none';

/**
 * What a pack order refunds (docs/pricing-rules.md §R9). `paid` is the cash actually paid (not red packets, discounts or
 * vouchers); `t` = days since purchase.
 * - t ≤ 5, nothing used: `full`, the whole of `paid`.
 * - t ≤ 5, some used: `partial`, paid − used × the postpaid unit price, never below 0.
 * - 5 < t ≤ 180: `support`, amount 0: no automatic refund; contact support if a problem could not be solved.
 * - t > 180: `none`, amount 0, even unused.
 *
 * @param input.unitPrice - The plan's postpaid unit price (元), e.g. 1 or 0.182.
 * @returns `kind` and the exact `amount` in 元.
 * @throws {InputError} `paid`, `usedUnits`, `daysSincePurchase` or `unitPrice` when negative or not numbers
 *   (`unitPrice` must be above 0).
 * @example packRefund({ paid: 90000, usedUnits: 1000, daysSincePurchase: 3, unitPrice: 1 })
 *   // { kind: 'partial', amount: '89000' }
 */
export function packRefund(
  input: {
    readonly paid: DecimalInput;
    readonly usedUnits: UnitsInput;
    readonly daysSincePurchase: DecimalInput;
    readonly unitPrice: DecimalInput;
  },
  rules: Rules = DEFAULT_RULES,
): { kind: RefundKind; amount: string } {
  objectIn(input, 'input');
  const paid = nonNegativeIn(input.paid, 'paid');
  const used = parseUnits(input.usedUnits, 'usedUnits');
  const t = nonNegativeIn(input.daysSincePurchase, 'daysSincePurchase');
  const price = nonNegativeIn(input.unitPrice, 'unitPrice');
  if (price.isZero()) throw new InputError('unitPrice', 'out-of-range', 'must be above 0.');
  const { fullRefundDays, supportDays } = rules.refund;
  if (t.lte(fullRefundDays)) {
    if (used === 0n) return { kind: 'full', amount: toPlain(paid) };
    const left = paid.minus(price.times(used.toString()));
    return { kind: 'partial', amount: toPlain(Decimal.max(left, 0)) };
  }
  if (t.lte(supportDays)) return { kind: 'support', amount: '0' };
  return { kind: 'none', amount: '0' };
}

/** Which R9 window a refund falls in: automatic refund (≤ 5 days), contact support (≤ 180), none. */
export type RefundWindow = 'refund' | 'support' | 'none';

export interface RefundOnDates {
  readonly kind: RefundKind;
  /** Exact amount refunded, 元. */
  readonly amount: string;
  readonly window: RefundWindow;
  /** Days from purchase to `today`, exact (or truncated at 12 places where a second is a repeating fraction). */
  readonly daysSincePurchase: string;
  readonly secondsSincePurchase: number;
  /** Last instants of the refund and support windows (purchase + 5 days, + 180 days; both inclusive). */
  readonly refundUntil: string;
  readonly supportUntil: string;
}

/**
 * {@link packRefund} on dates (docs/pricing-rules.md §R9): the time since purchase is the exact difference of the two
 * instants, so "within 5 days" ends exactly 5 × 24 hours after the order time. A date without a time is
 * 00:00 Beijing time, so two dates differ by whole days.
 *
 * @param input.paid - Cash actually paid for the order, 元 (not red packets, discounts or vouchers).
 * @param input.usedUnits - Units used from the pack.
 * @param input.purchasedAt - ISO date or date and time of the order.
 * @param input.today - ISO date or date and time the refund is asked for; not before the purchase.
 * @param input.unitPrice - The plan's postpaid unit price, 元.
 * @returns The refund (`kind`, `amount`), its `window`, the days since purchase and the windows' ends.
 * @throws {InputError} `input`, `purchasedAt`, `today` (also `out-of-range` before the purchase), and
 *   {@link packRefund}'s `paid`, `usedUnits`, `unitPrice`.
 * @example
 * refundOnDates({ paid: 90000, usedUnits: 0, purchasedAt: '2020-03-01 10:00:00', today: '2020-03-06 10:00:00', unitPrice: 1 })
 * // { kind: 'full', amount: '90000', window: 'refund', daysSincePurchase: '5', … }
 */
export function refundOnDates(
  input: {
    readonly paid: DecimalInput;
    readonly usedUnits: UnitsInput;
    readonly purchasedAt: string;
    readonly today: string;
    readonly unitPrice: DecimalInput;
  },
  rules: Rules = DEFAULT_RULES,
): RefundOnDates {
  const off = rules.settlement.utcOffsetHours;
  const o = recordIn(input, 'input');
  const bought = parseInstant(o.purchasedAt, 'purchasedAt', off);
  const now = parseInstant(o.today, 'today', off);
  if (now < bought) throw new InputError('today', 'out-of-range', 'is before the purchase.');
  const ms = now - bought;
  const days = divOut(new Decimal(ms), DAY_MS);
  // Instants are whole seconds, so a time past a limit is past it by ≥ 1/86400 day: truncating at 12
  // places never brings it back to the limit.
  const refund = packRefund(
    { paid: o.paid as DecimalInput, usedUnits: o.usedUnits as UnitsInput, daysSincePurchase: days, unitPrice: o.unitPrice as DecimalInput },
    rules,
  );
  const { fullRefundDays, supportDays } = rules.refund;
  return {
    ...refund,
    window: refund.kind === 'full' || refund.kind === 'partial' ? 'refund' : refund.kind,
    daysSincePurchase: days,
    secondsSincePurchase: ms / 1000,
    refundUntil: isoDateTime(bought + fullRefundDays * DAY_MS, off),
    supportUntil: isoDateTime(bought + supportDays * DAY_MS, off),
  };
}
