import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_RULES,
  FAMILY_IDS,
  InputError,
  PLAN_IDS,
  quote as priceScenario,
} from '../../engine/index.js';
import type { FamilyQuote, LineQuote, Period, PlanId, Quote, Rules, Scenario } from '../../engine/index.js';
import { IdvChangeEvent } from '../../events/idv-change.js';
import { encodeScenarioParam, formatScenarioString, parseScenarioString } from '../../share/scenario-string.js';
import type { ScenarioStringError, SharedScenario } from '../../share/scenario-string.js';
import type { CalculatorScenario } from '../../events/idv-change.js';
import { formatCount, formatMoney, formatPercent, formatPrice } from '../../i18n/format.js';
import { parseVolume } from '../../i18n/parse.js';
import type { ParseResult } from '../../i18n/parse.js';
import type { Translation } from '../../i18n/translation.js';
import { fieldErrorText, locateEngineError, parseLineField } from '../../internal/line-fields.js';
import type { FieldError, LineField } from '../../internal/line-fields.js';
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
import { renderHow, renderPlanning, renderQps, safeHref } from './calculator-details.js';
import { renderCosts, renderPacks, renderPostpaid, renderSummary } from './calculator-results.js';
import { planName } from './calculator-view.js';
import type { CalculatorView } from './calculator-view.js';
import { ShareToolbar } from './share-toolbar.js';

type Field = LineField;
/** The fields in form order: the first invalid one is the one announced. */
const FIELDS: readonly Field[] = ['volume', 'passRate', 'photoSize', 'retention', 'peakShare'];
type Tool = 'chart' | 'estimate' | 'compare' | 'quota' | 'refund' | 'billing';
const TOOLS: readonly Tool[] = ['chart', 'estimate', 'compare', 'quota', 'refund', 'billing'];
type RetentionUnit = 'days' | 'months';


const PERIODS: readonly Period[] = ['day', 'month', 'year'];
const DAYS_PER_MONTH = 30;

let idCounter = 0;

/**
 * @tagname idv-pricing-calculator
 * @summary Prices Financial-grade ID Verification for one plan and volume: the lowest yearly total with the
 * cheapest prepaid pack mix, pay-as-you-go, OSS photo storage; peak QPS, the quota alert, the working, sharing
 * and six tools behind one "details" disclosure or on the first screen by attribute.
 * @since 0.1.0
 *
 * Three uses, one element: the default is a compact marketing calculator; `readonly` shows a fixed scenario's
 * figures for documentation, with a button that opens the inputs; `toolbar` and `tools` put the share toolbar
 * and any of the tools on the first screen for sales demos.
 *
 * @slot cta - A call to action under the figures (a link or button the page owns). With `cta-href` the element
 *   renders the link itself and the slot holds its text.
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
 * @csspart results - The figures under the headline.
 * @csspart summary - The headline: lowest yearly total and what the packs save.
 * @csspart card - Each block of figures (pay as you go, packs, storage, peak load).
 * @csspart alternative - The line naming a mix of the same total that pays less up front.
 * @csspart details - The "details" disclosure (peak load, balance, working, share toolbar, tools).
 * @csspart scenario - The read-only view's scenario (with `readonly`).
 * @csspart edit-button - The read-only view's button that opens the inputs.
 * @csspart cta - The call-to-action link rendered for `cta-href`.
 * @csspart line-item - A row of figures.
 * @csspart line-item__price - The amount in a row.
 * @csspart how - The "how is this calculated" disclosure.
 * @csspart toolbar - The share buttons (copy link, copy quote, CSV, JSON, print).
 * @csspart button - Each toolbar button.
 * @csspart notice - The message shown when a shared scenario could not be opened.
 * @csspart tools - The tool disclosures (chart, estimate, compare, quota, refund, billing).
 *
 * @cssproperty --idv-font-family - Font stack (system UI with CJK fallbacks).
 * @cssproperty --idv-font-size - Base font size (0.9375rem).
 * @cssproperty --idv-radius - Card corner radius (12px).
 * @cssproperty --idv-color-bg - Card background.
 * @cssproperty --idv-color-surface - Background of inner blocks.
 * @cssproperty --idv-color-text - Main text colour.
 * @cssproperty --idv-color-muted - Secondary text colour.
 * @cssproperty --idv-color-border - Borders and dividers.
 * @cssproperty --idv-color-control-border - Borders of text fields, selects and segmented controls (3:1 against the card).
 * @cssproperty --idv-color-accent - Accent (headline figure, selected period).
 * @cssproperty --idv-color-success - Savings.
 * @cssproperty --idv-color-danger - Errors.
 * @cssproperty --idv-color-focus - Focus ring.
 * @cssproperty --idv-pricing-calculator-max-width - Widest the card grows (1200px).
 */
export class IdvPricingCalculator extends IdvElement {
  static override styles = [tokens, shared, styles];

  private readonly uid = `idv-${++idCounter}`;
  private readonly share = new ShareToolbar(this);
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
  /** `readonly` view only: the reader opened the inputs. */
  @state() private editing = false;
  /** Whether the page put anything into the `cta` slot. */
  @state() private hasCta = false;
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

  /** Hide the share toolbar (copy link, copy quote, downloads, print) everywhere, details included. */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  /** Show the share toolbar on the first screen, under the figures (it is otherwise inside "details"). */
  @property({ type: Boolean, attribute: 'toolbar' }) toolbar = false;

  /**
   * Tools shown on the first screen, under the figures: a space-separated list of `chart`, `estimate`,
   * `compare`, `quota`, `refund`, `billing`, or `all`. The others stay inside "details".
   */
  @property({ attribute: 'tools', useDefault: true }) tools = '';

  /**
   * Read-only figures of a fixed scenario, for worked examples in documentation: the scenario is shown as
   * text with a button that opens the inputs.
   */
  @property({ type: Boolean, attribute: 'readonly' }) readonly = false;

  /**
   * A call-to-action link under the figures: `{scenario}` is replaced by the scenario string, URL-encoded
   * (`https://example.com/contact?quote={scenario}`). Only web and mail links are rendered.
   */
  @property({ attribute: 'cta-href', useDefault: true }) ctaHref = '';

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

  /** The shared field model's parse; retention typed in months is counted in days (a month is 30 days). */
  private parseField(field: Field, text: string): ParseResult {
    const r = parseLineField(field, text);
    return field === 'retention' && r.ok && this.retentionUnit === 'months' ? { ok: true, value: String(BigInt(r.value) * BigInt(DAYS_PER_MONTH)) } : r;
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
    if (this.syncUrl) history.replaceState(history.state, '', this.shareLink());
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
  shareLink(): string {
    // With the origin: a path that starts with // would otherwise read as another host.
    return `${location.origin}${location.pathname}${withQueryParam(location.search, 'idv', encodeScenarioParam(this.shareString))}${location.hash}`;
  }

  /** @internal What a downloaded quote is called, without its extension. */
  fileStem(): string {
    return `idv-quote-${this.plan}-${this.volume}-${this.period}`;
  }

  /** @internal What the share toolbar formats with. */
  get toolbarContext(): { t: Translation; locale: CalculatorView['locale']; rules: Rules } {
    return { t: this.t, locale: this.locale, rules: this.activeRules ?? DEFAULT_RULES };
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
      const field = locateEngineError(e.field)?.field;
      if (!field || field === 'plan') throw e;
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

  private get view(): CalculatorView {
    return { t: this.t, locale: this.locale, rules: this.activeRules ?? DEFAULT_RULES, uid: this.uid };
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
      if (field === 'passRate' || field === 'peakShare') return t.range('0', '100%');
    }
    // "A whole number of verifications" only fits the volume; other whole-number fields get the plain wording.
    if (e.code === 'not-whole' && field !== 'volume') return t.errors['not-integer'];
    return fieldErrorText(t, field, e);
  }

  private renderTextField(
    field: Field,
    label: string,
    value: string,
    hint: string,
    options: { suffix?: string; inputmode?: 'text' | 'numeric' | 'decimal'; extra?: TemplateResult; optional?: boolean; layout?: string } = {},
  ): TemplateResult {
    const id = `${this.uid}-${field}`;
    const error = this.errorText(field);
    return html`
      <div class="field ${options.layout ?? ''}" part="field">
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
        <p id=${`${id}-msg`} class=${error ? 'message error' : 'message'} part=${error ? 'error' : 'hint'}>${error ?? hint}</p>
      </div>
    `;
  }

  /** Plan, then volume with its period: the two inputs every visitor sets, right above the headline. */
  private renderMainFields(rules: Rules): TemplateResult {
    const t = this.t;
    const known = this.planKnown(rules);
    const plan = rules.plans[known ? this.plan : PLAN_IDS[0]!];
    const planId = `${this.uid}-plan`;
    const lang = this.locale === 'zh-CN' ? 'zh' : 'en';
    return html`
      <div class="fields main">
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
              (f) => html`<optgroup label=${rules.families[f].name[lang]}>
                ${PLAN_IDS.filter((p) => rules.plans[p].family === f).map(
                  (p) => html`<option value=${p} .selected=${p === this.plan}>${rules.plans[p].name[lang]}</option>`,
                )}
              </optgroup>`,
            )}
          </select>
          <p id=${`${planId}-msg`} class=${known ? 'message' : 'message error'}>
            ${known ? t.planHint(formatPrice(plan.unitPrice, this.locale), plan.metering) : t.unknownPlan(String(this.plan))}
          </p>
        </div>
        ${this.renderTextField('volume', t.volume, this.volumeText, t.volumeHint, {
          // A full keyboard: a numeric pad cannot type 12,000, 12k or 1.5亿.
          inputmode: 'text',
          extra: html`
            <fieldset class="segmented" role="radiogroup" aria-label=${t.periodGroup}>
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
      </div>
    `;
  }

  /** The plan's own inputs (pass rate; photo size and retention) and the first purchase. */
  private renderMoreFields(rules: Rules): TemplateResult {
    const t = this.t;
    const plan = rules.plans[this.planKnown(rules) ? this.plan : PLAN_IDS[0]!];
    const trial = rules.families[plan.family].packs.find((p) => p.trial);
    const checkId = `${this.uid}-first`;
    return html`
      <div class="fields more">
        ${plan.metering === 'passed' ? this.renderTextField('passRate', t.passRate, this.passRateText, t.passRateHint, { suffix: '%' }) : nothing}
        ${plan.storesPhotos
          ? html`<div class="pair">
              ${this.renderTextField('photoSize', t.photoSize, this.photoSizeText, '', { suffix: 'MB' })}
              ${this.renderTextField('retention', t.retention, this.retentionText, '', {
                inputmode: 'numeric',
                extra: html`<select class="select unit" part="input" aria-label=${t.retentionUnitLabel} @change=${this.onRetentionUnit}>
                  <option value="days" .selected=${this.retentionUnit === 'days'}>${t.retentionUnits.days}</option>
                  <option value="months" .selected=${this.retentionUnit === 'months'}>${t.retentionUnits.months}</option>
                </select>`,
              })}
            </div>`
          : nothing}
        ${this.peakFieldUpFront ? this.renderPeakField() : nothing}
        ${trial
          ? html`<div class="field check" part="field">
              <label for=${checkId}>
                <input id=${checkId} type="checkbox" .checked=${this.firstPurchase} @change=${this.onFirstPurchase} aria-describedby=${`${checkId}-hint`} />
                <span>${t.firstPurchase}</span>
              </label>
              <p id=${`${checkId}-hint`} class="muted small hint">${t.firstPurchaseHint(this.count(trial.units))}</p>
            </div>`
          : nothing}
      </div>
    `;
  }

  /**
   * The "busiest hour" field lives in details, beside the peak load; but while it holds the error that keeps any
   * figure from showing (so there are no details), it sits with the other inputs where the visitor can fix it.
   */
  private get peakFieldUpFront(): boolean {
    return this.lastQuote === null && this.errors.peakShare !== undefined;
  }

  private renderPeakField(): TemplateResult {
    const t = this.t;
    return this.renderTextField('peakShare', t.peakShare, this.peakShareText, t.peakShareHint, { suffix: '%', optional: true });
  }

  /** The read-only view's scenario, as text, with the button that opens the inputs. */
  private renderScenario(rules: Rules): TemplateResult {
    const t = this.t;
    const known = this.planKnown(rules);
    const plan = known ? rules.plans[this.plan] : null;
    const facts: [string, string][] = [
      [t.plan, known ? planName(this.view, this.plan) : '—'],
      [t.volume, `${this.count(this.volume)} · ${t.perPeriod[this.period] ?? ''}`],
      ...(plan?.metering === 'passed' ? [[t.passRate, formatPercent(this.passRate, this.locale, 4)] as [string, string]] : []),
      ...(plan?.storesPhotos
        ? [
            [t.photoSize, `${this.photoSize} MB`] as [string, string],
            [t.retention, `${this.retentionDays} ${t.retentionUnits.days}`] as [string, string],
          ]
        : []),
      ...(this.firstPurchase ? [[t.firstPurchase, '✓'] as [string, string]] : []),
    ];
    return html`
      <div class="scenario" part="scenario">
        <h3>${t.scenarioTitle}</h3>
        <dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
        <button type="button" class="button" part="edit-button" @click=${this.onEdit}>${t.editInputs}</button>
      </div>
    `;
  }

  private async onEdit(): Promise<void> {
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${this.uid}-volume`)?.focus();
  }

  /** The tools `tools` names (or every tool for `all`), in the usual order. */
  private get firstScreenTools(): readonly Tool[] {
    const names = this.tools.toLowerCase().split(/[\s,]+/).filter(Boolean);
    return names.includes('all') ? TOOLS : TOOLS.filter((tool) => names.includes(tool));
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

  /** Tool disclosures; each tool's element is only created when opened, so the calculator stays light. */
  private renderTools(tools: readonly Tool[], line: LineQuote, f: FamilyQuote): TemplateResult | typeof nothing {
    if (tools.length === 0) return nothing;
    const t = this.t.tools;
    const headingId = `${this.uid}-tools-${tools.join('-')}`;
    return html`
      <section role="group" class="tools" part="tools" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${t.title}</h3>
        ${tools.map(
          (tool) => html`<details class="tool" @toggle=${(e: Event) => this.onToolToggle(tool, e)}>
            <summary>${t[tool]}</summary>
            ${this.openTools.has(tool) ? this.renderTool(tool, line, f) : nothing}
          </details>`,
        )}
      </section>
    `;
  }

  /** Everything past the first screen, behind one disclosure. */
  private renderDetails(q: Quote, line: LineQuote, f: FamilyQuote): TemplateResult {
    const t = this.t;
    const onScreen = this.firstScreenTools;
    const peakField = (this.readonly && !this.editing) || this.peakFieldUpFront ? html`` : this.renderPeakField();
    return html`
      <details class="details" part="details">
        <summary>${t.detailsTitle}</summary>
        <div class="details-body">
          ${renderPostpaid(this.view, line)} ${renderQps(this.view, line, peakField, this.contactHref)}
          ${renderPlanning(this.view, q, line, f)}
          ${this.noToolbar || this.toolbar ? nothing : this.share.render(t)} ${renderHow(this.view, line, f)}
          ${this.renderTools(TOOLS.filter((tool) => !onScreen.includes(tool)), line, f)}
        </div>
      </details>
    `;
  }

  /** On paper the form is gone; this line says what the figures are for. */
  private renderPrintSummary(line: LineQuote): TemplateResult {
    const t = this.t;
    const parts = [
      planName(this.view, line.plan),
      `${this.count(line.input.volume)} · ${t.perPeriod[line.input.period]}`,
      line.input.passRate !== null ? `${t.passRate} ${formatPercent(line.input.passRate, this.locale, 4)}` : '',
      line.input.photoSizeMB !== null ? `${t.photoSize} ${line.input.photoSizeMB} MB · ${t.retention} ${line.input.retentionDays} ${t.retentionUnits.days}` : '',
      line.input.peakHourShare !== null ? `${t.peakShare} ${formatPercent(line.input.peakHourShare, this.locale, 4)}` : '',
      this.firstPurchase ? t.firstPurchase : '',
    ].filter(Boolean);
    return html`<p class="print-only print-summary"><strong>${t.share.printScenario}:</strong> ${parts.join(' · ')}</p>`;
  }

  /** `cta-href` with `{scenario}` filled in (URL-encoded), if it is a web or mail link. */
  private get ctaLink(): string {
    if (!this.ctaHref) return '';
    return safeHref(this.ctaHref.replaceAll('{scenario}', encodeURIComponent(this.shareString)));
  }

  private onCtaSlot(e: Event): void {
    this.hasCta = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private renderCta(): TemplateResult {
    const link = this.ctaLink;
    return link
      ? html`<div class="cta"><a class="button primary" part="cta" href=${link}><slot name="cta" @slotchange=${this.onCtaSlot}>${this.t.cta}</slot></a></div>`
      : html`<div class="cta ${this.hasCta ? '' : 'empty'}"><slot name="cta" @slotchange=${this.onCtaSlot}></slot></div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    return this.renderFrame(
      t,
      (rules) => {
        const q = this.lastQuote;
        const stale = q !== null && this.stale(rules);
        const docs = this.readonly && !this.editing;
        const line = q?.lines[0];
        const f = q?.families[0];
        return html`<div class="layout ${stale ? 'stale' : ''} ${docs ? 'docs' : ''}">
          ${docs
            ? this.renderScenario(rules)
            : html`<form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>${this.renderMainFields(rules)}${this.renderMoreFields(rules)}</form>`}
          ${q && line && f
            ? html`${renderSummary(this.view, q, stale)}
                <div class="results" part="results">
                  ${this.renderPrintSummary(line)} ${renderPacks(this.view, line, f)} ${renderCosts(this.view, line)}
                </div>
                <div class="extras">
                  ${this.renderCta()} ${this.toolbar && !this.noToolbar ? this.share.render(t) : nothing}
                  ${this.renderTools(this.firstScreenTools, line, f)} ${this.renderDetails(q, line, f)}
                </div>`
            : html`<div class="results empty" part="results"><p class="muted">${t.noQuote}</p></div>`}
          ${t.currencyNote ? html`<p class="sr-only">${t.currencyNote}</p>` : nothing}
        </div>`;
      },
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
