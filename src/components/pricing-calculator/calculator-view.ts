/**
 * What the calculator's parts (results, details) read from it to render: the strings, locale, rules and a
 * few formatters. One object, so each part is a plain function of the quote. Not API.
 */
import type { PlanId, Rules } from '../../engine/index.js';
import { formatAverageCount, formatCount, formatMoney } from '../../i18n/format.js';
import type { Locale } from '../../i18n/format.js';
import type { Translation } from '../../i18n/translation.js';

export interface CalculatorView {
  readonly t: Translation;
  readonly locale: Locale;
  readonly rules: Rules;
  /** Prefix for ids in this element's shadow root. */
  readonly uid: string;
}

/** An amount to pay, truncated to the fen. */
export const money = (v: CalculatorView, amount: string): string => formatMoney(amount, v.locale);

/** A whole count (units the engine gives whole: pack sizes, yearly units). */
export const count = (v: CalculatorView, units: string | number): string => formatCount(String(units), v.locale);

/** A count that may be a derived average: whole, or `≈` and the nearest whole number. */
export const average = (v: CalculatorView, units: string | number): string => formatAverageCount(String(units), v.locale);

export const planName = (v: CalculatorView, id: PlanId): string => v.rules.plans[id].name[v.locale === 'zh-CN' ? 'zh' : 'en'];
