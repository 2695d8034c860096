/**
 * DOM helpers for every element's browser tests: find what a visitor sees through an element's shadow root
 * (by label, part or selector), read it as a visitor reads it (whitespace collapsed), type, paste, pick and
 * press keys like a visitor, make fixtures and let them settle, watch the events and errors an element causes,
 * and check that nothing broken is on screen. What only some elements need lives beside this file, named for
 * them (calculator.ts, estimate-compare.ts).
 */
import { aTimeout, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { translation } from './strings.js';

/** An element that renders asynchronously (a Lit element). */
export type Updating = Element & { readonly updateComplete: Promise<unknown> };

// ---------------------------------------------------------------------------------------------- text

/** Collapses whitespace (template indentation, NBSP from Intl) so texts compare as a visitor reads them. */
export const norm = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The normalised text of a node. */
export const text = (node: Node | null | undefined): string => norm(node?.textContent ?? '');

// ------------------------------------------------------------------------------------------- queries

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/**
 * Where a query looks: inside `scope`'s shadow root when it is a host (the element under test), else inside
 * `scope` itself (a shadow root, or a column or line inside one).
 */
export const within = (scope: ParentNode): ParentNode =>
  (scope.nodeType === Node.ELEMENT_NODE && (scope as Element).shadowRoot) || scope; // any window's element

/** The first element inside `scope` matching `selector`; fails when there is none. */
export function $<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const found = within(scope).querySelector<T>(selector);
  // nodeType, not instanceof Element: the element may be a frame's, from another window.
  expect(found?.nodeType, selector).to.equal(Node.ELEMENT_NODE);
  return found!;
}

/** Every element inside `scope` matching `selector`. */
export const $$ = <T extends Element = HTMLElement>(scope: ParentNode, selector: string): T[] => [...within(scope).querySelectorAll<T>(selector)];

/** Every element exposing the part (`part~=`) inside `scope`. */
export const parts = (scope: ParentNode, name: string): HTMLElement[] => [...within(scope).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** The one element exposing the part inside `scope`; fails when there is none. */
export function part(scope: ParentNode, name: string): HTMLElement {
  const found = parts(scope, name)[0];
  // nodeType, not instanceof Element: the element may be a frame's, from another window.
  expect(found?.nodeType, `part="${name}"`).to.equal(Node.ELEMENT_NODE);
  return found!;
}

/**
 * What a control is called: its aria-label, else its labels' text, else (a button) its own text less what is
 * hidden from assistive technology (the `+` of "+ Add line").
 */
export function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return norm(aria);
  const labels = (control as HTMLInputElement).labels;
  const label = labels ? norm([...labels].map((l) => l.textContent ?? '').join(' ')) : '';
  if (label || control.tagName !== 'BUTTON') return label;
  const copy = control.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

/** Every form control inside `scope` (text inputs, radios, checkboxes, selects, buttons). */
export const controls = (scope: ParentNode): HTMLElement[] => [...within(scope).querySelectorAll<HTMLElement>('input, select, textarea, button')];

/** The control inside `scope` whose label is `label` (or, failing that, starts with it), or null; fails when several match. */
export function findControl<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T | null {
  const all = controls(scope);
  const exact = all.filter((c) => labelOf(c) === norm(label));
  const matches = exact.length > 0 ? exact : all.filter((c) => labelOf(c).startsWith(norm(label)));
  expect(matches.length, `controls labelled "${label}…": ${matches.map(labelOf).join(' | ')}`).to.be.at.most(1);
  return (matches[0] as T | undefined) ?? null;
}

/** The control inside `scope` labelled `label` (or `label…`); fails when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T {
  const found = findControl<T>(scope, label);
  // nodeType, not instanceof Element: the element may be a frame's, from another window.
  expect(found?.nodeType, `a control labelled "${label}…"`).to.equal(Node.ELEMENT_NODE);
  return found!;
}

/** The element a control's aria-describedby points at in `el`'s shadow root (its hint or error message). */
export function messageOf(el: Element, c: Element): HTMLElement {
  const id = c.getAttribute('aria-describedby');
  expect(id, 'aria-describedby').to.be.a('string').and.not.equal('');
  const found = root(el).getElementById(id!);
  // nodeType, not instanceof Element: the element may be a frame's, from another window.
  expect(found?.nodeType, `#${id}`).to.equal(Node.ELEMENT_NODE);
  return found!;
}

/** The text of a control's message (see messageOf). */
export const messageText = (el: Element, c: Element): string => text(messageOf(el, c));

/** A definition list's figures inside `scope`: dt text → dd text. */
export function facts(scope: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of within(scope).querySelectorAll('dt')) out[text(dt)] = text(dt.nextElementSibling);
  return out;
}

/**
 * The amount (part=line-item__price) of the one row (part=line-item) inside `scope` labelled `label`. A row's
 * label is its first child's text without the discount chip (.tag) or the muted detail (.muted): `1 × 100` is
 * not `1 × 100,000`.
 */
export function rowAmount(scope: ParentNode, label: string): string {
  const labelOfRow = (r: Element): string => {
    const first = r.firstElementChild?.cloneNode(true) as Element | undefined;
    first?.querySelectorAll('.tag, .muted').forEach((n) => n.remove());
    return first ? text(first) : '';
  };
  const rows = parts(scope, 'line-item').filter((r) => labelOfRow(r) === norm(label));
  expect(rows.length, `rows labelled "${label}" in ${text(within(scope))}`).to.equal(1);
  return text(rows[0]!.querySelector('[part~="line-item__price"]'));
}

// ---------------------------------------------------------------------------------------------- focus

/** The focused element inside the shadow root. */
export const focused = (el: Element): Element | null => root(el).activeElement;

/** How a failure names an element: tag and label, a summary by its text (chai would otherwise print the whole element). */
export function describeElement(c: Element | null): string {
  if (c === null) return 'nothing';
  if (c.tagName === 'SUMMARY') return `summary: ${text(c)}`;
  return `${c.tagName.toLowerCase()}: ${labelOf(c)}`;
}

/** The element focused inside the shadow root, described (`select: Pack 2, Size`, `nothing`). */
export const describeFocus = (el: Element): string => describeElement(focused(el));

/** Expects `target` to have the focus inside the shadow root; a failure names both elements. */
export function expectFocus(el: Element, target: Element): void {
  expect(describeFocus(el), 'focus').to.equal(describeElement(target));
  expect(focused(el) === target, 'focus on that very element').to.equal(true);
}

// ------------------------------------------------------------------------------------ acting and waiting

const wrappers: HTMLElement[] = [];
afterEach(() => {
  for (const w of wrappers.splice(0)) w.remove();
});

/**
 * A fixture inside a wrapper `<div>` with the given attributes (`lang`, `style`), removed after the test. The
 * element itself is the fixture, so open-wc waits for its updateComplete: a plain `<div>` fixture waits for an
 * animation frame instead, which never comes while the page is in the background.
 */
export async function fixtureIn<T extends Element>(template: TemplateResult, attributes: Readonly<Record<string, string>>): Promise<T> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  return fixture<T>(template, { parentNode: wrapper });
}

/** A settled fixture `<tag …attributes>` (string attributes, unescaped). */
export async function fixtureOf<T extends Updating>(tag: string, attributes: Readonly<Record<string, string>>): Promise<T> {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  const el = await fixture<T>(`<${tag} ${attrs}></${tag}>`);
  await settle(el);
  return el;
}

/** Lets the element render, its events fire (they follow updateComplete) and render again. */
export async function settle(el: Updating): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** Opens the disclosure (<details>) a control sits in, as a visitor clicks its summary first. */
export async function reveal(el: Updating, node: Element): Promise<void> {
  const details = node.closest('details');
  if (details && !details.open) {
    details.querySelector<HTMLElement>(':scope > summary')!.click();
    await el.updateComplete;
  }
}

/** Focuses a text field, selects its text and types over it key by key like a visitor (an empty string clears it). */
export async function typeInto(el: Updating, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await settle(el);
}

/**
 * Pastes `value` over a text field's content as one edit (one input event, like a paste or an IME commit), so
 * no prefix of it is ever in the field (typing `12,34` key by key passes through the valid `12`). An empty
 * string clears the field with Backspace.
 */
export async function pasteInto(el: Updating, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else expect(document.execCommand('insertText', false, value), 'insertText').to.equal(true);
  expect(input.value).to.equal(value);
  await settle(el);
}

/**
 * Types an ISO date into a native date input, segment by segment, in the order the browser's locale shows
 * them (month/day/year for en-US), as a visitor does with the keyboard.
 */
export async function typeDate(el: Updating, input: HTMLInputElement, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2020, 10, 22))
    .map((p) => p.type)
    .filter((t) => t === 'year' || t === 'month' || t === 'day');
  const digits = { year: y, month: m, day: d } as const;
  // Focusing from outside puts the caret on the first segment (focus() on a focused input would not move it).
  input.blur();
  input.focus();
  await sendKeys({ type: order.map((t) => digits[t]).join('') });
  await settle(el);
  expect(input.value, 'the date typed').to.equal(iso);
}

/** Clears the first segment of a date input with Backspace: the date is no longer whole, so its value is ''. */
export async function clearDate(el: Updating, input: HTMLInputElement): Promise<void> {
  input.focus();
  await sendKeys({ press: 'Backspace' });
  await settle(el);
  expect(input.value).to.equal('');
}

/**
 * Picks an option of a native select as the browser does once a choice is made: sets `.value`, dispatches
 * `input` and `change`. Focus does not move (see chooseWithKeys for the keyboard).
 */
export async function choose(el: Updating, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  expect(select.value, `option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/**
 * Picks an option of a native select with the keyboard: focuses it, then presses ArrowDown/ArrowUp (settling
 * after each key, so every option passed on the way is chosen in turn) until `value` is selected.
 */
export async function chooseWithKeys(el: Updating, select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((o) => o.value === value);
  expect(target, `option ${value}`).to.be.at.least(0);
  select.focus();
  while (select.selectedIndex !== target) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
    await settle(el);
  }
  expect(select.value).to.equal(value);
}

// -------------------------------------------------------------------------------- events and errors

/** Records events of `type` reaching the document (so they must bubble and be composed). */
export function record<E extends Event>(type: string): { events: E[]; stop: () => void } {
  const events: E[] = [];
  const listener = (e: Event): void => {
    events.push(e as E);
  };
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/**
 * Records every error reported to the window from now until stop() (an exception in an event listener or a
 * Lit update surfaces as a window error or an unhandled rejection, not at the caller), so that it neither
 * reaches the console nor fails the test by itself (mocha's window.onerror is set aside meanwhile).
 */
export function watchErrors(): { errors: unknown[]; stop: () => void } {
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
  const stop = (): void => {
    window.onerror = previous;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  return { errors, stop };
}

/** Runs `fn` and returns every error it caused, thrown or reported to the window (see watchErrors). */
export async function collectErrors(fn: () => Promise<void>): Promise<unknown[]> {
  const watch = watchErrors();
  try {
    await fn();
    await aTimeout(0);
  } catch (e) {
    watch.errors.push(e);
  } finally {
    watch.stop();
  }
  return watch.errors;
}

// ------------------------------------------------------------------------------------------ sanity

const MONEY = /^-?(?:CN)?¥[\d,]+\.\d{2}$/;

/**
 * Nothing broken on screen: no NaN, Infinity, undefined, null or [object …] in the shadow text. With
 * `figures` (a selector for what the element shows as figures), also: every row amount (part=line-item__price)
 * is money or "free", and no figure is empty.
 */
export function expectSane(el: Element, figures?: string): void {
  const all = text(root(el));
  expect(all, 'shadow text').to.not.match(/NaN|Infinity|undefined|\bnull\b|\[object/);
  if (figures === undefined) return;
  const free = [translation('en').free, translation('zh-CN').free];
  for (const price of parts(el, 'line-item__price')) {
    const shown = text(price);
    expect(shown, 'a row amount').to.not.equal('');
    if (!free.includes(shown)) expect(shown, 'a row amount').to.match(MONEY);
  }
  for (const figure of root(el).querySelectorAll(figures)) expect(text(figure), 'a figure').to.not.equal('');
}
