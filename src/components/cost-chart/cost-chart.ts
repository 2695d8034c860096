import { html, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_RULES, InputError } from '../../engine/index.js';
import type { FamilyId, PlanId, Rules } from '../../engine/index.js';
import { costCurve } from '../../engine/cost-curve.js';
import type { CostCurve, CostPoint } from '../../engine/cost-curve.js';
import { formatCount, formatMoney, formatPrice } from '../../i18n/format.js';
import { parseVolume } from '../../i18n/parse.js';
import type { CostChartStrings, PointTags } from '../../i18n/sections/cost-chart.js';
import { defineElement } from '../../internal/define-element.js';
import type { Namespace } from '../../i18n/catalog.js';
import { IdvElement } from '../../internal/idv-element.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { DEFAULT_WIDTH, SCALES, ceilUnits, frameFor, lastShown } from './geometry.js';
import type { Box, Frame, Scale } from './geometry.js';
import { discountText, outlinePath, renderAxes, renderBreakEvens, renderTiers, renderVisitor, upToEdge } from './layers.js';
import styles from './cost-chart.styles.js';

type UnitsProblem = { readonly kind: 'zero' } | { readonly kind: 'bad'; readonly text: string };

let idCounter = 0;

/**
 * @tagname idv-cost-chart
 * @summary Charts the cost of a year against volume for one pack family: pay-as-you-go and the best pack mix,
 * with the band between them (what packs save), the visitor's volume, the discount tiers and where each pack
 * starts to pay. Linear scales by default, where the band shows at its true size; a toggle switches to log
 * scales. Every point reads out its exact figures on hover or keyboard focus, and a data table gives the same
 * figures.
 * @since 0.1.0
 * @status experimental
 *
 * @csspart base - The figure.
 * @csspart header - Title, description and legend.
 * @csspart legend - The legend.
 * @csspart readout - The figures of the point hovered or focused (else the visitor's).
 * @csspart scale - The linear / log scale toggle (a radio group).
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
export class IdvCostChart extends IdvElement {
  static override styles = [tokens, shared, styles];
  protected static override readonly namespaces: readonly Namespace[] = ['cost-chart'];

  private readonly uid = `idv-cost-chart-${++idCounter}`;
  private resizeObserver: ResizeObserver | null = null;
  private resizeFrame = 0;
  /**
   * The rules charted: the bundled ones, or the last `rules` that loaded. Unlike the other elements, the chart
   * keeps drawing with them when new rules fail, and says so in a message.
   */
  private chartRules: Rules = DEFAULT_RULES;
  /** x of each point in SVG units, from the last render, for the pointer. */
  private pointXs: number[] = [];
  private hovering = false;

  @state() private width = DEFAULT_WIDTH;
  @state() private curve: CostCurve | null = null;
  @state() private familyId: FamilyId = 'idv';
  /** The `family` or `plan` asked for when it is unknown (the last valid chart stays). */
  @state() private unknownFamily: string | null = null;
  @state() private unitsProblem: UnitsProblem | null = null;
  /** Index of the point being read (hovered or focused), or null. */
  @state() private active: number | null = null;
  /** Index of the point that takes the tab stop (roving tabindex). */
  @state() private tabStop = 0;
  /** The scale of both axes: linear (the default, the savings band at its true size) or log. */
  @state() private scale: Scale = 'linear';

  /** Pack family: `idv`, `liveness` or `face-compare`. Empty: the family of `plan`, else `idv`. */
  @property({ attribute: 'family', useDefault: true }) family: FamilyId | '' = '';

  /** Plan id, used for its pack family when `family` is empty (`app` and `h5` chart `idv`). */
  @property({ attribute: 'plan', useDefault: true }) plan: PlanId | '' = '';

  /** The visitor's billable units a year, a whole-number string (`1.2万` is read too); empty for none. */
  @property({ attribute: 'units', useDefault: true }) units = '';

  /** The account's first pack purchase: the best mix may use the free trial pack. */
  @property({ type: Boolean, attribute: 'first-purchase' }) firstPurchase = false;

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
    return this.localize.strings('cost-chart');
  }

  // ---- user input -------------------------------------------------------------------------------------

  private indexOf(e: Event): number | null {
    const i = (e.target as Element | null)?.getAttribute?.('data-index');
    return i === null || i === undefined ? null : Number(i);
  }

  /** Point `i` takes the tab stop and is read. */
  private select(i: number): void {
    this.tabStop = i;
    this.active = i;
  }

  private onPointFocus(e: FocusEvent): void {
    const i = this.indexOf(e);
    if (i !== null) this.select(i);
  }

  private onPointBlur(): void {
    if (!this.hovering) this.active = null;
  }

  private async onKeyDown(e: KeyboardEvent): Promise<void> {
    const i = this.indexOf(e);
    const n = this.curve ? lastShown(this.curve, this.scale) + 1 : 0;
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
    this.select(next);
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

  private onScale(e: Event): void {
    const scale = (e.target as HTMLInputElement).value as Scale;
    if (!SCALES.includes(scale) || scale === this.scale) return;
    this.scale = scale;
    // A fresh text node after a pause, so a screen reader reads it after the radio's own state.
    this.announcer.after(150, () => this.t.scaleChanged(this.scale === 'log'), { clear: true });
  }

  private pointElement(i: number): SVGElement | null {
    return this.renderRoot.querySelector<SVGElement>(`[data-index="${i}"]`);
  }

  // ---- derived state ----------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Rules that fail keep the last valid ones charted (rulesProblem says why).
    if (changed.has('rules') && this.activeRules) this.chartRules = this.activeRules;
    const inputs = ['family', 'plan', 'units', 'firstPurchase', 'rules'] as const;
    if (this.curve === null || inputs.some((k) => changed.has(k))) this.recompute();
    else if ((changed as PropertyValues).has('scale') && this.curve) {
      // The linear view shows fewer points: the tab stop and the point read stay among them.
      const last = lastShown(this.curve, this.scale);
      this.tabStop = Math.min(this.tabStop, last);
      if (this.active !== null && this.active > last) this.active = null;
    }
  }

  /** The family asked for: `family`, else the plan's, else `idv`; null when the one asked for is unknown. */
  private resolveFamily(rules: Rules): FamilyId | null {
    const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
    if (this.family) return has(rules.families, this.family) ? this.family : null;
    if (this.plan) return has(rules.plans, this.plan) ? rules.plans[this.plan].family : null;
    return 'idv';
  }

  private recompute(): void {
    const rules = this.chartRules;
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
    return frameFor(curve, this.width, this.scale, this.locale);
  }

  private money(amount: string): string {
    return formatMoney(amount, this.locale);
  }

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private discountText(tier: { readonly ratio: string; readonly trial?: boolean }): string {
    return discountText(this.t, tier);
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
    return this.chartRules.families[this.familyId].name[this.locale === 'zh-CN' ? 'zh' : 'en'];
  }

  private summaryText(curve: CostCurve, f: Frame): string {
    const lowest = curve.lowestRatio;
    const log = f.scale === 'log';
    return this.t.summary({
      log,
      from: this.count(log ? curve.fromUnits : '0'),
      to: this.count(log ? curve.toUnits : f.xTicks.at(-1)!),
      unitPrice: formatPrice(curve.unitPrice, this.locale),
      paysFrom: curve.savesFrom === null ? null : this.count(curve.savesFrom),
      lowest: lowest === null || curve.savesFrom === null ? null : this.discountText({ ratio: lowest }),
    });
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
    // The linear view ends before the curve's grid does: the points past it are read in the log view and the table.
    const shown = curve.points.slice(0, lastShown(curve, f.scale) + 1);
    this.pointXs = shown.map((p) => f.x(String(p.units)));
    return svg`
      <g class="points">
        ${shown.map((p, i) => {
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
            @focus=${this.onPointFocus}
            @blur=${this.onPointBlur}
            @keydown=${this.onKeyDown}
          ></circle>`;
        })}
      </g>
    `;
  }

  private renderChart(curve: CostCurve, f: Frame): TemplateResult {
    const first = curve.points[0]!;
    const last = upToEdge(curve.points, (p) => String(p.units), f).at(-1)!;
    const taken: Box[] = [];
    const visitor = renderVisitor(curve, f, taken, this.t.legendVisitor);
    const best = outlinePath(curve, f);
    // The lines and the band are clipped to the plot (a nested viewport): in the linear view they run past it.
    const plotW = f.width - f.left - f.right;
    const plotH = f.height - f.top - f.bottom;
    const postpaidStart = `${f.x(String(first.units)).toFixed(1)} ${f.y(first.postpaid).toFixed(1)}`;
    const postpaidEnd = `${f.x(String(last.units)).toFixed(1)} ${f.y(last.postpaid).toFixed(1)}`;
    return html`
      <svg
        part="chart"
        class="chart"
        viewBox=${`0 0 ${f.width} ${f.height}`}
        role="group"
        aria-labelledby=${`${this.uid}-title`}
        aria-describedby=${`${this.uid}-desc ${this.uid}-keys`}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @pointerdown=${this.onPointerDown}
      >
        ${renderAxes(f, this.t, this.locale)}
        ${renderTiers(curve, f, this.t, this.locale)}
        <svg
          class="lines"
          aria-hidden="true"
          x=${f.left - 3}
          y=${f.top - 3}
          width=${plotW + 6}
          height=${plotH + 6}
          viewBox=${`${f.left - 3} ${f.top - 3} ${plotW + 6} ${plotH + 6}`}
        >
          <path class="savings-area" d=${`${best}L${postpaidEnd}L${postpaidStart}Z`}></path>
          <path class="line postpaid" d=${`M${postpaidStart}L${postpaidEnd}`}></path>
          <path class="line best" d=${best}></path>
        </svg>
        ${visitor} ${this.renderActive(curve, f)}
        <rect class="hit" aria-hidden="true" x=${f.left} y=${f.top} width=${plotW} height=${plotH}></rect>
        ${this.renderPoints(curve, f)} ${renderBreakEvens(curve, f, taken, this.locale)}
      </svg>
    `;
  }

  private renderReadout(curve: CostCurve): TemplateResult {
    const t = this.t;
    const p = this.active !== null ? curve.points[this.active] : (curve.mark ?? undefined);
    if (!p) return html`<p class="readout hint" part="readout">${t.readoutEmpty}</p>`;
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

  /** Linear or log scales: a radio group (arrow keys move between the two, as native radios do). */
  private renderScale(): TemplateResult {
    const t = this.t;
    return html`
      <div class="segmented" part="scale" role="radiogroup" aria-label=${t.scale}>
        ${SCALES.map(
          (scale) => html`<label class="segment">
            <input type="radio" name=${`${this.uid}-scale`} value=${scale} .checked=${scale === this.scale} @change=${this.onScale} />
            <span>${scale === 'log' ? t.scaleLog : t.scaleLinear}</span>
          </label>`,
        )}
      </div>
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
    const f = this.frame(curve);
    return html`
      <figure class="base" part="base" lang=${this.locale} aria-labelledby=${`${this.uid}-title`}>
        <figcaption class="header" part="header">
          <h2 class="title" id=${`${this.uid}-title`}>${t.title(this.familyName())}</h2>
          <p class="muted small" id=${`${this.uid}-desc`}>
            ${this.summaryText(curve, f)}
            ${m && !this.unitsProblem ? t.visitorSummary(this.count(m.units), this.money(m.best), this.money(m.postpaid)) : nothing}
          </p>
          ${this.renderLegend()}
        </figcaption>
        ${this.renderMessages()} ${this.renderReadout(curve)}
        <div class="controls">
          ${this.renderScale()}
          <p class="muted small keys" id=${`${this.uid}-keys`}>${t.keyboardHint}</p>
        </div>
        <div class="plot">${this.renderChart(curve, f)}</div>
        ${this.renderTable(curve)}
        <div class="sr-only" role="status" aria-live="polite">${this.announcer.text}</div>
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
