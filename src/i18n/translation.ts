import type { Conversion, InputErrorCode, Metering, Period } from '../engine/index.js';

/**
 * Why a scenario string (a share link, the `scenario` attribute) could not be read: the codes
 * src/share/scenario-string.ts reports, each with a reason in every locale (`share.linkReasons`). Defined here,
 * below the share module, so the strings do not depend on it.
 */
export type ScenarioStringError =
  | 'empty'
  | 'too-long'
  | 'version-missing'
  | 'version-newer'
  | 'version-unknown'
  | 'no-lines'
  | 'too-many-lines'
  | 'unknown-plan'
  | 'bad-volume'
  /** A volume above the engine's maximum (10^18). */
  | 'volume-too-large'
  | 'unknown-period'
  | 'bad-option'
  | 'unknown-part';

/** Codes the text parsers (parse.ts) and the engine report; each has a message in every locale. */
export type FieldErrorCode = InputErrorCode | 'grouping' | 'not-whole' | 'too-large' | 'too-precise' | 'unknown';

/** Every string the UI shows. Plurals and interpolation are functions; `en` is the complete fallback. */
export interface Translation {
  readonly $code: 'en' | 'zh-CN';
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly plan: string;
  readonly planOption: (name: string, price: string, metering: Metering) => string;
  readonly volume: string;
  readonly volumeHint: string;
  readonly period: string;
  /** The period radios' group name: what the volume is counted per. */
  readonly periodGroup: string;
  /** Under the plan select: its price and what is billed. */
  readonly planHint: (price: string, metering: Metering) => string;
  readonly periods: Record<Period, string>;
  readonly perPeriod: Record<Period, string>;
  readonly passRate: string;
  readonly passRateHint: string;
  readonly photoSize: string;
  readonly retention: string;
  readonly retentionUnits: { readonly days: string; readonly months: string };
  readonly retentionUnitLabel: string;
  readonly firstPurchase: string;
  readonly firstPurchaseHint: (units: string) => string;
  readonly peakShare: string;
  readonly peakShareHint: string;
  readonly optional: string;
  readonly errors: Record<FieldErrorCode, string>;
  readonly range: (min: string, max: string) => string;
  readonly rangeAbove: (min: string, max: string) => string;
  readonly keptLast: string;
  readonly noQuote: string;
  readonly unknownPlan: (plan: string) => string;
  readonly postpaidTitle: string;
  readonly billableUnits: (units: string) => string;
  readonly roundedUnits: (exact: string, rounded: string) => string;
  readonly packsTitle: string;
  readonly packItem: (count: string, size: string) => string;
  readonly trialPack: string;
  readonly noDiscount: string;
  readonly free: string;
  readonly overage: (units: string) => string;
  readonly noPacks: string;
  readonly packsTotal: string;
  readonly postpaidYear: string;
  readonly savings: string;
  readonly effectivePrice: string;
  readonly perUnit: (metering: Metering) => string;
  /** The headline's label: the lowest total for a year, packs and pay-as-you-go together. */
  readonly summaryLabel: string;
  /** Under the headline: what the packs save against a year of pay-as-you-go. */
  readonly verdictSaves: (amount: string, percent: string) => string;
  /** The first screen's pay-as-you-go row: "Pay as you go, a day". */
  readonly postpaidFor: (period: string) => string;
  /** The first screen's OSS row. */
  readonly storageMonthlyLabel: string;
  readonly storedGB: (gb: string) => string;
  /** Under the headline when no pack pays off. */
  readonly verdictNoPacks: string;
  /** How a derived period's figure was made from the period entered (× 30 days …); `entered` is the one typed. */
  readonly factor: Record<Conversion, string>;
  /** A derived average count, shown whole: "≈ 14,167". */
  readonly approx: (count: string) => string;
  /** The packs block's heading note: the year of use the mix is for. */
  readonly packsFor: (units: string, factor: string | null) => string;
  /** Same total, less up front: the mix, how much less is paid up front, and that it has no headroom. */
  readonly alternative: (mix: string, less: string) => string;
  /** `n × size` for the alternative's line. */
  readonly alternativePack: (count: string, size: string) => string;
  /** "plus N pay as you go" in the alternative's line. */
  readonly alternativeOverage: (units: string) => string;
  /** The one disclosure that holds everything past the first screen. */
  readonly detailsTitle: string;
  /** The same when every tool is already on the first screen (`tools="all"`). */
  readonly detailsTitleNoTools: string;
  /** Read-only (docs) view: the button that shows the inputs. */
  readonly editInputs: string;
  /** Read-only view: the scenario's heading. */
  readonly scenarioTitle: string;
  /** The call to action's default text (the host can slot its own). */
  readonly cta: string;
  /** Said after amounts for English readers who might read ¥ as yen (empty where not needed). */
  readonly currencyNote: string;
  readonly storageTitle: string;
  readonly storageMonthly: string;
  readonly storageFirstYear: string;
  readonly storageNote: (price: string) => string;
  readonly storageExact: (exact: string) => string;
  readonly qpsTitle: string;
  readonly qpsPeak: (peak: string) => string;
  readonly qpsLimit: (limit: string) => string;
  readonly qpsOk: string;
  readonly qpsOver: string;
  readonly qpsNoLimit: string;
  readonly contactSales: string;
  readonly alertTitle: string;
  readonly alertFires: (day: string, percent: string) => string;
  readonly alertNever: string;
  readonly runsOut: (day: string) => string;
  readonly expires: (day: string, lost: string) => string;
  readonly balanceAdvice: (amount: string) => string;
  readonly howTitle: string;
  readonly how: {
    readonly units: (volume: string, rate: string | null, result: string) => string;
    readonly conversions: string;
    readonly postpaid: (units: string, price: string, result: string) => string;
    readonly packs: string;
    readonly savings: (postpaid: string, best: string, savings: string) => string;
    readonly effective: (total: string, units: string, price: string) => string;
    readonly balance: (month: string) => string;
    readonly storage: (photos: string, size: string, days: string, gb: string, price: string, fee: string) => string;
    readonly storageYear: string;
    readonly qps: (perDay: string, share: string, peak: string) => string;
    readonly alert: string;
    readonly rounding: string;
  };
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
  readonly announce: (best: string, postpaid: string) => string;
  /**
   * Said (politely, once typing pauses) when an edit leaves a field invalid: the field, its message and, when
   * figures are on screen (`kept`), that they are the last valid ones.
   */
  readonly announceError: (field: string, message: string, kept: boolean) => string;
  readonly tools: {
    readonly title: string;
    readonly chart: string;
    readonly estimate: string;
    readonly compare: string;
    readonly quota: string;
    readonly refund: string;
    readonly billing: string;
  };
  readonly share: {
    readonly toolbar: string;
    readonly copyLink: string;
    readonly copyText: string;
    readonly copyMarkdown: string;
    readonly csv: string;
    readonly json: string;
    readonly print: string;
    readonly copied: Record<'link' | 'text' | 'markdown', string>;
    readonly copyFailed: string;
    readonly manualCopy: string;
    readonly downloaded: string;
    readonly linkProblem: (reason: string) => string;
    readonly linkReasons: Record<ScenarioStringError, string>;
    readonly printScenario: string;
  };
  readonly day: (n: string) => string;
}

/**
 * The words the calculator's first screen does not show (its details, working, tools and toolbar; and the
 * planning words the line-based elements share): loaded after the calculator's first paint, and with the
 * estimate, compare, quota planner and refund estimator.
 */
export type CalculatorMoreKey =
  | 'effectivePrice' | 'perUnit' | 'qpsTitle' | 'qpsPeak' | 'qpsLimit' | 'qpsOk' | 'qpsNoLimit' | 'contactSales' | 'alertFires' | 'balanceAdvice' | 'howTitle' | 'how' | 'tools' | 'share' | 'noDiscount' | 'packsTotal' | 'postpaidYear' | 'savings' | 'approx' | 'storageTitle' | 'storageMonthly' | 'storageFirstYear' | 'storageNote' | 'qpsOver' | 'alertTitle' | 'alertNever' | 'runsOut' | 'expires' | 'day' | 'editInputs' | 'scenarioTitle';
/** The calculator's first-screen words (and those the line-based elements share): `locales/<locale>/calculator.ts`. */
export type CalculatorStrings = Omit<Translation, CalculatorMoreKey>;
/** The rest: `locales/<locale>/calculator-more.ts`. */
export type CalculatorMoreStrings = Pick<Translation, CalculatorMoreKey>;
