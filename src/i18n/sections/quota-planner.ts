import type { ParseErrorCode } from '../parse.js';

/** Why a field of <idv-quota-planner> is not usable: parse codes, engine codes, and its own. */
export type QuotaFieldCode = ParseErrorCode | 'not-integer' | 'out-of-range' | 'invalid-date' | 'date-range' | 'span' | 'bad-start' | 'unknown';

/** <idv-quota-planner>'s own strings. Dates and numbers arrive formatted. */
export interface QuotaPlannerStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly family: string;
  readonly packsLegend: string;
  readonly pack: (n: number) => string;
  readonly size: string;
  /** A size option: "100,000 units · ¥90,000.00 · 9折". */
  readonly sizeOption: (units: string, price: string, tag: string) => string;
  readonly trial: string;
  readonly noDiscount: string;
  readonly boughtOn: string;
  readonly addPack: string;
  readonly removePack: (n: number) => string;
  readonly remove: string;
  readonly added: (n: number) => string;
  /** Shown when a page sets more packs than the planner holds: `max` shown of `total` given. */
  readonly tooManyPacks: (max: string, total: string) => string;
  readonly removed: (n: number) => string;
  readonly dailyUsage: string;
  readonly dailyUsageHint: string;
  readonly threshold: string;
  readonly thresholdHint: string;
  readonly errors: Record<QuotaFieldCode, string>;
  readonly resultsTitle: string;
  readonly alertTitle: string;
  readonly alertOn: (date: string, day: string, remaining: string, total: string) => string;
  readonly alertAtStart: (date: string) => string;
  readonly alertNever: (percent: string) => string;
  readonly alertNote: string;
  readonly endTitle: string;
  readonly runsOut: (date: string, day: string) => string;
  readonly runsOutNote: string;
  readonly expires: (dateTime: string, day: string) => string;
  readonly expiresNote: (lost: string) => string;
  readonly bought: string;
  readonly used: string;
  readonly lost: string;
  readonly uncovered: string;
  readonly uncoveredHint: string;
  readonly units: (n: string) => string;
  readonly timelineTitle: string;
  readonly timelineSummary: (from: string, to: string, alert: string | null, end: string) => string;
  readonly legend: { readonly left: string; readonly threshold: string; readonly alert: string; readonly end: string; readonly expiry: string };
  readonly events: {
    readonly buy: (pack: number, units: string) => string;
    readonly alert: (remaining: string, total: string, day: string) => string;
    readonly alertAtStart: (remaining: string, total: string) => string;
    readonly runOut: (day: string) => string;
    readonly expire: (pack: number, lost: string) => string;
  };
  readonly eventsTitle: string;
  readonly table: {
    readonly caption: string;
    readonly pack: string;
    readonly bought: string;
    readonly expires: string;
    readonly used: string;
    readonly lost: string;
  };
  readonly beijing: string;
  readonly keptLast: string;
  readonly noPlan: string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
  readonly announce: (alert: string, end: string) => string;
}
