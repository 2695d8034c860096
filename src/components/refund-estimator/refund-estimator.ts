import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_RULES, FAMILY_IDS, InputError, packRefund } from '../../engine/index.js';
import type { FamilyId, Pack, RefundKind, Rules } from '../../engine/index.js';
import { refundOnDates } from '../../engine/refund.js';
import type { RefundWindow } from '../../engine/refund.js';
import { IdvRefundChangeEvent } from '../../events/idv-refund-change.js';
import type { RefundScenario } from '../../events/idv-refund-change.js';
import { formatCount, formatMoney, formatNumber, formatPrice } from '../../i18n/format.js';
import { formatDate } from '../../i18n/format-date.js';
import { parseDecimalInput, parseVolume } from '../../i18n/parse.js';
import type { ParseResult } from '../../i18n/parse.js';
import type { RefundEstimatorStrings, RefundFieldCode } from '../../i18n/sections/refund-estimator.js';
import { defineElement } from '../../internal/define-element.js';
import type { Namespace } from '../../i18n/catalog.js';
import { IdvElement } from '../../internal/idv-element.js';
import { renderTextField } from '../../internal/line-controls.js';
import { renderDateField, renderPanes } from '../../internal/tool-view.js';
import { todayIn } from '../../internal/today.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import styles from './refund-estimator.styles.js';

type Mode = 'dates' | 'days';
type TextField = 'paid' | 'used' | 'days';
type Field = TextField | 'purchasedOn' | 'today';

interface FieldError {
  readonly code: RefundFieldCode;
  /** `parse`: the text is not usable (kept until retyped); `check`: a valid value the rules refuse. */
  readonly source: 'parse' | 'check';
}

/** What the estimator shows: the engine's refund and, on dates, the windows' ends. */
interface Estimate {
  readonly kind: RefundKind;
  readonly window: RefundWindow;
  readonly amount: string;
  readonly paid: string;
  readonly used: string;
  readonly unitPrice: string;
  readonly days: string;
  readonly refundUntil: string | null;
  readonly supportUntil: string | null;
  /** On dates: the day the refund or support window closes, when the time of day decides. */
  readonly lastDay: number | null;
}

const MODES: readonly Mode[] = ['dates', 'days'];

let idCounter = 0;

/** Strips a leading ¥/￥ so `¥90,000` reads like `90,000`. */
const moneyText = (text: string): string => text.trim().replace(/^[¥￥]\s*/, '');

/**
 * @tagname idv-refund-estimator
 * @summary Estimates a prepaid pack's refund (docs/pricing-rules.md §R9) from the pack, the cash paid, the units used and
 * the purchase date and today's date (or the days since purchase), and says which rule applies: full or
 * partial refund within 5 days, "contact support" up to 180 days, no refund after.
 * @since 0.1.0
 * @status experimental
 *
 * @event {IdvRefundChangeEvent} idv-refund-change - After a visitor changes an input and every field is
 *   valid; `detail` holds the scenario, the refund kind and window, and the amount as a decimal string. Not
 *   fired when code sets a property.
 *
 * @csspart base - The card.
 * @csspart header - Title and subtitle.
 * @csspart form - The inputs.
 * @csspart field - Each labelled input group.
 * @csspart input - Each text input, date input and select.
 * @csspart error - A field's error message.
 * @csspart results - The refund.
 * @csspart summary - The amount and the rule that gives it.
 * @csspart card - The list of refund windows.
 * @csspart window - Each refund window; the one that applies has `aria-current="true"`.
 *
 * @cssproperty --idv-color-accent - The amount and the window that applies.
 * @cssproperty --idv-refund-estimator-max-width - Widest the card grows (880px).
 */
export class IdvRefundEstimator extends IdvElement {
  static override styles = [tokens, shared, styles];
  protected static override readonly namespaces: readonly Namespace[] = ['calculator', 'calculator-more', 'refund-estimator'];

  private readonly uid = `idv-refund-${++idCounter}`;

  @state() private texts: Readonly<Record<TextField, string>> = { paid: '', used: '0', days: '0' };
  @state() private errors: Readonly<Partial<Record<Field, FieldError>>> = {};
  @state() private estimate: Estimate | null = null;

  /** Pack family: `idv`, `liveness` or `face-compare`. */
  @property({ attribute: 'family', useDefault: true }) family: FamilyId = 'idv';

  /** Units in the pack bought (a size in the family's catalogue); empty for the smallest paid pack. */
  @property({ attribute: 'pack-size', useDefault: true }) packSize = '';

  /** Cash actually paid for the order, 元, a decimal string; empty for the pack's list price. */
  @property({ attribute: 'paid', useDefault: true }) paid = '';

  /** Units used from the pack, a whole-number string. */
  @property({ attribute: 'used-units', useDefault: true }) usedUnits = '0';

  /** `dates`: from the purchase date to today; `days`: the days since purchase as given. */
  @property({ attribute: 'mode', useDefault: true }) mode: Mode = 'dates';

  /** Purchase date, `YYYY-MM-DD` (Beijing); empty for today. */
  @property({ attribute: 'purchased-on', useDefault: true }) purchasedOn = '';

  /** Today's date, `YYYY-MM-DD` (Beijing); empty to read the clock. */
  @property({ attribute: 'today', useDefault: true }) today = '';

  /** Days since purchase (`mode="days"`), a decimal string. */
  @property({ attribute: 'days-since-purchase', useDefault: true }) daysSincePurchase = '0';

  /** The refund for the current valid inputs: kind, window and exact amount (null until valid). Read-only. */
  get refund(): { kind: RefundKind; window: RefundWindow; amount: string } | null {
    const e = this.estimate;
    return e ? { kind: e.kind, window: e.window, amount: e.amount } : null;
  }

  private get s(): RefundEstimatorStrings {
    return this.localize.strings('refund-estimator');
  }

  private get activeFamily(): FamilyId {
    return FAMILY_IDS.includes(this.family) ? this.family : 'idv';
  }

  private get activeMode(): Mode {
    return MODES.includes(this.mode) ? this.mode : 'dates';
  }

  private paidPacks(rules: Rules, family: FamilyId): readonly Pack[] {
    return rules.families[family].packs.filter((p) => !p.trial);
  }

  /** The pack bought: the one of `packSize` in the family, else the family's smallest paid pack. */
  private activePack(rules: Rules): Pack {
    const packs = this.paidPacks(rules, this.activeFamily);
    return packs.find((p) => String(p.units) === this.packSize) ?? packs[0] ?? rules.families[this.activeFamily].packs[0]!;
  }

  private todayDate(): string {
    return this.today || todayIn((this.activeRules ?? DEFAULT_RULES).settlement.utcOffsetHours);
  }

  private get scenario(): RefundScenario {
    const rules = this.activeRules ?? DEFAULT_RULES;
    const pack = this.activePack(rules);
    return {
      family: this.activeFamily,
      packSize: String(pack.units),
      paid: this.paid || pack.price,
      usedUnits: this.usedUnits,
      mode: this.activeMode,
      purchasedOn: this.purchasedOn || this.todayDate(),
      today: this.todayDate(),
      daysSincePurchase: this.daysSincePurchase,
    };
  }

  // ---- user input -------------------------------------------------------------------------------------

  private onPack(e: Event): void {
    const [family, units] = (e.target as HTMLSelectElement).value.split(':') as [FamilyId, string];
    this.family = family;
    this.packSize = units;
    // A new pack prefills its list price as the cash paid; the visitor corrects it for vouchers.
    this.paid = '';
    this.setText('paid', this.activePack(this.activeRules ?? DEFAULT_RULES).price);
    this.clearError('paid');
    void this.emitChange();
  }

  private onMode(e: Event): void {
    this.mode = (e.target as HTMLInputElement).value as Mode;
    void this.emitChange();
  }

  private onDate(field: 'purchasedOn' | 'today', e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    const previous = field === 'purchasedOn' ? this.purchasedOn || this.todayDate() : this.todayDate();
    // The same date again (an input event with nothing new) keeps any error it has.
    if (value !== '' && value === previous && this.errors[field]?.source !== 'parse') return;
    this.clearError(field);
    if (value === '') {
      this.errors = { ...this.errors, [field]: { code: 'invalid-date', source: 'parse' } };
      return;
    }
    if (field === 'purchasedOn') this.purchasedOn = value;
    else this.today = value;
    void this.emitChange();
  }

  private onText(field: TextField, e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.setText(field, text);
    this.clearError(field);
    const parsed = this.parse(field, text);
    if (!parsed.ok) {
      this.errors = { ...this.errors, [field]: { code: parsed.code, source: 'parse' } };
      return;
    }
    this.setProperty(field, parsed.value);
    void this.emitChange();
  }

  private parse(field: TextField, text: string): ParseResult {
    if (field === 'used') return parseVolume(text);
    if (field === 'paid') return parseDecimalInput(moneyText(text), { unit: ['元', 'CNY', 'RMB'], maxPlaces: 2 });
    return parseDecimalInput(text, { maxPlaces: 6 });
  }

  private setText(field: TextField, text: string): void {
    this.texts = { ...this.texts, [field]: text };
  }

  private setProperty(field: TextField, value: string): void {
    if (field === 'paid') this.paid = value;
    else if (field === 'used') this.usedUnits = value;
    else this.daysSincePurchase = value;
  }

  private clearError(field: Field): void {
    const errors = { ...this.errors };
    delete errors[field];
    this.errors = errors;
  }

  /** The fields on screen in the current mode: only their errors count. */
  private get relevantFields(): readonly Field[] {
    return this.activeMode === 'dates' ? ['paid', 'used', 'purchasedOn', 'today'] : ['paid', 'used', 'days'];
  }

  private get hasErrors(): boolean {
    return this.relevantFields.some((f) => this.errors[f]);
  }

  private async emitChange(): Promise<void> {
    if (!(await this.renderedWhileConnected())) return;
    const e = this.estimate;
    if (!e || this.hasErrors || this.rulesProblem) return;
    this.dispatchEvent(new IdvRefundChangeEvent({ scenario: this.scenario, kind: e.kind, window: e.window, amount: e.amount, currency: 'CNY' }));
  }

  // ---- derived state ----------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rules = this.activeRules;
    if (!rules || this.rulesProblem) return;
    this.syncTexts(changed, rules);
    const inputs = ['family', 'packSize', 'paid', 'usedUnits', 'mode', 'purchasedOn', 'today', 'daysSincePurchase', 'rules'] as const;
    // A change of errors too: a parse error typed long after the last valid edit must still be announced.
    if (this.estimate === null || inputs.some((k) => changed.has(k)) || (changed as PropertyValues).has('errors')) {
      this.recompute(rules);
      // After the first render only: the page's own values are not news.
      if (this.hasUpdated) this.scheduleAnnouncement();
    }
  }

  /** Values set from code (or attributes) show in their fields; typing sets the text first, so then nothing changes. */
  private syncTexts(changed: PropertyValues<this>, rules: Rules): void {
    const sync = (field: TextField, value: string): void => {
      const current = this.parse(field, this.texts[field]);
      if (current.ok && current.value === value) return;
      this.setText(field, value);
      this.clearError(field);
      const parsed = this.parse(field, value);
      if (!parsed.ok) this.errors = { ...this.errors, [field]: { code: parsed.code, source: 'parse' } };
      else if (parsed.value !== value) this.setProperty(field, parsed.value);
    };
    // An empty `paid` means the list price: show it, without making it the property.
    if (changed.has('paid') || changed.has('packSize') || changed.has('family') || this.texts.paid === '') {
      if (this.paid === '') {
        this.setText('paid', this.activePack(rules).price);
        this.clearError('paid');
      } else if (changed.has('paid')) sync('paid', this.paid);
    }
    if (changed.has('usedUnits')) sync('used', this.usedUnits);
    if (changed.has('daysSincePurchase')) sync('days', this.daysSincePurchase);
    for (const field of ['purchasedOn', 'today'] as const) {
      if (changed.has(field) && this.errors[field]?.source === 'parse') this.clearError(field);
    }
  }

  private recompute(rules: Rules): void {
    const parseErrors = Object.fromEntries(Object.entries(this.errors).filter(([, e]) => e?.source === 'parse'));
    this.errors = parseErrors;
    const mode = this.activeMode;
    if (this.hasErrors) return;
    const pack = this.activePack(rules);
    const scenario = this.scenario;
    if (BigInt(scenario.usedUnits) > BigInt(pack.units)) {
      this.errors = { ...parseErrors, used: { code: 'more-than-pack', source: 'check' } };
      return;
    }
    const unitPrice = rules.families[this.activeFamily].unitPrice;
    try {
      if (mode === 'dates') {
        const r = refundOnDates(
          { paid: scenario.paid, usedUnits: scenario.usedUnits, purchasedAt: scenario.purchasedOn, today: scenario.today, unitPrice },
          rules,
        );
        const { fullRefundDays, supportDays } = rules.refund;
        const lastDay = [fullRefundDays, supportDays].find((d) => r.daysSincePurchase === String(d)) ?? null;
        this.estimate = { ...r, paid: scenario.paid, used: scenario.usedUnits, unitPrice, days: r.daysSincePurchase, lastDay };
      } else {
        const r = packRefund({ paid: scenario.paid, usedUnits: scenario.usedUnits, daysSincePurchase: scenario.daysSincePurchase, unitPrice }, rules);
        const window: RefundWindow = r.kind === 'full' || r.kind === 'partial' ? 'refund' : r.kind;
        this.estimate = {
          ...r,
          window,
          paid: scenario.paid,
          used: scenario.usedUnits,
          unitPrice,
          days: scenario.daysSincePurchase,
          refundUntil: null,
          supportUntil: null,
          lastDay: null,
        };
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const field = this.fieldOf(e);
      this.errors = { ...parseErrors, [field]: { code: e.field === 'today' && e.code === 'out-of-range' ? 'before-purchase' : this.codeOf(e), source: 'check' } };
    }
  }

  private fieldOf(e: InputError): Field {
    const map: Readonly<Record<string, Field>> = { paid: 'paid', usedUnits: 'used', daysSincePurchase: 'days', purchasedAt: 'purchasedOn', today: 'today' };
    return map[e.field] ?? 'paid';
  }

  private codeOf(e: InputError): RefundFieldCode {
    const known: readonly string[] = ['empty', 'not-a-number', 'negative', 'not-integer', 'out-of-range', 'invalid-date'];
    return known.includes(e.code) ? (e.code as RefundFieldCode) : 'unknown';
  }

  /**
   * Once typing pauses, so a screen reader is not read every keystroke's amount: the first invalid field's
   * message (the refund shown is then the last valid one), else the refund. Each edit drops what was pending.
   */
  private scheduleAnnouncement(): void {
    this.announcer.after(700, () => {
      const s = this.s;
      const labels: Record<Field, string> = { paid: s.paid, used: s.used, days: s.days, purchasedOn: s.purchasedOn, today: s.today };
      const field = this.relevantFields.find((f) => this.errors[f]);
      if (field) return this.localize.t.announceError(labels[field], this.errorText(field)!, this.estimate !== null);
      const e = this.estimate;
      return e ? s.announce(formatMoney(e.amount, this.locale), this.ruleText(e)) : null;
    });
  }

  // ---- rendering --------------------------------------------------------------------------------------

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private ruleText(e: Estimate): string {
    const k = this.s.kinds;
    if (e.kind === 'partial') {
      return k.partial(formatMoney(e.paid, this.locale), this.count(e.used), formatPrice(e.unitPrice, this.locale), formatMoney(e.amount, this.locale));
    }
    return k[e.kind];
  }

  private errorText(field: Field): string | null {
    const e = this.errors[field];
    return e ? this.s.errors[e.code] : null;
  }

  private renderTextField(field: TextField, label: string, hint: string, options: { suffix?: string; inputmode: 'numeric' | 'decimal' }): TemplateResult {
    return renderTextField(this.localize.t, {
      ...options,
      id: `${this.uid}-${field}`,
      label,
      hint,
      value: this.texts[field],
      error: this.errorText(field),
      onInput: (e) => this.onText(field, e),
    });
  }

  private renderDateField(field: 'purchasedOn' | 'today', label: string, hint: string, value: string): TemplateResult {
    return renderDateField({
      id: `${this.uid}-${field}`,
      label,
      hint,
      value,
      max: '9999-12-31',
      error: this.errorText(field),
      onInput: (e) => this.onDate(field, e),
    });
  }

  private renderForm(rules: Rules): TemplateResult {
    const s = this.s;
    const pack = this.activePack(rules);
    const packId = `${this.uid}-pack`;
    const mode = this.activeMode;
    const name = (f: FamilyId): string => rules.families[f].name[this.locale === 'zh-CN' ? 'zh' : 'en'];
    const selected = `${this.activeFamily}:${pack.units}`;
    return html`
      <form class="form" part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <div class="field" part="field">
          <label for=${packId}>${s.pack}</label>
          <select id=${packId} part="input" class="select" @change=${this.onPack}>
            ${FAMILY_IDS.map(
              (f) => html`<optgroup label=${name(f)}>
                ${this.paidPacks(rules, f).map(
                  (p) => html`<option value=${`${f}:${p.units}`} .selected=${`${f}:${p.units}` === selected}>
                    ${s.packOption(this.count(p.units), formatMoney(p.price, this.locale))}
                  </option>`,
                )}
              </optgroup>`,
            )}
          </select>
        </div>
        <div class="pair">
          ${this.renderTextField('paid', s.paid, s.paidHint(formatMoney(pack.price, this.locale)), { suffix: this.locale === 'zh-CN' ? '元' : 'CNY', inputmode: 'decimal' })}
          ${this.renderTextField('used', s.used, s.usedHint(this.count(pack.units)), { inputmode: 'numeric' })}
        </div>
        <fieldset class="when">
          <legend>${s.when}</legend>
          <div class="segmented" role="radiogroup" aria-label=${s.when}>
            ${MODES.map(
              (m) => html`<label class="segment">
                <input type="radio" name=${`${this.uid}-mode`} value=${m} .checked=${m === mode} @change=${this.onMode} />
                <span>${s.modes[m]}</span>
              </label>`,
            )}
          </div>
          ${mode === 'dates'
            ? html`<div class="pair">
                ${this.renderDateField('purchasedOn', s.purchasedOn, s.purchasedHint, this.purchasedOn || this.todayDate())}
                ${this.renderDateField('today', s.today, s.todayHint, this.todayDate())}
              </div>`
            : this.renderTextField('days', s.days, s.daysHint, { inputmode: 'decimal' })}
        </fieldset>
      </form>
    `;
  }

  private renderWindows(e: Estimate, rules: Rules): TemplateResult {
    const s = this.s;
    const w = s.windows;
    const full = String(rules.refund.fullRefundDays);
    const support = String(rules.refund.supportDays);
    const rows: readonly { id: RefundWindow; text: string; when: string | null }[] = [
      { id: 'refund', text: w.refund(full), when: e.refundUntil ? s.until(formatDate(e.refundUntil, this.locale)) : null },
      { id: 'support', text: w.support(full, support), when: e.supportUntil ? s.until(formatDate(e.supportUntil, this.locale)) : null },
      { id: 'none', text: w.none(support), when: e.supportUntil ? s.after(formatDate(e.supportUntil, this.locale)) : null },
    ];
    return html`
      <section role="group" class="card" part="card" aria-labelledby=${`${this.uid}-windows`}>
        <h4 id=${`${this.uid}-windows`}>${s.windowsTitle}</h4>
        <ol class="windows">
          ${rows.map(
            (r) => html`<li class="window ${r.id === e.window ? 'current' : ''}" part="window" aria-current=${r.id === e.window ? 'true' : 'false'}>
              <span>${r.text}</span>
              ${r.when ? html`<span class="muted small block">${r.when}</span>` : nothing}
              ${r.id === e.window ? html`<span class="tag applies">${s.applies}</span>` : nothing}
            </li>`,
          )}
        </ol>
      </section>
    `;
  }

  private renderResults(e: Estimate, rules: Rules): TemplateResult {
    const s = this.s;
    const stale = this.hasErrors;
    return html`
      <section role="group" class="results ${stale ? 'stale' : ''}" part="results" aria-labelledby=${`${this.uid}-result`}>
        <h3 id=${`${this.uid}-result`} class="sr-only">${s.resultTitle}</h3>
        <div class="summary ${e.window}" part="summary">
          <p class="headline"><span class="label">${s.refund}</span> <span class="big">${formatMoney(e.amount, this.locale)}</span></p>
          <p class=${stale ? 'stale-note' : 'rule'}>${stale ? s.keptLast : this.ruleText(e)}</p>
          <p class="muted small">
            ${s.elapsed(formatNumber(e.days, this.locale, 2))}
            ${this.activeMode === 'dates' ? html`${formatDate(this.scenario.purchasedOn, this.locale)} → ${formatDate(this.scenario.today, this.locale)}` : nothing}
          </p>
          ${e.lastDay !== null ? html`<p class="small note">${s.lastDay(String(e.lastDay))}</p>` : nothing}
          ${e.window === 'support' ? html`<p class="small">${s.contactSupport}</p>` : nothing}
        </div>
        ${this.renderWindows(e, rules)}
        ${this.activeMode === 'dates' ? html`<p class="muted small">${s.beijing}</p>` : nothing}
      </section>
    `;
  }

  override render(): TemplateResult {
    const e = this.estimate;
    return this.renderFrame(this.s, (rules) => renderPanes(this.renderForm(rules), e ? this.renderResults(e, rules) : null, this.s.noRefund));
  }
}

defineElement('idv-refund-estimator', IdvRefundEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'idv-refund-estimator': IdvRefundEstimator;
  }
}
