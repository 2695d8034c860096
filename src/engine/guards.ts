/**
 * The input guards the public functions share, written once: each reads one field of the caller's input and
 * throws an {@link InputError} naming it, or returns the value the rule works with. Number and unit parsing
 * itself is `parseDecimal`/`parseUnits` (decimal.ts); dates are `parseInstant` (datetime.ts).
 */
import { describe, parseDecimal } from './decimal.js';
import type { Decimal } from './decimal.js';
import { InputError } from './errors.js';

/** `type` unless `value` is an object (not null); the fields are read and checked one by one after. */
export function objectIn(value: unknown, field: string): asserts value is object {
  if (typeof value !== 'object' || value === null) throw new InputError(field, 'type', 'must be an object.');
}

/** As {@link objectIn}, and an array is refused too; the message says what was given instead. */
export function recordIn(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(field, 'type', `must be an object, not ${describe(value)}.`);
  }
  return value as Record<string, unknown>;
}

/** A yes/no option, `false` when absent (undefined or null): `type` unless true or false. */
export function flagIn(value: unknown, field: string): boolean {
  const flag = value ?? false;
  if (typeof flag !== 'boolean') throw new InputError(field, 'type', 'must be true or false.');
  return flag;
}

/** An amount (money, days) that cannot be below 0: `negative`, or `parseDecimal`'s codes. */
export function nonNegativeIn(value: unknown, field: string): Decimal {
  const d = parseDecimal(value, field);
  if (d.isNegative()) throw new InputError(field, 'negative', 'cannot be negative.');
  return d;
}

/** A percentage, 0 to 100: `negative`, `out-of-range`, or `parseDecimal`'s codes. */
export function percentIn(value: unknown, field: string): Decimal {
  const d = parseDecimal(value, field);
  if (d.isNegative()) throw new InputError(field, 'negative', 'a percentage cannot be negative.');
  if (d.gt(100)) throw new InputError(field, 'out-of-range', 'must be from 0 to 100 (%).');
  return d;
}
