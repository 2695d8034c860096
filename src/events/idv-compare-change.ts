import type { Quote } from '../engine/index.js';
import type { QuoteComparison } from '../engine/compare.js';

/** One column of <idv-compare>: a plan, a volume and its options; every number a decimal string. */
export interface CompareScenario {
  /** Plan id (`app`, `h5`, …). */
  readonly plan: string;
  /** Completed verifications in `period`, a whole-number string; text such as `1.2万` is parsed. */
  readonly volume: string;
  readonly period: 'day' | 'month' | 'year';
  /** Percent of verifications that pass, for plans billed per passed verification (default 100). */
  readonly passRate?: string;
  /** Average face photo in MB, for plans that store photos (default 0.1). */
  readonly photoSize?: string;
  /** Days each photo is kept in OSS (default 30). */
  readonly retentionDays?: string;
  /** First pack purchase on the account: the free trial pack may be used. */
  readonly firstPurchase?: boolean;
}

export interface IdvCompareChangeDetail {
  /** The scenarios after the change, each field its last valid value. */
  readonly scenarios: readonly CompareScenario[];
  /** The engine's quote for each scenario, in order. */
  readonly quotes: readonly Quote[];
  /** The engine's comparison of the quotes: cheapest index or indices, differences as decimal strings. */
  readonly comparison: QuoteComparison;
  readonly currency: 'CNY';
}

/** Fired after a visitor changes a comparison (never when code sets a property). Bubbles and crosses shadow roots. */
export class IdvCompareChangeEvent extends Event {
  readonly detail: IdvCompareChangeDetail;

  constructor(detail: IdvCompareChangeDetail) {
    super('idv-compare-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-compare-change': IdvCompareChangeEvent;
  }
}
