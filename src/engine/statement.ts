/**
 * The monthly statement on the calendar (docs/pricing-rules.md §R8): the days a month's statement covers
 * ({@link statementWindow}) and, day by day, when each is billed and whether a balance pays it
 * ({@link billingCalendar}). Dates are calendar dates in the billing time zone (`rules.settlement.utcOffsetHours`,
 * Beijing UTC+8), given as ISO `YYYY-MM-DD`.
 */
import { toPlain } from './decimal.js';
import { HOUR_MS, dayOf, dayStart, isoDate, isoDateTime, localDay, offsetText } from './datetime.js';
import { InputError } from './errors.js';
import { nonNegativeIn, recordIn } from './guards.js';
import { DEFAULT_RULES } from './rules.js';
import type { DecimalInput, Rules } from './types.js';

function wholeIn(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InputError(field, 'type', `must be a whole number from ${min} to ${max}.`);
  }
  if (!Number.isInteger(value)) throw new InputError(field, 'not-integer', `${value} is not a whole number.`);
  if (value < min || value > max) throw new InputError(field, 'out-of-range', `must be from ${min} to ${max}.`);
  return value;
}

/** The first and last calendar days (inclusive) of a month's statement window; `year` and `month` checked. */
function windowDays(year: unknown, month: unknown): [number, number] {
  const y = wholeIn(year, 'year', 1970, 9999);
  const m = wholeIn(month, 'month', 1, 12);
  // Day 0 of a month is the last day of the month before it.
  return [dayOf(y, m, 0), dayOf(y, m + 1, 0) - 1];
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
  const [from, to] = windowDays(year, month);
  return { from: isoDate(from), to: isoDate(to), days: to - from + 1 };
}

/** How a day's bill stands against the balance: paid; unpaid (arrears); suspended that day unless paid. */
export type BillStatus = 'paid' | 'unpaid' | 'suspended';

export interface DailyBill {
  /** The usage day (Beijing date). */
  readonly date: string;
  /** When that day is billed: the next day, `billAfterHours` after it ends (10:00–12:00 Beijing). */
  readonly billFrom: string;
  readonly billTo: string;
  /** With a balance and a daily bill: the bill's status and the balance after it (null once unpaid). */
  readonly status: BillStatus | null;
  readonly balanceAfter: string | null;
}

export interface Arrears {
  /** The usage day whose bill the balance cannot pay. */
  readonly date: string;
  /** Arrears start when that bill is issued (10:00–12:00 the next day). */
  readonly from: string;
  readonly to: string;
  /** Unpaid for the grace period (24 h), the service is suspended. */
  readonly suspendFrom: string;
  readonly suspendTo: string;
  /** Balance left before that bill, and what it lacks. */
  readonly balance: string;
  readonly shortfall: string;
  /** Bills the balance paid in full before. */
  readonly billsPaid: number;
}

export interface BillingCalendar {
  readonly year: number;
  readonly month: number;
  /** The statement window (R8): the previous month's last day to the day before this month's last. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** The billing time zone, `+08:00`. */
  readonly utcOffset: string;
  readonly bills: readonly DailyBill[];
  readonly dailyBill: string | null;
  readonly balance: string | null;
  /** The first bill the balance cannot pay; null if it pays every bill of the window (or nothing to check). */
  readonly arrears: Arrears | null;
  /** Balance after the window's last bill when it pays them all; null otherwise. */
  readonly balanceLeft: string | null;
  /** The window's bills added up: daily bill × days (null without a daily bill). */
  readonly total: string | null;
}

/**
 * A month's statement on the calendar (docs/pricing-rules.md §R8): the statement window ({@link statementWindow}), each
 * day's bill time (the next day, 10:00–12:00 Beijing, from `rules.settlement.billAfterHours`) and, given a
 * balance and a daily bill, the first bill the balance cannot pay: the account is in arrears from that bill,
 * and after `arrearsGraceHours` (24) unpaid the service is suspended. Bills are deducted exactly (no fen
 * rounding: R8 truncates only what is shown). Packs are deducted before the balance, so `dailyBill` is what
 * is left to pay after packs.
 *
 * @param input.year - 1970–9999.
 * @param input.month - 1–12.
 * @param input.dailyBill - Optional: each day's bill, 元 (≥ 0).
 * @param input.balance - Optional: the balance at the window's start, 元 (≥ 0).
 * @returns A {@link BillingCalendar}.
 * @throws {InputError} `input`, `year`, `month`, `dailyBill`, `balance` (`negative`, not a number).
 * @example
 * billingCalendar({ year: 2020, month: 1, dailyBill: '100', balance: '250' }).arrears
 * // { date: '2020-01-02', from: '2020-01-03T10:00:00+08:00', to: '2020-01-03T12:00:00+08:00',
 * //   suspendFrom: '2020-01-04T10:00:00+08:00', …, balance: '50', shortfall: '50', billsPaid: 2 }
 */
export function billingCalendar(
  input: { readonly year: number; readonly month: number; readonly dailyBill?: DecimalInput | null; readonly balance?: DecimalInput | null },
  rules: Rules = DEFAULT_RULES,
): BillingCalendar {
  const o = recordIn(input, 'input');
  const [first, last] = windowDays(o.year, o.month);
  const days = last - first + 1;
  const { utcOffsetHours: off, billAfterHours, arrearsGraceHours } = rules.settlement;
  const bill = o.dailyBill === undefined || o.dailyBill === null ? null : nonNegativeIn(o.dailyBill, 'dailyBill');
  const start = o.balance === undefined || o.balance === null ? null : nonNegativeIn(o.balance, 'balance');
  const checking = bill !== null && start !== null;
  const grace = arrearsGraceHours * HOUR_MS;

  let balance = start;
  let arrears: Arrears | null = null;
  let suspendDay: number | null = null;
  const bills: DailyBill[] = [];
  for (let i = 0; i < days; i++) {
    const day = first + i;
    const dayEnd = dayStart(day + 1, off);
    const billFrom = dayEnd + billAfterHours[0] * HOUR_MS;
    const billTo = dayEnd + billAfterHours[1] * HOUR_MS;
    let status: BillStatus | null = null;
    let balanceAfter: string | null = null;
    if (checking) {
      if (suspendDay !== null && day >= suspendDay) status = 'suspended';
      else if (arrears !== null) status = 'unpaid';
      else if (balance!.gte(bill)) {
        balance = balance!.minus(bill);
        status = 'paid';
        balanceAfter = toPlain(balance);
      } else {
        status = 'unpaid';
        arrears = {
          date: isoDate(day),
          from: isoDateTime(billFrom, off),
          to: isoDateTime(billTo, off),
          suspendFrom: isoDateTime(billFrom + grace, off),
          suspendTo: isoDateTime(billTo + grace, off),
          balance: toPlain(balance!),
          shortfall: toPlain(bill.minus(balance!)),
          billsPaid: i,
        };
        suspendDay = localDay(billFrom + grace, off);
      }
    }
    bills.push({ date: isoDate(day), billFrom: isoDateTime(billFrom, off), billTo: isoDateTime(billTo, off), status, balanceAfter });
  }
  return {
    year: o.year as number,
    month: o.month as number,
    from: isoDate(first),
    to: isoDate(last),
    days,
    utcOffset: offsetText(off),
    bills,
    dailyBill: bill === null ? null : toPlain(bill),
    balance: start === null ? null : toPlain(start),
    arrears,
    balanceLeft: checking && arrears === null ? toPlain(balance!) : null,
    total: bill === null ? null : toPlain(bill.times(days)),
  };
}
