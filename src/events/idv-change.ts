import type { Quote } from '../engine/index.js';

/** The scenario as the calculator's attributes spell it; every number a decimal string. */
export interface CalculatorScenario {
  readonly plan: string;
  readonly volume: string;
  readonly period: 'day' | 'month' | 'year';
  readonly passRate: string;
  readonly photoSize: string;
  readonly retentionDays: string;
  readonly firstPurchase: boolean;
  readonly peakShare: string;
}

export interface IdvChangeDetail {
  readonly scenario: CalculatorScenario;
  /** The engine's quote for the scenario (plain JSON, money as decimal strings). */
  readonly quote: Quote;
  /** Best yearly total, exact decimal string, and its currency. */
  readonly total: string;
  readonly currency: 'CNY';
}

/** Fired after a visitor changes the scenario (never when code sets a property). Bubbles and crosses shadow roots. */
export class IdvChangeEvent extends CustomEvent<IdvChangeDetail> {
  constructor(detail: IdvChangeDetail) {
    super('idv-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-change': IdvChangeEvent;
  }
}
