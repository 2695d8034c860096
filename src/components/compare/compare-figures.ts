/**
 * <idv-compare>'s figures: each scenario's yearly total, how it compares with the cheapest, its other figures
 * and pack mix, and the differences called out under the scenarios. Plain functions of the engine's quotes and
 * comparison. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { QuoteComparison } from '../../engine/compare.js';
import type { Quote } from '../../engine/index.js';
import { formatCount, formatMoney, formatPercent } from '../../i18n/format.js';
import type { Locale } from '../../i18n/format.js';
import type { CompareStrings } from '../../i18n/sections/compare.js';
import type { Translation } from '../../i18n/translation.js';
import { renderPackItems } from '../../internal/pack-items.js';

/** The scenarios' letters, in order. */
export const LETTERS = ['A', 'B', 'C'] as const;

/** What the figures read from the comparison element. */
export interface CompareView {
  readonly t: Translation;
  readonly s: CompareStrings;
  readonly locale: Locale;
  /** Prefix for ids in the element's shadow root. */
  readonly uid: string;
}

/** The quotes of the scenarios that have one, their positions among the scenarios, and the engine's comparison. */
export interface Compared {
  readonly positions: readonly number[];
  readonly quotes: Quote[];
  readonly comparison: QuoteComparison;
}

const money = (v: CompareView, amount: string): string => formatMoney(amount, v.locale);
const count = (v: CompareView, units: string | number): string => formatCount(String(units), v.locale);

/**
 * A scenario's figures: its yearly total with the best packs, how much more than the cheapest it costs, its
 * other figures and pack mix (`stale` while a field of it is invalid); a note while it has no quote.
 */
export function renderFigures(v: CompareView, q: Quote | undefined, position: number, compared: Compared | null, stale: boolean): TemplateResult {
  const s = v.s;
  if (!q) return html`<div class="figures" part="figures"><p class="muted">${s.noQuote}</p></div>`;
  const f = q.families[0]!;
  const line = q.lines[0]!;
  let versus: string | null = null;
  if (compared) {
    const index = compared.positions.indexOf(position);
    const cheapest = compared.comparison.cheapest;
    if (index >= 0 && !cheapest.includes(index)) {
      const d = compared.comparison.differences.find((x) => x.from === cheapest[0] && x.to === index)!;
      versus = s.versus(money(v, d.amount), LETTERS[compared.positions[cheapest[0]!]!]!, d.percent === null ? null : formatPercent(d.percent, v.locale));
    }
  }
  return html`
    <div class="figures ${stale ? 'stale' : ''}" part="figures">
      <p class="total-label">${s.bestYear}</p>
      <p class="big" part="total">${money(v, q.totals.bestYear)}</p>
      ${versus ? html`<p class="versus">${versus}</p>` : nothing}
      <dl class="facts">
        <div><dt>${s.billableYear}</dt><dd>${count(v, line.units.year)}</dd></div>
        <div><dt>${s.postpaidYear}</dt><dd>${money(v, q.totals.postpaid.year)}</dd></div>
        <div>
          <dt>${s.savings}</dt>
          <dd class="good">${money(v, q.totals.savingsYear)} · ${formatPercent(f.savingsPercent, v.locale)}</dd>
        </div>
        ${line.storage
          ? html`<div><dt>${s.storageMonth}</dt><dd>${formatMoney(line.storage.monthlyFee, v.locale, 'estimate')}</dd></div>`
          : nothing}
      </dl>
      <p class="small packs-title">${s.packs}</p>
      <ul class="items">
        ${renderPackItems(v.t, v.locale, f)}
      </ul>
      ${stale ? html`<p class="small stale-note">${s.columnStale}</p>` : nothing}
    </div>
  `;
}

/** What the comparison calls out: who costs more than the cheapest and by how much, and which inputs differ. */
export function renderDifferences(v: CompareView, compared: Compared): TemplateResult {
  const s = v.s;
  const { positions, comparison } = compared;
  const name = (index: number): string => s.scenario(LETTERS[positions[index]!]!);
  const [first] = comparison.cheapest;
  const sentences: string[] = [];
  if (comparison.cheapest.length > 1) {
    sentences.push(s.costSame(comparison.cheapest.map(name), money(v, comparison.totals[first!]!)));
  }
  positions.forEach((_, index) => {
    if (comparison.cheapest.includes(index)) return;
    const d = comparison.differences.find((x) => x.from === first && x.to === index)!;
    sentences.push(s.costsMore(name(index), name(first!), money(v, d.amount), d.percent === null ? null : formatPercent(d.percent, v.locale)));
  });
  const inputs = comparison.differingInputs.map((i) => s.inputs[i]);
  return html`
    <section role="group" class="differences" part="differences" aria-labelledby=${`${v.uid}-diff`}>
      <h3 id=${`${v.uid}-diff`}>${s.differencesTitle}</h3>
      <ul>
        ${sentences.map((x) => html`<li>${x}</li>`)}
        <li>${inputs.length > 0 ? s.inputsDiffer(inputs) : s.inputsSame}</li>
      </ul>
      <p class="muted small">${s.basis}</p>
    </section>
  `;
}
