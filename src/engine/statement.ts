import { InputError } from './errors.js';

const DAY_MS = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function wholeIn(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InputError(field, 'type', `must be a whole number from ${min} to ${max}.`);
  }
  if (!Number.isInteger(value)) throw new InputError(field, 'not-integer', `${value} is not a whole number.`);
  if (value < min || value > max) throw new InputError(field, 'out-of-range', `must be from ${min} to ${max}.`);
  return value;
}

/**
 * The days a month's statement covers (docs/pricing-rules.md §R8): it leaves out the month's own last day and takes in the
 * last day of the previous month. Dates are Beijing calendar dates (UTC+8), given as ISO `YYYY-MM-DD`.
 *
 * @param year - 1970 to 9999.
 * @param month - 1 to 12.
 * @returns `from` and `to` (inclusive) and the number of `days`.
 * @throws {InputError} `year` or `month` when not a whole number in range.
 * @example statementWindow(2020, 1) // { from: '2019-12-31', to: '2020-01-30', days: 31 }
 */
export function statementWindow(year: number, month: number): { from: string; to: string; days: number } {
  const y = wholeIn(year, 'year', 1970, 9999);
  const m = wholeIn(month, 'month', 1, 12);
  // Date.UTC(y, m - 1, 0) is the last day of the previous month; Date.UTC(y, m, 0) this month's last day.
  const from = Date.UTC(y, m - 1, 0);
  const to = Date.UTC(y, m, 0) - DAY_MS;
  return { from: isoDate(from), to: isoDate(to), days: Math.round((to - from) / DAY_MS) + 1 };
}
