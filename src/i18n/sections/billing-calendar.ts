import type { ParseErrorCode } from '../parse.js';

/** Why a field of <idv-billing-calendar> is not usable: parse codes and its own. */
export type BillingFieldCode = ParseErrorCode | 'year-range' | 'bad-month' | 'unknown';

/**
 * <idv-billing-calendar>'s own strings. Amounts and dates arrive formatted; a count arrives with its unit
 * (`dayCount`, `billCount`, `hourCount`), so the element can keep each figure and its unit on one line.
 */
export interface BillingCalendarStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly month: string;
  readonly year: string;
  readonly previous: string;
  readonly next: string;
  readonly monthChanged: (month: string) => string;
  readonly dailyBill: string;
  readonly dailyBillHint: string;
  readonly balance: string;
  readonly balanceHint: string;
  readonly optional: string;
  readonly errors: Record<BillingFieldCode, string>;
  readonly windowTitle: (month: string) => string;
  /** A count with its unit, kept together on screen: `31 days` / `31 天`. */
  readonly dayCount: (count: string) => string;
  /** `31 bills` / `31 笔` (the zh measure word; the noun follows in the sentence). */
  readonly billCount: (count: string) => string;
  /** `24 hours` / `24 小时`. */
  readonly hourCount: (count: string) => string;
  /** `days` is a {@link dayCount}. */
  readonly window: (from: string, to: string, days: string) => string;
  readonly lastDayOut: (date: string) => string;
  readonly calendarCaption: (month: string) => string;
  readonly cell: {
    readonly inWindow: string;
    readonly fromPrevious: string;
    readonly nextStatement: string;
    readonly outside: string;
    readonly unpaid: string;
    readonly suspended: string;
  };
  readonly legend: {
    readonly inWindow: string;
    readonly nextStatement: string;
    readonly unpaid: string;
    readonly suspended: string;
  };
  readonly billTimes: (from: string, to: string) => string;
  /** `count` is a {@link billCount}. */
  readonly billsTitle: (count: string) => string;
  readonly bills: {
    readonly caption: string;
    readonly usage: string;
    readonly billed: string;
    readonly balance: string;
    readonly paid: string;
    readonly unpaid: string;
    readonly suspended: string;
  };
  readonly timeRange: (date: string, from: string, to: string) => string;
  readonly outcomeTitle: string;
  readonly noAmounts: string;
  /** `count` is a {@link billCount}. */
  readonly allPaid: (count: string, left: string, last: string) => string;
  readonly arrearsFrom: (when: string) => string;
  /** `paid` is a {@link billCount}. */
  readonly arrearsDetail: (paid: string, date: string, due: string, left: string, short: string) => string;
  /** `hours` is an {@link hourCount}. */
  readonly suspendedFrom: (when: string, hours: string) => string;
  readonly statementTotal: (amount: string) => string;
  readonly advice: string;
  readonly packsFirst: string;
  readonly beijing: string;
  readonly keptLast: string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
}
