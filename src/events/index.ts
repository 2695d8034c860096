export { IdvChangeEvent } from './idv-change.js';
export type { IdvChangeDetail, CalculatorScenario } from './idv-change.js';
