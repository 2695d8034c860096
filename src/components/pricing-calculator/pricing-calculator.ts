import { adoptStyles, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  DEFAULT_RULES,
  InputError,
  quote as priceScenario,
} from '../../engine/index.js';
import type { FamilyQuote, LineQuote, Period, PlanId, Quote, Rules, Scenario } from '../../engine/index.js';
import { IdvChangeEvent } from '../../events/idv-change.js';
import { encodeScenarioParam } from '../../share/scenario-format.js';
import type { ScenarioStringError } from '../../share/scenario-format.js';
import { formatMoney } from '../../i18n/format.js';
import { parseVolume } from '../../i18n/parse.js';
import type { ParseResult } from '../../i18n/parse.js';
import type { Translation } from '../../i18n/translation.js';
import { locateEngineError, parseLineField } from '../../internal/line-fields.js';
import type { FieldError, LineField } from '../../internal/line-fields.js';
import { defineElement } from '../../internal/define-element.js';
import { withQueryParam } from '../../internal/query.js';
import type { Namespace } from '../../i18n/catalog.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import styles from './pricing-calculator.styles.js';
import { fieldMessage, renderMainFields, renderMoreFields, renderTextField } from './calculator-form.js';
import type { FormModel, RetentionUnit } from './calculator-form.js';
import { TOOLS, toolsNamed } from './calculator-tool-list.js';
import type { ToolsContext } from './calculator-tools.js';
import type { Tool } from './calculator-tool-list.js';
import { ctaLink, renderCosts, renderCta, renderPacks, renderSummary } from './calculator-results.js';
import type { CalculatorView } from './calculator-view.js';
import { applyScenario, scenarioOf, shareStringOf } from './calculator-scenario-state.js';
import { CalculatorProperties } from './calculator-properties.js';
import type { ShareToolbar } from './share-toolbar.js';

type Field = LineField;

type Extras = typeof import('./calculator-extras.js');
/** What is past the first screen (details' body, the tools' disclosures, the print line), once loaded. */
let extras: Extras | undefined;
let extrasLoading: Promise<Extras> | undefined;
function loadExtras(): Promise<Extras> {
  extrasLoading ??= import('./calculator-extras.js').then(
    (module) => (extras = module),
    (error: unknown) => {
      extrasLoading = undefined; // tried again by the next update that needs it
      throw error;
    },
  );
  return extrasLoading;
}

/** The fields in form order: the first invalid one is the one announced. */
const FIELDS: readonly Field[] = ['volume', 'passRate', 'photoSize', 'retention', 'peakShare'];

/** The property each field's text sets. */
const PROPERTY = { volume: 'volume', passRate: 'passRate', photoSize: 'photoSize', retention: 'retentionDays', peakShare: 'peakShare' } as const;

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
export class IdvPricingCalculator extends CalculatorProperties {
  static override styles = [tokens, shared, styles];

  private readonly uid = `idv-${++idCounter}`;
  /** The share toolbar's controller, created with what is past the first screen (its buttons live there). */
  private shareBar: ShareToolbar | null = null;
  private get share(): ShareToolbar {
    return (this.shareBar ??= new extras!.ShareToolbar(this));
  }
  private openedFromUrl = false;

  /** Each field's text as shown (typed, or written from its property). */
  @state() private texts: Readonly<Record<Field, string>> = { volume: '10000', passRate: '100', photoSize: '0.1', retention: '30', peakShare: '' };
  @state() private retentionUnit: RetentionUnit = 'days';
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

  /** The engine's quote for the current valid scenario (null until one is valid). Read-only. */
  get quote(): Quote | null {
    return this.lastQuote;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first update the link is read in willUpdate, once the reader has loaded (scheduleUpdate).
    if (extras) this.readSharedLink();
  }

  /** With `sync-url`, a share link's scenario (`?idv=`) replaces the one on screen. */
  private readSharedLink(): void {
    if (!this.syncUrl || !extras) return;
    const shared = new URLSearchParams(location.search).get('idv');
    if (shared === null) return;
    this.applyShared(shared);
    // The visitor's link wins over the page's own `scenario` attribute, which is only the default.
    this.openedFromUrl = true;
  }

  private get t(): Translation {
    return this.localize.t;
  }

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
    let text = this.texts.retention;
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
    this.texts = { ...this.texts, [field]: text };
  }

  private setProperty(field: Field, value: string): void {
    this[PROPERTY[field]] = value;
  }

  private async emitChange(): Promise<void> {
    // Removed before the edit's update ran: neither the page's URL nor its listeners hear from it any more.
    if (!(await this.renderedWhileConnected())) return;
    const q = this.lastQuote;
    const rules = this.activeRules;
    if (!q || !rules || this.rulesProblem || this.stale(rules)) return;
    if (this.syncUrl) history.replaceState(history.state, '', this.shareLink());
    this.dispatchEvent(new IdvChangeEvent({ scenario: scenarioOf(this), quote: q, total: q.totals.bestYear, currency: 'CNY' }));
  }

  /** Sets every field from a share string; a bad one is reported and changes nothing. */
  private applyShared(text: string): void {
    const read = extras?.parseScenarioString(text);
    if (read) this.linkProblem = applyScenario(this, read, this.activeRules ?? DEFAULT_RULES);
  }

  /** The scenario on screen as a share string (only the options its plan uses). */
  get shareString(): string {
    return shareStringOf(this, this.activeRules ?? DEFAULT_RULES);
  }

  /** @internal This page's URL (path, query and hash as they are) with the scenario in its `idv` query parameter. */
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A page's own call to action shows from the first render (not a frame later, on slotchange): the same
    // markup as the server's for it (idv-pricing prerender), and nothing moves. A server has no querySelector.
    if (!this.hasUpdated) this.hasCta ||= !!this.querySelector?.(':scope>[slot=cta]');
    if (!this.hasUpdated && !this.openedFromUrl) this.readSharedLink();
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
    for (const field of FIELDS) {
      const key = PROPERTY[field];
      const value = this[key];
      if (!changed.has(key)) continue;
      const current = this.parseField(field, this.texts[field]);
      if (current.ok && current.value === value) continue;
      if (field === 'retention') this.retentionUnit = 'days';
      this.setText(field, value);
      const errors = { ...this.errors };
      delete errors[field];
      const parsed = this.parseField(field, value);
      this.errors = parsed.ok ? errors : { ...errors, [field]: { code: parsed.code, source: 'parse' } };
      if (parsed.ok && parsed.value !== value) this.setProperty(field, parsed.value);
    }
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

  private get view(): CalculatorView {
    return { t: this.t, locale: this.locale, rules: this.activeRules ?? DEFAULT_RULES, uid: this.uid };
  }

  private errorText(field: Field): string | null {
    return fieldMessage(this.t, field, this.errors[field], this.retentionUnit);
  }

  private async onEdit(): Promise<void> {
    this.editing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${this.uid}-volume`)?.focus();
  }

  /** What the tools inherit: the scenario on screen, the page's rules and theme, which disclosures are open. */
  private get toolsContext(): ToolsContext {
    return {
      ...scenarioOf(this),
      rules: this.rules,
      theme: this.theme,
      open: this.openTools,
      onToggle: (tool, open) => {
        const next = new Set(this.openTools);
        if (open) next.add(tool);
        else next.delete(tool);
        this.openTools = next;
        // Its tag renders now and upgrades once the module has run.
        if (open) void extras?.loadTool(tool);
      },
    };
  }

  /** The form's state and handlers, for the form's render functions. */
  private get formModel(): FormModel {
    return {
      plan: this.plan,
      period: this.period,
      texts: this.texts,
      retentionUnit: this.retentionUnit,
      firstPurchase: this.firstPurchase,
      values: { volume: this.volume, passRate: this.passRate, photoSize: this.photoSize, retentionDays: this.retentionDays },
      periodKnown: this.periodKnown,
      errorText: (field) => this.errorText(field),
      onText: (field, e) => this.onText(field, e),
      onPlan: (e) => this.onPlan(e),
      onPeriod: (e) => this.onPeriod(e),
      onFirstPurchase: (e) => this.onFirstPurchase(e),
      onRetentionUnit: (e) => this.onRetentionUnit(e),
      onEdit: () => void this.onEdit(),
    };
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
    return renderTextField(this.view, this.formModel, 'peakShare', t.peakShare, t.peakShareHint, { suffix: '%', optional: true });
  }

  /**
   * Everything past the first screen, behind one disclosure. Its summary is here from the first render (no
   * shift when the rest arrives); its body renders once the extras module has loaded, just after first paint.
   */
  private renderDetails(q: Quote, line: LineQuote, f: FamilyQuote): TemplateResult {
    const onScreen = toolsNamed(this.tools);
    const t = this.t;
    const body = extras?.renderDetailsBody(this.view, q, line, f, {
      peakField: (this.readonly && !this.editing) || this.peakFieldUpFront ? nothing : this.renderPeakField(),
      contactHref: this.contactHref,
      toolbar: this.noToolbar || this.toolbar ? nothing : extras.renderToolbar(this.share, t),
      tools: extras.renderTools(this.view, TOOLS.filter((tool) => !onScreen.includes(tool)), this.toolsContext, line, f),
    });
    return html`
      <details class="details" part="details">
        <summary>${onScreen.length < TOOLS.length ? t.detailsTitle : t.detailsTitleNoTools}</summary>
        <div class="details-body">${body ?? nothing}</div>
      </details>
    `;
  }

  /**
   * Tools or the toolbar on the first screen (`tools`, `toolbar`) and a scenario string to read (`scenario`,
   * `sync-url`) need the extras module before the first render, so nothing appears or changes after the first
   * figures, and so does taking over server-rendered HTML (which shows the details); otherwise it loads after
   * the first paint.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Read before willUpdate puts wrong kinds back to their defaults: a number in `tools` is no list.
    const tools = typeof this.tools === 'string' && toolsNamed(this.tools).length > 0;
    const needed =
      // The server rendered it at rest (details and all): its first render here must match, or the page moves.
      this.serverRendered ||
      tools ||
      (this.toolbar === true && !this.noToolbar) ||
      this.syncUrl === true ||
      this.readonly === true ||
      (typeof this.scenario === 'string' && this.scenario !== '');
    // If it fails to load (offline), the element renders without it: no tools, and a scenario string unread.
    if (!extras && needed) return loadExtras().then(() => this.scheduleUpdate(), () => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (extras) return;
    // After the frame that paints the first figures: the rest is not what the visitor waits for.
    requestAnimationFrame(() =>
      setTimeout(() => {
        loadExtras().then(
          () => this.requestUpdate(),
          (error: unknown) => console.warn('idv-pricing: the calculator\'s details could not be loaded', error),
        );
      }),
    );
  }

  protected override get stringNamespaces(): readonly Namespace[] {
    return extras ? ['calculator', 'calculator-more'] : ['calculator'];
  }

  /** Whether this instance's shadow root has the extras' styles. */
  private extrasStyled = false;

  protected override update(changed: PropertyValues<this>): void {
    if (extras && !this.extrasStyled && this.shadowRoot) {
      adoptStyles(this.shadowRoot, [...IdvPricingCalculator.elementStyles, extras.styles]);
      this.extrasStyled = true;
    }
    super.update(changed);
  }

  /** `updateComplete` includes what is past the first screen, so a program (or a test) that awaits it sees it all. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (extras || !this.hasUpdated) return done;
    await loadExtras().catch(() => undefined);
    this.requestUpdate();
    return super.getUpdateComplete();
  }

  private onCtaSlot(e: Event): void {
    this.hasCta = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
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
            ? (extras?.renderScenario(this.view, this.formModel) ?? nothing)
            : html`<form part="form" class="form" @submit=${(e: Event) => e.preventDefault()} novalidate>
                ${renderMainFields(this.view, this.formModel)}
                ${renderMoreFields(this.view, this.formModel, this.peakFieldUpFront ? this.renderPeakField() : nothing)}
              </form>`}
          ${q && line && f
            ? html`${renderSummary(this.view, q, stale)}
                <div class="results" part="results">
                  ${extras?.renderPrintSummary(this.view, line, this.firstPurchase) ?? nothing} ${renderPacks(this.view, line, f)}
                  ${renderCosts(this.view, line)}
                </div>
                <div class="extras">
                  ${renderCta(this.view, ctaLink(this.ctaHref, () => this.shareString), this.hasCta, (e) => this.onCtaSlot(e))}
                  ${this.toolbar && !this.noToolbar && extras ? extras.renderToolbar(this.share, t) : nothing}
                  ${extras?.renderTools(this.view, toolsNamed(this.tools), this.toolsContext, line, f) ?? nothing} ${this.renderDetails(q, line, f)}
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
