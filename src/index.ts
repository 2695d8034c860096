/**
 * idv-pricing: the drop-in calculator. Importing this module defines `<idv-pricing-calculator>` (once, even
 * when the file is loaded twice) and re-exports the engine and the element's types.
 */
export * from './engine/index.js';
export { IdvPricingCalculator } from './components/pricing-calculator/pricing-calculator.js';
export { IdvChangeEvent } from './events/index.js';
export type { IdvChangeDetail, CalculatorScenario } from './events/index.js';
export type { Locale } from './i18n/format.js';
