/**
 * idv-pricing/engine: the DOM-free rules engine. Pure functions over plain data; money in and out as decimal
 * strings in 元. The public names and shapes are the package's API (docs/engine.md documents them).
 */
export { InputError, RulesError } from './errors.js';
export type { InputErrorCode, RulesErrorCode } from './errors.js';
export { MAX_UNITS } from './decimal.js';
export { DEFAULT_RULES, PLAN_IDS, FAMILY_IDS } from './rules.js';
export { loadRules } from './load-rules.js';
export { bestPackMix, equalCostAlternative } from './pack-mix.js';
export { postpaidCost } from './postpaid.js';
export { ossStorage, MAX_PHOTO_MB, MAX_RETENTION_DAYS } from './storage.js';
export type { StorageFigures } from './storage.js';
export { packRefund, refundOnDates } from './refund.js';
export type { RefundKind, RefundOnDates, RefundWindow } from './refund.js';
export { statementWindow, billingCalendar } from './statement.js';
export type { BillingCalendar, DailyBill, BillStatus, Arrears } from './statement.js';
export { quote, QUOTE_SCHEMA, DEFAULT_ALERT_THRESHOLD, PERIODS } from './quote.js';
export type {
  Scenario,
  ScenarioLine,
  Quote,
  LineQuote,
  FamilyQuote,
  EqualCostAlternative,
  PackLine,
  AlertPlan,
  Conversion,
  PerPeriod,
} from './quote.js';
export { payable, ossEstimate, roundAmount, discountLabel, effectiveUnitPrice } from './rounding.js';
export type { DiscountLabel } from './rounding.js';
export { costCurve } from './cost-curve.js';
export type { CostCurve, CostCurveOptions, CostPoint, OutlineVertex, BreakEven, DiscountTier } from './cost-curve.js';
export { compareQuotes } from './compare.js';
export type { ComparedInput, QuoteDifference, QuoteComparison } from './compare.js';
export { packExpiry, planQuota, MAX_QUOTA_PACKS, MAX_QUOTA_SPAN_DAYS } from './lifecycle.js';
export type { QuotaInput, QuotaPackInput, QuotaPlan, QuotaPack, QuotaEvent, QuotaAlert, QuotaEnd, QuotaSeriesPoint } from './lifecycle.js';
export * from './types.js';
