/**
 * Every locale's strings, imported statically for tests that compare what an element shows with the text it
 * should show. The elements themselves load one locale's modules on demand (src/i18n/catalog.ts).
 */
import type { Locale } from '../../src/i18n/format.js';
import type { Translation } from '../../src/i18n/translation.js';
import enFirst from '../../src/i18n/locales/en/calculator.js';
import zhFirst from '../../src/i18n/locales/zh-CN/calculator.js';
import enMore from '../../src/i18n/locales/en/calculator-more.js';
import zhMore from '../../src/i18n/locales/zh-CN/calculator-more.js';
import enBilling from '../../src/i18n/locales/en/billing-calendar.js';
import zhBilling from '../../src/i18n/locales/zh-CN/billing-calendar.js';
import enCompare from '../../src/i18n/locales/en/compare.js';
import zhCompare from '../../src/i18n/locales/zh-CN/compare.js';
import enChart from '../../src/i18n/locales/en/cost-chart.js';
import zhChart from '../../src/i18n/locales/zh-CN/cost-chart.js';
import enEstimate from '../../src/i18n/locales/en/estimate.js';
import zhEstimate from '../../src/i18n/locales/zh-CN/estimate.js';
import enExport from '../../src/i18n/locales/en/export.js';
import zhExport from '../../src/i18n/locales/zh-CN/export.js';
import enQuota from '../../src/i18n/locales/en/quota-planner.js';
import zhQuota from '../../src/i18n/locales/zh-CN/quota-planner.js';
import enRefund from '../../src/i18n/locales/en/refund-estimator.js';
import zhRefund from '../../src/i18n/locales/zh-CN/refund-estimator.js';

/** One namespace's text in every locale. */
export type Section<T> = { readonly [L in Locale]: T };

/** The calculator's words: its first screen's and its details', as the element shows them once both are loaded. */
export const en: Translation = { ...enFirst, ...enMore };
export const zhCN: Translation = { ...zhFirst, ...zhMore };
export const billingCalendarStrings = { en: enBilling, 'zh-CN': zhBilling } as const;
export const compareStrings = { en: enCompare, 'zh-CN': zhCompare } as const;
export const costChartStrings = { en: enChart, 'zh-CN': zhChart } as const;
export const estimateStrings = { en: enEstimate, 'zh-CN': zhEstimate } as const;
export const exportStrings = { en: enExport, 'zh-CN': zhExport } as const;
export const quotaPlannerStrings = { en: enQuota, 'zh-CN': zhQuota } as const;
export const refundEstimatorStrings = { en: enRefund, 'zh-CN': zhRefund } as const;

export function translation(locale: Locale): Translation {
  return locale === 'zh-CN' ? zhCN : en;
}

export function pick<T>(section: Section<T>, locale: Locale): T {
  return section[locale];
}
