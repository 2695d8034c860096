import type { FamilyId, RefundKind } from '../engine/index.js';
import type { RefundWindow } from '../engine/refund.js';

/** What <idv-refund-estimator> was given; every number a decimal string, dates `YYYY-MM-DD`. */
export interface RefundScenario {
  readonly family: FamilyId;
  /** Units in the pack bought. */
  readonly packSize: string;
  /** Cash actually paid for the order, 元. */
  readonly paid: string;
  readonly usedUnits: string;
  /** `dates`: from `purchasedOn` to `today`; `days`: `daysSincePurchase` as given. */
  readonly mode: 'dates' | 'days';
  readonly purchasedOn: string;
  readonly today: string;
  readonly daysSincePurchase: string;
}

export interface IdvRefundChangeDetail {
  readonly scenario: RefundScenario;
  readonly kind: RefundKind;
  readonly window: RefundWindow;
  /** The refund, exact decimal string in 元, and its currency. */
  readonly amount: string;
  readonly currency: 'CNY';
}

/** Fired after a visitor changes the refund scenario and it is valid (never when code sets a property). */
export class IdvRefundChangeEvent extends CustomEvent<IdvRefundChangeDetail> {
  constructor(detail: IdvRefundChangeDetail) {
    super('idv-refund-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-refund-change': IdvRefundChangeEvent;
  }
}
