import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_RULES,
  InputError,
  PERIODS,
  quote as priceScenario,
} from '../../engine/index.js';
import type { Period, PlanId, Quote, Rules, ScenarioLine } from '../../engine/index.js';
import { IdvEstimateChangeEvent } from '../../events/idv-estimate-change.js';
import type { EstimateLine } from '../../events/idv-estimate-change.js';
import { formatCount, formatMoney } from '../../i18n/format.js';
import type { EstimateStrings } from '../../i18n/sections/estimate.js';
import type { Translation } from '../../i18n/translation.js';
import { defineElement } from '../../internal/define-element.js';
import type { Namespace } from '../../i18n/catalog.js';
import { IdvElement } from '../../internal/idv-element.js';
import { listFromCode, recordFromCode } from '../../internal/coerce-lists.js';
import { renderTextField } from '../../internal/line-controls.js';
import { renderPeriodSelect, renderPlanSelect } from '../../internal/line-selects.js';
import { fieldErrorText, locateEngineError } from '../../internal/line-fields.js';
import { FIELD_DEFAULTS, fieldsFrom, lineErrorAnnouncement, textOf, withText } from '../../internal/line-editing.js';
import type { FieldError, FieldErrors, FieldTexts, FieldValues, LineField } from '../../internal/line-fields.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { lineBox } from '../shared/lines.styles.js';
import { renderLineFigures, renderResults } from './estimate-figures.js';
import type { EstimateView } from './estimate-figures.js';
import styles from './estimate.styles.js';

/** A line as the visitor sees it: what they typed, its last valid values and its parse errors. */
interface Row {
  readonly key: number;
  readonly plan: string;
  readonly period: Period;
  readonly texts: FieldTexts;
  readonly values: FieldValues;
  /** Errors of text that does not parse (kept until retyped). */
  readonly errors: FieldErrors;
}

/** The values a line was last priced with (each field valid for the engine). */
interface Priced {
  readonly plan: PlanId;
  readonly period: Period;
  readonly values: Readonly<Record<LineField, string>>;
}

const DEFAULT_LINES: readonly EstimateLine[] = [{ plan: 'app', volume: '30000', period: 'month' }];
const NEW_LINE: EstimateLine = { plan: 'app', volume: '0', period: 'month' };
const LINE_KEYS = ['plan', 'volume', 'period', 'passRate', 'photoSize', 'retentionDays', 'peakShare'] as const;
/** Most lines an estimate holds: more is a list, not an estimate, and each line renders four inputs. */
const MAX_LINES = 50;

let idCounter = 0;

/**
 * @tagname idv-estimate
 * @summary Several plans in one estimate: each line a plan, a volume, a period and its own options; packs are
 * optimised per family on the pooled volume of that family's lines (App and H5 share ID Verification packs);
 * each line's figures, each family's best mix for a year and a grand total, pay-as-you-go against packs.
 * @since 0.1.0
 * @status experimental
 *
 * @event {IdvEstimateChangeEvent} idv-estimate-change - After a visitor changes the estimate (a field, a line
 *   added or removed, first purchase) and every line is valid; `detail` holds the lines, the engine's quote and
 *   the best yearly total as decimal strings. Not fired when code sets a property.
 *
 * @csspart base - The card.
 * @csspart header - Title and subtitle.
 * @csspart lines - The list of lines with the add button.
 * @csspart line - One line: its fields, remove button and figures.
 * @csspart field - Each labelled input group.
 * @csspart input - Each text input and select.
 * @csspart error - A field's error message.
 * @csspart remove - A line's remove button.
 * @csspart add - The add-a-line button.
 * @csspart notice - The message shown when the page sets more lines than an estimate holds (50).
 * @csspart line-figures - A line's own figures.
 * @csspart results - The totals and the families' pack mixes.
 * @csspart summary - The grand total.
 * @csspart card - A family's pack mix, and the storage block.
 * @csspart line-item - A row of figures.
 * @csspart line-item__price - The amount in a row.
 *
 * @cssproperty --idv-font-family - Font stack (system UI with CJK fallbacks).
 * @cssproperty --idv-font-size - Base font size (0.9375rem).
 * @cssproperty --idv-radius - Card corner radius (12px).
 * @cssproperty --idv-color-bg - Card background.
 * @cssproperty --idv-color-surface - Background of inner blocks.
 * @cssproperty --idv-color-text - Main text colour.
 * @cssproperty --idv-color-muted - Secondary text colour.
 * @cssproperty --idv-color-border - Borders and dividers.
 * @cssproperty --idv-color-accent - Accent (grand total).
 * @cssproperty --idv-color-success - Savings.
 * @cssproperty --idv-color-danger - Errors.
 * @cssproperty --idv-color-focus - Focus ring.
 * @cssproperty --idv-estimate-max-width - Widest the card grows (1200px).
 */
export class IdvEstimate extends IdvElement {
  static override styles = [tokens, shared, lineBox, styles];
  protected static override readonly namespaces: readonly Namespace[] = ['calculator', 'calculator-more', 'estimate'];

  private readonly uid = `idv-est-${++idCounter}`;
  private nextKey = 0;
  /** The `lines` array this element last set itself (a visitor's change), so willUpdate does not rebuild the rows. */
  private ownLines: readonly EstimateLine[] | null = null;
  /** Set by a visitor's change: the next update writes the priced lines back to `lines`. */
  private userChange = false;
  /** Each row's values when last priced, by row key. */
  private priced = new Map<number, Priced>();
  /** Row keys in the order of lastQuote's lines. */
  private quotedKeys: readonly number[] = [];

  @state() private rows: readonly Row[] = [];
  /** Errors the engine reported for valid-looking input (a pass rate above 100 %), by row key. */
  @state() private engineErrors: ReadonlyMap<number, FieldErrors> = new Map();
  @state() private lastQuote: Quote | null = null;
  /** How many lines the page set, when more than {@link MAX_LINES} (only the first MAX_LINES are shown). */
  @state() private givenLines = 0;

  /**
   * The estimate's lines: `{ plan, volume, period, passRate?, photoSize?, retentionDays?, peakShare? }`, every
   * number a string (`volume: '1.2万'` is parsed; a number such as `20000` is read as its decimal text). At
   * least one line is always shown, and at most {@link MAX_LINES} (50): the rest are left out with a message.
   */
  @property({ attribute: false }) lines: readonly EstimateLine[] = DEFAULT_LINES;

  /** The account's first pack purchase: the free trial packs may be used. */
  @property({ type: Boolean, attribute: 'first-purchase' }) firstPurchase = false;

  /** The engine's quote for the lines on screen (their last valid values); null until there is one. Read-only. */
  get quote(): Quote | null {
    return this.lastQuote;
  }

  private get t(): Translation {
    return this.localize.t;
  }

  private get s(): EstimateStrings {
    return this.localize.strings('estimate');
  }

  // ---- user input -------------------------------------------------------------------------------------

  private updateRow(key: number, change: (row: Row) => Row): void {
    this.rows = this.rows.map((r) => (r.key === key ? change(r) : r));
  }

  private onPlan(key: number, e: Event): void {
    const plan = (e.target as HTMLSelectElement).value;
    this.userEdit(() => this.updateRow(key, (r) => ({ ...r, plan })));
  }

  private onPeriod(key: number, e: Event): void {
    const period = (e.target as HTMLSelectElement).value as Period;
    this.userEdit(() => this.updateRow(key, (r) => ({ ...r, period })));
  }

  private onText(key: number, field: LineField, e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.userEdit(() => this.updateRow(key, (r) => withText(r, field, text)));
  }

  private onFirstPurchase(e: Event): void {
    const checked = (e.target as HTMLInputElement).checked;
    this.userEdit(() => {
      this.firstPurchase = checked;
    });
  }

  private async addLine(): Promise<void> {
    if (this.rows.length >= MAX_LINES) return;
    const row = this.rowFrom(NEW_LINE);
    this.userEdit(() => {
      this.rows = [...this.rows, row];
    });
    await this.updateComplete;
    this.shadowRoot?.getElementById(this.idOf(row.key, 'plan'))?.focus();
    this.announcer.now(this.s.lineAdded(this.rows.length));
  }

  private async removeLine(key: number): Promise<void> {
    const index = this.rows.findIndex((r) => r.key === key);
    if (index < 0 || this.rows.length <= 1) return;
    const name = this.planLabel(this.rows[index]!.plan);
    this.userEdit(() => {
      this.rows = this.rows.filter((r) => r.key !== key);
      this.priced.delete(key);
    });
    await this.updateComplete;
    // Focus goes where the removed line was: the plan of the line that took its place, else of the line before.
    const next = this.rows[Math.min(index, this.rows.length - 1)]!;
    this.shadowRoot?.getElementById(this.idOf(next.key, 'plan'))?.focus();
    this.announcer.now(this.s.lineRemoved(index + 1, name));
  }

  /** Applies a visitor's change; the event follows the update, as long as every line is valid (as the calculator does). */
  private userEdit(change: () => void): void {
    change();
    // The visitor now edits the 50 lines shown: the page's longer list is no longer what is on screen.
    this.givenLines = 0;
    this.userChange = true;
    void this.emitChange();
  }

  private async emitChange(): Promise<void> {
    if (!(await this.renderedWhileConnected())) return;
    const q = this.lastQuote;
    if (!q || this.rulesProblem || !this.rows.every((r, i) => this.quotedKeys[i] === r.key) || this.rows.some((r) => this.rowStale(r))) return;
    this.dispatchEvent(new IdvEstimateChangeEvent({ lines: this.lines, firstPurchase: this.firstPurchase, quote: q, total: q.totals.bestYear, currency: 'CNY' }));
  }

  // ---- derived state ----------------------------------------------------------------------------------

  private rowFrom(line: unknown): Row {
    const given = recordFromCode(line, LINE_KEYS) as Partial<EstimateLine>;
    return {
      key: this.nextKey++,
      plan: given.plan === undefined ? NEW_LINE.plan : (textOf(given.plan) ?? ''),
      period: PERIODS.includes(given.period as Period) ? (given.period as Period) : 'month',
      // No volume shows an empty field with its message (the other fields have defaults).
      ...fieldsFrom({
        volume: given.volume ?? '',
        passRate: given.passRate,
        photoSize: given.photoSize,
        retention: given.retentionDays,
        peakShare: given.peakShare,
      }),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('lines') && this.lines !== this.ownLines) {
      const list = listFromCode(this.lines, MAX_LINES);
      const given = list && list.items.length > 0 ? list.items : [NEW_LINE];
      this.givenLines = list && list.total > MAX_LINES ? list.total : 0;
      this.rows = given.map((l) => this.rowFrom(l as EstimateLine));
      this.priced = new Map();
    }
    // `rows` is private, so PropertyValues<this> does not list it.
    if (this.lastQuote === null || (changed as PropertyValues).has('rows') || changed.has('firstPurchase') || changed.has('rules') || changed.has('lines')) {
      this.recompute();
    }
    if (this.userChange) {
      this.userChange = false;
      this.ownLines = this.lines = this.rows.map((r) => this.publicLine(r));
    }
  }

  private planKnown(rules: Rules, plan: string): plan is PlanId {
    return Object.prototype.hasOwnProperty.call(rules.plans, plan);
  }

  /** Fields of a line that apply to its plan (the others are hidden and not priced). */
  private fieldsOf(plan: string): readonly LineField[] {
    const rules = this.activeRules ?? DEFAULT_RULES;
    if (!this.planKnown(rules, plan)) return ['volume', 'peakShare'];
    const p = rules.plans[plan];
    return [
      'volume',
      ...(p.metering === 'passed' ? (['passRate'] as const) : []),
      ...(p.storesPhotos ? (['photoSize', 'retention'] as const) : []),
      'peakShare',
    ];
  }

  private toScenarioLine(p: Priced): ScenarioLine {
    const fields = this.fieldsOf(p.plan);
    const v = p.values;
    return {
      plan: p.plan,
      volume: v.volume,
      period: p.period,
      ...(fields.includes('passRate') ? { passRate: v.passRate } : {}),
      ...(fields.includes('photoSize') ? { photoSizeMB: v.photoSize, retentionDays: v.retention } : {}),
      peakHourShare: v.peakShare === '' ? null : v.peakShare,
    };
  }

  /**
   * Prices the rows with each field's last valid value. A value the engine refuses (a pass rate of 150 %) gets
   * its message and is replaced by the value last priced for that line, so the other lines still update;
   * with nothing to fall back on, the last quote stays.
   */
  private recompute(): void {
    const rules = this.activeRules;
    if (!rules || this.rulesProblem) return;
    const engineErrors = new Map<number, Record<string, FieldError>>();
    const flag = (key: number, field: LineField | 'plan', error: FieldError): void => {
      engineErrors.set(key, { ...engineErrors.get(key), [field]: error });
    };
    const candidates: (Priced | null)[] = this.rows.map((row) => {
      const before = this.priced.get(row.key);
      let plan: PlanId | undefined;
      if (this.planKnown(rules, row.plan)) plan = row.plan;
      else {
        flag(row.key, 'plan', { code: 'unknown-plan', source: 'engine' });
        plan = before?.plan;
      }
      const values = { ...FIELD_DEFAULTS } as Record<LineField, string>;
      for (const field of Object.keys(FIELD_DEFAULTS) as LineField[]) {
        const value = row.values[field] ?? before?.values[field];
        if (value === undefined) return null;
        values[field] = value;
      }
      return plan === undefined ? null : { plan, period: row.period, values };
    });

    let q: Quote | null = null;
    // Each refused value falls back once to the line's last priced value: at most one retry per field.
    for (let attempt = 0; attempt <= this.rows.length * 6 && !candidates.includes(null); attempt++) {
      try {
        q = priceScenario({ lines: candidates.map((c) => this.toScenarioLine(c!)), firstPurchase: this.firstPurchase }, rules);
        break;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        const at = locateEngineError(e.field);
        const row = at && at.line !== null ? this.rows[at.line] : undefined;
        if (!at || !row) throw e;
        flag(row.key, at.field, { code: e.code, source: 'engine' });
        const before = this.priced.get(row.key);
        const current = candidates[at.line!]!;
        const fallback = at.field === 'plan' ? before?.plan : before?.values[at.field];
        const same = at.field === 'plan' ? fallback === current.plan : fallback === current.values[at.field];
        candidates[at.line!] =
          fallback === undefined || same
            ? null
            : at.field === 'plan'
              ? { ...current, plan: fallback as PlanId }
              : { ...current, values: { ...current.values, [at.field]: fallback } };
      }
    }
    this.engineErrors = engineErrors;
    // After the first render only: the page's own lines are not news.
    if (this.hasUpdated) this.scheduleAnnouncement();
    if (!q) return;
    this.lastQuote = q;
    this.quotedKeys = this.rows.map((r) => r.key);
    this.priced = new Map(this.rows.map((r, i) => [r.key, candidates[i]!] as const));
  }

  /** A row as `lines` spells it: each field its last priced value, only the fields its plan uses. */
  private publicLine(row: Row): EstimateLine {
    const p = this.priced.get(row.key);
    const plan = p?.plan ?? row.plan;
    const value = (field: LineField): string => p?.values[field] ?? row.values[field] ?? row.texts[field];
    const fields = this.fieldsOf(plan);
    const peak = value('peakShare');
    return {
      plan,
      volume: value('volume'),
      period: p?.period ?? row.period,
      ...(fields.includes('passRate') ? { passRate: value('passRate') } : {}),
      ...(fields.includes('photoSize') ? { photoSize: value('photoSize'), retentionDays: value('retention') } : {}),
      ...(peak !== '' ? { peakShare: peak } : {}),
    };
  }

  /**
   * Once typing pauses (so a screen reader is not read every keystroke's total): the first invalid field and
   * that the figures are the last valid ones, else the totals. Each edit drops what the one before left pending.
   */
  private scheduleAnnouncement(): void {
    this.announcer.after(700, () => {
      const error = this.errorAnnouncement();
      if (error) return error;
      // Totals only when they are the lines as they stand (an error in a hidden field also holds a line back).
      const q = this.lastQuote;
      const current = q !== null && this.rows.every((r, i) => this.quotedKeys[i] === r.key) && !this.rows.some((r) => this.rowStale(r));
      return current ? this.t.announce(this.money(q.totals.bestYear), this.money(q.totals.postpaid.year)) : null;
    });
  }

  private errorAnnouncement(): string | null {
    for (const [i, row] of this.rows.entries()) {
      const line = { name: this.s.lineLegend(i + 1, this.planLabel(row.plan)), plan: row.plan, fields: this.fieldsOf(row.plan), retentionLabel: this.s.retentionDays };
      const said = lineErrorAnnouncement(this.t, line, (field) => this.errorOf(row, field), this.priced.has(row.key));
      if (said) return said;
    }
    return null;
  }


  // ---- rendering --------------------------------------------------------------------------------------

  private money(amount: string): string {
    return formatMoney(amount, this.locale);
  }

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private idOf(key: number, field: LineField | 'plan' | 'period' | 'line'): string {
    return `${this.uid}-${key}-${field}`;
  }

  private planLabel(plan: string): string {
    const rules = this.activeRules ?? DEFAULT_RULES;
    return this.planKnown(rules, plan) ? rules.plans[plan].name[this.locale === 'zh-CN' ? 'zh' : 'en'] : '—';
  }

  private errorOf(row: Row, field: LineField | 'plan'): FieldError | undefined {
    return (field === 'plan' ? undefined : row.errors[field]) ?? this.engineErrors.get(row.key)?.[field];
  }

  /** Whether any field a line shows has an error (the figures then are for its last valid input). */
  private rowStale(row: Row): boolean {
    return [...this.fieldsOf(row.plan), 'plan' as const].some((f) => this.errorOf(row, f) !== undefined);
  }

  private renderTextField(
    row: Row,
    field: LineField,
    label: string,
    options: { suffix?: string; inputmode?: 'numeric' | 'decimal'; optional?: boolean } = {},
  ): TemplateResult {
    return renderTextField(this.t, {
      ...options,
      id: this.idOf(row.key, field),
      label,
      layout: `f-${field}`,
      value: row.texts[field],
      error: fieldErrorText(this.t, field, this.errorOf(row, field)),
      onInput: (e) => this.onText(row.key, field, e),
    });
  }

  private renderPlanSelect(row: Row, rules: Rules): TemplateResult {
    const known = this.planKnown(rules, row.plan);
    return renderPlanSelect(this.t, this.locale, rules, {
      id: this.idOf(row.key, 'plan'),
      plan: row.plan,
      known,
      error: known ? fieldErrorText(this.t, 'plan', this.errorOf(row, 'plan')) : this.t.unknownPlan(row.plan),
      layout: 'f-plan',
      onChange: (e) => this.onPlan(row.key, e),
    });
  }

  private renderPeriodSelect(row: Row): TemplateResult {
    return renderPeriodSelect(this.t, {
      id: this.idOf(row.key, 'period'),
      label: this.s.period,
      period: row.period,
      layout: 'f-period',
      onChange: (e) => this.onPeriod(row.key, e),
    });
  }

  /** What the figures are rendered with. */
  private get view(): EstimateView {
    return { t: this.t, s: this.s, locale: this.locale, uid: this.uid };
  }

  private renderLineFigures(row: Row): TemplateResult {
    const index = this.quotedKeys.indexOf(row.key);
    return renderLineFigures(this.view, index >= 0 ? this.lastQuote?.lines[index] : undefined, this.rowStale(row));
  }

  private renderLine(row: Row, index: number, rules: Rules): TemplateResult {
    const t = this.t;
    const s = this.s;
    const fields = this.fieldsOf(row.plan);
    const n = index + 1;
    const plan = this.planLabel(row.plan);
    const headingId = this.idOf(row.key, 'line');
    return html`
      <li class="line" part="line">
        <div class="line-group" role="group" aria-labelledby=${headingId}>
        <div class="line-head">
          <h4 id=${headingId}>${s.lineLegend(n, plan)}</h4>
          ${this.rows.length > 1
            ? html`<button type="button" class="button quiet" part="remove" aria-label=${s.removeLine(n, plan)} @click=${() => this.removeLine(row.key)}>
                <span aria-hidden="true">✕</span> ${s.remove}
              </button>`
            : nothing}
        </div>
        <div class="line-fields">
          ${this.renderPlanSelect(row, rules)}
          ${this.renderTextField(row, 'volume', t.volume, { inputmode: 'numeric' })} ${this.renderPeriodSelect(row)}
          ${fields.includes('passRate') ? this.renderTextField(row, 'passRate', t.passRate, { suffix: '%' }) : nothing}
          ${fields.includes('photoSize') ? this.renderTextField(row, 'photoSize', t.photoSize, { suffix: 'MB' }) : nothing}
          ${fields.includes('retention')
            ? this.renderTextField(row, 'retention', s.retentionDays, { suffix: s.daysSuffix, inputmode: 'numeric' })
            : nothing}
          ${this.renderTextField(row, 'peakShare', t.peakShare, { suffix: '%', optional: true })}
        </div>
        ${this.renderLineFigures(row)}
        </div>
      </li>
    `;
  }

  private renderLines(rules: Rules): TemplateResult {
    const s = this.s;
    const t = this.t;
    const trial = this.rows
      .map((r) => (this.planKnown(rules, r.plan) ? rules.families[rules.plans[r.plan].family].packs.find((p) => p.trial) : undefined))
      .find((p) => p !== undefined);
    return html`
      <section role="group" class="lines" part="lines" aria-labelledby=${`${this.uid}-lines`}>
        <h3 id=${`${this.uid}-lines`}>${s.linesTitle}</h3>
        <p class="muted small">${s.linesHint}</p>
        ${this.givenLines > 0
          ? html`<p class="notice" part="notice" role="status">${s.tooManyLines(this.count(MAX_LINES), this.count(this.givenLines))}</p>`
          : nothing}
        <ol class="line-list">
          ${repeat(
            this.rows,
            (r) => r.key,
            (r, i) => this.renderLine(r, i, rules),
          )}
        </ol>
        <div class="line-actions">
          <button
            type="button"
            class="button"
            part="add"
            ?disabled=${this.rows.length >= MAX_LINES}
            aria-describedby=${this.rows.length >= MAX_LINES ? `${this.uid}-full` : nothing}
            @click=${this.addLine}
          >
            <span aria-hidden="true">+</span> ${s.addLine}
          </button>
          ${this.rows.length >= MAX_LINES ? html`<p id=${`${this.uid}-full`} class="muted small">${s.linesFull(this.count(MAX_LINES))}</p>` : nothing}
          ${trial
            ? html`<div class="field check">
                <label>
                  <input type="checkbox" .checked=${this.firstPurchase} aria-describedby=${`${this.uid}-first`} @change=${this.onFirstPurchase} />
                  <span>${t.firstPurchase}</span>
                </label>
                <p id=${`${this.uid}-first`} class="muted small hint">${t.firstPurchaseHint(this.count(trial.units))}</p>
              </div>`
            : nothing}
        </div>
      </section>
    `;
  }

  override render(): TemplateResult {
    const t = this.t;
    const s = this.s;
    return this.renderFrame(
      { title: s.title, subtitle: s.subtitle, rulesErrorTitle: t.rulesErrorTitle, rulesErrorBody: t.rulesErrorBody },
      (rules) => html`<div class="layout">
        ${this.renderLines(rules)}
        ${this.lastQuote
          ? renderResults(this.view, this.lastQuote, rules, this.rows.some((r) => this.rowStale(r)))
          : html`<div class="results empty" part="results"><p class="muted">${s.noQuote}</p></div>`}
      </div>`,
    );
  }
}

defineElement('idv-estimate', IdvEstimate);

declare global {
  interface HTMLElementTagNameMap {
    'idv-estimate': IdvEstimate;
  }
}
