import { Decimal, parseDecimal, parseUnits, toPlain } from './decimal.js';
import { InputError } from './errors.js';
import { DEFAULT_RULES } from './rules.js';
import type { DecimalInput, Rules, UnitsInput } from './types.js';

export type RefundKind = 'full' | 'partial' | 'support' | 'none';

function nonNegative(value: unknown, field: string): Decimal {
  const d = parseDecimal(value, field);
  if (d.isNegative()) throw new InputError(field, 'negative', 'cannot be negative.');
  return d;
}

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
  if (typeof input !== 'object' || input === null) throw new InputError('input', 'type', 'must be an object.');
  const paid = nonNegative(input.paid, 'paid');
  const used = parseUnits(input.usedUnits, 'usedUnits');
  const t = nonNegative(input.daysSincePurchase, 'daysSincePurchase');
  const price = nonNegative(input.unitPrice, 'unitPrice');
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
