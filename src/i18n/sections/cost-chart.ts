/** Figures for the chart's one-sentence description, already formatted. */
export interface CostChartSummary {
  /** Both axes on log scales (else linear, from 0). */
  readonly log: boolean;
  readonly from: string;
  readonly to: string;
  readonly unitPrice: string;
  /** The smallest break-even volume: below it pay-as-you-go is cheapest. */
  readonly paysFrom: string | null;
  /** The lowest pack price as a share of pay-as-you-go ("70 %" / "7折"). */
  readonly lowest: string | null;
}

/** What a point is, besides a grid volume. */
export interface PointTags {
  readonly visitor: boolean;
  /** "100,000-unit pack (90 %)" when the volume is a pack size. */
  readonly tier: string | null;
  /** The pack size whose break-even this volume is. */
  readonly breakEven: string | null;
}

export interface CostChartStrings {
  readonly title: (family: string) => string;
  readonly summary: (s: CostChartSummary) => string;
  readonly visitorSummary: (units: string, best: string, postpaid: string) => string;
  readonly xAxis: (log: boolean) => string;
  readonly yAxis: (log: boolean) => string;
  /** The scale toggle (a radio group) and what the live region says after a switch. */
  readonly scale: string;
  readonly scaleLinear: string;
  readonly scaleLog: string;
  readonly scaleChanged: (log: boolean) => string;
  readonly legendPostpaid: string;
  readonly legendBest: string;
  readonly legendVisitor: string;
  readonly legendSavings: string;
  readonly legendTier: string;
  readonly legendBreakEven: string;
  readonly keyboardHint: string;
  /** The readout before a point is chosen (no volume of the visitor's to show). */
  readonly readoutEmpty: string;
  readonly perYear: (units: string) => string;
  readonly volume: string;
  readonly postpaid: string;
  readonly best: string;
  readonly savings: string;
  readonly packs: string;
  readonly note: string;
  readonly pack: (count: string, size: string) => string;
  readonly trial: string;
  readonly overage: (units: string) => string;
  readonly noPacks: string;
  /** A pack's price against pay-as-you-go: zh "9折" ("原价" for none), en "90 %" ("100 %"). */
  readonly discount: (zhe: string, percent: string) => string;
  readonly free: string;
  readonly visitor: string;
  readonly tierTag: (size: string, discount: string) => string;
  readonly breakEvenTag: (size: string) => string;
  readonly pointLabel: (volume: string, postpaid: string, best: string, mix: string, tags: PointTags) => string;
  readonly showTable: string;
  readonly tableCaption: (family: string) => string;
  readonly packsCaption: string;
  readonly packColumn: string;
  readonly priceColumn: string;
  readonly discountColumn: string;
  readonly paysFromColumn: string;
  readonly zeroUnits: string;
  readonly badUnits: (text: string) => string;
  readonly unknownFamily: (name: string) => string;
  readonly rulesError: string;
}
