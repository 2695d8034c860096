import type { Period } from '../../engine/index.js';

export interface ExportStrings {
  readonly heading: (version: string) => string;
  readonly line: (plan: string, volume: string, period: Period) => string;
  readonly billable: (units: string) => string;
  readonly postpaid: string;
  /** A row's item: what is paid and for when (`Pay as you go, a day`; in Chinese with a full-width comma). */
  readonly item: (what: string, when: string) => string;
  readonly periods: Record<Period, string>;
  readonly bestMix: (family: string) => string;
  readonly pack: (count: string, size: string) => string;
  readonly trial: string;
  readonly overage: (units: string) => string;
  /**
   * The equal-cost alternative to the best mix, one line whose amount is how much less it pays up front:
   * `mix` is its packs and pay-as-you-go part joined by " + " (from `pack`, `trial`, `payg`).
   */
  readonly alternative: (mix: string) => string;
  /** Units paid as they go, inside the alternative's line. */
  readonly payg: (units: string) => string;
  readonly total: string;
  readonly savings: string;
  readonly storage: string;
  readonly storageMonthly: string;
  readonly storageFirstYear: string;
  readonly grandTotal: string;
  readonly withPacks: string;
  readonly note: string;
  readonly csvHeader: readonly [string, string, string, string];
  readonly link: string;
}
