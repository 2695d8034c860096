/**
 * Helpers for the <idv-pricing-calculator> browser tests: find what a visitor sees in the shadow DOM (by
 * label, part and heading text), type and pick like a visitor, and compare the figures on screen with the
 * engine's quote formatted by src/i18n/format.ts (the display contract).
 */
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { quote } from '../../src/engine/index.js';
import type { Period, PlanId, Quote, Rules } from '../../src/engine/index.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvChangeEvent } from '../../src/events/idv-change.js';
import { formatAverageCount, formatCount, formatMoney, formatPercent } from '../../src/i18n/format.js';
import type { Locale } from '../../src/i18n/format.js';
import { translation } from './strings.js';

/** Collapses whitespace (template indentation, NBSP from Intl) so texts compare as a visitor reads them. */
export const norm = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The normalised text of a node. */
export const text = (node: Node | null | undefined): string => norm(node?.textContent ?? '');

export const root = (el: IdvPricingCalculator): ShadowRoot => el.shadowRoot!;

/** Every element exposing the part (`part~=`). */
export const parts = (el: IdvPricingCalculator, name: string): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** The one element exposing the part; fails when there is none. */
export function part(el: IdvPricingCalculator, name: string): HTMLElement {
  const found = parts(el, name)[0];
  expect(found, `part="${name}"`).to.be.instanceOf(Element);
  return found!;
}

/** What a control is called: its aria-label, else its labels' text. */
export function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return norm(aria);
  if (control instanceof HTMLButtonElement) return norm(control.textContent ?? '');
  const labels = (control as HTMLInputElement).labels;
  return labels ? norm([...labels].map((l) => l.textContent ?? '').join(' ')) : '';
}

/** Every form control in the shadow root (text inputs, radios, checkbox, selects). */
export const controls = (el: IdvPricingCalculator): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>('input, select, textarea, button'),
];

/** The control whose label starts with `label` (e.g. en.volume), or null. */
export function findControl<T extends HTMLElement = HTMLInputElement>(el: IdvPricingCalculator, label: string): T | null {
  const all = controls(el);
  const exact = all.filter((c) => labelOf(c) === norm(label));
  const matches = exact.length > 0 ? exact : all.filter((c) => labelOf(c).startsWith(norm(label)));
  expect(matches.length, `controls labelled "${label}…"`).to.be.at.most(1);
  return (matches[0] as T | undefined) ?? null;
}

/** The control whose label starts with `label`; fails when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(el: IdvPricingCalculator, label: string): T {
  const found = findControl<T>(el, label);
  expect(found, `a control labelled "${label}…"`).to.be.instanceOf(Element);
  return found!;
}

/** The period radio for `period`. */
export function radio(el: IdvPricingCalculator, period: Period): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${period}"]`);
  expect(found, `the ${period} radio`).to.be.instanceOf(Element);
  return found!;
}

/** The element a control's aria-describedby points at (its hint or error message). */
export function messageOf(el: IdvPricingCalculator, c: Element): HTMLElement {
  const id = c.getAttribute('aria-describedby');
  expect(id, 'aria-describedby').to.be.a('string').and.not.equal('');
  const found = root(el).getElementById(id!);
  expect(found, `#${id}`).to.be.instanceOf(Element);
  return found!;
}

/** The figures block (`part=card`) headed `title`, or null. */
export function findCard(el: IdvPricingCalculator, title: string, kind?: string): HTMLElement | null {
  return parts(el, 'card').find((c) => text(c.querySelector('h3')) === norm(title) && (!kind || c.classList.contains(kind))) ?? null;
}

/** The block headed `title` (`kind`: its class, where two share a heading: the first screen's `costs`). */
export function card(el: IdvPricingCalculator, title: string, kind?: string): HTMLElement {
  const found = findCard(el, title, kind);
  expect(found, `a card headed "${title}"`).to.be.instanceOf(Element);
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

/** Lets the element render, its events fire (they follow updateComplete) and render again; then checks nothing broken shows. */
export async function settle(el: IdvPricingCalculator): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
  expectSane(el);
}

/** Focuses a text field, selects its text and types over it like a visitor (an empty string clears it). */
/** Opens the disclosure a control sits in (the calculator's "details"), as a visitor clicks its summary first. */
export async function reveal(el: IdvPricingCalculator, node: Element): Promise<void> {
  const details = node.closest('details');
  if (details && !details.open) {
    details.querySelector<HTMLElement>(':scope > summary')!.click();
    await el.updateComplete;
  }
}

export async function typeInto(el: IdvPricingCalculator, input: HTMLInputElement, value: string): Promise<void> {
  await reveal(el, input);
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await settle(el);
}

/**
 * Pastes `value` over a text field's content as one edit (one input event, like a paste or an IME commit),
 * so no prefix of it is ever in the field.
 */
export async function pasteInto(el: IdvPricingCalculator, input: HTMLInputElement, value: string): Promise<void> {
  await reveal(el, input);
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else expect(document.execCommand('insertText', false, value), 'insertText').to.equal(true);
  expect(input.value).to.equal(value);
  await settle(el);
}

/** Picks an option of a native select as the browser does after a choice: set `.value`, dispatch `change`. */
export async function choose(el: IdvPricingCalculator, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  expect(select.value, `option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Records idv-change events reaching the document (so they must bubble and be composed). */
export function recordChanges(): { events: IdvChangeEvent[]; stop: () => void } {
  const events: IdvChangeEvent[] = [];
  const listener = (e: Event): void => {
    events.push(e as IdvChangeEvent);
  };
  document.addEventListener('idv-change', listener);
  return { events, stop: () => document.removeEventListener('idv-change', listener) };
}

/**
 * Runs `fn` and returns every error it caused, thrown or reported (an exception in an event listener or a
 * Lit update surfaces as a window error or an unhandled rejection, not at the caller).
 */
export async function collectErrors(fn: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent): void => {
    errors.push(e.error ?? e.message);
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent): void => {
    errors.push(e.reason);
    e.preventDefault();
  };
  const previous = window.onerror;
  window.onerror = () => true;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await aTimeout(0);
  } catch (e) {
    errors.push(e);
  } finally {
    window.onerror = previous;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

const MONEY = /^-?(?:CN)?¥[\d,]+\.\d{2}$/;

/**
 * Nothing broken on screen: no NaN, Infinity, undefined, null or [object …] in the shadow text, every
 * amount in a row (part=line-item__price) is money or "free", and no figure is empty.
 */
export function expectSane(el: IdvPricingCalculator): void {
  const all = text(root(el));
  expect(all, 'shadow text').to.not.match(/NaN|Infinity|undefined|\bnull\b|\[object/);
  const free = [translation('en').free, translation('zh-CN').free];
  for (const price of parts(el, 'line-item__price')) {
    const shown = text(price);
    expect(shown, 'a row amount').to.not.equal('');
    if (!free.includes(shown)) expect(shown, 'a row amount').to.match(MONEY);
  }
  for (const figure of root(el).querySelectorAll('dd, [part~="summary"] span')) {
    expect(text(figure), 'a figure').to.not.equal('');
  }
}

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

/** The row (part=line-item) inside `scope` whose text contains `label`, and its amount. */
function rowAmount(scope: HTMLElement, label: string): string {
  // A row's label is its first part without the discount chip or the muted detail: `1 × 100` is not `1 × 100,000`.
  const labelOfRow = (r: HTMLElement): string => {
    const first = r.firstElementChild;
    if (!first) return '';
    const copy = first.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.tag, .muted').forEach((n) => n.remove());
    return text(copy);
  };
  const rows = [...scope.querySelectorAll<HTMLElement>('[part~="line-item"]')].filter((r) => labelOfRow(r) === norm(label));
  expect(rows.length, `rows with "${label}" in ${text(scope)}`).to.equal(1);
  return text(rows[0]!.querySelector('[part~="line-item__price"]'));
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
