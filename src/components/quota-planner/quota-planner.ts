import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DEFAULT_RULES, FAMILY_IDS, InputError, discountLabel } from '../../engine/index.js';
import type { FamilyId, Pack, Rules } from '../../engine/index.js';
import { planQuota } from '../../engine/lifecycle.js';
import type { QuotaPlan } from '../../engine/lifecycle.js';
import { IdvQuotaChangeEvent } from '../../events/idv-quota-change.js';
import type { QuotaPackRow } from '../../events/idv-quota-change.js';
import { formatCount, formatMoney } from '../../i18n/format.js';
import { parseDecimalInput, parseVolume } from '../../i18n/parse.js';
import type { ParseResult } from '../../i18n/parse.js';
import type { QuotaFieldCode, QuotaPlannerStrings } from '../../i18n/sections/quota-planner.js';
import { defineElement } from '../../internal/define-element.js';
import { textFromCode } from '../../internal/coerce.js';
import { fieldFromCode, listFromCode } from '../../internal/coerce-lists.js';
import type { Namespace } from '../../i18n/catalog.js';
import { IdvElement } from '../../internal/idv-element.js';
import { renderTextField } from '../../internal/line-controls.js';
import { legend, renderDateField, renderPanes, toolLayout } from '../../internal/tool-view.js';
import { todayIn } from '../../internal/today.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { alertText, endText, renderResults } from './quota-results.js';
import type { QuotaView } from './quota-results.js';
import styles from './quota-planner.styles.js';

/** A pack row as the visitor edits it; `date` is the date input's value ('' while it is not a whole date). */
interface Row {
  readonly key: number;
  readonly units: string;
  readonly date: string;
}

type Field = 'usage' | 'threshold';

interface FieldError {
  readonly code: QuotaFieldCode;
  /** `parse`: the text is not usable (kept until retyped); `engine`: a value the engine refuses. */
  readonly source: 'parse' | 'engine';
}

/** Errors by field: `usage`, `threshold`, `packs` (the list as a whole) and `row-<key>` (a purchase date). */
type Errors = Readonly<Record<string, FieldError>>;

const MAX_ROWS = 12;

let idCounter = 0;

/**
 * @tagname idv-quota-planner
 * @summary Plans prepaid packs over time (validity and expiry, expiring packs used first): for the packs bought (sizes, dates), a daily usage
 * and an alert threshold, the date the remaining-quota alert fires, the date the packs run out or expire
 * (expiring packs used first), and the units lost at expiry, on a timeline.
 * @since 0.1.0
 * @status experimental
 *
 * @event {IdvQuotaChangeEvent} idv-quota-change - After a visitor changes the packs, the usage or the
 *   threshold and every field is valid; `detail` holds the inputs and the engine's plan. Not fired when code
 *   sets a property.
 *
 * @csspart base - The card.
 * @csspart header - Title and subtitle.
 * @csspart form - The inputs.
 * @csspart notice - The message shown when the page sets more packs than the planner holds (12).
 * @csspart field - Each labelled input group.
 * @csspart input - Each text input, date input and select.
 * @csspart error - A field's error message.
 * @csspart pack-row - One pack bought (size, date, remove button).
 * @csspart button - The add and remove buttons.
 * @csspart results - The plan.
 * @csspart summary - Alert and end dates.
 * @csspart card - Each block of figures.
 * @csspart timeline - The chart of units left.
 * @csspart events - The list of what happens when.
 *
 * @cssproperty --idv-color-accent - Units-left line and the alert marker.
 * @cssproperty --idv-color-danger - Errors and the marker where the packs end.
 * @cssproperty --idv-quota-planner-max-width - Widest the card grows (960px).
 * @cssproperty --idv-quota-planner-chart-height - Height of the timeline chart (9rem).
 */
export class IdvQuotaPlanner extends IdvElement {
  static override styles = [tokens, shared, toolLayout, legend, styles];
  protected static override readonly namespaces: readonly Namespace[] = ['calculator', 'calculator-more', 'quota-planner'];

  private readonly uid = `idv-quota-${++idCounter}`;
  private nextKey = 0;
  /** The packs array this element last set from a visitor's edit (so willUpdate knows not to rebuild rows). */
  private ownPacks: readonly QuotaPackRow[] | null = null;

  @state() private rows: readonly Row[] = [];
  @state() private usageText = '200';
  @state() private thresholdText = '20';
  @state() private errors: Errors = {};
  @state() private lastPlan: QuotaPlan | null = null;
  /** How many packs the page set, when more than MAX_ROWS (only the first MAX_ROWS are shown and planned). */
  @state() private givenPacks = 0;

  /** Pack family: `idv` (App, H5, server-side, Alipay plans), `liveness` or `face-compare`. */
  @property({ attribute: 'family', useDefault: true }) family: FamilyId = 'idv';

  /**
   * Packs bought, `[{ units: '100000', boughtAt: '2020-02-27' }]` (units may be a number); null for one of the
   * smallest paid pack bought today. At most 12: the rest are left out with a message.
   */
  @property({ attribute: false }) packs: readonly QuotaPackRow[] | null = null;

  /** Billable units used a day, a whole-number string; text such as `1.2万` is parsed. */
  @property({ attribute: 'daily-usage', useDefault: true }) dailyUsage = '200';

  /** Alert threshold, % of the packs' total (0–100). */
  @property({ attribute: 'threshold', useDefault: true }) threshold = '20';

  /** ISO date usage starts; empty for the first purchase date. */
  @property({ attribute: 'start', useDefault: true }) start = '';

  /** Today's date (`YYYY-MM-DD`, Beijing) for new packs; empty to read the clock. */
  @property({ attribute: 'today', useDefault: true }) today = '';

  /** The engine's plan for the current valid inputs (null until they are valid). Read-only. */
  get plan(): QuotaPlan | null {
    return this.lastPlan;
  }

  private get s(): QuotaPlannerStrings {
    return this.localize.strings('quota-planner');
  }

  /** What the results are rendered with. */
  private get view(): QuotaView {
    return { s: this.s, locale: this.locale, uid: this.uid };
  }

  private get activeFamily(): FamilyId {
    return FAMILY_IDS.includes(this.family) ? this.family : 'idv';
  }

  private catalogue(rules: Rules): readonly Pack[] {
    return rules.families[this.activeFamily].packs;
  }

  private defaultUnits(rules: Rules): string {
    const packs = this.catalogue(rules);
    return String((packs.find((p) => !p.trial) ?? packs[0])!.units);
  }

  private todayDate(): string {
    return this.today || todayIn((this.activeRules ?? DEFAULT_RULES).settlement.utcOffsetHours);
  }

  // ---- user input -------------------------------------------------------------------------------------

  private onFamily(e: Event): void {
    this.family = (e.target as HTMLSelectElement).value as FamilyId;
    const rules = this.activeRules;
    if (rules) {
      const sizes = this.catalogue(rules).map((p) => String(p.units));
      const fallback = this.defaultUnits(rules);
      this.rows = this.rows.map((r) => (sizes.includes(r.units) ? r : { ...r, units: fallback }));
    }
    this.commitRows();
  }

  private onSize(key: number, e: Event): void {
    const units = (e.target as HTMLSelectElement).value;
    this.rows = this.rows.map((r) => (r.key === key ? { ...r, units } : r));
    this.commitRows();
  }

  private onDate(key: number, e: Event): void {
    const date = (e.target as HTMLInputElement).value;
    this.rows = this.rows.map((r) => (r.key === key ? { ...r, date } : r));
    this.commitRows();
  }

  private async onAdd(): Promise<void> {
    const rules = this.activeRules;
    if (!rules || this.rows.length >= MAX_ROWS) return;
    const last = this.rows.at(-1);
    const row: Row = { key: this.nextKey++, units: last?.units ?? this.defaultUnits(rules), date: this.todayDate() };
    this.rows = [...this.rows, row];
    this.commitRows();
    // After the update, whose recompute schedules the new dates: the visitor's action is what to say now.
    await this.updateComplete;
    this.announce(this.s.added(this.rows.length));
    this.renderRoot.querySelector<HTMLSelectElement>(`#${this.uid}-size-${row.key}`)?.focus();
  }

  private async onRemove(key: number): Promise<void> {
    if (this.rows.length <= 1) return;
    const index = this.rows.findIndex((r) => r.key === key);
    this.rows = this.rows.filter((r) => r.key !== key);
    const errors = { ...this.errors };
    delete errors[`row-${key}`];
    this.errors = errors;
    this.commitRows();
    await this.updateComplete;
    this.announce(this.s.removed(index + 1));
    this.renderRoot.querySelector<HTMLButtonElement>(`#${this.uid}-add`)?.focus();
  }

  /** Rows after a visitor's edit: dates that are not whole dates get an error; valid rows become `packs`. */
  private commitRows(): void {
    // The visitor now edits the packs shown: the page's longer list is no longer what is on screen.
    this.givenPacks = 0;
    const errors: Record<string, FieldError> = {};
    for (const [k, v] of Object.entries(this.errors)) if (!k.startsWith('row-') && k !== 'packs') errors[k] = v;
    for (const r of this.rows) if (r.date === '') errors[`row-${r.key}`] = { code: 'invalid-date', source: 'parse' };
    this.errors = errors;
    if (this.rows.every((r) => r.date !== '')) {
      this.ownPacks = this.rows.map((r) => ({ units: r.units, boughtAt: r.date }));
      this.packs = this.ownPacks;
    }
    void this.emitChange();
  }

  private onText(field: Field, e: Event): void {
    const parsed = this.showText(field, (e.target as HTMLInputElement).value);
    if (!parsed.ok) return;
    this.setValue(field, parsed.value);
    void this.emitChange();
  }

  private parse(field: Field, text: string): ParseResult {
    return field === 'usage' ? parseVolume(text) : parseDecimalInput(text, { percent: true, maxPlaces: 4 });
  }

  /** Shows `text` in a field, with its parse error or none; returns what it parses to. */
  private showText(field: Field, text: string): ParseResult {
    if (field === 'usage') this.usageText = text;
    else this.thresholdText = text;
    const parsed = this.parse(field, text);
    const errors = { ...this.errors };
    delete errors[field];
    this.errors = parsed.ok ? errors : { ...errors, [field]: { code: parsed.code, source: 'parse' } };
    return parsed;
  }

  private setValue(field: Field, value: string): void {
    if (field === 'usage') this.dailyUsage = value;
    else this.threshold = value;
  }

  private async emitChange(): Promise<void> {
    if (!(await this.renderedWhileConnected())) return;
    const plan = this.lastPlan;
    if (!plan || Object.keys(this.errors).length > 0 || this.rulesProblem) return;
    this.dispatchEvent(
      new IdvQuotaChangeEvent({
        family: this.activeFamily,
        packs: this.rows.map((r) => ({ units: r.units, boughtAt: r.date })),
        dailyUsage: this.dailyUsage,
        threshold: this.threshold,
        plan,
      }),
    );
  }

  private announce(message: string): void {
    // A fresh text node after a pause, so screen readers read it even when it repeats.
    this.announcer.after(100, () => message, { clear: true });
  }

  // ---- derived state ----------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rules = this.activeRules;
    if (!rules || this.rulesProblem) return;
    // null from code always resets the rows (ownPacks is null too once rows are synced, so compare only arrays).
    const packsFromCode = changed.has('packs') && (this.packs === null || this.packs !== this.ownPacks);
    if (this.rows.length === 0 || packsFromCode || (changed.has('today') && this.packs === null)) this.syncRows(rules);
    this.syncText('usage', changed.has('dailyUsage'), this.dailyUsage, this.usageText);
    this.syncText('threshold', changed.has('threshold'), this.threshold, this.thresholdText);
    const inputs = ['family', 'packs', 'dailyUsage', 'threshold', 'start', 'rules', 'today'] as const;
    // A change of errors too: a parse error typed long after the last valid edit must still be announced.
    const edited = (changed as PropertyValues).has('rows') || (changed as PropertyValues).has('errors');
    if (this.lastPlan === null || inputs.some((k) => changed.has(k)) || edited) {
      this.recompute(rules);
      // After the first render only: the page's own values are not news.
      if (this.hasUpdated) this.scheduleResultAnnouncement();
    }
  }

  /** Packs set from code (or none yet): rows as given, or one pack of the smallest paid size bought today. */
  private syncRows(rules: Rules): void {
    const list = listFromCode(this.packs, MAX_ROWS);
    const given = list?.items ?? [];
    this.givenPacks = list && list.total > MAX_ROWS ? list.total : 0;
    const rows = given.map((p) => ({
      key: this.nextKey++,
      units: textFromCode(fieldFromCode(p, 'units')) ?? '',
      date: textFromCode(fieldFromCode(p, 'boughtAt')) ?? '',
    }));
    this.rows = rows.length > 0 ? rows : [{ key: this.nextKey++, units: this.defaultUnits(rules), date: this.todayDate() }];
    // New rows: the old rows' date errors and the list's engine error go with them.
    const errors: Record<string, FieldError> = {};
    for (const [k, v] of Object.entries(this.errors)) if (!k.startsWith('row-') && k !== 'packs') errors[k] = v;
    this.errors = errors;
    this.ownPacks = null;
  }

  /** A value set from code shows in its field (typing sets the text first, so then nothing changes). */
  private syncText(field: Field, changed: boolean, value: string, text: string): void {
    if (!changed) return;
    const current = this.parse(field, text);
    if (current.ok && current.value === value) return;
    const parsed = this.showText(field, value);
    if (parsed.ok && parsed.value !== value) this.setValue(field, parsed.value);
  }

  private recompute(rules: Rules): void {
    const parseErrors = Object.fromEntries(Object.entries(this.errors).filter(([, e]) => e.source === 'parse'));
    this.errors = parseErrors;
    if (Object.keys(parseErrors).length > 0) return;
    try {
      this.lastPlan = planQuota(
        {
          packs: this.rows.map((r) => ({ units: r.units, boughtAt: r.date })),
          dailyUsage: this.dailyUsage,
          thresholdPercent: this.threshold,
          ...(this.start ? { start: this.start } : {}),
        },
        rules,
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.errors = { [this.errorKey(e)]: { code: this.errorCode(e), source: 'engine' } };
    }
  }

  private errorKey(e: InputError): string {
    const row = /^packs\[(\d+)\]/.exec(e.field);
    if (row) return `row-${this.rows[Number(row[1])]?.key ?? 0}`;
    if (e.field === 'dailyUsage') return 'usage';
    if (e.field === 'thresholdPercent') return 'threshold';
    return 'packs';
  }

  private errorCode(e: InputError): QuotaFieldCode {
    if (e.field === 'start') return 'bad-start';
    if (e.field === 'packs') return 'span';
    if (/boughtAt$/.test(e.field)) return e.code === 'out-of-range' ? 'date-range' : 'invalid-date';
    if (e.field === 'dailyUsage' && e.code === 'out-of-range') return 'too-large';
    const known: readonly string[] = ['empty', 'not-a-number', 'negative', 'not-integer', 'out-of-range'];
    return known.includes(e.code) ? (e.code as QuotaFieldCode) : 'unknown';
  }

  /**
   * Once typing pauses, so a screen reader is not read every keystroke's dates: the first invalid field's
   * message (the plan shown is then the last valid one), else the alert and end dates. Each edit drops what
   * was pending.
   */
  private scheduleResultAnnouncement(): void {
    this.announcer.after(700, () => {
      const error = this.errorAnnouncement();
      if (error) return error;
      const plan = this.lastPlan;
      return plan ? this.s.announce(alertText(this.view, plan), endText(this.view, plan)) : null;
    });
  }

  private errorAnnouncement(): string | null {
    const s = this.s;
    const keys = [...this.rows.map((r, i) => [`row-${r.key}`, `${s.pack(i + 1)} · ${s.boughtOn}`] as const), ['packs', s.packsLegend] as const];
    for (const [key, label] of [...keys, ['usage', s.dailyUsage] as const, ['threshold', s.threshold] as const]) {
      const message = this.errorText(key);
      if (message) return this.localize.t.announceError(label, message, this.lastPlan !== null);
    }
    return null;
  }

  // ---- rendering --------------------------------------------------------------------------------------

  private count(units: number | string): string {
    return formatCount(String(units), this.locale);
  }

  private errorText(key: string): string | null {
    const e = this.errors[key];
    return e ? this.s.errors[e.code] : null;
  }

  /** A size from `packs` that the catalogue lacks: counted if it is a number, else as given (its row's error says why). */
  private sizeText(units: string): string {
    try {
      return this.s.units(this.count(units || '0'));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return units;
    }
  }

  private sizeLabel(p: Pack): string {
    const s = this.s;
    const label = discountLabel(p.ratio);
    const tag = p.trial ? s.trial : label.kind === 'discount' ? (this.locale === 'zh-CN' ? label.zhe : label.percent) : s.noDiscount;
    return s.sizeOption(this.count(p.units), formatMoney(p.price, this.locale), tag);
  }

  private renderTextField(field: Field, label: string, value: string, hint: string, suffix: string | undefined, inputmode: 'numeric' | 'decimal'): TemplateResult {
    return renderTextField(this.localize.t, {
      id: `${this.uid}-${field}`,
      label,
      hint,
      value,
      suffix,
      inputmode,
      error: this.errorText(field),
      onInput: (e) => this.onText(field, e),
    });
  }

  private renderRow(row: Row, index: number, rules: Rules): TemplateResult {
    const s = this.s;
    const n = index + 1;
    const sizeId = `${this.uid}-size-${row.key}`;
    const sizes = this.catalogue(rules);
    const known = sizes.some((p) => String(p.units) === row.units);
    return html`
      <li class="pack-row" part="pack-row">
        <span class="row-name" aria-hidden="true">${s.pack(n)}</span>
        <div class="field" part="field">
          <label for=${sizeId}><span class="sr-only">${s.pack(n)}, </span>${s.size}</label>
          <select id=${sizeId} part="input" class="select" @change=${(e: Event) => this.onSize(row.key, e)}>
            ${known ? nothing : html`<option value=${row.units} selected>${this.sizeText(row.units)}</option>`}
            ${sizes.map((p) => html`<option value=${String(p.units)} .selected=${String(p.units) === row.units}>${this.sizeLabel(p)}</option>`)}
          </select>
        </div>
        ${renderDateField({
          id: `${this.uid}-date-${row.key}`,
          label: html`<span class="sr-only">${s.pack(n)}, </span>${s.boughtOn}`,
          hint: '',
          value: row.date.slice(0, 10),
          max: '9998-12-31',
          error: this.errorText(`row-${row.key}`),
          onInput: (e) => this.onDate(row.key, e),
        })}
        <button
          type="button"
          class="button quiet remove"
          part="button"
          aria-label=${s.removePack(n)}
          ?disabled=${this.rows.length <= 1}
          @click=${() => void this.onRemove(row.key)}
        >
          ${s.remove}
        </button>
      </li>
    `;
  }

  private renderForm(rules: Rules): TemplateResult {
    const s = this.s;
    const familyId = `${this.uid}-family`;
    const packsError = this.errorText('packs');
    const name = (f: FamilyId): string => rules.families[f].name[this.locale === 'zh-CN' ? 'zh' : 'en'];
    return html`
      <form class="form" part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <div class="field" part="field">
          <label for=${familyId}>${s.family}</label>
          <select id=${familyId} part="input" class="select" @change=${this.onFamily}>
            ${FAMILY_IDS.map((f) => html`<option value=${f} .selected=${f === this.activeFamily}>${name(f)}</option>`)}
          </select>
        </div>
        <fieldset class="packs" aria-describedby=${`${this.uid}-packs-msg`}>
          <legend>${s.packsLegend}</legend>
          ${this.givenPacks > 0
            ? html`<p class="notice" part="notice" role="status">${s.tooManyPacks(this.count(MAX_ROWS), this.count(this.givenPacks))}</p>`
            : nothing}
          <ol class="rows">
            ${repeat(this.rows, (r) => r.key, (r, i) => this.renderRow(r, i, rules))}
          </ol>
          <p id=${`${this.uid}-packs-msg`} class=${packsError ? 'message error' : 'message'} part=${packsError ? 'error' : 'hint'}>
            ${packsError ?? ''}
          </p>
          <button
            id=${`${this.uid}-add`}
            type="button"
            class="button add"
            part="button"
            ?disabled=${this.rows.length >= MAX_ROWS}
            @click=${() => void this.onAdd()}
          >
            <span aria-hidden="true">+</span> ${s.addPack}
          </button>
        </fieldset>
        <div class="pair">
          ${this.renderTextField('usage', s.dailyUsage, this.usageText, s.dailyUsageHint, undefined, 'numeric')}
          ${this.renderTextField('threshold', s.threshold, this.thresholdText, s.thresholdHint, '%', 'decimal')}
        </div>
      </form>
    `;
  }

  override render(): TemplateResult {
    const plan = this.lastPlan;
    return this.renderFrame(this.s, (rules) => renderPanes(this.renderForm(rules), plan ? renderResults(this.view, plan, Object.keys(this.errors).length > 0) : null, this.s.noPlan));
  }
}

defineElement('idv-quota-planner', IdvQuotaPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'idv-quota-planner': IdvQuotaPlanner;
  }
}
