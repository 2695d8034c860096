/**
 * Showing the engine's decimal strings in zh-CN or en, exactly.
 *
 * Every figure is cut to its places first (by the engine, or by truncation here), then its digits are
 * grouped as strings: never `Number()` on money, and nothing rounds a second time.
 *
 * Decisions:
 * - Amounts to pay are truncated to the fen (docs/pricing-rules.md §R8) by `payable()`; the OSS estimate is half-up by
 *   `ossEstimate()` (R10). Both always show 2 decimals.
 * - Unit prices show their own decimals (`¥0.182`, `¥0.006`, `¥1`) up to 4 places; a derived price such as
 *   '0.709589041095' is truncated to `¥0.7095`. Four places show every list price exactly (the finest is
 *   0.006, and 0.12/GB) and are as fine as a visitor can use.
 * - Counts and percentages are truncated (never rounded up) to 2 decimals.
 * - zh-CN counts use 万亿/亿/万 only when that form is exact with at most 2 decimals, so `1.5亿` and `365万`
 *   but `123,456,789`. A fractional count is judged after truncation, as the digits form would be.
 * - The currency sign is the one Intl writes for CNY in each locale: `¥` in zh-CN, `CN¥` in en. A bare `¥`
 *   is voiced "yen" by English screen readers and read as yen by many English readers.
 * - A count a visitor reads is whole: a derived average (a month of a yearly volume) is `≈ 14,167`
 *   ({@link formatAverageCount}), rounded half-up, never `14,166.66`.
 * - A pack's discount is `10 % off` in en and `9折` in zh-CN ({@link formatDiscount}).
 */
import { Decimal } from '../engine/decimal.js';
import { discountLabel, ossEstimate, payable, roundAmount } from '../engine/index.js';

/** The locales the widget is translated into. */
export type Locale = 'zh-CN' | 'en';

/** `-0.00` (a small negative cut to nothing) is shown as zero: a sign on nothing only confuses. */
const unsignZero = (value: string): string => (/^-[0.]+$/.test(value) ? value.slice(1) : value);

/**
 * Truncates a decimal string to at most `maxPlaces` places and drops trailing zeros ('33.30' → '33.3').
 * The engine's `roundAmount` does the cut, so bad input throws its `InputError`.
 */
function truncate(value: string, maxPlaces: number): string {
  return unsignZero(trimZeros(roundAmount(value, maxPlaces, 'down')));
}

const trimZeros = (value: string): string => (value.includes('.') ? value.replace(/\.?0+$/, '') : value);

/**
 * The sign before a CNY amount, as `Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' })` writes
 * it: `¥` in zh-CN, `CN¥` in en (where a bare `¥` would read, and be voiced, as the yen).
 */
export const CURRENCY_SIGN: Readonly<Record<Locale, string>> = { 'zh-CN': '¥', en: 'CN¥' };

/**
 * Formats a decimal string with its own places: digits grouped by threes with `,`, the locale's
 * {@link CURRENCY_SIGN} before currency, `-` before both (`-CN¥1.50`, as Intl writes it). Both locales
 * group numbers this way, so this is string work on the exact digits: no `Number`, and no
 * `Intl.NumberFormat` (whose first use in a page loads ICU data, about 25 ms of the calculator's first paint).
 */
function show(value: string, locale: Locale, style: 'currency' | 'decimal' = 'decimal'): string {
  const negative = value.startsWith('-');
  const [whole = '', fraction] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = style === 'currency' ? (CURRENCY_SIGN[locale] ?? CURRENCY_SIGN.en) : '';
  return `${negative ? '-' : ''}${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * An amount of money as shown: rounded by the engine's rule for the figure, then the locale's currency sign
 * (`CN¥` in en, `¥` in zh-CN) with grouping and exactly 2 decimals.
 *
 * @param amount - exact amount in 元, a decimal string from the engine.
 * @param locale - `'zh-CN'` or `'en'`.
 * @param mode - `'payable'` truncates to the fen (R8, amounts to pay); `'estimate'` rounds half-up (R10, OSS).
 * @returns e.g. `CN¥1,234,567.89` (en), `¥1,234,567.89` (zh-CN).
 * @throws {InputError} when `amount` is not a decimal string the engine accepts.
 * @example
 * formatMoney('1234567.899', 'en')             // 'CN¥1,234,567.89'
 * formatMoney('0.006', 'zh-CN')                // '¥0.00'
 * formatMoney('3.515625', 'zh-CN', 'estimate') // '¥3.52'
 */
export function formatMoney(amount: string, locale: Locale, mode: 'payable' | 'estimate' = 'payable'): string {
  return show(unsignZero(mode === 'payable' ? payable(amount) : ossEstimate(amount)), locale, 'currency');
}

/**
 * A unit price as shown: its own decimals, trailing zeros dropped, truncated beyond `maxPlaces`.
 *
 * @param amount - price in 元 per unit, a decimal string.
 * @param locale - `'zh-CN'` or `'en'`.
 * @param options - `maxPlaces` (default 4) for derived prices that do not terminate.
 * @returns e.g. `CN¥0.182` (en), `¥0.182` (zh-CN).
 * @throws {InputError} when `amount` is not a decimal string the engine accepts.
 * @example
 * formatPrice('0.182', 'en')          // 'CN¥0.182'
 * formatPrice('1', 'zh-CN')           // '¥1'
 * formatPrice('0.709589041095', 'en') // 'CN¥0.7095'
 */
export function formatPrice(amount: string, locale: Locale, options: { readonly maxPlaces?: number } = {}): string {
  return show(truncate(amount, options.maxPlaces ?? 4), locale, 'currency');
}

/**
 * A plain number, grouped, truncated to at most `maxPlaces` decimals, trailing zeros dropped.
 *
 * @example formatNumber('1234.5678', 'en', 2) // '1,234.56'
 * @throws {InputError} when `value` is not a decimal string the engine accepts.
 */
export function formatNumber(value: string, locale: Locale, maxPlaces: number): string {
  return show(truncate(value, maxPlaces), locale);
}

/** zh-CN large-number units, largest first: [power of ten, character]. */
const ZH_UNITS: readonly (readonly [number, string])[] = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
];

/**
 * A count of units (verifications, photos, days), at most 2 decimals, truncated. en groups digits
 * (`3,650,000`); zh-CN writes `365万`, `4.8万`, `1.5亿` when that is exact with at most 2 decimals of the
 * unit, and grouped digits otherwise.
 *
 * @param units - a count as a decimal string ('3650000', '33.333333333333').
 * @param locale - `'zh-CN'` or `'en'`.
 * @throws {InputError} when `units` is not a decimal string the engine accepts.
 * @example
 * formatCount('3650000', 'en')       // '3,650,000'
 * formatCount('3650000', 'zh-CN')    // '365万'
 * formatCount('150000000', 'zh-CN')  // '1.5亿'
 * formatCount('1234567', 'zh-CN')    // '1,234,567'
 * formatCount('33.333333333333', 'en') // '33.33'
 */
export function formatCount(units: string, locale: Locale): string {
  const value = truncate(units, 2);
  if (locale === 'zh-CN' && /^\d+$/.test(value)) {
    for (const [power, unit] of ZH_UNITS) {
      // Exact with at most 2 decimals of the unit: the last power − 2 digits are zeros.
      if (value.length > power && value.endsWith('0'.repeat(power - 2))) {
        return show(trimZeros(`${value.slice(0, -power)}.${value.slice(-power, 2 - power)}`), locale) + unit;
      }
    }
  }
  return show(value, locale);
}

/**
 * A percentage figure (already in %, e.g. a pass rate of '95' or a share of '29.04109589041'), truncated
 * to `maxPlaces` decimals. Both locales write the sign right after the digits with no space.
 *
 * @throws {InputError} when `value` is not a decimal string the engine accepts.
 * @example formatPercent('29.04109589041', 'en') // '29.04%'
 */
export function formatPercent(value: string, locale: Locale, maxPlaces = 2): string {
  return `${formatNumber(value, locale, maxPlaces)}%`;
}

/**
 * A count that may be a derived average (a month or a day of a yearly volume: 170,000 a year is
 * 14,166.66… a month): whole counts as {@link formatCount} writes them, a fraction as `≈ ` and the count
 * rounded half-up to a whole number. Visitors count whole verifications; `14,166.66 次` reads as a mistake.
 *
 * @param units - a count as a decimal string.
 * @param locale - `'zh-CN'` or `'en'`.
 * @throws {InputError} when `units` is not a decimal string the engine accepts.
 * @example
 * formatAverageCount('170000', 'en')            // '170,000'
 * formatAverageCount('14166.666666666666', 'en') // '≈ 14,167'
 * formatAverageCount('14166.4', 'zh-CN')         // '≈ 14,166'
 */
export function formatAverageCount(units: string, locale: Locale): string {
  const whole = unsignZero(roundAmount(units, 0, 'half-up'));
  // roundAmount has checked the text: a canonical decimal, so any non-zero fraction digit makes it a fraction.
  return /\.\d*[1-9]/.test(units) ? `≈ ${formatCount(whole, locale)}` : formatCount(whole, locale);
}

/**
 * A pack's price against pay-as-you-go, as its chip reads: en `10 % off` (for a ratio of 0.9), zh-CN `9折`;
 * `no discount` / `无折扣` at 1 and `free` / `免费` at 0 (the calculator's `noDiscount` and `free` words).
 * Exact: `0.855` is `14.5 % off` and `8.55折`.
 *
 * @param ratio - the pack's price ÷ (units × unit price), a decimal from 0 to 1.
 * @param locale - `'zh-CN'` or `'en'`.
 * @throws {InputError} when `ratio` is not a decimal from 0 to 1.
 * @example
 * formatDiscount('0.9', 'en')    // '10 % off'
 * formatDiscount('0.9', 'zh-CN') // '9折'
 * formatDiscount('1', 'en')      // 'no discount'
 */
export function formatDiscount(ratio: string, locale: Locale): string {
  const label = discountLabel(ratio);
  const zh = locale === 'zh-CN';
  if (label.kind === 'none') return zh ? '无折扣' : 'no discount';
  if (label.kind === 'free') return zh ? '免费' : 'free';
  if (zh) return label.zhe;
  return `${new Decimal(1).minus(ratio).times(100).toFixed()} % off`;
}
