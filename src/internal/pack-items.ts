/**
 * A family's pack rows in a list of figures, as <idv-estimate> (each family's card) and <idv-compare> (each
 * scenario's figures) show them: each pack with its chip and cost, then pay-as-you-go beyond the packs. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FamilyQuote, PackLine } from '../engine/index.js';
import { formatCount, formatDiscount, formatMoney } from '../i18n/format.js';
import type { Locale } from '../i18n/format.js';
import type { Translation } from '../i18n/translation.js';

/** A pack's chip: the trial, else its discount as the locale reads one (`10 % off`, `9折`). */
const discountTag = (t: Translation, locale: Locale, item: PackLine): string => (item.trial ? t.trialPack : formatDiscount(item.ratio, locale));

/** The `li` rows of a family's pack mix, for its `ul.items`: "no packs", or each pack, then the overage. */
export function renderPackItems(t: Translation, locale: Locale, f: FamilyQuote): TemplateResult {
  const count = (units: string | number): string => formatCount(String(units), locale);
  return html`
    ${f.packLines.length === 0 ? html`<li class="item muted">${t.noPacks}</li>` : nothing}
    ${f.packLines.map(
      (item) => html`<li class="item" part="line-item">
        <span>${t.packItem(count(item.count), count(item.size))} <span class="tag">${discountTag(t, locale, item)}</span></span>
        <span class="amount" part="line-item__price">${item.trial ? t.free : formatMoney(item.cost, locale)}</span>
      </li>`,
    )}
    ${String(f.mix.overageUnits) !== '0' && f.packLines.length > 0
      ? html`<li class="item" part="line-item">
          <span>${t.overage(count(f.mix.overageUnits))}</span>
          <span class="amount" part="line-item__price">${formatMoney(f.mix.overageCost, locale)}</span>
        </li>`
      : nothing}
  `;
}
