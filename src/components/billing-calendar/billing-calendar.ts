import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_RULES, InputError } from '../../engine/index.js';
import type { Rules } from '../../engine/index.js';
import { billingCalendar } from '../../engine/statement.js';
import type { BillStatus, BillingCalendar } from '../../engine/statement.js';
import { IdvBillingChangeEvent } from '../../events/idv-billing-change.js';
import { CURRENCY_SIGN, formatCount, formatMoney } from '../../i18n/format.js';
import { formatDate, formatMonth, formatTime, monthNames, weekdayNames } from '../../i18n/format-date.js';
import { parseDecimalInput, parseVolume } from '../../i18n/parse.js';
import type { ParseResult } from '../../i18n/parse.js';
import type { BillingCalendarStrings, BillingFieldCode } from '../../i18n/sections/billing-calendar.js';
import { defineElement } from '../../internal/define-element.js';
import type { Namespace } from '../../i18n/catalog.js';
import { IdvElement } from '../../internal/idv-element.js';
import { legend, toolLayout } from '../../internal/tool-view.js';
import { todayIn } from '../../internal/today.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import styles from './billing-calendar.styles.js';

type Field = 'year' | 'dailyBill' | 'balance';
type AmountField = 'dailyBill' | 'balance';

const MIN_YEAR = 1970;
const MAX_YEAR = 9999;
const DAY_MS = 86_400_000;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

let idCounter = 0;

/** Strips a leading ¥/￥ or CN¥ (as English figures show it) so `¥1,000` and `CN¥1,000` read like `1,000`. */
const moneyText = (text: string): string => text.trim().replace(/^(?:CN)?[¥￥]\s*/i, '');

/**
 * A sentence with its figures kept whole: each value given (a date, a time range, an amount, a count with its
 * unit) is wrapped in a `.fig` span that never breaks across lines, so `Jan 3, 2024, 10:00–12:00`,
 * `CN¥1,234,567.89` and `31 笔` wrap as units in a narrow card and the words around them wrap as usual. Values
 * are found left to right, the longest first where two start at the same place.
 */
function withFigures(text: string, figures: readonly string[]): TemplateResult {
  const values = [...new Set(figures.filter((f) => f !== ''))].sort((a, z) => z.length - a.length);
  const parts: (string | TemplateResult)[] = [];
  let rest = text;
  for (;;) {
    let at = -1;
    let found = '';
    for (const value of values) {
      const i = rest.indexOf(value);
      if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, value];
    }
    if (at < 0) break;
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push(html`<span class="fig">${found}</span>`);
    rest = rest.slice(at + found.length);
  }
  if (rest) parts.push(rest);
  return html`${parts}`;
}

/** [year, month] of a `YYYY-MM` string in range, else null. */
function parseMonth(text: string): [number, number] | null {
  const m = MONTH_RE.exec(text.trim());
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 ? [y, mo] : null;
}

/** `YYYY-MM` of a year and month (1–12). */
const monthKey = (year: number, month: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/** Calendar arithmetic for the grid (UI only): ISO dates ↔ days since the epoch, the weekday (0 = Monday). */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const mondayIndex = (day: number): number => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;

/**
 * @tagname idv-billing-calendar
 * @summary A month's bills on the calendar (docs/pricing-rules.md §R8): the statement window (the previous month's last day
 * to the day before this month's last), the time each day is billed (the next day, 10:00–12:00 Beijing), and
 * for a daily bill and a balance, when the account falls into arrears and when the service is suspended.
 * @since 0.1.0
 * @status experimental
 *
 * @event {IdvBillingChangeEvent} idv-billing-change - After a visitor changes the month, the daily bill or the
 *   balance and every field is valid; `detail` holds them and the engine's calendar. Not fired when code sets
 *   a property.
 *
 * @csspart base - The card.
 * @csspart header - Title and subtitle.
 * @csspart nav - The month picker with previous and next buttons.
 * @csspart form - The amounts.
 * @csspart field - Each labelled input group.
 * @csspart input - Each text input and select.
 * @csspart error - A field's error message.
 * @csspart button - The previous and next month buttons.
 * @csspart calendar - The grid of days.
 * @csspart day - A day of the grid.
 * @csspart results - The statement window, bill times and arrears.
 * @csspart summary - The arrears outcome.
 * @csspart card - Each block of text.
 *
 * @cssproperty --idv-color-accent - Days in the statement.
 * @cssproperty --idv-color-danger - Unpaid bills and suspension.
 * @cssproperty --idv-billing-calendar-max-width - Widest the card grows (960px).
 */
export class IdvBillingCalendar extends IdvElement {
  static override styles = [tokens, shared, toolLayout, legend, styles];
  protected static override readonly namespaces: readonly Namespace[] = ['billing-calendar'];

  private readonly uid = `idv-billing-${++idCounter}`;

  @state() private yearText = '';
  @state() private texts: Readonly<Record<AmountField, string>> = { dailyBill: '', balance: '' };
  @state() private errors: Readonly<Partial<Record<Field | 'month', BillingFieldCode>>> = {};
  @state() private lastCalendar: BillingCalendar | null = null;

  /** The month shown, `YYYY-MM`; empty for this month (from `today`). */
  @property({ attribute: 'month', useDefault: true }) month = '';

  /** Each day's bill after packs, 元, a decimal string; empty for none. */
  @property({ attribute: 'daily-bill', useDefault: true }) dailyBill = '';

  /** Account balance at the start of the statement, 元, a decimal string; empty for none. */
  @property({ attribute: 'balance', useDefault: true }) balance = '';

  /** Today's date (`YYYY-MM-DD`, Beijing) for the default month; empty to read the clock. */
  @property({ attribute: 'today', useDefault: true }) today = '';

  /** The engine's calendar for the current valid inputs (null until valid). Read-only. */
  get calendar(): BillingCalendar | null {
    return this.lastCalendar;
  }

  private get s(): BillingCalendarStrings {
    return this.localize.strings('billing-calendar');
  }

  /** The month shown as [year, month]: `month` when it is a valid `YYYY-MM`, else today's. */
  private get shown(): [number, number] {
    const given = parseMonth(this.month);
    if (given) return given;
    const today = this.today || todayIn((this.activeRules ?? DEFAULT_RULES).settlement.utcOffsetHours);
    return [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  }

  // ---- user input -------------------------------------------------------------------------------------

  private onMonth(e: Event): void {
    const [year] = this.shown;
    this.setMonth(year, Number((e.target as HTMLSelectElement).value));
  }

  private onStep(delta: number): void {
    const [year, month] = this.shown;
    const index = year * 12 + (month - 1) + delta;
    const y = Math.floor(index / 12);
    if (y < MIN_YEAR || y > MAX_YEAR) return;
    this.setMonth(y, (index % 12) + 1);
    const message = this.s.monthChanged(formatMonth(y, (index % 12) + 1, this.locale));
    // Emptied first, so the same month said twice is a fresh text node and is read again.
    this.announcer.after(100, () => message, { clear: true });
  }

  private setMonth(year: number, month: number): void {
    this.month = monthKey(year, month);
    this.yearText = String(year);
    this.clearError('year');
    this.clearError('month');
    void this.emitChange();
  }

  private onYear(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.yearText = text;
    this.clearError('year');
    const parsed = parseVolume(text);
    if (!parsed.ok) {
      this.errors = { ...this.errors, year: parsed.code === 'too-large' ? 'year-range' : parsed.code };
      return;
    }
    const year = Number(parsed.value);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      this.errors = { ...this.errors, year: 'year-range' };
      return;
    }
    this.month = monthKey(year, this.shown[1]);
    this.clearError('month');
    void this.emitChange();
  }

  private onAmount(field: AmountField, e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.texts = { ...this.texts, [field]: text };
    this.clearError(field);
    const parsed = this.parseAmount(text);
    if (!parsed.ok) {
      this.errors = { ...this.errors, [field]: parsed.code };
      return;
    }
    if (field === 'dailyBill') this.dailyBill = parsed.value;
    else this.balance = parsed.value;
    void this.emitChange();
  }

  private parseAmount(text: string): ParseResult {
    return text.trim() === '' ? { ok: true, value: '' } : parseDecimalInput(moneyText(text), { unit: ['元', 'CNY', 'RMB'], maxPlaces: 6 });
  }

  private clearError(field: Field | 'month'): void {
    const errors = { ...this.errors };
    delete errors[field];
    this.errors = errors;
  }

  private async emitChange(): Promise<void> {
    if (!(await this.renderedWhileConnected())) return;
    const calendar = this.lastCalendar;
    if (!calendar || Object.keys(this.errors).length > 0 || this.rulesProblem) return;
    this.dispatchEvent(
      new IdvBillingChangeEvent({
        month: monthKey(calendar.year, calendar.month),
        dailyBill: this.dailyBill,
        balance: this.balance,
        calendar,
        currency: 'CNY',
      }),
    );
  }

  // ---- derived state ----------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rules = this.activeRules;
    if (!rules || this.rulesProblem) return;
    this.syncTexts(changed);
    const inputs = ['month', 'dailyBill', 'balance', 'today', 'rules'] as const;
    if (this.lastCalendar === null || inputs.some((k) => changed.has(k))) this.recompute(rules);
  }

  /** Values set from code (or attributes) show in their fields; typing sets the text first, so then nothing changes. */
  private syncTexts(changed: PropertyValues<this>): void {
    if (changed.has('month') || changed.has('today') || this.yearText === '') {
      // A month the page gave that is no `YYYY-MM` in range: today's month shows, with a message.
      if (this.month === '' || parseMonth(this.month)) this.clearError('month');
      else this.errors = { ...this.errors, month: 'bad-month' };
      const parsedYear = parseVolume(this.yearText);
      if (!parsedYear.ok || Number(parsedYear.value) !== this.shown[0]) {
        this.yearText = String(this.shown[0]);
        this.clearError('year');
      }
    }
    for (const field of ['dailyBill', 'balance'] as const) {
      if (!changed.has(field)) continue;
      const value = this[field];
      const current = this.parseAmount(this.texts[field]);
      if (current.ok && current.value === value) continue;
      this.texts = { ...this.texts, [field]: value };
      this.clearError(field);
      const parsed = this.parseAmount(value);
      if (!parsed.ok) this.errors = { ...this.errors, [field]: parsed.code };
      else if (parsed.value !== value) this[field] = parsed.value;
    }
  }

  private recompute(rules: Rules): void {
    const blocked = Boolean(this.errors.dailyBill || this.errors.balance || this.errors.year);
    // A field that does not parse keeps the last calendar; with none yet (a bad attribute), the calendar is
    // drawn without that amount, so the month and the fields are there to fix it.
    if (blocked && this.lastCalendar) return;
    const [year, month] = this.shown;
    const amount = (field: AmountField): string | null => (this.errors[field] || this[field] === '' ? null : this[field]);
    try {
      this.lastCalendar = billingCalendar({ year, month, dailyBill: amount('dailyBill'), balance: amount('balance') }, rules);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const field: Field = e.field === 'dailyBill' || e.field === 'balance' ? e.field : 'year';
      const known: readonly string[] = ['empty', 'not-a-number', 'negative', 'too-large', 'too-precise'];
      this.errors = { ...this.errors, [field]: field === 'year' ? 'year-range' : known.includes(e.code) ? (e.code as BillingFieldCode) : 'unknown' };
    }
  }

  // ---- rendering --------------------------------------------------------------------------------------

  private money(amount: string): string {
    return formatMoney(amount, this.locale);
  }

  private count(units: string | number): string {
    return formatCount(String(units), this.locale);
  }

  private range(from: string, to: string, style: 'long' | 'short' = 'long'): string {
    return this.s.timeRange(formatDate(from, this.locale, style), formatTime(from), formatTime(to));
  }

  /**
   * When a bill is issued, in the bills table: the date and the hours are each kept whole, and may sit on two
   * lines (`Jan 1,` / `10:00–12:00`), so the table's three columns fit a 320 px phone without scrolling.
   */
  private billedAt(from: string, to: string): TemplateResult {
    const date = formatDate(from, this.locale, 'short');
    const hours = `${formatTime(from)}–${formatTime(to)}`;
    return withFigures(this.s.timeRange(date, formatTime(from), formatTime(to)), [date, hours]);
  }

  private message(field: Field | 'month'): string | null {
    const code = this.errors[field];
    if (!code) return null;
    return this.s.errors[code];
  }

  private renderNav(): TemplateResult {
    const s = this.s;
    const [year, month] = this.shown;
    const monthId = `${this.uid}-month`;
    const yearId = `${this.uid}-year`;
    const yearError = this.message('year') ?? this.message('month');
    const names = monthNames(this.locale);
    return html`
      <div class="nav" part="nav" role="group" aria-label=${s.month}>
        <button type="button" class="button step" part="button" aria-label=${s.previous} title=${s.previous} @click=${() => this.onStep(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <div class="field" part="field">
          <label for=${monthId}>${s.month}</label>
          <select id=${monthId} part="input" class="select" @change=${this.onMonth}>
            ${names.map((n, i) => html`<option value=${String(i + 1)} .selected=${i + 1 === month}>${n}</option>`)}
          </select>
        </div>
        <div class="field year" part="field">
          <label for=${yearId}>${s.year}</label>
          <div class="input-wrap ${yearError ? 'invalid' : ''}">
            <input
              id=${yearId}
              part="input"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              .value=${this.yearText || String(year)}
              aria-invalid=${yearError ? 'true' : 'false'}
              aria-describedby=${`${yearId}-msg`}
              @input=${this.onYear}
            />
          </div>
        </div>
        <button type="button" class="button step" part="button" aria-label=${s.next} title=${s.next} @click=${() => this.onStep(1)}>
          <span aria-hidden="true">›</span>
        </button>
        <p id=${`${yearId}-msg`} class="message error nav-msg" part=${yearError ? 'error' : 'hint'}>${yearError ?? ''}</p>
      </div>
    `;
  }

  private renderAmount(field: AmountField, label: string, hint: string): TemplateResult {
    const id = `${this.uid}-${field}`;
    const error = this.message(field);
    return html`
      <div class="field" part="field">
        <label for=${id}>${label} <span class="muted optional">(${this.s.optional})</span></label>
        <div class="input-wrap ${error ? 'invalid' : ''}">
          <span class="prefix" aria-hidden="true">${CURRENCY_SIGN[this.locale]}</span>
          <input
            id=${id}
            part="input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${this.texts[field]}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${`${id}-msg`}
            @input=${(e: Event) => this.onAmount(field, e)}
          />
        </div>
        <p id=${`${id}-msg`} class=${error ? 'message error' : 'message'} part=${error ? 'error' : 'hint'}>${error ?? hint}</p>
      </div>
    `;
  }

  /**
   * A grid cell's month where the month changes, over its day (`Dec` / `31`, `12月` / `31`): two short lines
   * that each fit a 320 px phone's cell, where `Dec 31` or `12/31` on one line broke inside the date.
   */
  private monthOf(iso: string): string {
    return this.locale === 'zh-CN' ? `${Number(iso.slice(5, 7))}月` : formatDate(iso, this.locale, 'short').split(' ')[0]!;
  }

  private renderGrid(cal: BillingCalendar): TemplateResult {
    const s = this.s;
    const first = dayNumber(cal.from);
    const lastIn = dayNumber(cal.to);
    const monthEnd = lastIn + 1;
    const start = first - mondayIndex(first);
    const end = monthEnd + (6 - mondayIndex(monthEnd));
    const status = new Map<string, BillStatus | null>(cal.bills.map((b) => [b.date, b.status]));
    const weeks: number[][] = [];
    for (let d = start; d <= end; d += 7) weeks.push(Array.from({ length: 7 }, (_, i) => d + i));
    const short = weekdayNames(this.locale, 'short');
    const long = weekdayNames(this.locale, 'long');
    const monthName = formatMonth(cal.year, cal.month, this.locale);
    const cell = (day: number): TemplateResult => {
      const iso = isoOf(day);
      const inWindow = day >= first && day <= lastIn;
      const next = day === monthEnd;
      const st = status.get(iso) ?? null;
      const kind = inWindow ? (day === first ? 'in from-previous' : 'in') : next ? 'next' : 'outside';
      const words = [
        inWindow ? (day === first ? s.cell.fromPrevious : s.cell.inWindow) : next ? s.cell.nextStatement : s.cell.outside,
        ...(st === 'unpaid' ? [s.cell.unpaid] : st === 'suspended' ? [s.cell.suspended] : []),
      ];
      const dayOfMonth = Number(iso.slice(8));
      return html`<td class=${`day ${kind} ${st ?? ''}`} part="day">
        ${dayOfMonth === 1 || day === first ? html`<span class="mon" aria-hidden="true">${this.monthOf(iso)}</span>` : nothing}
        <span class="num" aria-hidden="true">${String(dayOfMonth)}</span>
        <span class="sr-only">${formatDate(iso, this.locale)}, ${words.join(', ')}</span>
      </td>`;
    };
    return html`
      <table class="calendar" part="calendar">
        <caption class="sr-only">${s.calendarCaption(monthName)}</caption>
        <thead>
          <tr>
            ${short.map((d, i) => html`<th scope="col" abbr=${long[i]!}>${d}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map((w) => html`<tr>${w.map(cell)}</tr>`)}
        </tbody>
      </table>
      <ul class="legend small" aria-hidden="true">
        <li><span class="swatch in"></span>${s.legend.inWindow}</li>
        <li><span class="swatch next"></span>${s.legend.nextStatement}</li>
        ${cal.arrears
          ? html`<li><span class="swatch unpaid"></span>${s.legend.unpaid}</li>
              <li><span class="swatch suspended"></span>${s.legend.suspended}</li>`
          : nothing}
      </ul>
    `;
  }

  private renderOutcome(cal: BillingCalendar, rules: Rules): TemplateResult {
    const s = this.s;
    const a = cal.arrears;
    const last = cal.bills.at(-1)!;
    let body: TemplateResult;
    if (cal.dailyBill === null || cal.balance === null) {
      body = html`<p class="muted">${s.noAmounts}</p>`;
    } else if (!a) {
      const figures = [s.billCount(this.count(cal.days)), this.money(cal.balanceLeft ?? '0'), this.range(last.billFrom, last.billTo, 'short')] as const;
      body = html`<p class="good strong">${withFigures(s.allPaid(...figures), figures)}</p>`;
    } else {
      const from = this.range(a.from, a.to);
      const detail = [
        s.billCount(this.count(a.billsPaid)),
        formatDate(a.date, this.locale, 'short'),
        this.money(cal.dailyBill),
        this.money(a.balance),
        this.money(a.shortfall),
      ] as const;
      const suspended = [this.range(a.suspendFrom, a.suspendTo), s.hourCount(this.count(rules.settlement.arrearsGraceHours))] as const;
      body = html`
        <p class="danger strong">${withFigures(s.arrearsFrom(from), [from])}</p>
        <p>${withFigures(s.arrearsDetail(...detail), detail)}</p>
        <p class="strong">${withFigures(s.suspendedFrom(...suspended), suspended)}</p>
      `;
    }
    return html`
      <section role="group" class="summary ${a ? 'arrears' : ''}" part="summary" aria-labelledby=${`${this.uid}-outcome`}>
        <h4 id=${`${this.uid}-outcome`}>${s.outcomeTitle}</h4>
        ${body}
        ${cal.total !== null ? html`<p class="muted small">${withFigures(s.statementTotal(this.money(cal.total)), [this.money(cal.total)])}</p>` : nothing}
        <p class="muted small">${s.advice}</p>
      </section>
    `;
  }

  private renderBills(cal: BillingCalendar): TemplateResult {
    const s = this.s;
    const b = s.bills;
    const checking = cal.dailyBill !== null && cal.balance !== null;
    return html`
      <details class="bills">
        <summary>${withFigures(s.billsTitle(s.billCount(this.count(cal.days))), [s.billCount(this.count(cal.days))])}</summary>
        <div class="table-wrap" tabindex="0" role="group" aria-label=${b.caption}>
          <table>
            <thead>
              <tr>
                <th scope="col">${b.usage}</th>
                <th scope="col">${b.billed}</th>
                ${checking ? html`<th scope="col" class="num">${b.balance}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${cal.bills.map(
                (bill) => html`<tr class=${bill.status ?? ''}>
                  <th scope="row">${formatDate(bill.date, this.locale, 'short')}</th>
                  <td>${this.billedAt(bill.billFrom, bill.billTo)}</td>
                  ${checking
                    ? html`<td class="num">
                        ${bill.status === 'paid'
                          ? html`<span class="fig">${this.money(bill.balanceAfter ?? '0')}</span>`
                          : bill.status === 'suspended'
                            ? b.suspended
                            : b.unpaid}
                      </td>`
                    : nothing}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    `;
  }

  private renderResults(cal: BillingCalendar, rules: Rules): TemplateResult {
    const s = this.s;
    const stale = Object.keys(this.errors).length > 0;
    const monthName = formatMonth(cal.year, cal.month, this.locale);
    const [billFrom, billTo] = rules.settlement.billAfterHours;
    const hour = (h: number): string => `${String(h).padStart(2, '0')}:00`;
    const [from, to, days, lastOut] = [
      formatDate(cal.from, this.locale),
      formatDate(cal.to, this.locale),
      s.dayCount(this.count(cal.days)),
      formatDate(isoOf(dayNumber(cal.to) + 1), this.locale),
    ];
    const billHours = [hour(billFrom), hour(billTo)] as const;
    return html`
      <div class="grid-col">
        ${this.renderNav()}
        <section role="group" class="card window-card ${stale ? 'stale' : ''}" part="card" aria-labelledby=${`${this.uid}-window`}>
          <h3 id=${`${this.uid}-window`}>${withFigures(s.windowTitle(monthName), [monthName])}</h3>
          <p>${withFigures(s.window(from, to, days), [from, to, days])}</p>
          <p class="muted small">${withFigures(s.lastDayOut(lastOut), [lastOut])}</p>
          ${this.renderGrid(cal)}
        </section>
      </div>
      <div class="side ${stale ? 'stale' : ''}" part="results">
        ${stale ? html`<p class="stale-note">${s.keptLast}</p>` : nothing}
        <form class="form" part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
          ${this.renderAmount('dailyBill', s.dailyBill, s.dailyBillHint)} ${this.renderAmount('balance', s.balance, s.balanceHint)}
        </form>
        ${this.renderOutcome(cal, rules)}
        <section class="card" part="card">
          <p>${withFigures(s.billTimes(...billHours), billHours)}</p>
          <p class="muted small">${s.packsFirst} ${s.beijing}</p>
        </section>
        ${this.renderBills(cal)}
      </div>
    `;
  }

  override render(): TemplateResult {
    return this.renderFrame(this.s, (rules) =>
      this.lastCalendar ? html`<div class="layout">${this.renderResults(this.lastCalendar, rules)}</div>` : nothing,
    );
  }
}

defineElement('idv-billing-calendar', IdvBillingCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'idv-billing-calendar': IdvBillingCalendar;
  }
}
