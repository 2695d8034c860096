import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { compareQuotes } from '../../engine/compare.js';
import type { QuoteComparison } from '../../engine/compare.js';
import {
  DEFAULT_RULES,
  InputError,
  PERIODS,
  quote as priceScenario,
} from '../../engine/index.js';
import type { Period, PlanId, Quote, Rules, ScenarioLine } from '../../engine/index.js';
import { IdvCompareChangeEvent } from '../../events/idv-compare-change.js';
import type { CompareScenario } from '../../events/idv-compare-change.js';
import { formatCount, formatMoney } from '../../i18n/format.js';
import type { CompareStrings } from '../../i18n/sections/compare.js';
import type { Translation } from '../../i18n/translation.js';
import { defineElement } from '../../internal/define-element.js';
import type { Namespace } from '../../i18n/catalog.js';
import { IdvElement } from '../../internal/idv-element.js';
import { booleanFromCode } from '../../internal/coerce.js';
import { listFromCode, recordFromCode } from '../../internal/coerce-lists.js';
import { renderTextField } from '../../internal/line-controls.js';
import { renderPeriodSelect, renderPlanSelect } from '../../internal/line-selects.js';
import { fieldErrorText, locateEngineError } from '../../internal/line-fields.js';
import { FIELD_DEFAULTS, fieldsFrom, lineErrorAnnouncement, textOf, withText } from '../../internal/line-editing.js';
import type { FieldError, FieldErrors, FieldTexts, FieldValues, LineField } from '../../internal/line-fields.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { lineBox } from '../shared/lines.styles.js';
import { LETTERS, renderDifferences, renderFigures } from './compare-figures.js';
import type { CompareView, Compared } from './compare-figures.js';
import styles from './compare.styles.js';

/** A column as the visitor sees it: what they typed, its last valid values and its parse errors. */
interface Column {
  readonly key: number;
  readonly plan: string;
  readonly period: Period;
  readonly firstPurchase: boolean;
  readonly texts: FieldTexts;
  readonly values: FieldValues;
  /** Errors of text that does not parse (kept until retyped). */
  readonly errors: FieldErrors;
}

/** What a column was last priced with (every field valid for the engine), and its quote. */
interface Priced {
  readonly plan: PlanId;
  readonly period: Period;
  readonly firstPurchase: boolean;
  readonly values: Readonly<Record<LineField, string>>;
  readonly quote: Quote;
}

/** The fields a column edits: the volume and the options that change money (no QPS check here). */
type ColumnField = Exclude<LineField, 'peakShare'>;

const MIN_COLUMNS = 2;
const MAX_COLUMNS = 3;
const SCENARIO_KEYS = ['plan', 'volume', 'period', 'passRate', 'photoSize', 'retentionDays', 'firstPurchase'] as const;
const DEFAULT_SCENARIOS: readonly CompareScenario[] = [
  { plan: 'app', volume: '30000', period: 'month' },
  { plan: 'alipay-mini', volume: '30000', period: 'month', passRate: '85' },
];

let idCounter = 0;

/**
 * @tagname idv-compare
 * @summary Two or three scenarios side by side (plan, volume, period and options, each editable), priced by the
 * rules engine: the cheapest by the yearly total with the best packs is highlighted, and the differences in
 * money and in inputs are called out.
 * @since 0.1.0
 * @status experimental
 *
 * @event {IdvCompareChangeEvent} idv-compare-change - After a visitor changes a scenario, adds or removes one,
 *   and every scenario is valid; `detail` holds the scenarios, the engine's quotes and its comparison (decimal
 *   strings). Not fired when code sets a property.
 *
 * @csspart base - The card.
 * @csspart header - Title and subtitle.
 * @csspart columns - The row (or, when narrow, stack) of scenarios.
 * @csspart column - One scenario: its fields and figures.
 * @csspart column--cheapest - Added to the cheapest scenario's column (every one, on a tie).
 * @csspart badge - The "Cheapest" badge.
 * @csspart field - Each labelled input group.
 * @csspart input - Each text input and select.
 * @csspart error - A field's error message.
 * @csspart figures - A scenario's figures.
 * @csspart total - A scenario's yearly total with packs.
 * @csspart remove - A scenario's remove button.
 * @csspart add - The add-a-scenario button.
 * @csspart differences - The differences called out under the scenarios.
 *
 * @cssproperty --idv-font-family - Font stack (system UI with CJK fallbacks).
 * @cssproperty --idv-font-size - Base font size (0.9375rem).
 * @cssproperty --idv-radius - Card corner radius (12px).
 * @cssproperty --idv-color-bg - Card background.
 * @cssproperty --idv-color-surface - Background of inner blocks.
 * @cssproperty --idv-color-text - Main text colour.
 * @cssproperty --idv-color-muted - Secondary text colour.
 * @cssproperty --idv-color-border - Borders and dividers.
 * @cssproperty --idv-color-accent - Accent (totals, the cheapest scenario's outline).
 * @cssproperty --idv-color-success - Savings.
 * @cssproperty --idv-color-danger - Errors.
 * @cssproperty --idv-color-focus - Focus ring.
 * @cssproperty --idv-compare-max-width - Widest the card grows (1200px).
 * @cssproperty --idv-compare-cheapest-color - Outline and badge of the cheapest scenario (the accent).
 */
export class IdvCompare extends IdvElement {
  static override styles = [tokens, shared, lineBox, styles];
  protected static override readonly namespaces: readonly Namespace[] = ['calculator', 'calculator-more', 'compare'];

  private readonly uid = `idv-cmp-${++idCounter}`;
  private nextKey = 0;
  /** The `scenarios` array this element last set itself (a visitor's change), so willUpdate keeps the columns. */
  private ownScenarios: readonly CompareScenario[] | null = null;
  private userChange = false;

  @state() private columns: readonly Column[] = [];
  /** Each column's last priced values and quote, by column key. */
  @state() private priced: ReadonlyMap<number, Priced> = new Map();
  /** Errors the engine reported for valid-looking input (a pass rate above 100 %), by column key. */
  @state() private engineErrors: ReadonlyMap<number, FieldErrors> = new Map();

  /**
   * The scenarios, two or three: `{ plan, volume, period, passRate?, photoSize?, retentionDays?, firstPurchase? }`,
   * every number a string (`volume: '1.2万'` is parsed). Fewer than two are completed with the defaults; only the
   * first three are shown.
   */
  @property({ attribute: false }) scenarios: readonly CompareScenario[] = DEFAULT_SCENARIOS;

  /** The engine's quote for each scenario on screen (its last valid input), null where there is none yet. Read-only. */
  get quotes(): readonly (Quote | null)[] {
    return this.columns.map((c) => this.priced.get(c.key)?.quote ?? null);
  }

  /** The engine's comparison of the scenarios that have a quote (indices into those), or null with fewer than two. */
  get comparison(): QuoteComparison | null {
    return this.compared()?.comparison ?? null;
  }

  private get t(): Translation {
    return this.localize.t;
  }

  private get s(): CompareStrings {
    return this.localize.strings('compare');
  }

  // ---- user input -------------------------------------------------------------------------------------

  private updateColumn(key: number, change: (c: Column) => Column): void {
    this.columns = this.columns.map((c) => (c.key === key ? change(c) : c));
  }

  private onPlan(key: number, e: Event): void {
    const plan = (e.target as HTMLSelectElement).value;
    this.userEdit(() => this.updateColumn(key, (c) => ({ ...c, plan })));
  }

  private onPeriod(key: number, e: Event): void {
    const period = (e.target as HTMLSelectElement).value as Period;
    this.userEdit(() => this.updateColumn(key, (c) => ({ ...c, period })));
  }

  private onFirstPurchase(key: number, e: Event): void {
    const firstPurchase = (e.target as HTMLInputElement).checked;
    this.userEdit(() => this.updateColumn(key, (c) => ({ ...c, firstPurchase })));
  }

  private onText(key: number, field: ColumnField, e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.userEdit(() => this.updateColumn(key, (c) => withText(c, field, text)));
  }

  /** A third scenario starts as a copy of the last one, ready for a what-if. */
  private async addColumn(): Promise<void> {
    if (this.columns.length >= MAX_COLUMNS) return;
    const last = this.columns.at(-1)!;
    const column = { ...last, key: this.nextKey++ };
    this.userEdit(() => {
      this.columns = [...this.columns, column];
    });
    await this.updateComplete;
    this.shadowRoot?.getElementById(this.idOf(column.key, 'plan'))?.focus();
    this.announcer.now(this.s.added(LETTERS[this.columns.length - 1]!));
  }

  private async removeColumn(key: number): Promise<void> {
    const index = this.columns.findIndex((c) => c.key === key);
    if (index < 0 || this.columns.length <= MIN_COLUMNS) return;
    this.userEdit(() => {
      this.columns = this.columns.filter((c) => c.key !== key);
    });
    await this.updateComplete;
    // The column is gone and so is its button: the add button takes the focus.
    this.shadowRoot?.querySelector<HTMLElement>('[part~="add"]')?.focus();
    this.announcer.now(this.s.removed(LETTERS[index]!));
  }

  /** Applies a visitor's change; the event follows the update, as long as every scenario is valid (as the calculator does). */
  private userEdit(change: () => void): void {
    change();
    this.userChange = true;
    void this.emitChange();
  }

  private async emitChange(): Promise<void> {
    if (!(await this.renderedWhileConnected())) return;
    const compared = this.compared();
    if (!compared || compared.quotes.length !== this.columns.length || this.rulesProblem) return;
    if (this.columns.some((c) => this.columnStale(c))) return;
    this.dispatchEvent(
      new IdvCompareChangeEvent({ scenarios: this.scenarios, quotes: compared.quotes, comparison: compared.comparison, currency: 'CNY' }),
    );
  }

  // ---- derived state ----------------------------------------------------------------------------------

  private columnFrom(scenario: CompareScenario): Column {
    const given = recordFromCode(scenario, SCENARIO_KEYS) as Partial<CompareScenario>;
    return {
      key: this.nextKey++,
      plan: given.plan === undefined ? 'app' : (textOf(given.plan) ?? ''),
      period: PERIODS.includes(given.period as Period) ? (given.period as Period) : 'month',
      firstPurchase: booleanFromCode(given.firstPurchase),
      // No volume shows an empty field with its message (the other fields have defaults).
      ...fieldsFrom({
        volume: given.volume ?? '',
        passRate: given.passRate,
        photoSize: given.photoSize,
        retention: given.retentionDays,
      }),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scenarios') && this.scenarios !== this.ownScenarios) {
      const given = (listFromCode(this.scenarios, MAX_COLUMNS)?.items ?? []) as CompareScenario[];
      const filled = [...given, ...DEFAULT_SCENARIOS.slice(given.length)];
      this.columns = filled.map((s) => this.columnFrom(s));
      this.priced = new Map();
    }
    // `columns` is private, so PropertyValues<this> does not list it.
    if ((changed as PropertyValues).has('columns') || changed.has('rules') || changed.has('scenarios')) this.recompute();
    if (this.userChange) {
      this.userChange = false;
      this.ownScenarios = this.scenarios = this.columns.map((c) => this.publicScenario(c));
    }
  }

  private planKnown(rules: Rules, plan: string): plan is PlanId {
    return Object.prototype.hasOwnProperty.call(rules.plans, plan);
  }

  /** Fields a column shows for its plan. */
  private fieldsOf(plan: string): readonly ColumnField[] {
    const rules = this.activeRules ?? DEFAULT_RULES;
    if (!this.planKnown(rules, plan)) return ['volume'];
    const p = rules.plans[plan];
    return ['volume', ...(p.metering === 'passed' ? (['passRate'] as const) : []), ...(p.storesPhotos ? (['photoSize', 'retention'] as const) : [])];
  }

  private scenarioLine(plan: PlanId, period: Period, values: Readonly<Record<LineField, string>>): ScenarioLine {
    const fields = this.fieldsOf(plan);
    return {
      plan,
      volume: values.volume,
      period,
      ...(fields.includes('passRate') ? { passRate: values.passRate } : {}),
      ...(fields.includes('photoSize') ? { photoSizeMB: values.photoSize, retentionDays: values.retention } : {}),
    };
  }

  /**
   * Prices each column with its fields' last valid values. A value the engine refuses gets its message and is
   * replaced by the value the column was last priced with; with nothing to fall back on, the last quote stays.
   */
  private recompute(): void {
    const rules = this.activeRules;
    if (!rules || this.rulesProblem) return;
    const priced = new Map<number, Priced>();
    const engineErrors = new Map<number, FieldErrors>();
    for (const column of this.columns) {
      const before = this.priced.get(column.key);
      const errors: Record<string, FieldError> = {};
      let plan: PlanId | undefined = column.plan as PlanId;
      if (!this.planKnown(rules, column.plan)) {
        errors.plan = { code: 'unknown-plan', source: 'engine' };
        plan = before?.plan;
      }
      const values = { ...FIELD_DEFAULTS } as Record<LineField, string>;
      let complete = plan !== undefined;
      for (const field of Object.keys(FIELD_DEFAULTS) as LineField[]) {
        const value = column.values[field] ?? before?.values[field];
        if (value === undefined) complete = false;
        else values[field] = value;
      }
      let result: Priced | undefined;
      for (let attempt = 0; complete && plan !== undefined && attempt <= 4; attempt++) {
        try {
          const q = priceScenario({ ...this.scenarioLine(plan, column.period, values), firstPurchase: column.firstPurchase }, rules);
          result = { plan, period: column.period, firstPurchase: column.firstPurchase, values: { ...values }, quote: q };
          break;
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          const at = locateEngineError(e.field);
          if (!at || at.line !== null || at.field === 'plan') throw e;
          errors[at.field] = { code: e.code, source: 'engine' };
          const fallback = before?.values[at.field];
          if (fallback === undefined || fallback === values[at.field]) complete = false;
          else values[at.field] = fallback;
        }
      }
      const kept = result ?? before;
      if (kept) priced.set(column.key, kept);
      if (Object.keys(errors).length > 0) engineErrors.set(column.key, errors);
    }
    this.priced = priced;
    this.engineErrors = engineErrors;
    // After the first render only: the page's own scenarios are not news.
    if (this.hasUpdated) this.announcer.after(700, () => this.errorAnnouncement() ?? this.totalsAnnouncement());
  }

  /** The first invalid field, with the fact that its column's figures are the last valid ones; null when all are valid. */
  private errorAnnouncement(): string | null {
    for (const [i, column] of this.columns.entries()) {
      const line = { name: this.s.scenario(LETTERS[i]!), plan: column.plan, fields: this.fieldsOf(column.plan), retentionLabel: this.s.retentionDays };
      const said = lineErrorAnnouncement(this.t, line, (field) => (field === 'peakShare' ? undefined : this.errorOf(column, field)), this.priced.has(column.key));
      if (said) return said;
    }
    return null;
  }


  /** Each scenario's yearly total with the best packs, and the cheapest; null with fewer than two priced. */
  private totalsAnnouncement(): string | null {
    const compared = this.compared();
    // Totals only when every column's are its inputs as they stand.
    if (!compared || compared.quotes.length !== this.columns.length || this.columns.some((c) => this.columnStale(c))) return null;
    const s = this.s;
    const name = (index: number): string => s.scenario(LETTERS[compared.positions[index]!]!);
    const { totals, cheapest } = compared.comparison;
    return s.announce(
      totals.map((total, i) => [name(i), this.money(total)] as const),
      cheapest.map(name),
    );
  }

  /** The quotes of the columns that have one, their positions, and the engine's comparison; null with fewer than two. */
  private compared(): Compared | null {
    const positions = this.columns.flatMap((c, i) => (this.priced.has(c.key) ? [i] : []));
    if (positions.length < MIN_COLUMNS) return null;
    const quotes = positions.map((i) => this.priced.get(this.columns[i]!.key)!.quote);
    return { positions, quotes, comparison: compareQuotes(quotes) };
  }

  /** A column as `scenarios` spells it: each field its last priced value, only the fields its plan uses. */
  private publicScenario(column: Column): CompareScenario {
    const p = this.priced.get(column.key);
    const plan = p?.plan ?? column.plan;
    const value = (field: LineField): string => p?.values[field] ?? column.values[field] ?? column.texts[field];
    const fields = this.fieldsOf(plan);
    return {
      plan,
      volume: value('volume'),
      period: p?.period ?? column.period,
      ...(fields.includes('passRate') ? { passRate: value('passRate') } : {}),
      ...(fields.includes('photoSize') ? { photoSize: value('photoSize'), retentionDays: value('retention') } : {}),
      firstPurchase: p?.firstPurchase ?? column.firstPurchase,
    };
  }

  // ---- rendering --------------------------------------------------------------------------------------

  private money(amount: string): string {
    return formatMoney(amount, this.locale);
  }

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private idOf(key: number, field: LineField | 'plan' | 'period' | 'heading' | 'first'): string {
    return `${this.uid}-${key}-${field}`;
  }

  private errorOf(column: Column, field: ColumnField | 'plan'): FieldError | undefined {
    return (field === 'plan' ? undefined : column.errors[field]) ?? this.engineErrors.get(column.key)?.[field];
  }

  private columnStale(column: Column): boolean {
    return [...this.fieldsOf(column.plan), 'plan' as const].some((f) => this.errorOf(column, f) !== undefined);
  }

  private renderTextField(
    column: Column,
    field: ColumnField,
    label: string,
    options: { suffix?: string; inputmode?: 'numeric' | 'decimal' } = {},
  ): TemplateResult {
    return renderTextField(this.t, {
      ...options,
      id: this.idOf(column.key, field),
      label,
      value: column.texts[field],
      error: fieldErrorText(this.t, field, this.errorOf(column, field)),
      onInput: (e) => this.onText(column.key, field, e),
    });
  }

  private renderFields(column: Column, rules: Rules): TemplateResult {
    const t = this.t;
    const s = this.s;
    const known = this.planKnown(rules, column.plan);
    const fields = this.fieldsOf(column.plan);
    const trial = known ? rules.families[rules.plans[column.plan as PlanId].family].packs.find((p) => p.trial) : undefined;
    return html`
      <div class="column-fields">
        ${renderPlanSelect(t, this.locale, rules, {
          id: this.idOf(column.key, 'plan'),
          plan: column.plan,
          known,
          error: known ? null : t.unknownPlan(column.plan),
          onChange: (e) => this.onPlan(column.key, e),
        })}
        <div class="pair">
          ${this.renderTextField(column, 'volume', t.volume, { inputmode: 'numeric' })}
          ${renderPeriodSelect(t, {
            id: this.idOf(column.key, 'period'),
            label: s.period,
            period: column.period,
            onChange: (e) => this.onPeriod(column.key, e),
          })}
        </div>
        ${fields.includes('passRate') ? this.renderTextField(column, 'passRate', t.passRate, { suffix: '%' }) : nothing}
        ${fields.includes('photoSize')
          ? html`<div class="pair">
              ${this.renderTextField(column, 'photoSize', t.photoSize, { suffix: 'MB' })}
              ${this.renderTextField(column, 'retention', s.retentionDays, { suffix: s.daysSuffix, inputmode: 'numeric' })}
            </div>`
          : nothing}
        ${trial
          ? html`<div class="field check">
              <label>
                <input
                  type="checkbox"
                  .checked=${column.firstPurchase}
                  aria-describedby=${this.idOf(column.key, 'first')}
                  @change=${(e: Event) => this.onFirstPurchase(column.key, e)}
                />
                <span>${t.firstPurchase}</span>
              </label>
              <p id=${this.idOf(column.key, 'first')} class="muted small hint">${t.firstPurchaseHint(this.count(trial.units))}</p>
            </div>`
          : nothing}
      </div>
    `;
  }

  /** What the figures are rendered with. */
  private get view(): CompareView {
    return { t: this.t, s: this.s, locale: this.locale, uid: this.uid };
  }

  private renderColumn(column: Column, position: number, rules: Rules, compared: Compared | null): TemplateResult {
    const s = this.s;
    const letter = LETTERS[position]!;
    const index = compared ? compared.positions.indexOf(position) : -1;
    const cheapest = compared !== null && index >= 0 && compared.comparison.cheapest.includes(index);
    const tied = cheapest && compared!.comparison.cheapest.length > 1;
    const headingId = this.idOf(column.key, 'heading');
    return html`
      <section role="group"
        class="column ${cheapest ? 'cheapest' : ''}"
        part=${cheapest ? 'column column--cheapest' : 'column'}
        aria-labelledby=${headingId}
      >
        <div class="column-head">
          <h3 id=${headingId}>
            ${s.scenario(letter)}
            ${cheapest ? html`<span class="badge" part="badge">${tied ? s.tiedCheapest : s.cheapest}</span>` : nothing}
          </h3>
          ${this.columns.length > MIN_COLUMNS
            ? html`<button
                type="button"
                class="button quiet"
                part="remove"
                aria-label=${s.removeScenario(letter)}
                @click=${() => this.removeColumn(column.key)}
              >
                <span aria-hidden="true">✕</span> ${s.remove}
              </button>`
            : nothing}
        </div>
        ${this.renderFields(column, rules)} ${renderFigures(this.view, this.priced.get(column.key)?.quote, position, compared, this.columnStale(column))}
      </section>
    `;
  }

  override render(): TemplateResult {
    const t = this.t;
    const s = this.s;
    return this.renderFrame(
      { title: s.title, subtitle: s.subtitle, rulesErrorTitle: t.rulesErrorTitle, rulesErrorBody: t.rulesErrorBody },
      (rules) => {
        const compared = this.compared();
        return html`
          <div class="columns cols-${this.columns.length}" part="columns">
            ${repeat(
              this.columns,
              (c) => c.key,
              (c, i) => this.renderColumn(c, i, rules, compared),
            )}
          </div>
          ${this.columns.length < MAX_COLUMNS
            ? html`<div class="actions">
                <button type="button" class="button" part="add" @click=${this.addColumn}>
                  <span aria-hidden="true">+</span> ${s.add(LETTERS[this.columns.length]!)}
                </button>
              </div>`
            : nothing}
          ${compared ? renderDifferences(this.view, compared) : nothing}
        `;
      },
    );
  }
}

defineElement('idv-compare', IdvCompare);

declare global {
  interface HTMLElementTagNameMap {
    'idv-compare': IdvCompare;
  }
}
