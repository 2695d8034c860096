/**
 * Helpers for the browser tests of <idv-estimate> and <idv-compare>: find what a visitor sees inside a scope
 * of the shadow DOM (a line, a column) by label and part, type and pick like a visitor, record events, and
 * check that nothing broken is on screen.
 */
import { aTimeout, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import { translation } from './strings.js';

const wrappers: HTMLElement[] = [];
afterEach(() => {
  for (const w of wrappers.splice(0)) w.remove();
});

/**
 * A fixture inside a wrapper `<div>` with the given attributes (`lang`, `style`), removed after the test. The
 * element itself is the fixture, so open-wc waits for its updateComplete: a plain `<div>` fixture waits for an
 * animation frame instead, which never comes while the page is in the background (specs run side by side).
 */
export async function fixtureIn<T extends Element>(template: TemplateResult, attributes: Readonly<Record<string, string>>): Promise<T> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  return fixture<T>(template, { parentNode: wrapper });
}

/** Collapses whitespace (template indentation, NBSP from Intl) so texts compare as a visitor reads them. */
export const norm = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The normalised text of a node. */
export const text = (node: Node | null | undefined): string => norm(node?.textContent ?? '');

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** Every element exposing the part inside `scope` (an element or a shadow root). */
export const parts = (scope: ParentNode, name: string): HTMLElement[] => [...scope.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** The one element exposing the part in `scope`; fails when there is none. */
export function part(scope: ParentNode, name: string): HTMLElement {
  const found = parts(scope, name)[0];
  expect(found, `part="${name}"`).to.be.instanceOf(Element);
  return found!;
}

/** What a control is called: its aria-label, else its labels' text, else (a button) its own text. */
export function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return norm(aria);
  const labels = (control as HTMLInputElement).labels;
  const label = labels ? norm([...labels].map((l) => l.textContent ?? '').join(' ')) : '';
  return label || (control.tagName === 'BUTTON' ? text(control) : '');
}

/** The control inside `scope` whose label is `label` or starts with it, or null. */
export function findControl<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T | null {
  const all = [...scope.querySelectorAll<HTMLElement>('input, select, textarea, button')];
  const exact = all.filter((c) => labelOf(c) === norm(label));
  const matches = exact.length > 0 ? exact : all.filter((c) => labelOf(c).startsWith(norm(label)));
  expect(matches.length, `controls labelled "${label}…"`).to.be.at.most(1);
  return (matches[0] as T | undefined) ?? null;
}

/** The control inside `scope` labelled `label…`; fails when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T {
  const found = findControl<T>(scope, label);
  expect(found, `a control labelled "${label}…"`).to.be.instanceOf(Element);
  return found!;
}

/** The element a control's aria-describedby points at (its message). */
export function messageOf(el: Element, c: Element): HTMLElement {
  const id = c.getAttribute('aria-describedby');
  expect(id, 'aria-describedby').to.be.a('string').and.not.equal('');
  const found = root(el).getElementById(id!);
  expect(found, `#${id}`).to.be.instanceOf(Element);
  return found!;
}

/** A definition list's figures inside `scope`: dt text → dd text. */
export function facts(scope: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of scope.querySelectorAll('dt')) out[text(dt)] = text(dt.nextElementSibling);
  return out;
}

/** The amount in the row (part=line-item) inside `scope` whose text starts with `label`. */
export function rowAmount(scope: ParentNode, label: string): string {
  // The row's label without its discount chip: `1 × 100` is not `1 × 100,000`.
  const labelOf = (r: Element): string => {
    const first = r.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
    first?.querySelectorAll('.tag').forEach((n) => n.remove());
    return first ? text(first) : '';
  };
  const all = parts(scope, 'line-item');
  const exact = all.filter((r) => labelOf(r) === norm(label));
  const rows = exact.length > 0 ? exact : all.filter((r) => text(r).startsWith(norm(label)));
  expect(rows.length, `rows starting "${label}"`).to.equal(1);
  return text(rows[0]!.querySelector('[part~="line-item__price"]'));
}

/** Lets the element render, its events fire (they follow updateComplete) and render again. */
export async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** Focuses a text field, selects its text and types over it like a visitor (an empty string clears it). */
export async function typeInto(el: LitElement, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await settle(el);
}

/**
 * Pastes `value` over a text field's content as one edit (one input event, like a paste or an IME commit), so
 * no prefix of it is ever in the field (typing `12,34` key by key passes through the valid `12`).
 */
export async function pasteInto(el: LitElement, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  expect(document.execCommand('insertText', false, value), 'insertText').to.equal(true);
  expect(input.value).to.equal(value);
  await settle(el);
}

/** Picks an option of a native select as the browser does after a choice: set `.value`, dispatch input and change. */
export async function choose(el: LitElement, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  expect(select.value, `option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Records events of `type` reaching the document (so they must bubble and be composed). */
export function record<E extends Event>(type: string): { events: E[]; stop: () => void } {
  const events: E[] = [];
  const listener = (e: Event): void => {
    events.push(e as E);
  };
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

const MONEY = /^-?(?:CN)?¥[\d,]+\.\d{2}$/;

/**
 * Nothing broken on screen: no NaN, Infinity, undefined, null or [object …] in the shadow text, every row
 * amount is money or "free", and no figure is empty.
 */
export function expectSane(el: Element): void {
  const all = text(root(el));
  expect(all, 'shadow text').to.not.match(/NaN|Infinity|undefined|\bnull\b|\[object/);
  const free = [translation('en').free, translation('zh-CN').free];
  for (const price of parts(root(el), 'line-item__price')) {
    const shown = text(price);
    expect(shown, 'a row amount').to.not.equal('');
    if (!free.includes(shown)) expect(shown, 'a row amount').to.match(MONEY);
  }
  for (const figure of root(el).querySelectorAll('dd, .big')) expect(text(figure), 'a figure').to.not.equal('');
}

/** The focused element inside the shadow root. */
export const focused = (el: Element): Element | null => root(el).activeElement;

/** How a failure names an element: tag and label (chai would otherwise walk the whole element, and a shadow root's). */
const describeElement = (c: Element | null): string => (c === null ? 'nothing' : `${c.tagName.toLowerCase()}: ${labelOf(c)}`);

/** Expects `target` to have the focus inside the shadow root; a failure names both elements. */
export function expectFocus(el: Element, target: Element): void {
  expect(describeElement(focused(el)), 'focus').to.equal(describeElement(target));
  expect(focused(el) === target, 'focus on that very element').to.equal(true);
}
