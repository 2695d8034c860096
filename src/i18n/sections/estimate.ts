/**
 * <idv-estimate>'s own strings. Words it shares with the calculator (plan, volume, pass rate, photo size,
 * period names, field errors, pack rows) come from the calculator's Translation, so both read alike.
 */
export interface EstimateStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly linesTitle: string;
  readonly linesHint: string;
  /** A line's group label, e.g. "Line 2 · App SDK". */
  readonly lineLegend: (n: number, plan: string) => string;
  readonly period: string;
  readonly retentionDays: string;
  readonly daysSuffix: string;
  readonly addLine: string;
  /** The remove button's accessible name, naming the line. */
  readonly removeLine: (n: number, plan: string) => string;
  readonly remove: string;
  readonly lineAdded: (n: number) => string;
  /** Shown when a page sets more lines than an estimate holds: `max` shown of `total` given. */
  readonly tooManyLines: (max: string, total: string) => string;
  /** Beside the disabled add button once the estimate holds `max` lines. */
  readonly linesFull: (max: string) => string;
  readonly lineRemoved: (n: number, plan: string) => string;
  readonly billableYear: string;
  readonly postpaidMonth: string;
  readonly postpaidYear: string;
  readonly storageMonth: string;
  readonly peakQps: string;
  readonly qpsOf: (peak: string, limit: string | null) => string;
  readonly qpsOver: string;
  readonly lineStale: string;
  readonly familiesTitle: string;
  /** Who shares the family's packs: "App SDK and PC / mobile H5 web". */
  readonly familyPlans: (plans: readonly string[]) => string;
  readonly pooled: (units: string) => string;
  readonly summaryTitle: string;
  readonly withPacks: string;
  readonly postpaid: string;
  readonly aMonth: (amount: string) => string;
  readonly savings: string;
  readonly storageTitle: string;
  readonly storageMonthly: string;
  readonly storageFirstYear: string;
  readonly storageNote: string;
  readonly balance: (amount: string) => string;
  readonly staleTotals: string;
  readonly noQuote: string;
}
