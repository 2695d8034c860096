import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_RULES,
  FAMILY_IDS,
  InputError,
  PLAN_IDS,
  discountLabel,
  quote as priceScenario,
} from '../../engine/index.js';
import type { FamilyQuote, LineQuote, PackLine, Period, PlanId, Quote, Rules, Scenario } from '../../engine/index.js';
import { IdvChangeEvent } from '../../events/idv-change.js';
import { copyText, downloadText } from '../../internal/files.js';
import { quoteToCsv, quoteToMarkdown, quoteToText } from '../../share/export.js';
import { encodeScenarioParam, formatScenarioString, parseScenarioString } from '../../share/scenario-string.js';
import type { ScenarioStringError, SharedScenario } from '../../share/scenario-string.js';
import type { CalculatorScenario } from '../../events/idv-change.js';
import { formatCount, formatMoney, formatNumber, formatPercent, formatPrice } from '../../i18n/format.js';
import { parseDecimalInput, parseVolume } from '../../i18n/parse.js';
import type { ParseResult } from '../../i18n/parse.js';
import type { FieldErrorCode, Translation } from '../../i18n/translation.js';
import { defineElement } from '../../internal/define-element.js';
import { withQueryParam } from '../../internal/query.js';
import { IdvElement } from '../../internal/idv-element.js';
import '../billing-calendar/billing-calendar.js';
import '../compare/compare.js';
import '../cost-chart/cost-chart.js';
import '../estimate/estimate.js';
import '../quota-planner/quota-planner.js';
import '../refund-estimator/refund-estimator.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import styles from './pricing-calculator.styles.js';

type Field = 'volume' | 'passRate' | 'photoSize' | 'retention' | 'peakShare';
/** The fields in form order: the first invalid one is the one announced. */
const FIELDS: readonly Field[] = ['volume', 'passRate', 'photoSize', 'retention', 'peakShare'];
type Tool = 'chart' | 'estimate' | 'compare' | 'quota' | 'refund' | 'billing';
const TOOLS: readonly Tool[] = ['chart', 'estimate', 'compare', 'quota', 'refund', 'billing'];
type RetentionUnit = 'days' | 'months';

interface FieldError {
  readonly code: FieldErrorCode;
  /** `parse`: the text is not a number (kept until retyped); `engine`: a valid number the rules refuse. */
  readonly source: 'parse' | 'engine';
}

const PERIODS: readonly Period[] = ['day', 'month', 'year'];
/** Engine input names → the calculator's fields, to put an engine InputError next to the right input. */
const ENGINE_FIELDS: Readonly<Record<string, Field>> = {
  volume: 'volume',
  passRate: 'passRate',
  photoSizeMB: 'photoSize',
  retentionDays: 'retention',
  peakHourShare: 'peakShare',
};
const DAYS_PER_MONTH = 30;

let idCounter = 0;

/**
 * @tagname idv-pricing-calculator
 * @summary Prices Financial-grade ID Verification for one plan and volume: pay-as-you-go, the cheapest
 * prepaid pack mix for a year, OSS photo storage, peak QPS and the quota alert, from the bundled rules engine.
 * @since 0.1.0
 * @status experimental
 *
 * @event {IdvChangeEvent} idv-change - After a visitor changes the scenario; `detail` holds the scenario,
 *   the engine's quote and the best yearly total as decimal strings. Not fired when code sets a property.
 *
 * @csspart base - The card.
 * @csspart header - Title and subtitle.
 * @csspart form - The inputs.
 * @csspart field - Each labelled input group.
 * @csspart input - Each text input and select.
 * @csspart error - A field's error message.
 * @csspart results - The figures.
 * @csspart summary - The headline: best yearly total and verdict.
 * @csspart card - Each block of figures (pay as you go, packs, storage, QPS).
 * @csspart line-item - A row of figures.
 * @csspart line-item__price - The amount in a row.
 * @csspart how - The "how is this calculated" disclosure.
 * @csspart toolbar - The share buttons (copy link, copy quote, CSV, JSON, print).
 * @csspart button - Each toolbar button.
 * @csspart notice - The message shown when a shared scenario could not be opened.
 * @csspart tools - The "more tools" disclosures (chart, estimate, compare, quota, refund, billing).
 *
 * @cssproperty --idv-font-family - Font stack (system UI with CJK fallbacks).
 * @cssproperty --idv-font-size - Base font size (0.9375rem).
 * @cssproperty --idv-radius - Card corner radius (12px).
 * @cssproperty --idv-color-bg - Card background.
 * @cssproperty --idv-color-surface - Background of inner blocks.
 * @cssproperty --idv-color-text - Main text colour.
 * @cssproperty --idv-color-muted - Secondary text colour.
 * @cssproperty --idv-color-border - Borders and dividers.
 * @cssproperty --idv-color-accent - Accent (headline figure, selected period).
 * @cssproperty --idv-color-success - Savings.
 * @cssproperty --idv-color-danger - Errors.
 * @cssproperty --idv-color-focus - Focus ring.
 * @cssproperty --idv-pricing-calculator-max-width - Widest the card grows (1200px).
 */
export class IdvPricingCalculator extends IdvElement {
  static override styles = [tokens, shared, styles];

  private readonly uid = `idv-${++idCounter}`;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private openedFromUrl = false;

  @state() private volumeText = '10000';
  @state() private passRateText = '100';
  @state() private photoSizeText = '0.1';
  @state() private retentionText = '30';
  @state() private retentionUnit: RetentionUnit = 'days';
  @state() private peakShareText = '';
  @state() private errors: Partial<Record<Field, FieldError>> = {};
  @state() private lastQuote: Quote | null = null;
  /** Why a `scenario` string or a shared link could not be opened, if it could not. */
  @state() private linkProblem: ScenarioStringError | null = null;
  /** What the toolbar last did ("Link copied"), announced politely. */
  @state() private toolbarStatus = '';
  /** Text the clipboard refused, shown selected for copying by hand. */
  @state() private manualCopy: string | null = null;
  /** Tool disclosures the visitor opened: their elements are only created then, so the calculator stays light. */
  @state() private openTools: ReadonlySet<Tool> = new Set();

  /** Plan id (`app`, `h5`, `server`, `alipay-mini`, `alipay-h5`, `liveness-verify`, `liveness-detect`, `face-compare`). */
  @property({ attribute: 'plan', useDefault: true }) plan: PlanId = 'app';

  /** Completed verifications in `period`, as a whole-number string (`'10000'`); text like `1.2万` is parsed. */
  @property({ attribute: 'volume', useDefault: true }) volume = '10000';

  /** What `volume` counts: `day`, `month` or `year`. */
  @property({ attribute: 'period', useDefault: true }) period: Period = 'day';

  /** Percent of verifications that pass (0–100); used by plans billed per passed verification. */
  @property({ attribute: 'pass-rate', useDefault: true }) passRate = '100';

  /** Average face photo size in MB (the document's example: 0.1); used by plans that store photos. */
  @property({ attribute: 'photo-size', useDefault: true }) photoSize = '0.1';

  /** Days each photo is kept in OSS (one month = 30). */
  @property({ attribute: 'retention-days', useDefault: true }) retentionDays = '30';

  /** The account's first pack purchase: the free trial pack may be used. */
  @property({ type: Boolean, attribute: 'first-purchase' }) firstPurchase = false;

  /** Percent of a day's volume in its busiest hour, for the QPS estimate; empty for none. */
  @property({ attribute: 'peak-share', useDefault: true }) peakShare = '';

  /** Where "contact sales about QPS billing" links to; without it the advice shows as text. */
  @property({ attribute: 'contact-href', useDefault: true }) contactHref = '';

  /**
   * A whole scenario as a share string (`v1;app:10000/day,photo:0.1;first`): setting it sets every field.
   * A malformed string shows a message and leaves the fields as they were.
   */
  @property({ attribute: 'scenario', useDefault: true }) scenario = '';

  /** Keep the scenario in the page URL (`?idv=…`, replaced, never pushed) and open it from there on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Hide the share toolbar (copy link, copy quote, downloads, print). */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  /** The engine's quote for the current valid scenario (null until one is valid). Read-only. */
  get quote(): Quote | null {
    return this.lastQuote;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.syncUrl) return;
    const shared = new URLSearchParams(location.search).get('idv');
    if (shared === null) return;
    this.applyShared(shared);
    // The visitor's link wins over the page's own `scenario` attribute, which is only the default.
    this.openedFromUrl = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
  }

  private get t(): Translation {
    return this.localize.t;
  }

  // ---- user input -------------------------------------------------------------------------------------

  private onPlan(e: Event): void {
    this.plan = (e.target as HTMLSelectElement).value as PlanId;
    void this.emitChange();
  }

  private onPeriod(e: Event): void {
    this.period = (e.target as HTMLInputElement).value as Period;
    void this.emitChange();
  }

  private onFirstPurchase(e: Event): void {
    this.firstPurchase = (e.target as HTMLInputElement).checked;
    void this.emitChange();
  }

  private onRetentionUnit(e: Event): void {
    const unit = (e.target as HTMLSelectElement).value as RetentionUnit;
    this.retentionUnit = unit;
    // 30 days reads as 1 month and back; a count of days that is no whole number of months keeps its digits
    // and is read in the new unit, like any other edit.
    const days = parseVolume(this.retentionDays);
    const month = BigInt(DAYS_PER_MONTH);
    let text = this.retentionText;
    if (days.ok) text = unit === 'days' ? days.value : BigInt(days.value) % month === 0n ? String(BigInt(days.value) / month) : text;
    this.applyText('retention', text);
  }

  private onText(field: Field, e: Event): void {
    this.applyText(field, (e.target as HTMLInputElement).value);
  }

  /** A visitor's text for a field: shown as typed; when it parses, it becomes the property and an event follows. */
  private applyText(field: Field, text: string): void {
    this.setText(field, text);
    const parsed = this.parseField(field, text);
    const errors = { ...this.errors };
    delete errors[field];
    if (!parsed.ok) {
      this.errors = { ...errors, [field]: { code: parsed.code, source: 'parse' } };
      return;
    }
    this.errors = errors;
    this.setProperty(field, parsed.value);
    void this.emitChange();
  }

  private parseField(field: Field, text: string): ParseResult {
    switch (field) {
      case 'volume':
        return parseVolume(text);
      case 'passRate':
        return parseDecimalInput(text, { percent: true, maxPlaces: 4 });
      case 'photoSize':
        return parseDecimalInput(text, { unit: ['MB', 'M'], maxPlaces: 6 });
      case 'peakShare':
        return text.trim() === '' ? { ok: true, value: '' } : parseDecimalInput(text, { percent: true, maxPlaces: 4 });
      case 'retention': {
        const r = parseVolume(text);
        // A month of retention is 30 days (R10); the engine judges the range.
        return r.ok && this.retentionUnit === 'months' ? { ok: true, value: String(BigInt(r.value) * BigInt(DAYS_PER_MONTH)) } : r;
      }
    }
  }

  private setText(field: Field, text: string): void {
    if (field === 'volume') this.volumeText = text;
    else if (field === 'passRate') this.passRateText = text;
    else if (field === 'photoSize') this.photoSizeText = text;
    else if (field === 'retention') this.retentionText = text;
    else this.peakShareText = text;
  }

  private setProperty(field: Field, value: string): void {
    if (field === 'volume') this.volume = value;
    else if (field === 'passRate') this.passRate = value;
    else if (field === 'photoSize') this.photoSize = value;
    else if (field === 'retention') this.retentionDays = value;
    else this.peakShare = value;
  }

  private async emitChange(): Promise<void> {
    // Removed before the edit's update ran: neither the page's URL nor its listeners hear from it any more.
    if (!(await this.renderedWhileConnected())) return;
    const q = this.lastQuote;
    const rules = this.activeRules;
    if (!q || !rules || this.rulesProblem || this.stale(rules)) return;
    if (this.syncUrl) history.replaceState(history.state, '', this.shareUrl());
    this.dispatchEvent(new IdvChangeEvent({ scenario: this.scenarioDetail(), quote: q, total: q.totals.bestYear, currency: 'CNY' }));
  }

  /** Sets every field from a share string; a bad one is reported and changes nothing. */
  private applyShared(text: string): void {
    const r = parseScenarioString(text);
    if (!r.ok) {
      this.linkProblem = r.code;
      return;
    }
    this.linkProblem = null;
    const line = r.scenario.lines[0]!;
    const rules = this.activeRules ?? DEFAULT_RULES;
    this.plan = line.plan;
    this.volume = line.volume;
    this.period = line.period;
    this.passRate = line.passRate ?? '100';
    this.photoSize = line.photoSize ?? rules.oss.defaultPhotoSizeMB;
    this.retentionDays = line.retentionDays ?? String(rules.oss.defaultRetentionDays);
    this.peakShare = line.peakShare ?? '';
    this.firstPurchase = r.scenario.firstPurchase;
  }

  /** The scenario on screen as a share string (only the options its plan uses). */
  get shareString(): string {
    const rules = this.activeRules ?? DEFAULT_RULES;
    const plan = rules.plans[this.plan];
    const shared: SharedScenario = {
      lines: [
        {
          plan: this.plan,
          volume: this.volume,
          period: this.period,
          ...(plan?.metering === 'passed' ? { passRate: this.passRate } : {}),
          ...(plan?.storesPhotos ? { photoSize: this.photoSize, retentionDays: this.retentionDays } : {}),
          ...(this.peakShare ? { peakShare: this.peakShare } : {}),
        },
      ],
      firstPurchase: this.firstPurchase,
    };
    return formatScenarioString(shared);
  }

  /** This page's URL (path, query and hash as they are) with the scenario in its `idv` query parameter. */
  private shareUrl(): string {
    // With the origin: a path that starts with // would otherwise read as another host.
    return `${location.origin}${location.pathname}${withQueryParam(location.search, 'idv', encodeScenarioParam(this.shareString))}${location.hash}`;
  }

  private setStatus(text: string): void {
    this.toolbarStatus = text;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.toolbarStatus = ''), 4000);
  }

  private async onCopy(kind: 'link' | 'text' | 'markdown'): Promise<void> {
    const q = this.lastQuote;
    if (!q) return;
    const link = new URL(this.shareUrl(), location.href).href;
    const rules = this.activeRules ?? DEFAULT_RULES;
    const text =
      kind === 'link' ? link : kind === 'text' ? quoteToText(q, this.locale, link, rules) : quoteToMarkdown(q, this.locale, link, rules);
    const copied = await copyText(text);
    this.manualCopy = copied ? null : text;
    this.setStatus(copied ? this.t.share.copied[kind] : this.t.share.copyFailed);
    if (!copied) {
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.manual-copy textarea');
      area?.focus();
      area?.select();
    }
  }

  private onDownload(kind: 'csv' | 'json'): void {
    const q = this.lastQuote;
    if (!q) return;
    const name = `idv-quote-${this.plan}-${this.volume}-${this.period}.${kind}`;
    if (kind === 'csv') downloadText(name, 'text/csv', quoteToCsv(q, this.locale, this.activeRules ?? DEFAULT_RULES));
    else downloadText(name, 'application/json', `${JSON.stringify({ scenario: this.shareString, quote: q }, null, 2)}\n`);
    this.setStatus(this.t.share.downloaded);
  }

  private async onPrint(): Promise<void> {
    // The formulas belong on paper; a closed <details> would print only its summary.
    const how = this.renderRoot.querySelector<HTMLDetailsElement>('details.how');
    const wasOpen = how?.open ?? false;
    if (how) how.open = true;
    this.toggleAttribute('printing', true);
    await this.updateComplete;
    window.print();
    this.toggleAttribute('printing', false);
    if (how) how.open = wasOpen;
  }

  // ---- derived state ----------------------------------------------------------------------------------

  /** The scenario as the attributes spell it, for the event detail. */
  private scenarioDetail(): CalculatorScenario {
    return {
      plan: this.plan,
      volume: this.volume,
      period: this.period,
      passRate: this.passRate,
      photoSize: this.photoSize,
      retentionDays: this.retentionDays,
      firstPurchase: this.firstPurchase,
      peakShare: this.peakShare,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scenario') && this.scenario !== '' && !(this.openedFromUrl && !this.hasUpdated)) this.applyShared(this.scenario);
    this.syncTexts(changed);
    const inputs = ['plan', 'volume', 'period', 'passRate', 'photoSize', 'retentionDays', 'firstPurchase', 'peakShare', 'rules'] as const;
    // A cleared error can leave every input as it was (`abc` retyped as the last valid volume after a plan
    // change): the figures on screen are then an older scenario's, so a change of errors recomputes too.
    if (this.lastQuote === null || inputs.some((k) => changed.has(k)) || (changed as PropertyValues).has('errors')) this.recompute();
  }

  /**
   * A property set from code or an attribute shows in its field (typing sets the text first, so nothing
   * changes then). Text such as `5万` in an attribute is parsed like typing; text that does not parse shows
   * its error, and the property keeps it until a visitor or the page fixes it.
   */
  private syncTexts(changed: PropertyValues<this>): void {
    const sync = (field: Field, key: 'volume' | 'passRate' | 'photoSize' | 'retentionDays' | 'peakShare', value: string, text: string): void => {
      if (!changed.has(key)) return;
      const current = this.parseField(field, text);
      if (current.ok && current.value === value) return;
      if (field === 'retention') this.retentionUnit = 'days';
      this.setText(field, value);
      const errors = { ...this.errors };
      delete errors[field];
      const parsed = this.parseField(field, value);
      this.errors = parsed.ok ? errors : { ...errors, [field]: { code: parsed.code, source: 'parse' } };
      if (parsed.ok && parsed.value !== value) this.setProperty(field, parsed.value);
    };
    sync('volume', 'volume', this.volume, this.volumeText);
    sync('passRate', 'passRate', this.passRate, this.passRateText);
    sync('photoSize', 'photoSize', this.photoSize, this.photoSizeText);
    sync('retention', 'retentionDays', this.retentionDays, this.retentionText);
    sync('peakShare', 'peakShare', this.peakShare, this.peakShareText);
  }

  private recompute(): void {
    const rules = this.activeRules;
    if (!rules || this.rulesProblem) return;
    // Text that does not parse keeps its error (and shows again if its field comes back); only errors in
    // fields the plan uses hold the figures back. The engine judges the rest afresh.
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([, e]) => e?.source === 'parse'));
    if (Object.keys(this.blockingErrors(rules)).length > 0) {
      this.scheduleErrorAnnouncement();
      return;
    }
    if (!this.planKnown(rules) || !this.periodKnown) return;
    const plan = rules.plans[this.plan];
    const scenario: Scenario = {
      plan: this.plan,
      volume: this.volume,
      period: this.period,
      ...(plan.metering === 'passed' ? { passRate: this.passRate } : {}),
      ...(plan.storesPhotos ? { photoSizeMB: this.photoSize, retentionDays: this.retentionDays } : {}),
      peakHourShare: this.peakShare === '' ? null : this.peakShare,
      firstPurchase: this.firstPurchase,
    };
    try {
      const previous = this.lastQuote;
      this.lastQuote = priceScenario(scenario, rules);
      if (previous) this.scheduleAnnouncement();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const field = ENGINE_FIELDS[e.field];
      if (!field) throw e;
      this.errors = { ...this.errors, [field]: { code: e.code, source: 'engine' } };
      this.scheduleErrorAnnouncement();
    }
  }

  /** Errors in the fields the current plan shows and uses. */
  private blockingErrors(rules: Rules): Partial<Record<Field, FieldError>> {
    const plan = this.planKnown(rules) ? rules.plans[this.plan] : null;
    const uses = (f: Field): boolean =>
      f === 'passRate' ? plan?.metering === 'passed' : f === 'photoSize' || f === 'retention' ? plan?.storesPhotos === true : true;
    return Object.fromEntries(Object.entries(this.errors).filter(([f]) => uses(f as Field)));
  }

  private get periodKnown(): boolean {
    return PERIODS.includes(this.period);
  }

  /** Whether the figures on screen are not for the scenario as it now stands. */
  private stale(rules: Rules): boolean {
    return Object.keys(this.blockingErrors(rules)).length > 0 || !this.planKnown(rules) || !this.periodKnown;
  }

  private planKnown(rules: Rules): boolean {
    return Object.prototype.hasOwnProperty.call(rules.plans, this.plan);
  }

  /**
   * After an edit, once typing pauses (so a screen reader is not read every keystroke's total): the first
   * invalid field's message, with, when figures are on screen, the fact that they are the last valid ones;
   * else the new totals. Each call drops what the one before left pending.
   */
  private scheduleAnnouncement(): void {
    this.announcer.after(700, () => {
      const error = this.errorAnnouncement();
      if (error) return error;
      const q = this.lastQuote;
      return q ? this.t.announce(formatMoney(q.totals.bestYear, this.locale), formatMoney(q.totals.postpaid.year, this.locale)) : null;
    });
  }

  /** An edit left a field invalid. Not at first render: the page set that value, the visitor did nothing. */
  private scheduleErrorAnnouncement(): void {
    if (this.hasUpdated) this.scheduleAnnouncement();
  }

  private errorAnnouncement(): string | null {
    const rules = this.activeRules;
    const blocking = rules ? this.blockingErrors(rules) : {};
    const field = FIELDS.find((f) => blocking[f]);
    const message = field ? this.errorText(field) : null;
    if (!field || !message) return null;
    const t = this.t;
    const labels: Record<Field, string> = { volume: t.volume, passRate: t.passRate, photoSize: t.photoSize, retention: t.retention, peakShare: t.peakShare };
    return t.announceError(labels[field], message, this.lastQuote !== null);
  }

  // ---- rendering --------------------------------------------------------------------------------------

  private money(amount: string): string {
    return formatMoney(amount, this.locale);
  }

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private errorText(field: Field): string | null {
    const e = this.errors[field];
    if (!e) return null;
    const t = this.t;
    if (e.code === 'out-of-range' && e.source === 'engine') {
      if (field === 'photoSize') return t.rangeAbove('0', '1024 MB');
      if (field === 'retention') {
        return this.retentionUnit === 'months' ? t.range('0', `1216 ${t.retentionUnits.months}`) : t.range('0', `36500 ${t.retentionUnits.days}`);
      }
      return t.range('0', field === 'volume' ? '10^18' : '100%');
    }
    // "A whole number of verifications" only fits the volume; other whole-number fields get the plain wording.
    if (e.code === 'not-whole' && field !== 'volume') return t.errors['not-integer'];
    return t.errors[e.code] ?? t.errors.unknown;
  }

  private renderTextField(
    field: Field,
    label: string,
    value: string,
    hint: string,
    options: { suffix?: string; inputmode?: 'text' | 'numeric' | 'decimal'; extra?: TemplateResult; optional?: boolean } = {},
  ): TemplateResult {
    const id = `${this.uid}-${field}`;
    const error = this.errorText(field);
    return html`
      <div class="field" part="field">
        <label for=${id}>${label}${options.optional ? html` <span class="muted">(${this.t.optional})</span>` : nothing}</label>
        <div class="input-row">
          <div class="input-wrap ${error ? 'invalid' : ''}">
            <input
              id=${id}
              part="input"
              type="text"
              inputmode=${options.inputmode ?? 'decimal'}
              autocomplete="off"
              spellcheck="false"
              .value=${value}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${`${id}-msg`}
              @input=${(e: Event) => this.onText(field, e)}
            />
            ${options.suffix ? html`<span class="suffix" aria-hidden="true">${options.suffix}</span>` : nothing}
          </div>
          ${options.extra ?? nothing}
        </div>
        <p id=${`${id}-msg`} class=${error ? 'message error' : 'message'} part=${error ? 'error' : 'hint'}>
          ${error ?? hint}
        </p>
      </div>
    `;
  }

  private renderForm(rules: Rules): TemplateResult {
    const t = this.t;
    const known = this.planKnown(rules);
    const plan = rules.plans[known ? this.plan : PLAN_IDS[0]!];
    const family = rules.families[plan.family];
    const trial = family.packs.find((p) => p.trial);
    const planId = `${this.uid}-plan`;
    return html`
      <form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
        <div class="field" part="field">
          <label for=${planId}>${t.plan}</label>
          <select
            id=${planId}
            part="input"
            class="select"
            @change=${this.onPlan}
            aria-invalid=${known ? 'false' : 'true'}
            aria-describedby=${`${planId}-msg`}
          >
            ${known ? nothing : html`<option value="" .selected=${true} disabled>—</option>`}
            ${FAMILY_IDS.map(
              (f) => html`<optgroup label=${rules.families[f].name[this.locale === 'zh-CN' ? 'zh' : 'en']}>
                ${PLAN_IDS.filter((p) => rules.plans[p].family === f).map(
                  (p) => html`<option value=${p} .selected=${p === this.plan}>
                    ${t.planOption(this.planName(rules, p), formatPrice(rules.plans[p].unitPrice, this.locale), rules.plans[p].metering)}
                  </option>`,
                )}
              </optgroup>`,
            )}
          </select>
          <p id=${`${planId}-msg`} class=${known ? 'message' : 'message error'}>
            ${known ? t.meteringHint[plan.metering] : t.unknownPlan(String(this.plan))}
          </p>
        </div>

        ${this.renderTextField('volume', t.volume, this.volumeText, t.volumeHint, {
          // A full keyboard: a numeric pad cannot type 12,000, 1.2万 or 1.5亿.
          inputmode: 'text',
          extra: html`
            <fieldset class="segmented" role="radiogroup" aria-label=${t.period}>
              ${PERIODS.map(
                (p) => html`<label class="segment">
                  <input type="radio" name=${`${this.uid}-period`} value=${p} .checked=${p === this.period} @change=${this.onPeriod} />
                  <span>${t.periods[p]}</span>
                </label>`,
              )}
            </fieldset>
            ${this.periodKnown ? nothing : html`<p class="message error period-error" role="alert">${t.errors['unknown-period']}</p>`}
          `,
        })}
        ${plan.metering === 'passed'
          ? this.renderTextField('passRate', t.passRate, this.passRateText, t.passRateHint, { suffix: '%' })
          : nothing}
        ${plan.storesPhotos
          ? html`<div class="pair">
              ${this.renderTextField('photoSize', t.photoSize, this.photoSizeText, t.photoSizeHint, { suffix: 'MB' })}
              ${this.renderTextField('retention', t.retention, this.retentionText, t.retentionHint, {
                inputmode: 'numeric',
                extra: html`<select class="select unit" part="input" aria-label=${t.retentionUnitLabel} @change=${this.onRetentionUnit}>
                  <option value="days" .selected=${this.retentionUnit === 'days'}>${t.retentionUnits.days}</option>
                  <option value="months" .selected=${this.retentionUnit === 'months'}>${t.retentionUnits.months}</option>
                </select>`,
              })}
            </div>`
          : nothing}
        ${trial
          ? html`<div class="field check" part="field">
              <label>
                <input type="checkbox" .checked=${this.firstPurchase} @change=${this.onFirstPurchase} />
                <span>${t.firstPurchase}<span class="muted block">${t.firstPurchaseHint(this.count(trial.units))}</span></span>
              </label>
            </div>`
          : nothing}
        ${this.renderTextField('peakShare', t.peakShare, this.peakShareText, t.peakShareHint, { suffix: '%', optional: true })}
      </form>
    `;
  }

  private planName(rules: Rules, id: PlanId): string {
    return rules.plans[id].name[this.locale === 'zh-CN' ? 'zh' : 'en'];
  }

  private renderPostpaid(line: LineQuote): TemplateResult {
    const t = this.t;
    return html`
      <section role="group" class="card postpaid" part="card" aria-labelledby=${`${this.uid}-postpaid`}>
        <h3 id=${`${this.uid}-postpaid`}>${t.postpaidTitle}</h3>
        <dl class="periods">
          ${PERIODS.map(
            (p) => html`<div class="period ${p === this.period ? 'entered' : ''}" part="line-item">
              <dt>${t.perPeriod[p]}</dt>
              <dd class="amount" part="line-item__price">${this.money(line.postpaid[p])}</dd>
              <dd class="muted small units">${t.billableUnits(this.count(line.units[p]))}</dd>
            </div>`,
          )}
        </dl>
        ${line.unitsBeforeRounding
          ? html`<p class="muted small">${t.roundedUnits(formatNumber(line.unitsBeforeRounding, this.locale, 4), this.count(line.units[line.input.period]))}</p>`
          : nothing}
      </section>
    `;
  }

  private renderPacks(f: FamilyQuote, metering: LineQuote['metering']): TemplateResult {
    const t = this.t;
    const mix = f.mix;
    return html`
      <section role="group" class="card" part="card" aria-labelledby=${`${this.uid}-packs`}>
        <h3 id=${`${this.uid}-packs`}>${t.packsTitle}</h3>
        <p class="muted small">${t.packsSubtitle(this.count(f.yearUnits))}</p>
        <ul class="items">
          ${f.packLines.length === 0 ? html`<li class="item muted">${t.noPacks}</li>` : nothing}
          ${f.packLines.map(
            (item) => html`<li class="item" part="line-item">
              <span>${t.packItem(this.count(item.count), this.count(item.size))} <span class="tag">${this.discountTag(item)}</span></span>
              <span class="amount" part="line-item__price">${item.trial ? t.free : this.money(item.cost)}</span>
            </li>`,
          )}
          ${mix.overageUnits !== 0 && f.packLines.length > 0
            ? html`<li class="item" part="line-item">
                <span>${t.overage(this.count(mix.overageUnits))}</span>
                <span class="amount" part="line-item__price">${this.money(mix.overageCost)}</span>
              </li>`
            : nothing}
          <li class="item total" part="line-item">
            <span>${t.packsTotal}</span><span class="amount" part="line-item__price">${this.money(mix.total)}</span>
          </li>
          <li class="item muted" part="line-item">
            <span>${t.postpaidYear}</span><span class="amount" part="line-item__price">${this.money(mix.postpaidTotal)}</span>
          </li>
        </ul>
        <dl class="facts">
          <div><dt>${t.savings}</dt><dd class="good">${this.money(mix.savings)} · ${formatPercent(f.savingsPercent, this.locale)}</dd></div>
          ${f.effectiveUnitPrice !== null
            ? html`<div><dt>${t.effectivePrice}</dt><dd>${formatPrice(f.effectiveUnitPrice, this.locale, { maxPlaces: 4 })} ${t.perUnit(metering)}</dd></div>`
            : nothing}
        </dl>
        ${f.alert
          ? html`<p class="small alert-plan">
              <strong>${t.alertTitle}</strong>
              ${f.alert.alertDay !== null ? t.alertFires(String(f.alert.alertDay), formatPercent(f.alert.thresholdPercent, this.locale)) : t.alertNever}
              ${f.alert.endsBy === 'run-out'
                ? t.runsOut(String(f.alert.runOutDay))
                : t.expires(String(f.alert.expiryDay), this.count(f.alert.unitsLostAtExpiry))}
            </p>`
          : nothing}
      </section>
    `;
  }

  /** `contact-href` if it is a web or mail link (or relative); a `javascript:` or `data:` URL is never rendered. */
  private get safeContactHref(): string {
    if (!this.contactHref) return '';
    try {
      const protocol = new URL(this.contactHref, location.href).protocol;
      return ['http:', 'https:', 'mailto:'].includes(protocol) ? this.contactHref : '';
    } catch {
      return '';
    }
  }

  private discountTag(item: PackLine): string {
    if (item.trial) return this.t.trialPack;
    const label = discountLabel(item.ratio);
    return label.kind === 'discount' ? `${label.zhe} / ${label.percent}` : this.t.noDiscount;
  }

  private renderStorage(line: LineQuote): TemplateResult | typeof nothing {
    const s = line.storage;
    if (!s) return nothing;
    const t = this.t;
    const rules = this.activeRules!;
    return html`
      <section role="group" class="card" part="card" aria-labelledby=${`${this.uid}-storage`}>
        <h3 id=${`${this.uid}-storage`}>${t.storageTitle}</h3>
        <dl class="facts three">
          <div><dt>${t.storedVolume}</dt><dd>${formatNumber(s.storedGB, this.locale, 2)} GB</dd></div>
          <div>
            <dt>${t.storageMonthly}</dt>
            <dd title=${t.storageExact(formatPrice(s.monthlyFee, this.locale, { maxPlaces: 12 }))}>${formatMoney(s.monthlyFee, this.locale, 'estimate')}</dd>
          </div>
          <div><dt>${t.storageFirstYear}</dt><dd>${formatMoney(s.firstYearFee, this.locale, 'estimate')}</dd></div>
        </dl>
        <p class="muted small">${t.storageNote(formatPrice(rules.oss.pricePerGBMonth, this.locale))}</p>
      </section>
    `;
  }

  private renderQps(line: LineQuote): TemplateResult | typeof nothing {
    const qps = line.qps;
    if (!qps) return nothing;
    const t = this.t;
    const over = qps.exceedsLimit === true;
    return html`
      <section role="group" class="card ${over ? 'warn' : ''}" part="card" aria-labelledby=${`${this.uid}-qps`}>
        <h3 id=${`${this.uid}-qps`}>${t.qpsTitle}</h3>
        <p>
          ${t.qpsPeak(formatNumber(qps.peak, this.locale, 2))}${qps.limit !== null ? html` · ${t.qpsLimit(String(qps.limit))}` : nothing}
        </p>
        <p class="small ${over ? '' : 'muted'}">${qps.limit === null ? t.qpsNoLimit : over ? t.qpsOver : t.qpsOk}</p>
        ${over && this.safeContactHref
          ? html`<p><a href=${this.safeContactHref} target="_blank" rel="noopener noreferrer">${t.contactSales}</a></p>`
          : nothing}
      </section>
    `;
  }

  private renderHow(line: LineQuote, f: FamilyQuote): TemplateResult {
    const t = this.t;
    const h = t.how;
    const loc = this.locale;
    const s = line.storage;
    return html`
      <details class="how" part="how">
        <summary>${t.howTitle}</summary>
        <ol>
          <li>
            ${h.units(
              this.count(line.input.volume),
              line.input.passRate === null ? null : formatPercent(line.input.passRate, loc, 4),
              this.count(line.units[line.input.period]),
            )}
          </li>
          <li>${h.conversions}</li>
          <li>${h.postpaid(this.count(line.units.year), formatPrice(line.unitPrice, loc), this.money(line.postpaid.year))}</li>
          <li>${h.packs}</li>
          <li>${h.savings(this.money(f.mix.postpaidTotal), this.money(f.mix.total), this.money(f.mix.savings))}</li>
          ${f.effectiveUnitPrice !== null
            ? html`<li>${h.effective(this.money(f.mix.total), this.count(f.yearUnits), formatPrice(f.effectiveUnitPrice, loc, { maxPlaces: 4 }))}</li>`
            : nothing}
          ${s
            ? html`<li>
                  ${h.storage(
                    formatNumber(s.photosPerDay, loc, 2),
                    formatNumber(line.input.photoSizeMB ?? '0', loc, 6),
                    String(line.input.retentionDays),
                    formatNumber(s.storedGB, loc, 6),
                    formatPrice(this.activeRules!.oss.pricePerGBMonth, loc),
                    formatPrice(s.monthlyFee, loc, { maxPlaces: 6 }),
                  )}
                </li>
                <li>${h.storageYear}</li>`
            : nothing}
          ${line.qps
            ? html`<li>${h.qps(this.count(line.qps.volumePerDay), formatPercent(line.input.peakHourShare ?? '0', loc, 4), formatNumber(line.qps.peak, loc, 4))}</li>`
            : nothing}
          ${f.alert ? html`<li>${h.alert}</li>` : nothing}
          <li>${h.balance(this.money(line.postpaid.month))}</li>
          <li>${h.rounding}</li>
        </ol>
      </details>
    `;
  }

  private renderToolbar(): TemplateResult | typeof nothing {
    if (this.noToolbar) return nothing;
    const t = this.t.share;
    return html`
      <div class="toolbar" part="toolbar" role="group" aria-label=${t.toolbar}>
        <button type="button" class="button" part="button" @click=${() => this.onCopy('link')}>${t.copyLink}</button>
        <button type="button" class="button" part="button" @click=${() => this.onCopy('text')}>${t.copyText}</button>
        <button type="button" class="button" part="button" @click=${() => this.onCopy('markdown')}>${t.copyMarkdown}</button>
        <button type="button" class="button" part="button" @click=${() => this.onDownload('csv')}>${t.csv}</button>
        <button type="button" class="button" part="button" @click=${() => this.onDownload('json')}>${t.json}</button>
        <button type="button" class="button" part="button" @click=${this.onPrint}>${t.print}</button>
      </div>
      <p class="toolbar-status small" role="status">${this.toolbarStatus}</p>
      ${this.manualCopy === null
        ? nothing
        : html`<label class="manual-copy">
            <span class="small muted">${t.manualCopy}</span>
            <textarea readonly rows="6" .value=${this.manualCopy}></textarea>
          </label>`}
    `;
  }

  private onToolToggle(tool: Tool, e: Event): void {
    const open = new Set(this.openTools);
    if ((e.target as HTMLDetailsElement).open) open.add(tool);
    else open.delete(tool);
    this.openTools = open;
  }

  /** The scenario on screen in the shape the estimate and compare elements take. */
  private lineForTools(): { plan: PlanId; volume: string; period: Period; passRate: string; photoSize: string; retentionDays: string } {
    return {
      plan: this.plan,
      volume: this.volume,
      period: this.period,
      passRate: this.passRate,
      photoSize: this.photoSize,
      retentionDays: this.retentionDays,
    };
  }

  private renderTool(tool: Tool, line: LineQuote, f: FamilyQuote): TemplateResult {
    const theme = this.theme;
    const lang = this.locale;
    const rules = this.rules;
    const here = this.lineForTools();
    switch (tool) {
      case 'chart':
        return html`<idv-cost-chart plan=${this.plan} units=${String(f.yearUnits)} ?first-purchase=${this.firstPurchase} .rules=${rules} lang=${lang} theme=${theme}></idv-cost-chart>`;
      case 'estimate':
        return html`<idv-estimate .lines=${[{ ...here, peakShare: this.peakShare }]} ?first-purchase=${this.firstPurchase} .rules=${rules} lang=${lang} theme=${theme}></idv-estimate>`;
      case 'compare': {
        // B starts as the next plan at the same volume: the comparison a visitor most often wants next.
        const next = PLAN_IDS[(PLAN_IDS.indexOf(this.plan) + 1) % PLAN_IDS.length]!;
        const a = { ...here, firstPurchase: this.firstPurchase };
        return html`<idv-compare .scenarios=${[a, { ...a, plan: next }]} .rules=${rules} lang=${lang} theme=${theme}></idv-compare>`;
      }
      case 'quota':
        // Daily use in whole units: the planner counts whole verifications a day.
        return html`<idv-quota-planner family=${f.family} daily-usage=${line.units.day.split('.')[0]} .rules=${rules} lang=${lang} theme=${theme}></idv-quota-planner>`;
      case 'refund':
        return html`<idv-refund-estimator family=${f.family} .rules=${rules} lang=${lang} theme=${theme}></idv-refund-estimator>`;
      case 'billing':
        return html`<idv-billing-calendar daily-bill=${line.postpaid.day} .rules=${rules} lang=${lang} theme=${theme}></idv-billing-calendar>`;
    }
  }

  private renderTools(line: LineQuote, f: FamilyQuote): TemplateResult {
    const t = this.t.tools;
    return html`
      <section role="group" class="tools" part="tools" aria-labelledby=${`${this.uid}-tools`}>
        <h3 id=${`${this.uid}-tools`}>${t.title}</h3>
        ${TOOLS.map(
          (tool) => html`<details class="tool" @toggle=${(e: Event) => this.onToolToggle(tool, e)}>
            <summary>${t[tool]}</summary>
            ${this.openTools.has(tool) ? this.renderTool(tool, line, f) : nothing}
          </details>`,
        )}
      </section>
    `;
  }

  /** On paper the form is gone; this line says what the figures are for. */
  private renderPrintSummary(line: LineQuote): TemplateResult {
    const t = this.t;
    const rules = this.activeRules!;
    const parts = [
      this.planName(rules, line.plan),
      `${this.count(line.input.volume)} · ${t.perPeriod[line.input.period]}`,
      line.input.passRate !== null ? `${t.passRate} ${formatPercent(line.input.passRate, this.locale, 4)}` : '',
      line.input.photoSizeMB !== null ? `${t.photoSize} ${line.input.photoSizeMB} MB · ${t.retention} ${line.input.retentionDays} ${t.retentionUnits.days}` : '',
      line.input.peakHourShare !== null ? `${t.peakShare} ${formatPercent(line.input.peakHourShare, this.locale, 4)}` : '',
      this.firstPurchase ? t.firstPurchase : '',
    ].filter(Boolean);
    return html`<p class="print-only print-summary"><strong>${t.share.printScenario}:</strong> ${parts.join(' · ')}</p>`;
  }

  private renderResults(q: Quote): TemplateResult {
    const t = this.t;
    const line = q.lines[0]!;
    const f = q.families[0]!;
    const stale = this.stale(this.activeRules!);
    const packs = f.verdict === 'packs';
    return html`
      <div class="results ${stale ? 'stale' : ''}" part="results">
        ${this.renderPrintSummary(line)}
        <div class="summary" part="summary">
          <p class="headline">
            <span class="label">${t.packsTotal}</span>
            <span class="big">${this.money(q.totals.bestYear)}</span>
          </p>
          <!-- While a field is invalid the verdict's line says the figures are the last valid ones: same place, no jump. -->
          <p class="verdict ${stale ? 'stale-note' : packs ? 'good' : ''}">
            ${stale
              ? t.keptLast
              : packs
                ? t.verdictPacks(this.money(q.totals.savingsYear), formatPercent(f.savingsPercent, this.locale))
                : t.verdictPostpaid}
          </p>
        </div>
        ${this.renderPostpaid(line)} ${this.renderPacks(f, line.metering)} ${this.renderStorage(line)} ${this.renderQps(line)}
        <p class="muted small advice">${t.balanceAdvice(this.money(q.totals.advisedBalance))}</p>
        ${this.renderToolbar()} ${this.renderHow(line, f)} ${this.renderTools(line, f)}
      </div>
    `;
  }

  override render(): TemplateResult {
    const t = this.t;
    return this.renderFrame(
      t,
      (rules) => html`<div class="layout">
        ${this.renderForm(rules)}
        ${this.lastQuote
          ? this.renderResults(this.lastQuote)
          : html`<div class="results empty" part="results"><p class="muted">${t.noQuote}</p></div>`}
      </div>`,
      this.linkProblem
        ? html`<p class="notice" role="alert" part="notice">${t.share.linkProblem(t.share.linkReasons[this.linkProblem])}</p>`
        : nothing,
    );
  }
}

defineElement('idv-pricing-calculator', IdvPricingCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'idv-pricing-calculator': IdvPricingCalculator;
  }
}
