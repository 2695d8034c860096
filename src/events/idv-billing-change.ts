import type { BillingCalendar } from '../engine/statement.js';

export interface IdvBillingChangeDetail {
  /** The month shown, `YYYY-MM`. */
  readonly month: string;
  /** The daily bill and the balance as entered (decimal strings in 元; '' when not given). */
  readonly dailyBill: string;
  readonly balance: string;
  /** The engine's calendar: statement window, bill times, and arrears when both amounts are given. */
  readonly calendar: BillingCalendar;
  readonly currency: 'CNY';
}

/** Fired after a visitor changes the month, the daily bill or the balance (never when code sets a property). */
export class IdvBillingChangeEvent extends CustomEvent<IdvBillingChangeDetail> {
  constructor(detail: IdvBillingChangeDetail) {
    super('idv-billing-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-billing-change': IdvBillingChangeEvent;
  }
}
