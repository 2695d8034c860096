/** Readonly shapes of the engine's inputs and outputs. Money is always a decimal string in 元 (CNY). */

export type PlanId =
  | 'app'
  | 'h5'
  | 'server'
  | 'alipay-mini'
  | 'alipay-h5'
  | 'liveness-verify'
  | 'liveness-detect'
  | 'face-compare';

export type FamilyId = 'idv' | 'liveness' | 'face-compare';

/** R2: "calls" = successful calls (every verdict counts); "passed" = passed verifications only. */
export type Metering = 'calls' | 'passed';

export type Period = 'day' | 'month' | 'year';

/** Names of rounding modes as rules data spells them (docs/pricing-rules.md §R8). */
export type RoundingModeName = 'down' | 'half-up';

export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export interface Plan {
  readonly name: LocalizedText;
  readonly family: FamilyId;
  /** 元 per billable unit, decimal string. */
  readonly unitPrice: string;
  readonly metering: Metering;
  readonly storesPhotos: boolean;
  /** Default per-account QPS limit, or null where none is published (R3). */
  readonly qpsLimit: number | null;
}

export interface Pack {
  /** Units in the pack (whole, positive). */
  readonly units: number;
  /** Catalogue price, 元, decimal string. */
  readonly price: string;
  /** Price ÷ (units × unit price): "0.9" is 9折 / 90 %; "1" is no discount; "0" only for the free trial. */
  readonly ratio: string;
  /** The free trial pack: at most one, first purchase only (R4). */
  readonly trial?: boolean;
}

export interface Family {
  readonly name: LocalizedText;
  readonly unitPrice: string;
  /** Ascending by units. */
  readonly packs: readonly Pack[];
}

export interface Rules {
  /** The pricing document's version the numbers come from. */
  readonly version: string;
  readonly currency: 'CNY';
  readonly plans: Readonly<Record<PlanId, Plan>>;
  readonly families: Readonly<Record<FamilyId, Family>>;
  /** R6: pack validity and planning horizon. */
  readonly packs: {
    readonly lifetimeDays: number;
    readonly daysPerYear: number;
    readonly monthsPerYear: number;
    readonly daysPerMonth: number;
  };
  /** R10. */
  readonly oss: {
    readonly pricePerGBMonth: string;
    readonly mbPerGB: number;
    readonly daysPerMonth: number;
    readonly hoursPerDay: number;
    readonly defaultPhotoSizeMB: string;
    readonly defaultRetentionDays: number;
  };
  /** R8: how amounts are rounded for display. */
  readonly rounding: {
    readonly scale: number;
    /** Amounts this product bills (R8): truncated to the fen. */
    readonly payable: RoundingModeName;
    /** The OSS storage estimate, shown as the document's worked example does (R10: 3.515625 ≈ 3.52). */
    readonly ossEstimate: RoundingModeName;
  };
  /** R8 settlement. */
  readonly settlement: {
    readonly dailyBillingSince: string;
    readonly utcOffsetHours: number;
    readonly billAfterHours: readonly [number, number];
    readonly arrearsGraceHours: number;
  };
  /** R9. */
  readonly refund: {
    readonly fullRefundDays: number;
    readonly supportDays: number;
  };
  /** Where each number that is not from the pricing document comes from. */
  readonly sources: Readonly<Record<string, string>>;
}

/** A unit count as the API accepts it: a safe integer, or a digit string beyond 2^53. */
export type UnitsInput = number | string;
/** A decimal as the API accepts it: a number or a decimal string. */
export type DecimalInput = number | string;

export interface PackMixItem {
  readonly size: number;
  readonly price: string;
  /** A number while a safe integer (always, for volumes under 2^53), else a digit string. */
  readonly count: number | string;
  readonly trial?: boolean;
}

/** `PackMix`, what bestPackMix returns (part of the API). Counts are numbers while they are safe integers, digit strings beyond. */
export interface PackMix {
  readonly items: readonly PackMixItem[];
  readonly packCost: string;
  readonly coveredUnits: number | string;
  readonly overageUnits: number | string;
  readonly overageCost: string;
  readonly total: string;
  readonly postpaidTotal: string;
  readonly savings: string;
}

/**
 * The equal-cost alternative to a best pack mix (docs/pricing-rules.md §R5): a mix with the same total that pays less up
 * front and has no headroom. The best mix won the tie because it buys more units for the money; a visitor who
 * would rather commit less money gets this one. Plain JSON.
 */
export interface PackMixAlternative {
  /**
   * The alternative itself, in the shape of the best mix: its `total` equals the best mix's, its `packCost`
   * is lower, and its `overageUnits` is above 0 (it covers fewer units than the volume: no headroom).
   */
  readonly mix: PackMix;
  /**
   * How much less it pays up front (for packs), in 元: best `packCost` − alternative `packCost`, above 0. The
   * best mix has no pay-as-you-go part, so this is also the alternative's `overageCost`.
   */
  readonly upFrontLess: string;
  /**
   * The headroom the best mix buys and the alternative gives up: best `coveredUnits` − the volume, above 0. A
   * number while a safe integer, else a digit string.
   */
  readonly headroomGivenUp: number | string;
}
