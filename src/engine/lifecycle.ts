/**
 * The pack lifecycle on the calendar (docs/pricing-rules.md §R6, R7): when a pack expires, and, day by day, when
 * a quota alert fires and the packs run out. Every date is an ISO string read in the billing time zone
 * (`rules.settlement.utcOffsetHours`, Beijing UTC+8) unless it carries its own offset. The monthly statement
 * and its daily bills (R8) are in statement.ts, refunds on dates (R9) in refund.ts.
 */
import { Decimal, countOut, describe, parseUnits, toPlain } from './decimal.js';
import { dayOf, dayStart, isLeapYear, isoDate, isoDateTime, localDay, parseInstant, ymd } from './datetime.js';
import { InputError } from './errors.js';
import { percentIn, recordIn } from './guards.js';
import { DEFAULT_ALERT_THRESHOLD } from './quote.js';
import { DEFAULT_RULES } from './rules.js';
import type { DecimalInput, Rules, UnitsInput } from './types.js';

/** Most packs {@link planQuota} takes: more is not a plan but a ledger. */
export const MAX_QUOTA_PACKS = 50;
/** Purchases (and the start of usage) more than this many days apart are refused: the plan is a year or two. */
export const MAX_QUOTA_SPAN_DAYS = 3653;

// ---- R6: expiry -----------------------------------------------------------------------------------------

/**
 * The calendar day a pack bought on `day` stops covering: the day after its anniversary. A pack bought on
 * 29 February has its anniversary on 28 February of a common year (the last day of that February), so it
 * expires on 1 March 00:00, one day before a pack bought on 1 March of the leap year.
 */
function expiryDay(day: number): number {
  const [y, m, d] = ymd(day);
  const anniversary = m === 2 && d === 29 && !isLeapYear(y + 1) ? 28 : d;
  return dayOf(y + 1, m, anniversary + 1);
}

/**
 * When a pack expires (docs/pricing-rules.md §R6): midnight (billing time zone, Beijing) after the anniversary of the
 * purchase date. Units left then are lost. **Decision**: a pack bought on 29 February has its anniversary on
 * 28 February of a common year, so it expires on 1 March 00:00.
 *
 * The lifetime is a calendar year, as the document's example shows; `rules.packs.lifetimeDays` (365) is
 * only the quote's planning horizon.
 *
 * @param boughtAt - ISO date or date and time of the purchase (`2020-02-27 10:48:56`, `2020-02-27T10:48:56`,
 *   `2020-02-27`, or with `Z`/`±HH:mm`); without an offset, Beijing time.
 * @param rules - For the billing time zone; the bundled rules by default.
 * @returns ISO date and time of expiry with its offset, e.g. `2021-02-28T00:00:00+08:00`.
 * @throws {InputError} `boughtAt`: `type`, `empty`, `invalid-date` (not a calendar date), `out-of-range`
 *   (year outside 1970–9999).
 * @example packExpiry('2020-02-27 10:48:56') // '2021-02-28T00:00:00+08:00'
 * @example packExpiry('2020-02-29 09:00:00') // '2021-03-01T00:00:00+08:00'
 */
export function packExpiry(boughtAt: string, rules: Rules = DEFAULT_RULES): string {
  const off = rules.settlement.utcOffsetHours;
  const day = localDay(parseInstant(boughtAt, 'boughtAt', off), off);
  return isoDateTime(dayStart(expiryDay(day), off), off);
}

// ---- R6 + R7: quota alert planner --------------------------------------------------------------------------

export interface QuotaPackInput {
  /** Units in the pack: a whole number above 0. */
  readonly units: UnitsInput;
  /** ISO date or date and time of the purchase (Beijing time unless it carries an offset). */
  readonly boughtAt: string;
}

export interface QuotaInput {
  /** The packs bought, in any order; at most {@link MAX_QUOTA_PACKS}. */
  readonly packs: readonly QuotaPackInput[];
  /** Billable units used every day (whole, ≥ 0). */
  readonly dailyUsage: UnitsInput;
  /** Alert when the live packs' remaining units fall to this percent of their total, 0–100; default 20 (R7). */
  readonly thresholdPercent?: DecimalInput;
  /** ISO date usage starts; default the first purchase date. Days before it use nothing. */
  readonly start?: string;
}

export interface QuotaPack {
  readonly units: number | string;
  /** The purchase, normalised: `2020-02-27T10:48:56+08:00`. */
  readonly boughtAt: string;
  /** {@link packExpiry} of the purchase. */
  readonly expiresAt: string;
  /** Units this pack covered. */
  readonly used: number | string;
  /** Units left when it expired: lost (R6). */
  readonly lostAtExpiry: number | string;
  /** Date the pack's last unit was used, or null if it expired first. */
  readonly runOutDate: string | null;
}

/**
 * A point on the timeline. `date` is the Beijing calendar date; `day` counts days of usage from the start
 * (day 1 is the start date; 0 means before the first day's usage).
 */
export type QuotaEvent =
  | { readonly type: 'buy'; readonly date: string; readonly at: string; readonly pack: number; readonly units: number | string }
  | { readonly type: 'expire'; readonly date: string; readonly at: string; readonly pack: number; readonly lostUnits: number | string }
  | { readonly type: 'alert'; readonly date: string; readonly day: number; readonly remaining: number | string; readonly total: number | string }
  | { readonly type: 'run-out'; readonly date: string; readonly day: number };

export interface QuotaAlert {
  /**
   * The date whose usage brings the remaining units to the threshold; or the date it is met as the day
   * begins (day 0 on the start date; a purchase or an expiry that day), before that day's usage.
   */
  readonly date: string;
  /** Days of usage until then: ⌈T(1 − p)/d⌉ for one pack (R7); 0 when the threshold is met before any use. */
  readonly day: number;
  /** Units left in the live packs then, and those packs' total. */
  readonly remaining: number | string;
  readonly total: number | string;
}

export interface QuotaEnd {
  /** `run-out`: usage used the last unit; `expiry`: the live packs expired with units left. */
  readonly kind: 'run-out' | 'expiry';
  /** Run-out: the date of the day the last unit is used; expiry: the date the packs expire (at 00:00). */
  readonly date: string;
  /** Days of usage the packs covered (the last one perhaps in part): ⌈T/d⌉ for one pack that runs out (R7). */
  readonly day: number;
  /** Expiry only: the instant, `2021-02-28T00:00:00+08:00`; null for a run-out. */
  readonly at: string | null;
}

export interface QuotaSeriesPoint {
  readonly date: string;
  /** Days of usage before this date: 0 on the start date, negative before it. */
  readonly day: number;
  /** Units left in the live packs as the date begins (after its expiries and purchases), and their total. */
  readonly remaining: number | string;
  readonly total: number | string;
}

export interface QuotaPlan {
  /** The first day of usage. */
  readonly start: string;
  readonly dailyUsage: number | string;
  readonly thresholdPercent: string;
  /** Units of every pack. */
  readonly totalUnits: number | string;
  /** The first alert on or after the start; null when the packs end before it would fire (or nothing is used). */
  readonly alert: QuotaAlert | null;
  /** When the packs first stop covering usage after the start: run out, or expire, whichever is first. */
  readonly end: QuotaEnd;
  readonly packs: readonly QuotaPack[];
  /** Usage the packs covered, units lost at expiry, and usage from the start to the last expiry no pack covered. */
  readonly usedUnits: number | string;
  readonly lostUnits: number | string;
  readonly uncoveredUnits: number | string;
  /** Dates simulated: the first purchase or the start (the earlier) to the last day any pack is live. */
  readonly horizon: { readonly from: string; readonly to: string; readonly days: number };
  /**
   * Remaining units as each date begins, kept only where the line bends (a purchase, an expiry, a run-out),
   * so straight stretches are two points; the last point is the date the last pack expires (0 left).
   */
  readonly series: readonly QuotaSeriesPoint[];
  /** Purchases, expiries, alerts and run-outs in time order (on one date: expiries, purchases, then the rest). */
  readonly events: readonly QuotaEvent[];
}

interface SimPack {
  readonly index: number;
  readonly units: bigint;
  readonly boughtMs: number;
  readonly buyDay: number;
  readonly expiryDay: number;
  remaining: bigint;
  used: bigint;
  lost: bigint;
  runOutDay: number | null;
}

const big = (n: bigint): number | string => countOut(n);

/**
 * Plans the packs' use day by day (docs/pricing-rules.md §R6, R7): each natural day (Beijing) uses `dailyUsage` units from
 * the live packs, the one that expires first first (R6 decision; ties in purchase order). A pack covers the
 * usage of every day from its purchase date to its anniversary (the day before {@link packExpiry}); usage no
 * pack covers is billed at the postpaid price (`uncoveredUnits`). The alert fires when the live packs'
 * remaining units fall to `thresholdPercent` % of those packs' total (R7), checked when a day starts (after
 * expiries and purchases) and after its usage; it fires again only after a purchase lifts the remaining above
 * the threshold. For one pack bought on the start date this gives R7's ⌈T(1 − p)/d⌉ and ⌈T/d⌉ days, or the
 * expiry if that comes first.
 *
 * Days count calendar dates: the usage of a day is matched to the packs valid on that date, although Alibaba
 * Cloud deducts it when the day is billed, the next morning (R8).
 *
 * @param input.packs - `[{ units, boughtAt }]`: 1 to {@link MAX_QUOTA_PACKS} packs, bought within
 *   {@link MAX_QUOTA_SPAN_DAYS} days of each other.
 * @param input.dailyUsage - Units used each day (whole, ≥ 0).
 * @param input.thresholdPercent - 0–100, default 20.
 * @param input.start - ISO date usage starts, default the first purchase date; not after every pack expired.
 * @returns A {@link QuotaPlan}: alert, end (run-out or expiry), per-pack use and loss, a series and events.
 * @throws {InputError} `input`, `packs` (`type`, `empty`, `out-of-range`), `packs[i]`, `packs[i].units`
 *   (also `out-of-range` for 0), `packs[i].boughtAt`, `dailyUsage`, `thresholdPercent`, `start`.
 * @example
 * planQuota({ packs: [{ units: 100000, boughtAt: '2020-02-27 10:48:56' }], dailyUsage: 500, thresholdPercent: 20 })
 * // alert { date: '2020-08-04', day: 160, … }, end { kind: 'run-out', date: '2020-09-13', day: 200, at: null }
 */
export function planQuota(input: QuotaInput, rules: Rules = DEFAULT_RULES): QuotaPlan {
  const off = rules.settlement.utcOffsetHours;
  const o = recordIn(input, 'input');
  if (!Array.isArray(o.packs)) throw new InputError('packs', 'type', `must be an array of packs, not ${describe(o.packs)}.`);
  if (o.packs.length === 0) throw new InputError('packs', 'empty', 'has no packs; add at least one.');
  if (o.packs.length > MAX_QUOTA_PACKS) throw new InputError('packs', 'out-of-range', `has more than ${MAX_QUOTA_PACKS} packs.`);
  const packs: SimPack[] = (o.packs as unknown[]).map((raw, index) => {
    const p = recordIn(raw, `packs[${index}]`);
    const units = parseUnits(p.units, `packs[${index}].units`);
    if (units === 0n) throw new InputError(`packs[${index}].units`, 'out-of-range', 'must be above 0.');
    const boughtMs = parseInstant(p.boughtAt, `packs[${index}].boughtAt`, off);
    const buyDay = localDay(boughtMs, off);
    return { index, units, boughtMs, buyDay, expiryDay: expiryDay(buyDay), remaining: units, used: 0n, lost: 0n, runOutDay: null };
  });
  const daily = parseUnits(o.dailyUsage, 'dailyUsage');
  const threshold = o.thresholdPercent === undefined ? new Decimal(DEFAULT_ALERT_THRESHOLD) : percentIn(o.thresholdPercent, 'thresholdPercent');

  const firstBuy = Math.min(...packs.map((p) => p.buyDay));
  const lastBuy = Math.max(...packs.map((p) => p.buyDay));
  const lastExpiry = Math.max(...packs.map((p) => p.expiryDay));
  if (lastBuy - firstBuy > MAX_QUOTA_SPAN_DAYS) {
    throw new InputError('packs', 'out-of-range', `were bought more than ${MAX_QUOTA_SPAN_DAYS} days (10 years) apart.`);
  }
  const startDay = o.start === undefined ? firstBuy : localDay(parseInstant(o.start, 'start', off), off);
  if (startDay >= lastExpiry) throw new InputError('start', 'out-of-range', `is on or after ${isoDate(lastExpiry)}, when every pack has expired.`);
  if (firstBuy - startDay > MAX_QUOTA_SPAN_DAYS) {
    throw new InputError('start', 'out-of-range', `is more than ${MAX_QUOTA_SPAN_DAYS} days (10 years) before the first purchase.`);
  }

  // Expiring first is used first (R6); among equal expiries, the one bought first.
  const order = [...packs].sort((a, z) => a.expiryDay - z.expiryDay || a.boughtMs - z.boughtMs || a.index - z.index);
  const events: QuotaEvent[] = [];
  const raw: { day: number; remaining: bigint; total: bigint }[] = [];
  let alert: QuotaAlert | null = null;
  let end: QuotaEnd | null = null;
  let armed = true;
  let uncovered = 0n;
  let unitsAtLastDayEnd = 0n;
  const from = Math.min(firstBuy, startDay);
  const usageDay = (day: number): number => day - startDay + 1;

  const live = (day: number): SimPack[] => order.filter((p) => p.buyDay <= day && day < p.expiryDay);
  const sums = (packsLive: readonly SimPack[]): { remaining: bigint; total: bigint } => ({
    remaining: packsLive.reduce((s, p) => s + p.remaining, 0n),
    total: packsLive.reduce((s, p) => s + p.units, 0n),
  });
  const checkAlert = (day: number, n: number, packsLive: readonly SimPack[]): void => {
    const { remaining, total } = sums(packsLive);
    if (total === 0n) {
      armed = true;
      return;
    }
    const met = new Decimal(remaining.toString()).times(100).lte(threshold.times(total.toString()));
    if (!met) {
      armed = true;
      return;
    }
    if (!armed) return;
    armed = false;
    const event = { date: isoDate(day), day: n, remaining: big(remaining), total: big(total) };
    events.push({ type: 'alert', ...event });
    alert ??= event;
  };

  for (let day = from; day <= lastExpiry; day++) {
    for (const p of packs) {
      if (p.expiryDay !== day) continue;
      p.lost = p.remaining;
      p.remaining = 0n;
      events.push({ type: 'expire', date: isoDate(day), at: isoDateTime(dayStart(day, off), off), pack: p.index, lostUnits: big(p.lost) });
    }
    for (const p of packs) {
      if (p.buyDay === day) events.push({ type: 'buy', date: isoDate(day), at: isoDateTime(p.boughtMs, off), pack: p.index, units: big(p.units) });
    }
    const packsLive = live(day);
    const before = sums(packsLive).remaining;
    // The live packs expired with units left and nothing took over: coverage ends at this midnight.
    if (day >= startDay && end === null && unitsAtLastDayEnd > 0n && before === 0n) {
      end = { kind: 'expiry', date: isoDate(day), day: day - startDay, at: isoDateTime(dayStart(day, off), off) };
    }
    raw.push({ day, remaining: before, total: sums(packsLive).total });
    if (day === lastExpiry) break;
    if (day >= startDay) {
      const n = usageDay(day);
      checkAlert(day, n - 1, packsLive);
      let need = daily;
      for (const p of packsLive) {
        if (need === 0n) break;
        const take = p.remaining < need ? p.remaining : need;
        if (take === 0n) continue;
        p.remaining -= take;
        p.used += take;
        need -= take;
        if (p.remaining === 0n) p.runOutDay = day;
      }
      uncovered += need;
      const after = sums(packsLive).remaining;
      if (before > 0n && after === 0n) {
        events.push({ type: 'run-out', date: isoDate(day), day: n });
        end ??= { kind: 'run-out', date: isoDate(day), day: n, at: null };
      }
      checkAlert(day, n, packsLive);
    }
    unitsAtLastDayEnd = sums(packsLive).remaining;
  }

  const sum = (f: (p: SimPack) => bigint): bigint => packs.reduce((s, p) => s + f(p), 0n);
  return {
    start: isoDate(startDay),
    dailyUsage: big(daily),
    thresholdPercent: toPlain(threshold),
    totalUnits: big(sum((p) => p.units)),
    alert,
    // Every pack expires by lastExpiry, so the loop always sets `end`; the fallback only satisfies the types.
    end: end ?? { kind: 'expiry', date: isoDate(lastExpiry), day: lastExpiry - startDay, at: isoDateTime(dayStart(lastExpiry, off), off) },
    packs: packs.map((p) => ({
      units: big(p.units),
      boughtAt: isoDateTime(p.boughtMs, off),
      expiresAt: isoDateTime(dayStart(p.expiryDay, off), off),
      used: big(p.used),
      lostAtExpiry: big(p.lost),
      runOutDate: p.runOutDay === null ? null : isoDate(p.runOutDay),
    })),
    usedUnits: big(sum((p) => p.used)),
    lostUnits: big(sum((p) => p.lost)),
    uncoveredUnits: big(uncovered),
    horizon: { from: isoDate(from), to: isoDate(lastExpiry - 1), days: lastExpiry - from },
    series: bends(raw).map((r) => ({ date: isoDate(r.day), day: r.day - startDay, remaining: big(r.remaining), total: big(r.total) })),
    events,
  };
}

/** Keeps the first and last points and those where the line changes slope or the total changes. */
function bends<T extends { remaining: bigint; total: bigint }>(points: readonly T[]): T[] {
  return points.filter((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    if (!prev || !next) return true;
    return p.remaining - prev.remaining !== next.remaining - p.remaining || prev.total !== p.total || p.total !== next.total;
  });
}

