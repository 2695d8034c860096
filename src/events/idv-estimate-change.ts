import type { Quote } from '../engine/index.js';

/** One line of an estimate as <idv-estimate>'s `lines` spells it: every number a decimal string. */
export interface EstimateLine {
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
  /** Percent of a day's volume in its busiest hour, for the QPS check; empty or absent for none. */
  readonly peakShare?: string;
}

export interface IdvEstimateChangeDetail {
  /** The estimate's lines after the change, each field its last valid value. */
  readonly lines: readonly EstimateLine[];
  readonly firstPurchase: boolean;
  /** The engine's quote for the lines (plain JSON, money as decimal strings). */
  readonly quote: Quote;
  /** Best yearly total for all lines with packs, exact decimal string, and its currency. */
  readonly total: string;
  readonly currency: 'CNY';
}

/** Fired after a visitor changes an estimate (never when code sets a property). Bubbles and crosses shadow roots. */
export class IdvEstimateChangeEvent extends CustomEvent<IdvEstimateChangeDetail> {
  constructor(detail: IdvEstimateChangeDetail) {
    super('idv-estimate-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-estimate-change': IdvEstimateChangeEvent;
  }
}
