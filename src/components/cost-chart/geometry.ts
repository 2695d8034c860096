import { Decimal } from '../../engine/decimal.js';
import type { CostCurve } from '../../engine/cost-curve.js';
import { CURRENCY_SIGN } from '../../i18n/format.js';
import type { Locale } from '../../i18n/format.js';

/**
 * The chart's geometry: where a volume or an amount sits, in SVG user units (the viewBox keeps them equal to
 * CSS pixels at the measured width). Positions are pixels: this is the only place a decimal string becomes a
 * float, and the float never comes back as money (every figure shown is formatted from the engine's string;
 * tick values are decimal strings computed with decimal.js).
 */

/** `linear` shows the savings band at its true size; `log` spreads every decade evenly. */
export type Scale = 'linear' | 'log';
export const SCALES: readonly Scale[] = ['linear', 'log'];

/** Plot geometry in SVG user units: the box, its scale and how values map into it. */
export interface Frame extends Box4 {
  readonly scale: Scale;
  readonly x: (units: string) => number;
  readonly y: (amount: string) => number;
  /** Whether a volume lies on the x axis shown. */
  readonly inX: (units: string) => boolean;
  /** Gridline values, as decimal strings: volumes, then amounts. */
  readonly xTicks: readonly string[];
  readonly yTicks: readonly string[];
}

export interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

export const DEFAULT_WIDTH = 640;
export const FONT_PX = 11;

/** Where a figure sits on a log axis (pixels only). */
export const lg = (value: string | number): number => Math.log10(Number(value));

/** A label's width in pixels, estimated per character (system UI at 11px; checked against the rendered text). */
export function textWidth(text: string, bold = true, px = FONT_PX): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2e80-\uffef]/.test(ch)) em += 1;
    else if (/[0-9¥]/.test(ch)) em += 0.64;
    else if (/[MW%]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.75;
    else if (/[ .,]/.test(ch)) em += 0.3;
    else em += 0.56;
  }
  return em * px * (bold ? 1.08 : 1);
}

export const overlaps = (a: Box, z: Box): boolean => a.x1 < z.x2 && z.x1 < a.x2 && a.y1 < z.y2 && z.y1 < a.y2;

/** Intl with a decimal string: exact (see src/i18n/format.ts); `format` is typed number-only in ES2022's lib. */
type ExactFormat = (value: string) => string;
const compactFormats = new Map<string, ExactFormat>();

/**
 * Axis labels: `10K` / `1万`; money with the locale's {@link CURRENCY_SIGN} as every figure shows it:
 * `CN¥1M` in en, `¥100万` / `¥1亿` in zh-CN (a bare `¥` would read, and be voiced, as the yen in English).
 * Only for round tick values and labels next to an exact figure; money ticks are never negative.
 */
export function compact(value: string, locale: Locale, money = false): string {
  let format = compactFormats.get(locale);
  if (!format) {
    const nf = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 });
    format = nf.format as unknown as ExactFormat;
    compactFormats.set(locale, format);
  }
  return `${money ? (CURRENCY_SIGN[locale] ?? CURRENCY_SIGN.en) : ''}${format(value)}`;
}

/** ⌈units⌉ of a non-negative decimal string, as digits. */
export function ceilUnits(units: string): string {
  const [whole = '0', frac = ''] = units.split('.');
  return /[1-9]/.test(frac) ? (BigInt(whole) + 1n).toString() : whole;
}

/** "1" followed by n zeros, as the decimal string of 10^n (n ≥ 0). */
export const decade = (n: number): string => `1${'0'.repeat(n)}`;

const isZero = (v: string): boolean => /^[0.]+$/.test(v);

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `raw` (> 0). */
function niceStep(raw: Decimal): Decimal {
  const power = new Decimal(`1e${raw.e}`);
  const m = raw.div(power);
  const factor = [1, 2, 2.5, 5, 10].find((f) => m.lte(f)) ?? 10;
  return power.times(factor);
}

/** 0 to the first multiple of a round step at or above `top`, about four steps. */
function ticksTo(top: Decimal): Decimal[] {
  const step = niceStep(top.div(4));
  const last = top.div(step).ceil();
  return Array.from({ length: last.toNumber() + 1 }, (_, i) => step.times(i));
}

/**
 * The linear view's volumes: from 0 to a round volume past the largest pack and the visitor's volume, where
 * the packs' savings show at their true size (the curve's grid goes on a decade further; those points stay in
 * the log view and the table).
 */
export function linearTicks(curve: CostCurve): readonly string[] {
  const sizes = curve.tiers.filter((t) => !t.trial).map((t) => new Decimal(t.size));
  const widest = Decimal.max(new Decimal(1000), ...sizes, ...(curve.mark ? [new Decimal(curve.mark.units)] : []));
  const ticks = ticksTo(Decimal.min(widest.times('1.2'), new Decimal(curve.toUnits)));
  return ticks.map((t) => t.toFixed());
}

/** Index of the last point the view shows (every point on the log view). */
export function lastShown(curve: CostCurve, scale: Scale): number {
  if (scale === 'log') return curve.points.length - 1;
  const top = new Decimal(linearTicks(curve).at(-1)!);
  let last = 0;
  curve.points.forEach((p, i) => {
    if (new Decimal(p.units).lte(top)) last = i;
  });
  return last;
}

/** The SVG's size and the plot's margins, in user units. */
interface Box4 {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function box(measured: number): Box4 {
  const width = Math.max(240, measured);
  const height = Math.round(Math.min(440, Math.max(250, width * 0.56)));
  const narrow = width < 480;
  return { width, height, left: narrow ? 46 : 58, right: narrow ? 12 : 20, top: 46, bottom: 44 };
}

/** Room left of the plot for the widest amount label (`CN¥1.5M`), right-aligned 6 px from the axis. */
function fitLeft(b: Box4, yTicks: readonly string[], locale: Locale): Box4 {
  const widest = Math.max(0, ...yTicks.map((v) => textWidth(compact(v, locale, true), false)));
  return { ...b, left: Math.max(b.left, Math.ceil(widest) + 10) };
}

function logFrame(curve: CostCurve, box4: Box4, locale: Locale): Frame {
  const x0 = lg(curve.fromUnits);
  const x1 = lg(curve.toUnits);
  // The y axis starts at the lowest figure drawn (the trial pack can take the best mix below pay-as-you-go's
  // first point) and ends at the decade above the top, so no empty decade sits under the lines.
  const positive = [...curve.points.map((p) => p.best), ...curve.outline.map((v) => v.best)].filter((v) => !isZero(v));
  const lowest = positive.reduce((m, v) => Math.min(m, lg(v)), lg(curve.points[0]!.postpaid));
  const y0 = Number.isFinite(lowest) ? lowest : 0;
  const y1 = Math.max(Math.floor(y0) + 1, Math.ceil(lg(curve.points[curve.points.length - 1]!.postpaid) - 1e-9));
  const range = (a: number, z: number): string[] => Array.from({ length: z - a + 1 }, (_, i) => decade(a + i));
  const yTicks = range(Math.ceil(y0 - 1e-9), y1);
  const b = fitLeft(box4, yTicks, locale);
  const plotW = b.width - b.left - b.right;
  const plotH = b.height - b.top - b.bottom;
  return {
    ...b,
    scale: 'log',
    x: (u) => b.left + ((lg(u) - x0) / (x1 - x0)) * plotW,
    y: (amount) => {
      const l = isZero(amount) ? y0 : Math.max(y0, lg(amount));
      return b.top + plotH - ((l - y0) / (y1 - y0)) * plotH;
    },
    inX: (u) => !isZero(u) && lg(u) >= x0 - 1e-9 && lg(u) <= x1 + 1e-9,
    xTicks: range(Math.ceil(x0 - 1e-9), Math.floor(x1 + 1e-9)),
    yTicks,
  };
}

function linearFrame(curve: CostCurve, box4: Box4, locale: Locale): Frame {
  const xTicks = linearTicks(curve);
  const xTop = xTicks.at(-1)!;
  // Pay-as-you-go at the right edge is the highest amount shown (the best mix never costs more).
  const yTicks = ticksTo(new Decimal(curve.unitPrice).times(xTop)).map((t) => t.toFixed());
  const b = fitLeft(box4, yTicks, locale);
  const xMax = Number(xTop);
  const yMax = Number(yTicks.at(-1)!);
  const plotW = b.width - b.left - b.right;
  const plotH = b.height - b.top - b.bottom;
  return {
    ...b,
    scale: 'linear',
    x: (u) => b.left + (Number(u) / xMax) * plotW,
    y: (amount) => b.top + plotH - (yMax > 0 ? Number(amount) / yMax : 0) * plotH,
    inX: (u) => new Decimal(u).lte(xTop),
    xTicks,
    yTicks,
  };
}

export function frameFor(curve: CostCurve, measured: number, scale: Scale, locale: Locale): Frame {
  return scale === 'log' ? logFrame(curve, box(measured), locale) : linearFrame(curve, box(measured), locale);
}
