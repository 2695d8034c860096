import type { ParseErrorCode } from '../parse.js';

/** Why a field of <idv-refund-estimator> is not usable: parse codes, engine codes, and its own. */
export type RefundFieldCode = ParseErrorCode | 'not-integer' | 'out-of-range' | 'invalid-date' | 'before-purchase' | 'more-than-pack' | 'unknown';

/** <idv-refund-estimator>'s own strings. Amounts, counts and dates arrive formatted. */
export interface RefundEstimatorStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly pack: string;
  /** A pack option: "100,000 units · ¥90,000.00". */
  readonly packOption: (units: string, price: string) => string;
  readonly paid: string;
  readonly paidHint: (listPrice: string) => string;
  readonly used: string;
  readonly usedHint: (size: string) => string;
  readonly when: string;
  readonly modes: { readonly dates: string; readonly days: string };
  readonly purchasedOn: string;
  readonly purchasedHint: string;
  readonly today: string;
  readonly todayHint: string;
  readonly days: string;
  readonly daysHint: string;
  readonly errors: Record<RefundFieldCode, string>;
  readonly resultTitle: string;
  readonly refund: string;
  readonly kinds: {
    readonly full: string;
    readonly partial: (paid: string, used: string, price: string, amount: string) => string;
    readonly support: string;
    readonly none: string;
  };
  readonly elapsed: (days: string) => string;
  readonly windowsTitle: string;
  readonly windows: {
    readonly refund: (days: string) => string;
    readonly support: (from: string, to: string) => string;
    readonly none: (days: string) => string;
  };
  /** The end of a window on dates: the date, at the time of day the order was placed. */
  readonly until: (date: string) => string;
  readonly after: (date: string) => string;
  readonly applies: string;
  readonly lastDay: (limit: string) => string;
  readonly contactSupport: string;
  readonly beijing: string;
  readonly keptLast: string;
  readonly noRefund: string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
  readonly announce: (amount: string, rule: string) => string;
}
