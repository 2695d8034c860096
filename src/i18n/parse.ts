/**
 * Parsing what visitors type into number fields: `12,000`, `１２０００`, `1.2万`, `12k`, `1.2 million`, `95%`, `0.1 MB`.
 *
 * Never throws and never uses floating point: the number is split into digit strings, a multiplier only
 * moves the decimal point, and the result is a canonical decimal string the engine accepts as is.
 *
 * Decisions:
 * - Grouping: only 3-digit groups (`1,234,567`, `12 000`), the first group 1–3 digits, one kind of
 *   separator per number (comma, or a space: normal, no-break, thin, ideographic all become a space
 *   under NFKC). Chinese 4-digit grouping (`1,2345,6789`) is refused with `grouping`: it is rare in
 *   practice and would make `1,234` mean two different things depending on the groups that follow.
 * - Digits: ASCII and full-width only (NFKC folds full-width to ASCII). Other scripts (Arabic-Indic
 *   `١٢٣`, Devanagari …) are `not-a-number`: the widget speaks zh-CN and en, NFKC leaves them alone, and
 *   a mix such as `1٢3` is more likely a paste accident than an intent.
 * - `-0` is zero, not `negative`; a sign applies to a value, and zero has none.
 * - Linear time on any text: a text longer than {@link MAX_FIELD_LENGTH} is `too-long` before anything else
 *   looks at it, suffixes (`次`, `万`, `%`, units) are taken off with `endsWith` and `trimEnd`, never with a
 *   regex that can backtrack, and the remaining patterns are anchored with disjoint repeats.
 */
import { MAX_UNITS } from '../engine/index.js';

/** Why a text is not a usable number. Stable strings: the UI maps them to messages in every locale. */
export type ParseErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'grouping'
  | 'too-large'
  | 'too-precise'
  | 'too-long';

/**
 * Longest text (after trimming blanks at both ends) a number field reads: 64 characters. The longest
 * sensible entry, `1,000,000,000,000,000,000` or `１，０００，０００，０００，０００，０００，０００ 次`, has 33; anything
 * longer is a paste accident, and refusing it first keeps every parser's work bounded.
 */
export const MAX_FIELD_LENGTH = 64;

/** A canonical decimal string, or the reason there is none. */
export type ParseResult = { ok: true; value: string } | { ok: false; code: ParseErrorCode };

/** Options of {@link parseDecimalInput}. */
export interface DecimalInputOptions {
  /** Accept a trailing `%` (also `％`). It only marks the unit: `95%` gives `'95'`, not `'0.95'`. */
  readonly percent?: boolean;
  /** Unit words accepted after the number, case-insensitive (`['MB']` accepts `0.1mb`, `0.1 MB`). */
  readonly unit?: readonly string[];
  /** Most decimal places kept (default 6); trailing zeros do not count. */
  readonly maxPlaces?: number;
}

/** Powers of ten by suffix (lower case: the text is lower-cased first, so `Million` and `MILLION` match too). */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 3, thousand: 3, 千: 3, w: 4, 万: 4, m: 6, million: 6, 百万: 6, 千万: 7, 亿: 8, b: 9, bn: 9, billion: 9, 万亿: 12,
};
/**
 * Longer suffixes first, so `万亿` is never read as `万` + junk and `bn` never as `b` + junk. Each is matched
 * with one `endsWith` (no regex): the words add a constant amount of work, and the 64-character cap holds.
 */
const MULTIPLIER_SUFFIXES = Object.keys(MULTIPLIERS).sort((a, z) => z.length - a.length);
const TIMES = '次';

const PLAIN_RE = /^(\d*)(?:\.(\d*))?$/;
/** 3-digit groups after a first group of 1–3; `\2` keeps one separator throughout. */
const GROUPED_RE = /^(\d{1,3}([, ])\d{3}(?:\2\d{3})*)(?:\.(\d*))?$/;
/** Digits with separators that fail GROUPED_RE: a grouping mistake (`1,2`, `12,34`) rather than junk. */
const SEPARATED_RE = /^\d[\d, ]*(?:\.[\d, ]*)?$/;

interface Digits {
  readonly negative: boolean;
  /** Integer digits, no leading zeros ('' for zero). */
  readonly int: string;
  /** Fraction digits, no trailing zeros. */
  readonly frac: string;
}

const fail = (code: ParseErrorCode): ParseResult => ({ ok: false, code });

/**
 * NFKC folds full-width digits, letters and punctuation, and every space variant, to ASCII; trim after it.
 * Null (`too-long`) when the trimmed text is longer than MAX_FIELD_LENGTH: checked before NFKC and every pattern.
 */
function normalise(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_FIELD_LENGTH) return null;
  return trimmed.normalize('NFKC').trim().toLowerCase();
}

/** `s` without `suffix` and the blanks before it, or null when it does not end with `suffix`. */
function stripSuffix(s: string, suffix: string): string | null {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length).trimEnd() : null;
}

/** `s` without its leading zeros (a loop, not a regex: linear whatever follows). */
function trimLeadingZeros(s: string): string {
  let i = 0;
  while (i < s.length && s[i] === '0') i++;
  return s.slice(i);
}

/** `s` without its trailing zeros (`/0+$/` would retry from every zero of a long run: quadratic). */
function trimTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '0') end--;
  return s.slice(0, end);
}

/** Splits `-1,234.50` into sign and digit strings, or says why it cannot. */
function splitDigits(body: string): Digits | ParseErrorCode {
  const first = body[0] ?? '';
  const sign = first === '+' || first === '-' || first === '\u2212' ? first : '';
  const rest = body.slice(sign.length);
  const plain = PLAIN_RE.exec(rest);
  const grouped = plain ? null : GROUPED_RE.exec(rest);
  let int: string;
  let frac: string;
  if (plain) [int, frac] = [plain[1] ?? '', plain[2] ?? ''];
  else if (grouped) [int, frac] = [(grouped[1] ?? '').replace(/[, ]/g, ''), grouped[3] ?? ''];
  else return SEPARATED_RE.test(rest) ? 'grouping' : 'not-a-number';
  if (int === '' && frac === '') return 'not-a-number';
  return { negative: sign === '-' || sign === '\u2212', int: trimLeadingZeros(int), frac: trimTrailingZeros(frac) };
}

const isZero = (d: Digits): boolean => d.int === '' && d.frac === '';

/** Whether `int.frac` is above 10^18. Every 19-digit integer is ≥ 10^18, and the length test keeps BigInt off huge pastes. */
function aboveMax(int: string, frac: string): boolean {
  if (int.length !== 19) return int.length > 19;
  return BigInt(int) > MAX_UNITS || frac !== '';
}

/**
 * Parses a volume (a whole number of verifications) as typed: grouping, full-width digits, multiplier
 * suffixes (`k`/`thousand`/`千` 10^3, `w`/`万` 10^4, `m`/`million`/`百万` 10^6, `千万` 10^7, `亿` 10^8,
 * `b`/`bn`/`billion` 10^9, `万亿` 10^12, latin ones in any case, optionally after a space), and a trailing `次`. A decimal point is fine as long
 * as the result is whole.
 *
 * @param text - what the visitor typed.
 * @returns `{ ok: true, value }` with a whole-number digit string from '0' to '1000000000000000000'
 *   (10^18, the engine's MAX_UNITS), else `{ ok: false, code }`: `empty`, `not-a-number`, `negative`,
 *   `not-whole`, `grouping`, `too-large` (above 10^18) or `too-long` (over MAX_FIELD_LENGTH characters).
 * @example
 * parseVolume('12,000')   // { ok: true, value: '12000' }
 * parseVolume('１２０００')  // { ok: true, value: '12000' }
 * parseVolume('1.5亿')    // { ok: true, value: '150000000' }
 * parseVolume('5万次')    // { ok: true, value: '50000' }
 * parseVolume('3.5M')     // { ok: true, value: '3500000' }
 * parseVolume('1.2 million') // { ok: true, value: '1200000' }
 * parseVolume('1.5')      // { ok: false, code: 'not-whole' }
 * parseVolume('12,34')    // { ok: false, code: 'grouping' }
 */
export function parseVolume(text: string): ParseResult {
  const s = normalise(text);
  if (s === null) return fail('too-long');
  if (s === '') return fail('empty');
  const withoutTimes = stripSuffix(s, TIMES) ?? s;
  let suffix: string | undefined;
  let body = withoutTimes;
  for (const candidate of MULTIPLIER_SUFFIXES) {
    const stripped = stripSuffix(withoutTimes, candidate);
    if (stripped !== null) {
      [suffix, body] = [candidate, stripped];
      break;
    }
  }
  const digits = splitDigits(body);
  if (typeof digits === 'string') return fail(digits);
  if (digits.negative && !isZero(digits)) return fail('negative');

  // The multiplier moves the decimal point right: digits cross from the fraction into the integer.
  const shift = suffix ? (MULTIPLIERS[suffix] ?? 0) : 0;
  const int = trimLeadingZeros(digits.int + digits.frac.slice(0, shift).padEnd(shift, '0'));
  const rest = digits.frac.slice(shift);
  if (aboveMax(int, rest)) return fail('too-large');
  if (rest !== '') return fail('not-whole');
  return { ok: true, value: int || '0' };
}

/**
 * Parses a decimal field as typed (pass rate in %, photo size in MB, peak-hour share in %): same
 * normalisation and grouping as {@link parseVolume}, no multipliers, an optional `%` or unit word.
 * Only the form is checked; ranges (≤ 100 %, photo size limits) are the engine's and the UI's.
 *
 * @param text - what the visitor typed.
 * @param options - `percent` accepts a trailing `%`; `unit` lists accepted unit words; `maxPlaces` (6).
 * @returns `{ ok: true, value }` with a canonical decimal string (no leading or trailing zeros, `'0.5'`
 *   for `.5`), else `{ ok: false, code }`: `empty`, `not-a-number`, `negative`, `grouping`,
 *   `too-large` (above 10^18), `too-precise` or `too-long` (over MAX_FIELD_LENGTH characters).
 * @example
 * parseDecimalInput('９５％', { percent: true })  // { ok: true, value: '95' }
 * parseDecimalInput('99.50', { percent: true })  // { ok: true, value: '99.5' }
 * parseDecimalInput('0.1 mb', { unit: ['MB'] })  // { ok: true, value: '0.1' }
 * parseDecimalInput('.5', {})                    // { ok: true, value: '0.5' }
 * parseDecimalInput('0.1234567', {})             // { ok: false, code: 'too-precise' }
 */
export function parseDecimalInput(text: string, options: DecimalInputOptions = {}): ParseResult {
  const s = normalise(text);
  if (s === null) return fail('too-long');
  if (s === '') return fail('empty');
  // Longest first, so a unit list like ['M', 'MB'] reads `1MB` as MB.
  const suffixes = [...(options.percent ? ['%'] : []), ...(options.unit ?? []).map((u) => u.normalize('NFKC').trim().toLowerCase())]
    .filter((u) => u !== '')
    .sort((a, b) => b.length - a.length);
  const suffix = suffixes.find((u) => s.endsWith(u));
  const body = suffix ? s.slice(0, -suffix.length).trimEnd() : s;
  const digits = splitDigits(body);
  if (typeof digits === 'string') return fail(digits);
  if (digits.negative && !isZero(digits)) return fail('negative');
  if (aboveMax(digits.int, digits.frac)) return fail('too-large');
  if (digits.frac.length > (options.maxPlaces ?? 6)) return fail('too-precise');
  const int = digits.int || '0';
  return { ok: true, value: digits.frac ? `${int}.${digits.frac}` : int };
}
