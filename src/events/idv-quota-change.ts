import type { FamilyId } from '../engine/index.js';
import type { QuotaPlan } from '../engine/lifecycle.js';

/** A pack as <idv-quota-planner> lists it: a size from the family's catalogue and an ISO purchase date. */
export interface QuotaPackRow {
  /** Units in the pack, a whole-number string (`'100000'`). */
  readonly units: string;
  /** Purchase date, `YYYY-MM-DD` (Beijing), or a date and time as the engine reads it. */
  readonly boughtAt: string;
}

export interface IdvQuotaChangeDetail {
  readonly family: FamilyId;
  readonly packs: readonly QuotaPackRow[];
  /** Billable units a day, and the alert threshold in %, as decimal strings. */
  readonly dailyUsage: string;
  readonly threshold: string;
  /** The engine's plan (`planQuota`): alert, run-out or expiry, units lost, timeline events. */
  readonly plan: QuotaPlan;
}

/** Fired after a visitor changes the packs, the daily usage or the threshold (never when code sets a property). */
export class IdvQuotaChangeEvent extends CustomEvent<IdvQuotaChangeDetail> {
  constructor(detail: IdvQuotaChangeDetail) {
    super('idv-quota-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'idv-quota-change': IdvQuotaChangeEvent;
  }
}
