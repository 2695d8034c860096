/**
 * <idv-estimate>'s figures: each line's own (units, pay-as-you-go, storage, peak QPS), then the totals, each
 * family's best pack mix for a year and the storage fee. Plain functions of the engine's quote. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FamilyQuote, LineQuote, Quote, Rules } from '../../engine/index.js';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';
import type { Locale } from '../../i18n/format.js';
import type { EstimateStrings } from '../../i18n/sections/estimate.js';
import type { Translation } from '../../i18n/translation.js';
import { renderPackItems } from '../../internal/pack-items.js';

/** What the figures read from the estimate. */
export interface EstimateView {
  readonly t: Translation;
  readonly s: EstimateStrings;
  readonly locale: Locale;
  /** Prefix for ids in the estimate's shadow root. */
  readonly uid: string;
}

const money = (v: EstimateView, amount: string): string => formatMoney(amount, v.locale);
const count = (v: EstimateView, units: string | number): string => formatCount(String(units), v.locale);

/** A line's own figures (its last priced ones, `stale` while a field of it is invalid); a note until it has any. */
export function renderLineFigures(v: EstimateView, line: LineQuote | undefined, stale: boolean): TemplateResult {
  const s = v.s;
  if (!line) return html`<p class="muted small line-figures" part="line-figures">${s.lineStale}</p>`;
  return html`
    <div class="line-figures ${stale ? 'stale' : ''}" part="line-figures">
      <dl class="facts">
        <div><dt>${s.billableYear}</dt><dd>${count(v, line.units.year)}</dd></div>
        <div><dt>${s.postpaidMonth}</dt><dd>${money(v, line.postpaid.month)}</dd></div>
        <div><dt>${s.postpaidYear}</dt><dd>${money(v, line.postpaid.year)}</dd></div>
        ${line.storage
          ? html`<div><dt>${s.storageMonth}</dt><dd>${formatMoney(line.storage.monthlyFee, v.locale, 'estimate')}</dd></div>`
          : nothing}
        ${line.qps
          ? html`<div class=${line.qps.exceedsLimit ? 'over' : ''}>
              <dt>${s.peakQps}</dt>
              <dd>${s.qpsOf(formatNumber(line.qps.peak, v.locale, 2), line.qps.limit === null ? null : String(line.qps.limit))}</dd>
            </div>`
          : nothing}
      </dl>
      ${line.qps?.exceedsLimit ? html`<p class="small over-note">${s.qpsOver}</p>` : nothing}
      ${stale ? html`<p class="small stale-note">${s.lineStale}</p>` : nothing}
    </div>
  `;
}

function renderFamily(v: EstimateView, f: FamilyQuote, rules: Rules): TemplateResult {
  const t = v.t;
  const s = v.s;
  const mix = f.mix;
  const lang = v.locale === 'zh-CN' ? 'zh' : 'en';
  const id = `${v.uid}-fam-${f.family}`;
  return html`
    <section role="group" class="card family" part="card" aria-labelledby=${id}>
      <h4 id=${id}>${rules.families[f.family].name[lang]}</h4>
      <p class="muted small">${s.familyPlans(f.plans.map((p) => rules.plans[p].name[lang]))}</p>
      <p class="muted small">${s.pooled(count(v, f.yearUnits))}</p>
      <ul class="items">
        ${renderPackItems(t, v.locale, f)}
        <li class="item total" part="line-item">
          <span>${t.packsTotal}</span><span class="amount" part="line-item__price">${money(v, mix.total)}</span>
        </li>
        <li class="item muted" part="line-item">
          <span>${t.postpaidYear}</span><span class="amount" part="line-item__price">${money(v, mix.postpaidTotal)}</span>
        </li>
      </ul>
      <p class="small">${t.savings}: <strong class="good">${money(v, mix.savings)} · ${formatPercent(f.savingsPercent, v.locale)}</strong></p>
    </section>
  `;
}

/** The totals (`stale` while a line has an invalid field), each family's best mix for a year, and the storage fee. */
export function renderResults(v: EstimateView, q: Quote, rules: Rules, stale: boolean): TemplateResult {
  const s = v.s;
  const storage = q.lines.some((l) => l.storage !== null);
  return html`
    <section role="group" class="results ${stale ? 'stale' : ''}" part="results" aria-labelledby=${`${v.uid}-total`}>
      <div class="summary" part="summary">
        <h3 id=${`${v.uid}-total`}>${s.summaryTitle}</h3>
        <ul class="items">
          <li class="item total" part="line-item">
            <span>${s.withPacks}</span><span class="amount big" part="line-item__price">${money(v, q.totals.bestYear)}</span>
          </li>
          <li class="item" part="line-item">
            <span>${s.postpaid} <span class="muted small">(${s.aMonth(money(v, q.totals.postpaid.month))})</span></span>
            <span class="amount" part="line-item__price">${money(v, q.totals.postpaid.year)}</span>
          </li>
          <li class="item" part="line-item">
            <span>${s.savings}</span><span class="amount good" part="line-item__price">${money(v, q.totals.savingsYear)}</span>
          </li>
        </ul>
        <p class="small ${stale ? 'stale-note' : 'muted'}">${stale ? s.staleTotals : s.balance(money(v, q.totals.advisedBalance))}</p>
      </div>
      <div class="families">
        <h3 class="families-title">${s.familiesTitle}</h3>
        ${q.families.map((f) => renderFamily(v, f, rules))}
        ${storage
          ? html`<section role="group" class="card" part="card" aria-labelledby=${`${v.uid}-oss`}>
              <h4 id=${`${v.uid}-oss`}>${s.storageTitle}</h4>
              <dl class="facts">
                <div><dt>${s.storageMonthly}</dt><dd>${formatMoney(q.totals.storageMonthly, v.locale, 'estimate')}</dd></div>
                <div><dt>${s.storageFirstYear}</dt><dd>${formatMoney(q.totals.storageFirstYear, v.locale, 'estimate')}</dd></div>
              </dl>
              <p class="muted small">${s.storageNote}</p>
            </section>`
          : nothing}
      </div>
    </section>
  `;
}
