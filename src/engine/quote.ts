import { Decimal, addRatio, ceilDiv, countOut, divOut, parseUnits, ratioOut, toPlain } from './decimal.js';
import type { Ratio } from './decimal.js';
import { InputError } from './errors.js';
import { flagIn, objectIn, percentIn } from './guards.js';
import { alternativeOf, packMixOf } from './pack-mix.js';
import { planOf } from './postpaid.js';
import { DEFAULT_RULES } from './rules.js';
import { parsePhotoSize, parseRetention, storageRatios } from './storage.js';
import type { StorageFigures } from './storage.js';
import type {
  DecimalInput,
  Family,
  FamilyId,
  Metering,
  PackMix,
  PackMixAlternative,
  Period,
  PlanId,
  Rules,
  UnitsInput,
} from './types.js';

/** Version of the Quote shape; bumped on any breaking change to it. */
export const QUOTE_SCHEMA = 1;
/** Remaining-quota alert threshold when the scenario gives none (our decision; the document sets no default). */
export const DEFAULT_ALERT_THRESHOLD = '20';
export const PERIODS: readonly Period[] = ['day', 'month', 'year'];

/** One plan's usage. Volume is completed verifications (every verdict) in `period`. */
export interface ScenarioLine {
  readonly plan: PlanId;
  readonly volume: UnitsInput;
  /** Default `month`. */
  readonly period?: Period;
  /** Percent of verdicts that pass, 0–100, default 100; used by plans metered by passed verifications (R2). */
  readonly passRate?: DecimalInput;
  /** Average face photo in MB, default 0.1 (R10); used by plans that store photos. */
  readonly photoSizeMB?: DecimalInput;
  /** Days each photo is kept, default 30 (R10). */
  readonly retentionDays?: UnitsInput;
  /** Percent of a day's volume in its busiest hour, 0–100; omitted or null for no QPS estimate (R3). */
  readonly peakHourShare?: DecimalInput | null;
}

/** What `quote()` prices: one line (the fields of ScenarioLine at the top level) or several `lines`. */
export interface Scenario extends Partial<ScenarioLine> {
  readonly lines?: readonly ScenarioLine[];
  /** First pack purchase of the account: the free trial packs may be used (R4). */
  readonly firstPurchase?: boolean;
  /** Alert when remaining pack units fall to this percent of the total, 0–100, default 20 (R7). */
  readonly alertThreshold?: DecimalInput;
}

/** How a period's figure was derived from the period entered. */
export type Conversion = 'entered' | '×30' | '×12' | '×365' | '÷30' | '÷12' | '÷365';

export interface PerPeriod<T = string> {
  readonly day: T;
  readonly month: T;
  readonly year: T;
}

export interface LineQuote {
  readonly plan: PlanId;
  readonly family: FamilyId;
  readonly metering: Metering;
  readonly unitPrice: string;
  /** The line's inputs, normalised (defaults filled in, numbers as strings). */
  readonly input: {
    readonly volume: string;
    readonly period: Period;
    /** Null where the plan is metered by successful calls and the pass rate does not apply. */
    readonly passRate: string | null;
    readonly photoSizeMB: string | null;
    readonly retentionDays: number | null;
    readonly peakHourShare: string | null;
  };
  /** Billable units (R2): whole in the period entered; a derived period may hold a fraction (÷30, ÷365). */
  readonly units: PerPeriod;
  /** Set when volume × pass rate was not whole: the exact product, before rounding half-up. */
  readonly unitsBeforeRounding: string | null;
  readonly conversions: PerPeriod<Conversion>;
  /** Postpaid cost of each period, exact (R3.1). Show with `payable()`. */
  readonly postpaid: PerPeriod;
  /** OSS storage for plans that store photos (R10), else null. */
  readonly storage: (StorageFigures & { readonly photosPerDay: string }) | null;
  /** Peak QPS estimate (R3) when a peak-hour share is given, else null. */
  readonly qps: {
    /** Completed verifications a day (every verdict reaches the service). */
    readonly volumePerDay: string;
    readonly peak: string;
    /** The plan's default QPS limit, or null where none is published (server-side). */
    readonly limit: number | null;
    /** Null where there is no limit to compare with. */
    readonly exceedsLimit: boolean | null;
  } | null;
}

export interface AlertPlan {
  readonly thresholdPercent: string;
  /** Units in the packs bought for the year (trial included). */
  readonly totalUnits: number | string;
  readonly unitsPerDay: string;
  /** Day (from purchase) the alert fires: ⌈T(1 − p)/d⌉; null if usage is 0 or the packs end first. */
  readonly alertDay: number | null;
  /** Day the packs run out: ⌈T/d⌉; null if they never run out before expiry. */
  readonly runOutDay: number | null;
  readonly expiryDay: number;
  /** Which comes first. */
  readonly endsBy: 'run-out' | 'expiry';
  /** Units left when the packs expire (lost, R6). */
  readonly unitsLostAtExpiry: string;
}

export interface PackLine {
  readonly size: number;
  readonly count: number | string;
  readonly price: string;
  /** price × count. */
  readonly cost: string;
  /** The pack's ratio to the postpaid price ("0.9" = 9折); "0" for the trial. */
  readonly ratio: string;
  readonly trial: boolean;
}

/**
 * The equal-cost alternative to a family's best mix (docs/pricing-rules.md §R5): the same total, less paid up front, no
 * headroom. `mix`, `upFrontLess` and `headroomGivenUp` as {@link PackMixAlternative}; `packLines` lists the
 * alternative's packs exactly as {@link FamilyQuote.packLines} lists the best mix's. Its pay-as-you-go part is
 * `mix.overageUnits` at `mix.overageCost` (equal to `upFrontLess`).
 */
export interface EqualCostAlternative extends PackMixAlternative {
  readonly packLines: readonly PackLine[];
}

export interface FamilyQuote {
  readonly family: FamilyId;
  readonly plans: readonly PlanId[];
  readonly unitPrice: string;
  /** Billable units of all the family's lines for one year, pooled (R3.2). */
  readonly yearUnits: number | string;
  /** Best mix for one pack lifetime (R5, R6). */
  readonly mix: PackMix;
  /** The mix's packs as the UI lists them: each with its line cost (price × count) and ratio to postpaid. */
  readonly packLines: readonly PackLine[];
  /** savings ÷ postpaid × 100; "0" when nothing is billed. */
  readonly savingsPercent: string;
  /** Best total ÷ units; null for 0 units. */
  readonly effectiveUnitPrice: string | null;
  /** `packs` when the best mix buys a paid pack, else `postpaid`. */
  readonly verdict: 'packs' | 'postpaid';
  /** R7; null when the mix holds no pack. */
  readonly alert: AlertPlan | null;
  /**
   * Set when another mix has the same total as `mix` but pays less up front (R5: the best mix won the tie on
   * headroom), so the visitor can choose between commitment and headroom; else null (the usual case).
   */
  readonly alternative: EqualCostAlternative | null;
}

/** Everything the widget shows for a scenario; plain JSON, money as exact decimal strings in 元. */
export interface Quote {
  readonly schema: typeof QUOTE_SCHEMA;
  readonly rulesVersion: string;
  readonly currency: 'CNY';
  readonly firstPurchase: boolean;
  readonly lines: readonly LineQuote[];
  readonly families: readonly FamilyQuote[];
  readonly totals: {
    readonly postpaid: PerPeriod;
    /** Σ families' best-mix totals for the year. */
    readonly bestYear: string;
    readonly savingsYear: string;
    readonly storageMonthly: string;
    readonly storageFirstYear: string;
    /** R8: keep about one month's estimated (postpaid) spend as balance. */
    readonly advisedBalance: string;
  };
}

function periodOf(value: unknown, field: string): Period {
  if (value === undefined) return 'month';
  if (!PERIODS.includes(value as Period)) {
    throw new InputError(field, 'unknown-period', `${JSON.stringify(value)} is not a period; use day, month or year.`);
  }
  return value as Period;
}

/** Multiplier and divisor from the period entered to each period, with the label the quote shows. */
function conversionsFor(period: Period, rules: Rules): PerPeriod<{ mul: number; div: number; label: Conversion }> {
  const { daysPerMonth: dm, monthsPerYear: my, daysPerYear: dy } = rules.packs;
  const one = { mul: 1, div: 1, label: 'entered' as const };
  if (period === 'day') {
    return { day: one, month: { mul: dm, div: 1, label: '×30' }, year: { mul: dy, div: 1, label: '×365' } };
  }
  if (period === 'month') {
    return { day: { mul: 1, div: dm, label: '÷30' }, month: one, year: { mul: my, div: 1, label: '×12' } };
  }
  return { day: { mul: 1, div: dy, label: '÷365' }, month: { mul: 1, div: my, label: '÷12' }, year: one };
}

interface PricedLine {
  readonly quote: LineQuote;
  readonly yearUnits: bigint;
  readonly postpaid: PerPeriod<Ratio>;
  readonly storageMonthly: Ratio | null;
  readonly storageYear: Ratio | null;
}

function priceLine(line: ScenarioLine, field: string, rules: Rules): PricedLine {
  objectIn(line, field || 'scenario');
  const at = (name: string): string => (field ? `${field}.${name}` : name);
  const plan = planOf(rules, line.plan, at('plan'));
  const volume = parseUnits(line.volume, at('volume'));
  const period = periodOf(line.period, at('period'));
  const passRate = line.passRate === undefined ? new Decimal(100) : percentIn(line.passRate, at('passRate'));
  const photoSize =
    line.photoSizeMB === undefined
      ? new Decimal(rules.oss.defaultPhotoSizeMB)
      : parsePhotoSize(line.photoSizeMB, at('photoSizeMB'));
  const retention =
    line.retentionDays === undefined ? rules.oss.defaultRetentionDays : parseRetention(line.retentionDays, at('retentionDays'));
  const share =
    line.peakHourShare === undefined || line.peakHourShare === null ? null : percentIn(line.peakHourShare, at('peakHourShare'));

  // R2: passed-verification plans bill volume × pass rate, rounded half-up to whole units in the period entered.
  const passed = plan.metering === 'passed';
  const exact = passed ? new Decimal(volume.toString()).times(passRate).div(100) : new Decimal(volume.toString());
  const entered = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const conv = conversionsFor(period, rules);
  const price = new Decimal(plan.unitPrice);
  const unitsOf = (c: { mul: number; div: number }): Ratio => ({ num: entered.times(c.mul), den: c.div });
  const costOf = (c: { mul: number; div: number }): Ratio => ({ num: entered.times(c.mul).times(price), den: c.div });
  const postpaid = { day: costOf(conv.day), month: costOf(conv.month), year: costOf(conv.year) };

  let storage: LineQuote['storage'] = null;
  let storageMonthly: Ratio | null = null;
  let storageYear: Ratio | null = null;
  if (plan.storesPhotos) {
    // R10: every completed verification uploads a photo, pass or fail; so photos/day come from the volume.
    const photos: Ratio = { num: new Decimal(volume.toString()).times(conv.day.mul), den: conv.day.div };
    const ratios = storageRatios(photos, photoSize, retention, rules);
    storage = {
      photosPerDay: ratioOut(photos),
      storedMB: ratioOut(ratios.storedMB),
      storedGB: ratioOut(ratios.storedGB),
      monthlyFee: ratioOut(ratios.monthlyFee),
      firstYearFee: ratioOut(ratios.firstYearFee),
    };
    storageMonthly = ratios.monthlyFee;
    storageYear = ratios.firstYearFee;
  }

  let qps: LineQuote['qps'] = null;
  if (share) {
    // Peak QPS = volume a day × share of the busiest hour ÷ 3600 s.
    const num = new Decimal(volume.toString()).times(conv.day.mul).times(share);
    const den = conv.day.div * 100 * 3600;
    const limit = plan.qpsLimit;
    qps = {
      volumePerDay: divOut(new Decimal(volume.toString()).times(conv.day.mul), conv.day.div),
      peak: divOut(num, den),
      limit,
      exceedsLimit: limit === null ? null : num.gt(new Decimal(limit).times(den)),
    };
  }

  const quote: LineQuote = {
    plan: line.plan,
    family: plan.family,
    metering: plan.metering,
    unitPrice: plan.unitPrice,
    input: {
      volume: volume.toString(),
      period,
      passRate: passed ? toPlain(passRate) : null,
      photoSizeMB: plan.storesPhotos ? toPlain(photoSize) : null,
      retentionDays: plan.storesPhotos ? retention : null,
      peakHourShare: share ? toPlain(share) : null,
    },
    units: { day: ratioOut(unitsOf(conv.day)), month: ratioOut(unitsOf(conv.month)), year: ratioOut(unitsOf(conv.year)) },
    unitsBeforeRounding: exact.eq(entered) ? null : toPlain(exact),
    conversions: { day: conv.day.label, month: conv.month.label, year: conv.year.label },
    postpaid: { day: ratioOut(postpaid.day), month: ratioOut(postpaid.month), year: ratioOut(postpaid.year) },
    storage,
    qps,
  };
  // The year figure is always a whole multiple (×365, ×12 or as entered), so packs plan on whole units.
  const yearUnits = BigInt(entered.times(conv.year.mul).toFixed(0));
  return { quote, yearUnits, postpaid, storageMonthly, storageYear };
}

/** A mix's packs as the UI lists them: line cost (price × count), ratio to postpaid, trial flag. */
function packLinesOf(fam: Family, mix: PackMix): PackLine[] {
  return mix.items.map((item) => {
    const pack = fam.packs.find((p) => p.units === item.size && (p.trial === true) === (item.trial === true))!;
    return {
      size: item.size,
      count: item.count,
      price: item.price,
      cost: toPlain(new Decimal(item.price).times(String(item.count))),
      ratio: pack.ratio,
      trial: pack.trial === true,
    };
  });
}

function alertPlan(mix: PackMix, yearUnits: bigint, threshold: Decimal, rules: Rules): AlertPlan | null {
  const total = BigInt(mix.coveredUnits);
  if (total === 0n) return null;
  const { lifetimeDays, daysPerYear } = rules.packs;
  const expiryDay = lifetimeDays;
  // Days are counted at the steady daily usage d = yearUnits / daysPerYear, kept as that exact ratio.
  const days = (units: Decimal): number | null =>
    yearUnits === 0n ? null : Number(ceilDiv(units.times(daysPerYear), new Decimal(yearUnits.toString())));
  const t = new Decimal(total.toString());
  const runOut = days(t);
  const alert = days(t.times(new Decimal(100).minus(threshold)).div(100));
  const endsBy = runOut !== null && runOut <= expiryDay ? 'run-out' : 'expiry';
  const used = new Decimal(yearUnits.toString()).times(lifetimeDays);
  const lost = Decimal.max(t.times(daysPerYear).minus(used), 0);
  return {
    thresholdPercent: toPlain(threshold),
    totalUnits: mix.coveredUnits,
    unitsPerDay: divOut(new Decimal(yearUnits.toString()), daysPerYear),
    alertDay: alert !== null && alert <= (endsBy === 'run-out' ? runOut! : expiryDay) ? alert : null,
    runOutDay: endsBy === 'run-out' ? runOut : null,
    expiryDay,
    endsBy,
    unitsLostAtExpiry: endsBy === 'expiry' ? divOut(lost, daysPerYear) : '0',
  };
}

/**
 * Everything the calculator shows for one scenario: billable units and postpaid cost per day, month and year
 * for each line; each pack family's best mix for a year on the pooled volume of its lines (R3, R5, R6), with
 * savings, savings percentage, effective unit price and the quota alert (R7); OSS storage (R10); the QPS
 * estimate (R3); and the balance the document advises keeping (R8).
 *
 * @param scenario - One line (`{ plan, volume, period, … }`) or `{ lines: [...] }`, plus `firstPurchase` and
 *   `alertThreshold`. See {@link Scenario}.
 * @param rules - The bundled rules by default.
 * @returns A plain-JSON {@link Quote}; money as exact decimal strings in 元 (truncated at 12 places only where a
 *   division by 30, 12 or 365 does not end). Round for display with `payable()` / `ossEstimate()`.
 * @throws {InputError} with `field` naming the input (`volume`, `lines[1].passRate`, …) and a stable `code`.
 * @example quote({ plan: 'app', volume: 30000, period: 'month' }).totals.postpaid.year // '360000'
 */
export function quote(scenario: Scenario, rules: Rules = DEFAULT_RULES): Quote {
  if (typeof scenario !== 'object' || scenario === null) {
    throw new InputError('scenario', 'type', 'must be an object with a plan and a volume, or lines.');
  }
  let priced: PricedLine[];
  if (scenario.lines !== undefined) {
    if (!Array.isArray(scenario.lines)) throw new InputError('lines', 'type', 'must be an array of lines.');
    if (scenario.lines.length === 0) throw new InputError('lines', 'no-lines', 'add at least one line (a plan and a volume).');
    priced = scenario.lines.map((l, i) => priceLine(l, `lines[${i}]`, rules));
  } else {
    if (scenario.plan === undefined) throw new InputError('plan', 'no-lines', 'choose a plan (or give lines).');
    priced = [priceLine(scenario as ScenarioLine, '', rules)];
  }
  const first = flagIn(scenario.firstPurchase, 'firstPurchase');
  const threshold =
    scenario.alertThreshold === undefined
      ? new Decimal(DEFAULT_ALERT_THRESHOLD)
      : percentIn(scenario.alertThreshold, 'alertThreshold');

  const byFamily = new Map<FamilyId, PricedLine[]>();
  for (const p of priced) byFamily.set(p.quote.family, [...(byFamily.get(p.quote.family) ?? []), p]);
  const families: FamilyQuote[] = [];
  let bestYear = new Decimal(0);
  for (const [id, lines] of byFamily) {
    const fam = rules.families[id];
    const yearUnits = lines.reduce((s, l) => s + l.yearUnits, 0n);
    const mix = packMixOf(fam, yearUnits, first);
    const alternative = alternativeOf(fam, yearUnits, first, mix);
    const postpaid = new Decimal(mix.postpaidTotal);
    bestYear = bestYear.plus(mix.total);
    families.push({
      family: id,
      plans: [...new Set(lines.map((l) => l.quote.plan))],
      unitPrice: fam.unitPrice,
      yearUnits: countOut(yearUnits),
      mix,
      packLines: packLinesOf(fam, mix),
      savingsPercent: postpaid.isZero() ? '0' : divOut(new Decimal(mix.savings).times(100), postpaid),
      effectiveUnitPrice: yearUnits === 0n ? null : divOut(new Decimal(mix.total), yearUnits),
      verdict: mix.items.some((i) => i.price !== '0') ? 'packs' : 'postpaid',
      alert: alertPlan(mix, yearUnits, threshold, rules),
      alternative: alternative && { ...alternative, packLines: packLinesOf(fam, alternative.mix) },
    });
  }

  const zero: Ratio = { num: new Decimal(0), den: 1 };
  const sum = (pick: (p: PricedLine) => Ratio | null): Ratio => priced.reduce((s, p) => addRatio(s, pick(p) ?? zero), zero);
  const postpaid = {
    day: sum((p) => p.postpaid.day),
    month: sum((p) => p.postpaid.month),
    year: sum((p) => p.postpaid.year),
  };
  const postpaidYear = ratioOut(postpaid.year);
  return {
    schema: QUOTE_SCHEMA,
    rulesVersion: rules.version,
    currency: 'CNY',
    firstPurchase: first,
    lines: priced.map((p) => p.quote),
    families,
    totals: {
      postpaid: { day: ratioOut(postpaid.day), month: ratioOut(postpaid.month), year: postpaidYear },
      bestYear: toPlain(bestYear),
      savingsYear: toPlain(new Decimal(postpaidYear).minus(bestYear)),
      storageMonthly: ratioOut(sum((p) => p.storageMonthly)),
      storageFirstYear: ratioOut(sum((p) => p.storageYear)),
      advisedBalance: ratioOut(postpaid.month),
    },
  };
}
