/**
 * What only the <idv-pricing-calculator> browser tests need (the DOM helpers every element's tests share are
 * in dom.ts): its period radios, figures blocks and results; its own settle, typeInto, pasteInto and choose,
 * which are dom.ts's plus that a field inside the closed details is revealed first and that the screen is
 * checked (expectSane) after every update; and the figures on screen compared with the engine's quote
 * formatted by src/i18n/format.ts (the display contract).
 */
import { expect } from '@open-wc/testing';
import { quote } from '../../src/engine/index.js';
import type { Period, PlanId, Quote, Rules } from '../../src/engine/index.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvChangeEvent } from '../../src/events/idv-change.js';
import { formatAverageCount, formatCount, formatMoney, formatPercent } from '../../src/i18n/format.js';
import type { Locale } from '../../src/i18n/format.js';
import * as dom from './dom.js';
import { norm, part, parts, record, reveal, root, rowAmount, text } from './dom.js';
import { translation } from './strings.js';

/** The period radio for `period`. */
export function radio(el: IdvPricingCalculator, period: Period): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${period}"]`);
  // nodeType, not instanceof Element: the element may be a frame's, from another window.
  expect(found?.nodeType, `the ${period} radio`).to.equal(Node.ELEMENT_NODE);
  return found!;
}

/** The figures block (`part=card`) headed `title`, or null. */
export function findCard(el: IdvPricingCalculator, title: string, kind?: string): HTMLElement | null {
  return parts(el, 'card').find((c) => text(c.querySelector('h3')) === norm(title) && (!kind || c.classList.contains(kind))) ?? null;
}

/** The block headed `title` (`kind`: its class, where two share a heading: the first screen's `costs`). */
export function card(el: IdvPricingCalculator, title: string, kind?: string): HTMLElement {
  const found = findCard(el, title, kind);
  // nodeType, not instanceof Element: the element may be a frame's, from another window.
  expect(found?.nodeType, `a card headed "${title}"`).to.equal(Node.ELEMENT_NODE);
  return found!;
}

/** The text of part=results ('' when there are no results). */
export const resultsText = (el: IdvPricingCalculator): string =>
  norm(`${text(root(el).querySelector('[part~="summary"]'))} ${text(root(el).querySelector('[part~="results"]'))}`);

/** Whether the results say they are for the last valid input (the note shown while a field is invalid). */
export const showsKeptLast = (el: IdvPricingCalculator, locale: Locale = 'en'): boolean =>
  resultsText(el).includes(norm(translation(locale).keptLast));

/** What the figures say: the headline amount and the text of every figures block (part=card). */
export function figuresShown(el: IdvPricingCalculator): string[] {
  const summary = root(el).querySelector('[part~="summary"]');
  const headline = text(summary).match(/(?:CN)?¥[\d,.]+/)?.[0] ?? '';
  // A card's figures, not the fields some cards hold (peak load holds its "busiest hour" field).
  const figures = (c: HTMLElement): string => {
    const copy = c.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.field').forEach((f) => f.remove());
    return text(copy);
  };
  return [headline, ...parts(el, 'card').map(figures)];
}

/**
 * Nothing broken on the calculator's screen: dom.ts's expectSane with its figures, the definitions (dd) and
 * the summary's amounts.
 */
export const expectSane = (el: IdvPricingCalculator): void => dom.expectSane(el, 'dd, [part~="summary"] span');

/** dom.ts's settle, then checks nothing broken shows. */
export async function settle(el: IdvPricingCalculator): Promise<void> {
  await dom.settle(el);
  expectSane(el);
}

/** dom.ts's typeInto (key by key) into a field revealed first; then checks nothing broken shows. */
export async function typeInto(el: IdvPricingCalculator, input: HTMLInputElement, value: string): Promise<void> {
  await reveal(el, input);
  await dom.typeInto(el, input, value);
  expectSane(el);
}

/** dom.ts's pasteInto (one edit) into a field revealed first; then checks nothing broken shows. */
export async function pasteInto(el: IdvPricingCalculator, input: HTMLInputElement, value: string): Promise<void> {
  await reveal(el, input);
  await dom.pasteInto(el, input, value);
  expectSane(el);
}

/** dom.ts's choose (`.value`, then `input` and `change`); then checks nothing broken shows. */
export async function choose(el: IdvPricingCalculator, select: HTMLSelectElement, value: string): Promise<void> {
  await dom.choose(el, select, value);
  expectSane(el);
}

/** Records idv-change events reaching the document (so they must bubble and be composed). */
export const recordChanges = (): { events: IdvChangeEvent[]; stop: () => void } => record<IdvChangeEvent>('idv-change');

/** A scenario as the tests describe it: the engine's defaults fill in what is not given. */
export interface Inputs {
  readonly plan: PlanId;
  readonly volume: string;
  readonly period: Period;
  readonly passRate?: string;
  readonly photoSizeMB?: string;
  readonly retentionDays?: string;
  readonly peakHourShare?: string;
  readonly firstPurchase?: boolean;
}

/** The engine's quote for `inputs` (what the element must show). */
export function engineQuote(inputs: Inputs, rules?: Rules): Quote {
  return quote({ ...inputs, firstPurchase: inputs.firstPurchase ?? false }, rules);
}

/**
 * The figures on screen are the engine's quote `q` formatted with formatMoney/formatCount/formatPercent:
 * postpaid a day, a month and a year with billable units, the best yearly total and verdict, every pack
 * line, overage, the packs total, postpaid for the year, savings with their percentage, the OSS storage
 * estimate (monthly and first year) or no storage block, and the advised balance.
 */
export function expectFigures(el: IdvPricingCalculator, q: Quote, locale: Locale = 'en'): void {
  const t = translation(locale);
  const money = (amount: string): string => norm(formatMoney(amount, locale));
  const count = (units: string | number): string => norm(formatCount(String(units), locale));
  const line = q.lines[0]!;
  const fam = q.families[0]!;

  const average = (units: string | number): string => norm(formatAverageCount(String(units), locale));
  const postpaid = card(el, t.postpaidTitle, 'postpaid');
  const rows = [...postpaid.querySelectorAll<HTMLElement>('[part~="line-item"]')];
  expect(rows.map((r) => text(r.querySelector('[part~="line-item__price"]'))), 'postpaid day/month/year').to.deep.equal([
    money(line.postpaid.day),
    money(line.postpaid.month),
    money(line.postpaid.year),
  ]);
  (['day', 'month', 'year'] as const).forEach((p, i) => {
    expect(text(rows[i]), `postpaid ${p} row`).to.include(norm(t.perPeriod[p])).and.include(norm(t.billableUnits(average(line.units[p]))));
    const conversion = line.conversions[p];
    if (conversion !== 'entered') expect(text(rows[i]), `postpaid ${p} factor`).to.include(norm(t.factor[conversion]));
  });
  // The first screen's pay-as-you-go row: the period entered.
  const entered = line.input.period;
  expect(rowAmount(card(el, t.postpaidTitle, 'costs'), t.postpaidFor(t.perPeriod[entered])), 'pay as you go, entered').to.equal(
    money(line.postpaid[entered]),
  );

  const summary = text(part(el, 'summary'));
  expect(summary, 'summary').to.include(money(q.totals.bestYear));
  expect(summary, 'verdict').to.include(
    norm(fam.verdict === 'packs' ? t.verdictSaves(money(q.totals.savingsYear), formatPercent(fam.savingsPercent, locale)) : t.verdictNoPacks),
  );

  const packs = card(el, t.packsTitle);
  const packsText = text(packs);
  const factor = line.conversions.year === 'entered' ? null : `${average(line.units[entered])} ${t.factor[line.conversions.year]}`;
  expect(packsText, 'packs subtitle').to.include(norm(t.packsFor(count(fam.yearUnits), factor)));
  for (const item of fam.packLines) {
    expect(rowAmount(packs, t.packItem(count(item.count), count(item.size))), `pack ${item.size}`).to.equal(
      item.trial ? norm(t.free) : money(item.cost),
    );
  }
  if (fam.packLines.length === 0) expect(packsText).to.include(norm(t.noPacks));
  if (fam.packLines.length > 0 && String(fam.mix.overageUnits) !== '0') {
    expect(rowAmount(packs, t.overage(count(fam.mix.overageUnits))), 'overage').to.equal(money(fam.mix.overageCost));
  }

  const all = text(root(el));
  if (line.storage) {
    expect(rowAmount(card(el, t.postpaidTitle, 'costs'), t.storageMonthlyLabel), 'storage a month').to.equal(
      norm(formatMoney(line.storage.monthlyFee, locale, 'estimate')),
    );
    expect(all, 'storage first year').to.include(norm(formatMoney(line.storage.firstYearFee, locale, 'estimate')));
  } else {
    expect(all, 'no storage row').to.not.include(norm(t.storageMonthlyLabel));
  }

  expect(all, 'advised balance').to.include(norm(t.balanceAdvice(money(q.totals.advisedBalance))));
  expectSane(el);
}
