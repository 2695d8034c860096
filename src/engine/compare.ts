import { Decimal, describe, divOut, parseDecimal, toPlain } from './decimal.js';
import { InputError } from './errors.js';
import type { Quote } from './quote.js';

/** Scenario inputs {@link compareQuotes} can report as differing, in the order it reports them. */
export type ComparedInput =
  | 'lines'
  | 'plan'
  | 'volume'
  | 'period'
  | 'passRate'
  | 'photoSizeMB'
  | 'retentionDays'
  | 'peakHourShare'
  | 'firstPurchase';

const LINE_INPUTS = ['volume', 'period', 'passRate', 'photoSizeMB', 'retentionDays', 'peakHourShare'] as const;

/** How the quote at `to` differs in money from the quote at `from`. */
export interface QuoteDifference {
  readonly from: number;
  readonly to: number;
  /** `to`'s best yearly total minus `from`'s, exact: positive when `to` costs more, negative when less. */
  readonly amount: string;
  /**
   * `amount` as a percentage of `from`'s total, truncated toward zero at 12 decimal places; `'0'` when both
   * totals are 0, and null when only `from`'s is (no finite percentage).
   */
  readonly percent: string | null;
}

/** What {@link compareQuotes} returns. */
export interface QuoteComparison {
  /** Each quote's best yearly total (`totals.bestYear`: with the best pack mix per family, R5), as given. */
  readonly totals: readonly string[];
  /** Indices of every quote at the lowest total, ascending: more than one on a tie. */
  readonly cheapest: readonly number[];
  /** Every ordered pair (`from` ≠ `to`), `from`-major: `[0→1, 0→2, 1→0, 1→2, 2→0, 2→1]` for three quotes. */
  readonly differences: readonly QuoteDifference[];
  /**
   * Inputs whose (normalised) values differ between the quotes, in {@link ComparedInput} order. Lines are
   * compared position by position; an input counts only among the quotes it applies to (a pass rate is not
   * a difference when only one plan is billed per passed verification: the plan is). `lines` when the
   * quotes have different numbers of lines.
   */
  readonly differingInputs: readonly ComparedInput[];
}

/** The value an input has in a quote's line, as text to compare; null where it does not apply. */
function inputOf(q: Quote, line: number, key: Exclude<ComparedInput, 'lines' | 'firstPurchase'>): string | null {
  const l = q.lines[line];
  if (!l) return null;
  if (key === 'plan') return l.plan;
  const value = l.input[key];
  return value === null ? null : String(value);
}

function differs(values: readonly (string | null)[]): boolean {
  return new Set(values.filter((v) => v !== null)).size > 1;
}

/**
 * Compares the money of several quotes (typically two or three scenarios side by side): which is cheapest by
 * the best yearly total with packs, and by how much each differs from each other, exactly; plus which inputs
 * differ. The UI formats these strings and does no arithmetic of its own.
 *
 * @param quotes - Quotes from {@link quote} (one or more; any number of lines each).
 * @returns A {@link QuoteComparison}: totals, the cheapest index or indices (ties all listed), every ordered
 *   pair's difference as an exact decimal string in 元 with its percentage, and the inputs that differ.
 * @throws {InputError} `quotes` `type` (not an array) or `empty`; `quotes[i]` `type` (not a quote);
 *   `quotes[i].totals.bestYear` `not-a-number` or `negative`.
 * @example
 * const a = quote({ plan: 'app', volume: 30000, period: 'month' });  // best year 310,000
 * const b = quote({ plan: 'app', volume: 50000, period: 'month' });  // best year 440,000
 * compareQuotes([a, b]).cheapest                 // [0]
 * compareQuotes([a, b]).differences[0]           // { from: 0, to: 1, amount: '130000', percent: '41.935483870967' }
 * compareQuotes([a, b]).differingInputs          // ['volume']
 */
export function compareQuotes(quotes: readonly Quote[]): QuoteComparison {
  if (!Array.isArray(quotes)) throw new InputError('quotes', 'type', `must be an array of quotes, not ${describe(quotes)}.`);
  if (quotes.length === 0) throw new InputError('quotes', 'empty', 'give at least one quote to compare.');
  const totals = quotes.map((q, i) => {
    const field = `quotes[${i}]`;
    if (typeof q !== 'object' || q === null || typeof q.totals !== 'object' || q.totals === null || !Array.isArray(q.lines)) {
      throw new InputError(field, 'type', `must be a quote from quote(), not ${describe(q)}.`);
    }
    const total = parseDecimal(q.totals.bestYear, `${field}.totals.bestYear`);
    if (total.isNegative() && !total.isZero()) {
      throw new InputError(`${field}.totals.bestYear`, 'negative', 'a yearly total cannot be negative.');
    }
    return total;
  });

  const least = Decimal.min(...totals);
  const cheapest = totals.flatMap((t, i) => (t.eq(least) ? [i] : []));

  const differences: QuoteDifference[] = [];
  totals.forEach((from, i) => {
    totals.forEach((to, j) => {
      if (i === j) return;
      const amount = to.minus(from);
      const percent = from.isZero() ? (amount.isZero() ? '0' : null) : divOut(amount.times(100), from);
      differences.push({ from: i, to: j, amount: toPlain(amount), percent });
    });
  });

  const differingInputs: ComparedInput[] = [];
  const lineCounts = quotes.map((q) => q.lines.length);
  if (new Set(lineCounts).size > 1) differingInputs.push('lines');
  const lines = Math.max(...lineCounts);
  const anyLine = (key: Exclude<ComparedInput, 'lines' | 'firstPurchase'>): boolean =>
    Array.from({ length: lines }, (_, l) => l).some((l) => differs(quotes.map((q) => inputOf(q, l, key))));
  if (anyLine('plan')) differingInputs.push('plan');
  for (const key of LINE_INPUTS) if (anyLine(key)) differingInputs.push(key);
  if (differs(quotes.map((q) => String(q.firstPurchase === true)))) differingInputs.push('firstPurchase');

  return { totals: quotes.map((q) => q.totals.bestYear), cheapest, differences, differingInputs };
}
