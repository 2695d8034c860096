import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { discountLabel } from '../../engine/index.js';
import type { CostCurve, DiscountTier } from '../../engine/cost-curve.js';
import type { Locale } from '../../i18n/format.js';
import type { CostChartStrings } from '../../i18n/sections/cost-chart.js';
import { FONT_PX, compact, overlaps, textWidth } from './geometry.js';
import type { Box, Frame } from './geometry.js';

/** The chart's SVG layers that read no element state: axes, tier guides, break-evens, the visitor's volume. */

/** A pack's price against pay-as-you-go: "90 %" / "9折", or free for the trial pack. */
export function discountText(t: CostChartStrings, tier: { readonly ratio: string; readonly trial?: boolean }): string {
  if (tier.trial) return t.free;
  const label = discountLabel(tier.ratio);
  return t.discount(label.zhe, label.percent);
}

/** Items up to the first past the x axis's end (the plot clips it): the lines reach the plot's edge. */
export function upToEdge<T>(items: readonly T[], units: (item: T) => string, f: Frame): readonly T[] {
  const past = items.findIndex((item) => !f.inX(units(item)));
  return past < 0 ? items : items.slice(0, past + 1);
}

/** Keeps every corner a pixel or more from the last one kept: hundreds of sub-pixel steps draw as nothing. */
export function outlinePath(curve: CostCurve, f: Frame): string {
  let d = '';
  let lx = -Infinity;
  let ly = -Infinity;
  const outline = upToEdge(curve.outline, (v) => v.units, f);
  const n = outline.length;
  outline.forEach((v, i) => {
    const px = f.x(v.units);
    const py = f.y(v.best);
    if (i > 0 && i < n - 1 && Math.abs(px - lx) < 0.75 && Math.abs(py - ly) < 0.75) return;
    d += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`;
    lx = px;
    ly = py;
  });
  return d;
}

export function renderAxes(f: Frame, t: CostChartStrings, loc: Locale): SVGTemplateResult {
  const log = f.scale === 'log';
  const plotBottom = f.height - f.bottom;
  const placed: Box[] = [];
  const xLabels = f.xTicks.map((v) => {
    const px = f.x(v);
    const text = compact(v, loc);
    const w = textWidth(text, false);
    const box = { x1: px - w / 2 - 3, x2: px + w / 2 + 3, y1: 0, y2: 1 };
    const show = !placed.some((b) => overlaps(b, box)) && box.x2 <= f.width;
    if (show) placed.push(box);
    return { px, text, show };
  });
  return svg`
    <g class="grid" aria-hidden="true">
      ${f.xTicks.map((v) => {
        const px = f.x(v).toFixed(1);
        return svg`<line x1=${px} x2=${px} y1=${f.top} y2=${plotBottom}></line>`;
      })}
      ${f.yTicks.map((v) => {
        const py = f.y(v).toFixed(1);
        return svg`<line x1=${f.left} x2=${f.width - f.right} y1=${py} y2=${py}></line>`;
      })}
    </g>
    <g class="axis" aria-hidden="true">
      <line x1=${f.left} x2=${f.width - f.right} y1=${plotBottom} y2=${plotBottom}></line>
      <line x1=${f.left} x2=${f.left} y1=${f.top} y2=${plotBottom}></line>
      ${xLabels.map((l) =>
        l.show ? svg`<text x=${l.px.toFixed(1)} y=${plotBottom + 15} text-anchor="middle">${l.text}</text>` : nothing,
      )}
      ${f.yTicks.map((v) => svg`<text x=${f.left - 6} y=${(f.y(v) + 4).toFixed(1)} text-anchor="end">${compact(v, loc, true)}</text>`)}
      <text class="axis-title" x=${f.width - f.right} y=${f.height - 6} text-anchor="end">${t.xAxis(log)}</text>
      <text class="axis-title" x=${f.left - 6} y=${f.top - 33} text-anchor="start">${t.yAxis(log)}</text>
    </g>
  `;
}

/**
 * Tier labels in two rows above the plot, each centred on its guide where it does not run into its row's last
 * label. All labels take one form: "100K 90 %" where every one fits, else "90 %" if that fits more of them.
 */
function placeTierLabels(tiers: readonly DiscountTier[], f: Frame, t: CostChartStrings, loc: Locale): ({ text: string; x: number; row: number } | null)[] {
  const place = (withSize: boolean) => {
    const lastEnd = [-Infinity, -Infinity];
    return tiers.map((tier) => {
      const discount = discountText(t, tier);
      const text = withSize ? `${compact(String(tier.size), loc)} ${discount}` : discount;
      const w = textWidth(text);
      const x1 = Math.max(f.left, Math.min(f.x(String(tier.size)) - w / 2, f.width - w));
      const row = lastEnd.findIndex((end) => x1 >= end + 6);
      if (row < 0) return null;
      lastEnd[row] = x1 + w;
      return { text, x: x1 + w / 2, row };
    });
  };
  const long = place(true);
  const short = place(false);
  const count = (labels: readonly unknown[]): number => labels.filter(Boolean).length;
  return count(long) >= count(short) ? long : short;
}

export function renderTiers(curve: CostCurve, f: Frame, t: CostChartStrings, loc: Locale): SVGTemplateResult {
  const plotBottom = f.height - f.bottom;
  const rows = [f.top - 18, f.top - 4];
  const tiers = curve.tiers.filter((x) => !x.trial && f.inX(String(x.size)));
  const labels = placeTierLabels(tiers, f, t, loc);
  return svg`
    <g class="tiers" aria-hidden="true">
      ${tiers.map((tier, i) => {
        const px = f.x(String(tier.size)).toFixed(1);
        const label = labels[i];
        return svg`
          <line x1=${px} x2=${px} y1=${label?.row === 0 ? f.top - 14 : f.top} y2=${plotBottom}></line>
          ${label ? svg`<text x=${label.x.toFixed(1)} y=${rows[label.row]} text-anchor="middle">${label.text}</text>` : nothing}
        `;
      })}
    </g>
  `;
}

export function renderBreakEvens(curve: CostCurve, f: Frame, taken: Box[], loc: Locale): SVGTemplateResult {
  const shown = curve.breakEvens.filter((b) => f.inX(b.units));
  return svg`
    <g class="break-evens" aria-hidden="true">
      ${shown.map((b) => {
        const px = f.x(b.units);
        const py = f.y(b.price);
        const label = compact(b.units, loc);
        const w = textWidth(label);
        const box = { x1: px - 6 - w, x2: px - 4, y1: py - 6 - FONT_PX, y2: py - 4 };
        const fits = box.x1 >= f.left && box.y1 >= f.top && !taken.some((o) => overlaps(o, box));
        if (fits) taken.push(box);
        return svg`
          <path class="diamond" d=${`M${px.toFixed(1)} ${(py - 5).toFixed(1)}l5 5-5 5-5-5z`}></path>
          ${fits ? svg`<text x=${(px - 6).toFixed(1)} y=${(py - 7).toFixed(1)} text-anchor="end">${label}</text>` : nothing}
        `;
      })}
    </g>
  `;
}

export function renderVisitor(curve: CostCurve, f: Frame, taken: Box[], label: string): SVGTemplateResult | typeof nothing {
  const m = curve.mark;
  if (!m) return nothing;
  const u = String(m.units);
  if (!f.inX(u)) return nothing;
  const px = f.x(u);
  const yBest = f.y(m.best);
  const yPost = f.y(m.postpaid);
  const w = textWidth(label);
  const right = px + 8 + w <= f.width - f.right;
  const lx = right ? px + 8 : px - 8;
  const ly = Math.min(f.height - f.bottom - 6, yBest + 18);
  taken.push({ x1: right ? lx : lx - w, x2: right ? lx + w : lx, y1: ly - FONT_PX, y2: ly });
  return svg`
    <g class="visitor" aria-hidden="true">
      <line x1=${px.toFixed(1)} x2=${px.toFixed(1)} y1=${yPost.toFixed(1)} y2=${f.height - f.bottom}></line>
      <circle class="ring" cx=${px.toFixed(1)} cy=${yPost.toFixed(1)} r="5"></circle>
      <circle class="ring best" cx=${px.toFixed(1)} cy=${yBest.toFixed(1)} r="7"></circle>
      <text x=${lx.toFixed(1)} y=${ly.toFixed(1)} text-anchor=${right ? 'start' : 'end'}>${label}</text>
    </g>
  `;
}
