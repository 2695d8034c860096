/**
 * The calculator's first-screen figures: the headline (lowest yearly total and what the packs save), the pack
 * mix (and an equal-cost mix that pays less up front), pay as you go for the period entered, and the OSS
 * monthly fee. Plain functions of the engine's quote. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FamilyQuote, LineQuote, PackLine, Quote } from '../../engine/index.js';
import { formatDiscount, formatMoney, formatNumber, formatPercent, formatPrice } from '../../i18n/format.js';
import { average, count, money } from './calculator-view.js';
import type { CalculatorView } from './calculator-view.js';

/** The headline: the best yearly total, and what it saves (or that the figures are the last valid ones). */
export function renderSummary(v: CalculatorView, q: Quote, stale: boolean): TemplateResult {
  const t = v.t;
  const f = q.families[0]!;
  const packs = f.verdict === 'packs';
  return html`
    <div class="summary" part="summary">
      <p class="headline">
        <span class="label">${t.summaryLabel}</span>
        <span class="big amount">${money(v, q.totals.bestYear)}</span>
      </p>
      <!-- While a field is invalid this line says the figures are the last valid ones: same place, no jump. -->
      <p class="verdict ${stale ? 'stale-note' : packs ? 'good' : ''}">
        ${stale
          ? t.keptLast
          : packs
            ? t.verdictSaves(money(v, q.totals.savingsYear), formatPercent(f.savingsPercent, v.locale))
            : t.verdictNoPacks}
      </p>
    </div>
  `;
}

function discountTag(v: CalculatorView, item: PackLine): string {
  return item.trial ? v.t.trialPack : formatDiscount(item.ratio, v.locale);
}

/** The pack mix for a year of use: each pack with its chip and cost, then pay-as-you-go beyond the packs. */
export function renderPacks(v: CalculatorView, line: LineQuote, f: FamilyQuote): TemplateResult {
  const t = v.t;
  const mix = f.mix;
  const conversion = line.conversions.year;
  return html`
    <section role="group" class="card packs" part="card" aria-labelledby=${`${v.uid}-packs`}>
      <h3 id=${`${v.uid}-packs`}>${t.packsTitle}</h3>
      <p class="muted small">
        ${t.packsFor(
          count(v, f.yearUnits),
          conversion === 'entered' || f.plans.length > 1 ? null : `${average(v, line.units[line.input.period])} ${t.factor[conversion]}`,
        )}
      </p>
      <ul class="items">
        ${f.packLines.length === 0 ? html`<li class="item muted">${t.noPacks}</li>` : nothing}
        ${f.packLines.map(
          (item) => html`<li class="item" part="line-item">
            <span>${t.packItem(count(v, item.count), count(v, item.size))} <span class="tag">${discountTag(v, item)}</span></span>
            <span class="amount nowrap" part="line-item__price">${item.trial ? t.free : money(v, item.cost)}</span>
          </li>`,
        )}
        ${mix.overageUnits !== 0 && mix.overageUnits !== '0' && f.packLines.length > 0
          ? html`<li class="item" part="line-item">
              <span>${t.overage(count(v, mix.overageUnits))}</span>
              <span class="amount nowrap" part="line-item__price">${money(v, mix.overageCost)}</span>
            </li>`
          : nothing}
      </ul>
      ${renderAlternative(v, f)}
    </section>
  `;
}

/** The first screen's other costs: pay as you go for the period entered, and the OSS monthly fee. */
export function renderCosts(v: CalculatorView, line: LineQuote): TemplateResult {
  const t = v.t;
  const p = line.input.period;
  const s = line.storage;
  return html`
    <section role="group" class="card costs" part="card" aria-labelledby=${`${v.uid}-costs`}>
      <h3 id=${`${v.uid}-costs`} class="sr-only">${t.postpaidTitle}</h3>
      <p class="item-row" part="line-item">
        <span>${t.postpaidFor(t.perPeriod[p])} <span class="muted small nowrap">${t.billableUnits(average(v, line.units[p]))}</span></span>
        <span class="amount nowrap" part="line-item__price">${money(v, line.postpaid[p])}</span>
      </p>
      ${s
        ? html`<p class="item-row" part="line-item">
            <span>${t.storageMonthlyLabel} <span class="muted small nowrap">${t.storedGB(formatNumber(s.storedGB, v.locale, 2))}</span></span>
            <span class="amount nowrap" part="line-item__price" title=${t.storageExact(formatPrice(s.monthlyFee, v.locale, { maxPlaces: 12 }))}
              >${formatMoney(s.monthlyFee, v.locale, 'estimate')}</span
            >
          </p>`
        : nothing}
    </section>
  `;
}

/** The engine's equal-cost alternative (same total, less paid up front, no headroom), in one line. */
function renderAlternative(v: CalculatorView, f: FamilyQuote): TemplateResult | typeof nothing {
  const alt = f.alternative;
  if (!alt) return nothing;
  const t = v.t;
  const parts = [
    ...alt.packLines.map((p) => t.alternativePack(count(v, p.count), count(v, p.size))),
    ...(alt.mix.overageUnits !== 0 && alt.mix.overageUnits !== '0' ? [t.alternativeOverage(count(v, alt.mix.overageUnits))] : []),
  ];
  return html`<p class="small alternative" part="alternative">${t.alternative(parts.join(' + '), money(v, alt.upFrontLess))}</p>`;
}

/** A link is only rendered for web and mail URLs (or relative ones); a `javascript:` or `data:` URL never. */
export function safeHref(href: string): string {
  if (!href) return '';
  try {
    // Only the protocol counts: a relative link is a web link, on any page and on a server (no `location`).
    const protocol = new URL(href, 'https://x.invalid').protocol;
    return ['http:', 'https:', 'mailto:'].includes(protocol) ? href : '';
  } catch {
    return '';
  }
}

/** A `cta-href` template with `{scenario}` filled in (URL-encoded), if it is a web or mail link; else ''. */
export function ctaLink(template: string, scenario: () => string): string {
  return template ? safeHref(template.replaceAll('{scenario}', encodeURIComponent(scenario()))) : '';
}

/** The host's call to action: our link around the `cta` slot for `cta-href`, else the slot alone (hidden while empty). */
export function renderCta(v: CalculatorView, link: string, slotted: boolean, onSlot: (e: Event) => void): TemplateResult {
  return link
    ? html`<div class="cta"><a class="button primary" part="cta" href=${link}><slot name="cta" @slotchange=${onSlot}>${v.t.cta}</slot></a></div>`
    : html`<div class="cta ${slotted ? '' : 'empty'}"><slot name="cta" @slotchange=${onSlot}></slot></div>`;
}
