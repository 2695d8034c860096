/**
 * What sits behind the calculator's one "details" disclosure: peak load (with its optional field), the quota
 * alert, the balance advice, the storage's first year, how every figure is calculated. Plain functions of the
 * engine's quote. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { PERIODS } from '../../engine/index.js';
import type { FamilyQuote, LineQuote, Quote } from '../../engine/index.js';
import { formatMoney, formatNumber, formatPercent, formatPrice } from '../../i18n/format.js';
import { safeHref } from './calculator-results.js';
import { average, count, money, planName } from './calculator-view.js';
import type { CalculatorView } from './calculator-view.js';

/** Pay as you go for a day, a month and a year (in the details; the first screen shows the period entered); the derived ones with their factor, counts whole or "≈". */
export function renderPostpaid(v: CalculatorView, line: LineQuote): TemplateResult {
  const t = v.t;
  return html`
    <section role="group" class="card postpaid" part="card" aria-labelledby=${`${v.uid}-postpaid`}>
      <h3 id=${`${v.uid}-postpaid`}>${t.postpaidTitle}</h3>
      <dl class="periods">
        ${PERIODS.map((p) => {
          const conversion = line.conversions[p];
          const entered = conversion === 'entered';
          return html`<div class="period ${entered ? 'entered' : ''}" part="line-item">
            <dt>
              <span class="nowrap">${t.perPeriod[p]}</span>
              ${entered ? nothing : html`<span class="factor nowrap">${t.factor[conversion]}</span>`}
            </dt>
            <dd class="units muted small nowrap">${t.billableUnits(average(v, line.units[p]))}</dd>
            <dd class="amount nowrap" part="line-item__price">${money(v, line.postpaid[p])}</dd>
          </div>`;
        })}
      </dl>
      ${line.unitsBeforeRounding
        ? html`<p class="muted small">${t.roundedUnits(formatNumber(line.unitsBeforeRounding, v.locale, 4), count(v, line.units[line.input.period]))}</p>`
        : nothing}
    </section>
  `;
}

export function renderQps(v: CalculatorView, line: LineQuote, peakField: TemplateResult | typeof nothing, contactHref: string): TemplateResult {
  const t = v.t;
  const qps = line.qps;
  const over = qps?.exceedsLimit === true;
  return html`
    <section role="group" class="card qps ${over ? 'warn' : ''}" part="card" aria-labelledby=${`${v.uid}-qps`}>
      <h3 id=${`${v.uid}-qps`}>${t.qpsTitle}</h3>
      ${peakField}
      ${qps
        ? html`<p>${t.qpsPeak(formatNumber(qps.peak, v.locale, 2))}${qps.limit !== null ? html` · ${t.qpsLimit(String(qps.limit))}` : nothing}</p>
            <p class="small ${over ? 'warn-text' : 'muted'}">${qps.limit === null ? t.qpsNoLimit : over ? t.qpsOver : t.qpsOk}</p>
            ${over && safeHref(contactHref)
              ? html`<p><a href=${safeHref(contactHref)} target="_blank" rel="noopener noreferrer">${t.contactSales}</a></p>`
              : nothing}`
        : nothing}
    </section>
  `;
}

/** The quota alert of the best mix (when it holds packs), the balance advice and the storage's first year. */
export function renderPlanning(v: CalculatorView, q: Quote, line: LineQuote, f: FamilyQuote): TemplateResult {
  const t = v.t;
  const s = line.storage;
  return html`
    <div class="planning">
      ${f.alert
        ? html`<p class="small alert-plan">
            <strong>${t.alertTitle}</strong>
            ${f.alert.alertDay !== null ? t.alertFires(String(f.alert.alertDay), formatPercent(f.alert.thresholdPercent, v.locale)) : t.alertNever}
            ${f.alert.endsBy === 'run-out' ? t.runsOut(String(f.alert.runOutDay)) : t.expires(String(f.alert.expiryDay), count(v, f.alert.unitsLostAtExpiry))}
          </p>`
        : nothing}
      ${f.effectiveUnitPrice !== null && f.packLines.length > 0
        ? html`<p class="small">
            ${t.effectivePrice}: <span class="nowrap">${formatPrice(f.effectiveUnitPrice, v.locale, { maxPlaces: 4 })} ${t.perUnit(line.metering)}</span>
          </p>`
        : nothing}
      <p class="small advice">${t.balanceAdvice(money(v, q.totals.advisedBalance))}</p>
      ${s
        ? html`<p class="small muted">
            ${t.storageFirstYear}: <span class="amount nowrap">${formatMoney(s.firstYearFee, v.locale, 'estimate')}</span>.
            ${t.storageNote(formatPrice(v.rules.oss.pricePerGBMonth, v.locale))}
          </p>`
        : nothing}
    </div>
  `;
}

/** Every figure's working, with the pricing document's section it follows. */
export function renderHow(v: CalculatorView, line: LineQuote, f: FamilyQuote): TemplateResult {
  const t = v.t;
  const h = t.how;
  const loc = v.locale;
  const s = line.storage;
  return html`
    <details class="how" part="how">
      <summary>${t.howTitle}</summary>
      <ol>
        <li>
          ${h.units(
            count(v, line.input.volume),
            line.input.passRate === null ? null : formatPercent(line.input.passRate, loc, 4),
            count(v, line.units[line.input.period]),
          )}
        </li>
        <li>${h.conversions}</li>
        <li>${h.postpaid(count(v, line.units.year), formatPrice(line.unitPrice, loc), money(v, line.postpaid.year))}</li>
        <li>${h.packs}</li>
        <li>${h.savings(money(v, f.mix.postpaidTotal), money(v, f.mix.total), money(v, f.mix.savings))}</li>
        ${f.effectiveUnitPrice !== null
          ? html`<li>${h.effective(money(v, f.mix.total), count(v, f.yearUnits), formatPrice(f.effectiveUnitPrice, loc, { maxPlaces: 4 }))}</li>`
          : nothing}
        ${s
          ? html`<li>
                ${h.storage(
                  average(v, s.photosPerDay),
                  formatNumber(line.input.photoSizeMB ?? '0', loc, 6),
                  String(line.input.retentionDays),
                  formatNumber(s.storedGB, loc, 6),
                  formatPrice(v.rules.oss.pricePerGBMonth, loc),
                  formatPrice(s.monthlyFee, loc, { maxPlaces: 6 }),
                )}
              </li>
              <li>${h.storageYear}</li>`
          : nothing}
        ${line.qps
          ? html`<li>${h.qps(average(v, line.qps.volumePerDay), formatPercent(line.input.peakHourShare ?? '0', loc, 4), formatNumber(line.qps.peak, loc, 4))}</li>`
          : nothing}
        ${f.alert ? html`<li>${h.alert}</li>` : nothing}
        <li>${h.balance(money(v, line.postpaid.month))}</li>
        <li>${h.rounding}</li>
      </ol>
    </details>
  `;
}

/** What the disclosure holds besides the figures: the peak-share field, the share toolbar, the tools not on the first screen. */
export interface DetailsParts {
  readonly peakField: TemplateResult | typeof nothing;
  readonly contactHref: string;
  readonly toolbar: TemplateResult | typeof nothing;
  readonly tools: TemplateResult | typeof nothing;
}

/** What the one disclosure holds; its `<details>` and summary are the element's, on the first screen. */
export function renderDetailsBody(v: CalculatorView, q: Quote, line: LineQuote, f: FamilyQuote, p: DetailsParts): TemplateResult {
  return html`
    ${renderPostpaid(v, line)} ${renderQps(v, line, p.peakField, p.contactHref)} ${renderPlanning(v, q, line, f)} ${p.toolbar}
    ${renderHow(v, line, f)} ${p.tools}
  `;
}

/** On paper the form is gone; this line says what the figures are for. */
export function renderPrintSummary(v: CalculatorView, line: LineQuote, firstPurchase: boolean): TemplateResult {
  const t = v.t;
  const parts = [
    planName(v, line.plan),
    `${count(v, line.input.volume)} · ${t.perPeriod[line.input.period]}`,
    line.input.passRate !== null ? `${t.passRate} ${formatPercent(line.input.passRate, v.locale, 4)}` : '',
    line.input.photoSizeMB !== null ? `${t.photoSize} ${line.input.photoSizeMB} MB · ${t.retention} ${line.input.retentionDays} ${t.retentionUnits.days}` : '',
    line.input.peakHourShare !== null ? `${t.peakShare} ${formatPercent(line.input.peakHourShare, v.locale, 4)}` : '',
    firstPurchase ? t.firstPurchase : '',
  ].filter(Boolean);
  return html`<p class="print-only print-summary"><strong>${t.share.printScenario}:</strong> ${parts.join(' · ')}</p>`;
}
