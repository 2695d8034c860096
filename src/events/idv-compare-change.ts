import type { Quote } from '../engine/index.js';
import type { QuoteComparison } from '../engine/compare.js';
import type { EstimateLine } from './idv-estimate-change.js';

/**
 * One column of <idv-compare>: a plan, a volume and its options, as an estimate line spells them (without the
 * peak share), and whether it is the account's first pack purchase; every number a decimal string.
 */
export interface CompareScenario extends Omit<EstimateLine, 'peakShare'> {
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
export class IdvCompareChangeEvent extends CustomEvent<IdvCompareChangeDetail> {
  constructor(detail: IdvCompareChangeDetail) {
    super('idv-compare-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-compare-change': IdvCompareChangeEvent;
  }
}
