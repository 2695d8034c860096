import type { ComparedInput } from '../../engine/compare.js';

/**
 * <idv-compare>'s own strings. Words it shares with the calculator (plan, volume, pass rate, photo size,
 * period names, field errors, pack rows) come from the calculator's Translation, so both read alike.
 */
export interface CompareStrings {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  /** A column's name from its letter: "Scenario A". */
  readonly scenario: (letter: string) => string;
  readonly period: string;
  readonly retentionDays: string;
  readonly daysSuffix: string;
  readonly add: (letter: string) => string;
  readonly remove: string;
  /** The remove button's accessible name, naming the column. */
  readonly removeScenario: (letter: string) => string;
  readonly added: (letter: string) => string;
  readonly removed: (letter: string) => string;
  /**
   * Said once an edit settles: each scenario's yearly total and which is cheapest, e.g. "Scenario A ¥36,000.00
   * a year, Scenario B ¥42,000.00 a year. Cheapest: Scenario A."
   */
  readonly announce: (totals: readonly (readonly [name: string, amount: string])[], cheapest: readonly string[]) => string;
  readonly bestYear: string;
  readonly billableYear: string;
  readonly postpaidYear: string;
  readonly savings: string;
  readonly packs: string;
  readonly storageMonth: string;
  readonly cheapest: string;
  readonly tiedCheapest: string;
  /** In a dearer column: "+¥130,000.00 a year vs A (+41.93%)". */
  readonly versus: (amount: string, letter: string, percent: string | null) => string;
  readonly differencesTitle: string;
  readonly costsMore: (dearer: string, cheaper: string, amount: string, percent: string | null) => string;
  readonly costSame: (names: readonly string[], amount: string) => string;
  readonly inputsDiffer: (inputs: readonly string[]) => string;
  readonly inputsSame: string;
  readonly inputs: Record<ComparedInput, string>;
  readonly basis: string;
  readonly columnStale: string;
  readonly noQuote: string;
}
