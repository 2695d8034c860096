/**
 * idv-pricing: the drop-in widgets. Importing this module defines every element (once, even when the file
 * is loaded twice) and re-exports the engine, the share helpers and the elements' types.
 */
export * from './engine/index.js';
export { IdvPricingCalculator } from './components/pricing-calculator/pricing-calculator.js';
export { IdvEstimate } from './components/estimate/estimate.js';
export { IdvCompare } from './components/compare/compare.js';
export { IdvCostChart } from './components/cost-chart/cost-chart.js';
export { IdvQuotaPlanner } from './components/quota-planner/quota-planner.js';
export { IdvRefundEstimator } from './components/refund-estimator/refund-estimator.js';
export { IdvBillingCalendar } from './components/billing-calendar/billing-calendar.js';
export * from './events/index.js';
export { formatScenarioString, parseScenarioString, encodeScenarioParam, SCENARIO_FORMAT_VERSION } from './share/scenario-string.js';
export type { SharedScenario, SharedLine, ScenarioStringResult, ScenarioStringError } from './share/scenario-string.js';
export { quoteToText, quoteToMarkdown, quoteToCsv } from './share/export.js';
export type { Locale } from './i18n/format.js';
export { VERSION } from './version.js';
