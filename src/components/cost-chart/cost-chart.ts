import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyDeclaration, PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_RULES, InputError, RulesError, discountLabel, loadRules } from '../../engine/index.js';
import type { FamilyId, PlanId, Rules } from '../../engine/index.js';
import { costCurve } from '../../engine/cost-curve.js';
import type { CostCurve, CostPoint, DiscountTier } from '../../engine/cost-curve.js';
import { formatCount, formatMoney, formatPrice } from '../../i18n/format.js';
import type { Locale } from '../../i18n/format.js';
import { LocalizeController } from '../../i18n/localize.js';
import { parseVolume } from '../../i18n/parse.js';
import { pick } from '../../i18n/section.js';
import { costChartStrings } from '../../i18n/sections/cost-chart.js';
import type { CostChartStrings, PointTags } from '../../i18n/sections/cost-chart.js';
import { noteDefault, restoreDefaults } from '../../internal/defaults.js';
import { defineElement } from '../../internal/define-element.js';
import { tokens } from '../../styles/tokens.styles.js';
import styles from './cost-chart.styles.js';

type UnitsProblem = { readonly kind: 'zero' } | { readonly kind: 'bad'; readonly text: string };

/** Plot geometry in SVG user units, which the viewBox keeps equal to CSS pixels at the measured width. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: (units: string) => number;
  readonly y: (amount: string) => number;
  readonly xDecades: readonly number[];
  readonly yDecades: readonly number[];
}

interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

const DEFAULT_WIDTH = 640;
const FONT_PX = 11;

let idCounter = 0;

/**
 * Where a figure sits on a log axis. Positions are pixels: this is the only place a decimal string becomes a
 * float, and the float never comes back as money (every figure shown is formatted from the engine's string).
 */
const lg = (value: string | number): number => Math.log10(Number(value));

/** A label's width in pixels, estimated per character (system UI at 11px; checked against the rendered text). */
function textWidth(text: string, bold = true, px = FONT_PX): number {
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

const overlaps = (a: Box, z: Box): boolean => a.x1 < z.x2 && z.x1 < a.x2 && a.y1 < z.y2 && z.y1 < a.y2;

/** Intl with a decimal string: exact (see src/i18n/format.ts); `format` is typed number-only in ES2022's lib. */
type ExactFormat = (value: string) => string;
const compactFormats = new Map<string, ExactFormat>();

/** Axis labels: `10K`, `¥1M` / `1万`, `¥1亿`. Only for round tick values and labels next to an exact figure. */
function compact(value: string, locale: Locale, money = false): string {
  const key = `${locale}|${money}`;
  let format = compactFormats.get(key);
  if (!format) {
    const nf = new Intl.NumberFormat(locale, {
      notation: 'compact',
      maximumFractionDigits: 2,
      ...(money ? { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' } : {}),
    });
    format = nf.format as unknown as ExactFormat;
    compactFormats.set(key, format);
  }
  return format(value);
}

/** ⌈units⌉ of a non-negative decimal string, as digits. */
function ceilUnits(units: string): string {
  const [whole = '0', frac = ''] = units.split('.');
  return /[1-9]/.test(frac) ? (BigInt(whole) + 1n).toString() : whole;
}

/** "1" followed by n zeros, as the decimal string of 10^n (n ≥ 0). */
const decade = (n: number): string => `1${'0'.repeat(n)}`;

/**
 * @tagname idv-cost-chart
 * @summary Charts the cost of a year against volume for one pack family: pay-as-you-go and the best pack mix on
 * log scales, with the visitor's volume, the discount tiers and where each pack starts to pay. Every point reads
 * out its exact figures on hover or keyboard focus, and a data table gives the same figures.
 * @since 0.2.0
 * @status experimental
 *
 * @csspart base - The figure.
 * @csspart header - Title, description and legend.
 * @csspart legend - The legend.
 * @csspart readout - The figures of the point hovered or focused (else the visitor's).
 * @csspart chart - The SVG.
 * @csspart point - Each focusable point on the best-mix line.
 * @csspart message - A note about the inputs (bad volume, unknown family, bad rules).
 * @csspart table - The data-table disclosure.
 *
 * @cssproperty --idv-cost-chart-best-color - The best-mix line (accent).
 * @cssproperty --idv-cost-chart-postpaid-color - The pay-as-you-go line (muted text).
 * @cssproperty --idv-cost-chart-tier-color - Discount-tier guides (border colour).
 * @cssproperty --idv-cost-chart-savings-color - The area between the two lines: what packs save (success surface).
 * @cssproperty --idv-cost-chart-max-width - Widest the chart grows (1200px).
 * @cssproperty --idv-color-* - The global colour tokens (see `<idv-pricing-calculator>`).
 */
export class IdvCostChart extends LitElement {
  static override styles = [tokens, styles];

  private readonly localize = new LocalizeController(this);
  private readonly uid = `idv-cost-chart-${++idCounter}`;
  private resizeObserver: ResizeObserver | null = null;
  private resizeFrame = 0;
  /** The rules in use: the bundled ones, or the last `rules` that loaded. */
  private activeRules: Rules = DEFAULT_RULES;
  /** x of each point in SVG units, from the last render, for the pointer. */
  private pointXs: number[] = [];
  private hovering = false;

  @state() private width = DEFAULT_WIDTH;
  @state() private curve: CostCurve | null = null;
  @state() private familyId: FamilyId = 'idv';
  /** The `family` or `plan` asked for when it is unknown (the last valid chart stays). */
  @state() private unknownFamily: string | null = null;
  /** `rules` that did not load (the last valid rules stay). */
  @state() private rulesProblem = false;
  @state() private unitsProblem: UnitsProblem | null = null;
  /** Index of the point being read (hovered or focused), or null. */
  @state() private active: number | null = null;
  /** Index of the point that takes the tab stop (roving tabindex). */
  @state() private tabStop = 0;

  /** Pack family: `idv`, `liveness` or `face-compare`. Empty: the family of `plan`, else `idv`. */
  @property({ attribute: 'family', useDefault: true }) family: FamilyId | '' = '';

  /** Plan id, used for its pack family when `family` is empty (`app` and `h5` chart `idv`). */
  @property({ attribute: 'plan', useDefault: true }) plan: PlanId | '' = '';

  /** The visitor's billable units a year, a whole-number string (`1.2万` is read too); empty for none. */
  @property({ attribute: 'units', useDefault: true }) units = '';

  /** The account's first pack purchase: the best mix may use the free trial pack. */
  @property({ type: Boolean, attribute: 'first-purchase' }) firstPurchase = false;

  /** Custom rules (JSON-compatible data like `DEFAULT_RULES`), validated with `loadRules`; null for the bundled rules. */
  @property({ attribute: false }) rules: unknown = null;

  /** `zh-CN` or `en`; without it, the nearest `lang` up the tree or the page's. */
  @property() override lang = '';

  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true, useDefault: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The engine's curve being drawn (null before the first render). Read-only. */
  get data(): CostCurve | null {
    return this.curve;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Whole pixels, and only on a real change. The new width changes the chart's height, so it is applied in
      // the next frame: inside this callback it would resize what is observed ("ResizeObserver loop" error).
      if (w > 0 && w !== this.width) {
        cancelAnimationFrame(this.resizeFrame);
        this.resizeFrame = requestAnimationFrame(() => {
          this.width = w;
        });
      }
    });
    void this.updateComplete.then(() => {
      const plot = this.renderRoot.querySelector('.plot');
      if (plot && this.resizeObserver) this.resizeObserver.observe(plot);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelAnimationFrame(this.resizeFrame);
  }

  private get t(): CostChartStrings {
    return pick(costChartStrings, this.locale);
  }

  private get locale(): Locale {
    return this.localize.locale;
  }

  // ---- user input -------------------------------------------------------------------------------------

  private indexOf(e: Event): number | null {
    const i = (e.target as Element | null)?.getAttribute?.('data-index');
    return i === null || i === undefined ? null : Number(i);
  }

  private onPointFocus(e: FocusEvent): void {
    const i = this.indexOf(e);
    if (i === null) return;
    this.tabStop = i;
    this.active = i;
  }

  private onPointBlur(): void {
    if (!this.hovering) this.active = null;
  }

  private async onKeyDown(e: KeyboardEvent): Promise<void> {
    const i = this.indexOf(e);
    const n = this.curve?.points.length ?? 0;
    if (i === null || n === 0) return;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowUp'
        ? Math.min(n - 1, i + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
          ? Math.max(0, i - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    this.tabStop = next;
    this.active = next;
    await this.updateComplete;
    this.pointElement(next)?.focus();
  }

  private nearest(e: PointerEvent): number | null {
    const svgEl = this.renderRoot.querySelector('svg.chart');
    if (!svgEl || this.pointXs.length === 0) return null;
    const rect = svgEl.getBoundingClientRect();
    if (rect.width === 0) return null;
    const x = ((e.clientX - rect.left) * this.width) / rect.width;
    let best = 0;
    this.pointXs.forEach((px, i) => {
      if (Math.abs(px - x) < Math.abs(this.pointXs[best]! - x)) best = i;
    });
    return best;
  }

  private onPointerMove(e: PointerEvent): void {
    const i = this.nearest(e);
    if (i === null) return;
    this.hovering = true;
    this.active = i;
  }

  private onPointerLeave(): void {
    this.hovering = false;
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-index');
    this.active = focused === null || focused === undefined ? null : Number(focused);
  }

  private onPointerDown(e: PointerEvent): void {
    const i = this.nearest(e);
    if (i === null) return;
    this.tabStop = i;
    // Focus follows a click or tap, so the arrow keys go on from the point chosen.
    void this.updateComplete.then(() => this.pointElement(i)?.focus());
  }

  private pointElement(i: number): SVGElement | null {
    return this.renderRoot.querySelector<SVGElement>(`[data-index="${i}"]`);
  }

  // ---- derived state ----------------------------------------------------------------------------------

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    noteDefault(this, name);
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    restoreDefaults(this, changed);
    if (changed.has('rules')) {
      this.rulesProblem = false;
      if (this.rules === null || this.rules === undefined) this.activeRules = DEFAULT_RULES;
      else {
        try {
          this.activeRules = loadRules(this.rules);
        } catch (e) {
          if (!(e instanceof RulesError)) throw e;
          this.rulesProblem = true;
        }
      }
    }
    const inputs = ['family', 'plan', 'units', 'firstPurchase', 'rules'] as const;
    if (this.curve === null || inputs.some((k) => changed.has(k))) this.recompute();
  }

  /** The family asked for: `family`, else the plan's, else `idv`; null when the one asked for is unknown. */
  private resolveFamily(rules: Rules): FamilyId | null {
    const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
    if (this.family) return has(rules.families, this.family) ? this.family : null;
    if (this.plan) return has(rules.plans, this.plan) ? rules.plans[this.plan].family : null;
    return 'idv';
  }

  private recompute(): void {
    const rules = this.activeRules;
    const resolved = this.resolveFamily(rules);
    this.unknownFamily = resolved === null ? String(this.family || this.plan) : null;
    const family = resolved ?? (this.curve ? this.familyId : 'idv');
    this.unitsProblem = null;
    let mark: string | null = null;
    const text = this.units.trim();
    if (text !== '') {
      const parsed = parseVolume(text);
      if (!parsed.ok) this.unitsProblem = { kind: 'bad', text };
      else if (/^0+$/.test(parsed.value)) this.unitsProblem = { kind: 'zero' };
      else mark = parsed.value;
    }
    let curve: CostCurve;
    try {
      curve = costCurve(family, { firstPurchase: this.firstPurchase, mark }, rules);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.unitsProblem = { kind: 'bad', text };
      curve = costCurve(family, { firstPurchase: this.firstPurchase }, rules);
    }
    this.familyId = family;
    this.curve = curve;
    this.active = null;
    const markAt = curve.mark ? curve.points.findIndex((p) => String(p.units) === String(curve.mark!.units)) : -1;
    this.tabStop = markAt >= 0 ? markAt : 0;
  }

  // ---- rendering --------------------------------------------------------------------------------------

  private frame(curve: CostCurve): Frame {
    const width = Math.max(240, this.width);
    const height = Math.round(Math.min(440, Math.max(250, width * 0.56)));
    const narrow = width < 480;
    const left = narrow ? 46 : 58;
    const right = narrow ? 12 : 20;
    const top = 46;
    const bottom = 44;
    const x0 = lg(curve.fromUnits);
    const x1 = lg(curve.toUnits);
    // The y axis starts at the lowest figure drawn (the trial pack can take the best mix below pay-as-you-go's
    // first point) and ends at the decade above the top, so no empty decade sits under the lines.
    const positive = [...curve.points.map((p) => p.best), ...curve.outline.map((v) => v.best)].filter((v) => !/^[0.]+$/.test(v));
    const lowest = positive.reduce((m, v) => Math.min(m, lg(v)), lg(curve.points[0]!.postpaid));
    const y0 = Number.isFinite(lowest) ? lowest : 0;
    const y1 = Math.max(Math.floor(y0) + 1, Math.ceil(lg(curve.points[curve.points.length - 1]!.postpaid) - 1e-9));
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const x = (u: string): number => left + ((lg(u) - x0) / (x1 - x0)) * plotW;
    const y = (amount: string): number => {
      const l = /^[0.]+$/.test(amount) ? y0 : Math.max(y0, lg(amount));
      return top + plotH - ((l - y0) / (y1 - y0)) * plotH;
    };
    const range = (a: number, z: number): number[] => Array.from({ length: z - a + 1 }, (_, i) => a + i);
    return {
      width,
      height,
      left,
      right,
      top,
      bottom,
      x,
      y,
      xDecades: range(Math.ceil(x0 - 1e-9), Math.floor(x1 + 1e-9)),
      yDecades: range(Math.ceil(y0 - 1e-9), y1),
    };
  }

  private money(amount: string): string {
    return formatMoney(amount, this.locale);
  }

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private discountText(tier: { readonly ratio: string; readonly trial?: boolean }): string {
    if (tier.trial) return this.t.free;
    const label = discountLabel(tier.ratio);
    return this.t.discount(label.zhe, label.percent);
  }

  private mixText(p: CostPoint): string {
    const t = this.t;
    if (p.items.length === 0) return t.noPacks;
    const parts = p.items.map((i) => (i.trial ? t.trial : t.pack(this.count(i.count), this.count(i.size))));
    if (String(p.overageUnits) !== '0') parts.push(t.overage(this.count(p.overageUnits)));
    return parts.join(' + ');
  }

  private tagsOf(curve: CostCurve, p: CostPoint): PointTags {
    const u = String(p.units);
    const tier = curve.tiers.find((x) => !x.trial && String(x.size) === u);
    // A point sits at the first whole volume where the pack pays: ⌈break-even⌉.
    const be = curve.breakEvens.find((b) => ceilUnits(b.units) === u);
    return {
      visitor: curve.mark !== null && String(curve.mark.units) === u,
      tier: tier ? this.t.tierTag(this.count(tier.size), this.discountText(tier)) : null,
      breakEven: be ? this.t.breakEvenTag(this.count(be.size)) : null,
    };
  }

  private noteText(tags: PointTags): string {
    return [tags.visitor ? this.t.visitor : '', tags.tier ?? '', tags.breakEven ?? ''].filter(Boolean).join(this.locale === 'zh-CN' ? '；' : '; ');
  }

  private familyName(): string {
    return this.activeRules.families[this.familyId].name[this.locale === 'zh-CN' ? 'zh' : 'en'];
  }

  private summaryText(curve: CostCurve): string {
    const lowest = curve.lowestRatio;
    return this.t.summary({
      from: this.count(curve.fromUnits),
      to: this.count(curve.toUnits),
      unitPrice: formatPrice(curve.unitPrice, this.locale),
      paysFrom: curve.savesFrom === null ? null : this.count(curve.savesFrom),
      lowest: lowest === null || curve.savesFrom === null ? null : this.discountText({ ratio: lowest }),
    });
  }

  /** Keeps every corner a pixel or more from the last one kept: hundreds of sub-pixel steps draw as nothing. */
  private outlinePath(curve: CostCurve, f: Frame): string {
    let d = '';
    let lx = -Infinity;
    let ly = -Infinity;
    const n = curve.outline.length;
    curve.outline.forEach((v, i) => {
      const px = f.x(v.units);
      const py = f.y(v.best);
      if (i > 0 && i < n - 1 && Math.abs(px - lx) < 0.75 && Math.abs(py - ly) < 0.75) return;
      d += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`;
      lx = px;
      ly = py;
    });
    return d;
  }

  private renderAxes(f: Frame): SVGTemplateResult {
    const loc = this.locale;
    const plotBottom = f.height - f.bottom;
    const placed: Box[] = [];
    const xLabels = f.xDecades.map((n) => {
      const px = f.x(decade(n));
      const text = compact(decade(n), loc);
      const w = textWidth(text, false);
      const box = { x1: px - w / 2 - 3, x2: px + w / 2 + 3, y1: 0, y2: 1 };
      const show = !placed.some((b) => overlaps(b, box)) && box.x2 <= f.width;
      if (show) placed.push(box);
      return { n, px, text, show };
    });
    return svg`
      <g class="grid" aria-hidden="true">
        ${f.xDecades.map((n) => {
          const px = f.x(decade(n)).toFixed(1);
          return svg`<line x1=${px} x2=${px} y1=${f.top} y2=${plotBottom}></line>`;
        })}
        ${f.yDecades.map((n) => {
          const py = f.y(decade(n)).toFixed(1);
          return svg`<line x1=${f.left} x2=${f.width - f.right} y1=${py} y2=${py}></line>`;
        })}
      </g>
      <g class="axis" aria-hidden="true">
        <line x1=${f.left} x2=${f.width - f.right} y1=${plotBottom} y2=${plotBottom}></line>
        <line x1=${f.left} x2=${f.left} y1=${f.top} y2=${plotBottom}></line>
        ${xLabels.map((l) =>
          l.show ? svg`<text x=${l.px.toFixed(1)} y=${plotBottom + 15} text-anchor="middle">${l.text}</text>` : nothing,
        )}
        ${f.yDecades.map(
          (n) => svg`<text x=${f.left - 6} y=${(f.y(decade(n)) + 4).toFixed(1)} text-anchor="end">${compact(decade(n), loc, true)}</text>`,
        )}
        <text class="axis-title" x=${f.width - f.right} y=${f.height - 6} text-anchor="end">${this.t.xAxis}</text>
        <text class="axis-title" x=${f.left - 6} y=${f.top - 33} text-anchor="start">${this.t.yAxis}</text>
      </g>
    `;
  }

  /**
   * Tier labels in two rows above the plot, each centred on its guide where it does not run into its row's last
   * label. All labels take one form: "100K 90 %" where every one fits, else "90 %" if that fits more of them.
   */
  private placeTierLabels(tiers: readonly DiscountTier[], f: Frame): ({ text: string; x: number; row: number } | null)[] {
    const place = (withSize: boolean) => {
      const lastEnd = [-Infinity, -Infinity];
      return tiers.map((tier) => {
        const discount = this.discountText(tier);
        const text = withSize ? `${compact(String(tier.size), this.locale)} ${discount}` : discount;
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

  private renderTiers(curve: CostCurve, f: Frame): SVGTemplateResult {
    const plotBottom = f.height - f.bottom;
    const rows = [f.top - 18, f.top - 4];
    const tiers = curve.tiers.filter((x) => !x.trial && lg(x.size) >= lg(curve.fromUnits) && lg(x.size) <= lg(curve.toUnits));
    const labels = this.placeTierLabels(tiers, f);
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

  private renderBreakEvens(curve: CostCurve, f: Frame, taken: Box[]): SVGTemplateResult {
    const from = lg(curve.fromUnits);
    const to = lg(curve.toUnits);
    const shown = curve.breakEvens.filter((b) => lg(b.units) >= from && lg(b.units) <= to);
    return svg`
      <g class="break-evens" aria-hidden="true">
        ${shown.map((b) => {
          const px = f.x(b.units);
          const py = f.y(b.price);
          const label = compact(b.units, this.locale);
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

  private renderVisitor(curve: CostCurve, f: Frame, taken: Box[]): SVGTemplateResult | typeof nothing {
    const m = curve.mark;
    if (!m) return nothing;
    const u = String(m.units);
    if (lg(u) < lg(curve.fromUnits) || lg(u) > lg(curve.toUnits)) return nothing;
    const px = f.x(u);
    const yBest = f.y(m.best);
    const yPost = f.y(m.postpaid);
    const label = this.t.legendVisitor;
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

  private renderActive(curve: CostCurve, f: Frame): SVGTemplateResult | typeof nothing {
    const p = this.active === null ? undefined : curve.points[this.active];
    if (!p) return nothing;
    const px = f.x(String(p.units)).toFixed(1);
    return svg`
      <g class="crosshair" aria-hidden="true">
        <line x1=${px} x2=${px} y1=${f.top} y2=${f.height - f.bottom}></line>
        <circle class="postpaid-dot" cx=${px} cy=${f.y(p.postpaid).toFixed(1)} r="4"></circle>
      </g>
    `;
  }

  private renderPoints(curve: CostCurve, f: Frame): SVGTemplateResult {
    const t = this.t;
    this.pointXs = curve.points.map((p) => f.x(String(p.units)));
    return svg`
      <g class="points">
        ${curve.points.map((p, i) => {
          const tags = this.tagsOf(curve, p);
          return svg`<circle
            part="point"
            class=${`point${i === this.active ? ' active' : ''}${tags.visitor ? ' mine' : ''}`}
            data-index=${i}
            cx=${this.pointXs[i]!.toFixed(1)}
            cy=${f.y(p.best).toFixed(1)}
            r=${i === this.active ? 6 : 3.5}
            role="img"
            tabindex=${i === this.tabStop ? 0 : -1}
            aria-label=${t.pointLabel(this.count(p.units), this.money(p.postpaid), this.money(p.best), this.mixText(p), tags)}
            aria-describedby=${`${this.uid}-keys`}
            @focus=${this.onPointFocus}
            @blur=${this.onPointBlur}
            @keydown=${this.onKeyDown}
          ></circle>`;
        })}
      </g>
    `;
  }

  private renderChart(curve: CostCurve): TemplateResult {
    const f = this.frame(curve);
    const first = curve.points[0]!;
    const last = curve.points[curve.points.length - 1]!;
    const taken: Box[] = [];
    const visitor = this.renderVisitor(curve, f, taken);
    const best = this.outlinePath(curve, f);
    const postpaidStart = `${f.x(String(first.units)).toFixed(1)} ${f.y(first.postpaid).toFixed(1)}`;
    const postpaidEnd = `${f.x(String(last.units)).toFixed(1)} ${f.y(last.postpaid).toFixed(1)}`;
    return html`
      <svg
        part="chart"
        class="chart"
        viewBox=${`0 0 ${f.width} ${f.height}`}
        role="group"
        aria-labelledby=${`${this.uid}-title`}
        aria-describedby=${`${this.uid}-desc`}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @pointerdown=${this.onPointerDown}
      >
        ${this.renderAxes(f)}
        <path class="savings-area" aria-hidden="true" d=${`${best}L${postpaidEnd}L${postpaidStart}Z`}></path>
        ${this.renderTiers(curve, f)}
        <path class="line postpaid" aria-hidden="true" d=${`M${postpaidStart}L${postpaidEnd}`}></path>
        <path class="line best" aria-hidden="true" d=${best}></path>
        ${visitor} ${this.renderActive(curve, f)}
        <rect class="hit" aria-hidden="true" x=${f.left} y=${f.top} width=${f.width - f.left - f.right} height=${f.height - f.top - f.bottom}></rect>
        ${this.renderPoints(curve, f)} ${this.renderBreakEvens(curve, f, taken)}
      </svg>
    `;
  }

  private renderReadout(curve: CostCurve): TemplateResult {
    const t = this.t;
    const p = this.active !== null ? curve.points[this.active] : (curve.mark ?? undefined);
    if (!p) return html`<p class="readout hint" part="readout">${t.keyboardHint}</p>`;
    const tags = this.tagsOf(curve, p);
    const note = this.noteText(tags);
    return html`
      <div class="readout" part="readout">
        <p class="readout-title">${t.perYear(this.count(p.units))}${note ? html` <span class="muted">· ${note}</span>` : nothing}</p>
        <dl>
          <div><dt>${t.postpaid}</dt><dd>${this.money(p.postpaid)}</dd></div>
          <div class="best"><dt>${t.best}</dt><dd>${this.money(p.best)}</dd></div>
          <div><dt>${t.savings}</dt><dd>${this.money(p.savings)}</dd></div>
          <div class="mix"><dt>${t.packs}</dt><dd>${this.mixText(p)}</dd></div>
        </dl>
      </div>
    `;
  }

  private renderLegend(): TemplateResult {
    const t = this.t;
    const swatch = (cls: string): TemplateResult => html`<svg class="swatch" viewBox="0 0 24 12" aria-hidden="true">
      ${cls === 'diamond'
        ? svg`<path class="diamond" d="M12 1l5 5-5 5-5-5z"></path>`
        : cls === 'savings-area'
          ? svg`<rect class="savings-area" x="1" y="1" width="22" height="10" rx="2"></rect>`
          : cls === 'visitor'
          ? svg`<circle class="ring best" cx="12" cy="6" r="4.5"></circle>`
          : svg`<line class=${cls} x1="1" x2="23" y1="6" y2="6"></line>`}
    </svg>`;
    return html`
      <ul class="legend" part="legend">
        <li>${swatch('line postpaid')}${t.legendPostpaid}</li>
        <li>${swatch('line best')}${t.legendBest}</li>
        <li>${swatch('savings-area')}${t.legendSavings}</li>
        <li>${swatch('tier')}${t.legendTier}</li>
        <li>${swatch('diamond')}${t.legendBreakEven}</li>
        ${this.curve?.mark ? html`<li>${swatch('visitor')}${t.legendVisitor}</li>` : nothing}
      </ul>
    `;
  }

  private renderTable(curve: CostCurve): TemplateResult {
    const t = this.t;
    const family = this.familyName();
    const packs = curve.tiers.filter((x) => !x.trial);
    return html`
      <details class="table" part="table">
        <summary>${t.showTable}</summary>
        <div class="scroll" role="group" tabindex="0" aria-label=${t.tableCaption(family)}>
          <table>
            <caption>${t.tableCaption(family)}</caption>
            <thead>
              <tr>
                <th scope="col">${t.volume}</th>
                <th scope="col">${t.postpaid}</th>
                <th scope="col">${t.best}</th>
                <th scope="col" class="text">${t.packs}</th>
                <th scope="col" class="text">${t.note}</th>
              </tr>
            </thead>
            <tbody>
              ${curve.points.map((p) => {
                const tags = this.tagsOf(curve, p);
                return html`<tr class=${tags.visitor ? 'mine' : ''}>
                  <th scope="row">${this.count(p.units)}</th>
                  <td>${this.money(p.postpaid)}</td>
                  <td>${this.money(p.best)}</td>
                  <td class="text mix">${this.mixText(p)}</td>
                  <td class="text note">${this.noteText(tags)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
          <table>
            <caption>${t.packsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.packColumn}</th>
                <th scope="col">${t.priceColumn}</th>
                <th scope="col">${t.discountColumn}</th>
                <th scope="col">${t.paysFromColumn}</th>
              </tr>
            </thead>
            <tbody>
              ${packs.map((tier) => {
                const be = curve.breakEvens.find((b) => b.size === tier.size);
                return html`<tr>
                  <th scope="row">${this.count(tier.size)}</th>
                  <td>${this.money(tier.price)}</td>
                  <td>${this.discountText(tier)}</td>
                  <td>${be ? this.count(be.units) : '—'}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </details>
    `;
  }

  private renderMessages(): TemplateResult | typeof nothing {
    const t = this.t;
    const notes: string[] = [];
    if (this.rulesProblem) notes.push(t.rulesError);
    if (this.unknownFamily !== null) notes.push(t.unknownFamily(this.unknownFamily));
    if (this.unitsProblem?.kind === 'bad') notes.push(t.badUnits(this.unitsProblem.text));
    if (this.unitsProblem?.kind === 'zero') notes.push(t.zeroUnits);
    if (notes.length === 0) return nothing;
    return html`${notes.map((n) => html`<p class="message" part="message">${n}</p>`)}`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const curve = this.curve;
    if (!curve) return html``;
    const m = curve.mark;
    return html`
      <figure class="base" part="base" lang=${this.locale}>
        <figcaption class="header" part="header">
          <p class="title" id=${`${this.uid}-title`}>${t.title(this.familyName())}</p>
          <p class="muted small" id=${`${this.uid}-desc`}>
            ${this.summaryText(curve)}
            ${m && !this.unitsProblem ? t.visitorSummary(this.count(m.units), this.money(m.best), this.money(m.postpaid)) : nothing}
          </p>
          ${this.renderLegend()}
        </figcaption>
        ${this.renderMessages()} ${this.renderReadout(curve)}
        <div class="plot">${this.renderChart(curve)}</div>
        <p class="sr-only" id=${`${this.uid}-keys`}>${t.keyboardHint}</p>
        ${this.renderTable(curve)}
      </figure>
    `;
  }
}

defineElement('idv-cost-chart', IdvCostChart);

declare global {
  interface HTMLElementTagNameMap {
    'idv-cost-chart': IdvCostChart;
  }
}
