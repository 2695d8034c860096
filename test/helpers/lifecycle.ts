/**
 * Helpers for the pack lifecycle elements' browser tests (<idv-quota-planner>, <idv-refund-estimator>,
 * <idv-billing-calendar>): find what a visitor sees in the shadow DOM by its label or part, and type, pick
 * dates and click like a visitor.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** Collapses whitespace (template indentation, NBSP from Intl) so texts compare as a visitor reads them. */
export const norm = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The normalised text of a node. */
export const text = (node: Node | null | undefined): string => norm(node?.textContent ?? '');

export const root = (el: LitElement): ShadowRoot => el.shadowRoot!;

/** Every element exposing the part (`part~=`). */
export const parts = (el: LitElement, name: string): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** The one element exposing the part; fails when there is none. */
export function part(el: LitElement, name: string): HTMLElement {
  const found = parts(el, name)[0];
  expect(found, `part="${name}"`).to.be.instanceOf(Element);
  return found!;
}

/** What a control is called: its aria-label, else its labels' text. */
export function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return norm(aria);
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) return norm([...labels].map((l) => l.textContent ?? '').join(' '));
  // A button names itself with its text, less what is hidden from assistive technology.
  const copy = control.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return control.tagName === 'BUTTON' ? text(copy) : '';
}

/** Every form control in the shadow root. */
export const controls = (el: LitElement): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('input, select, textarea, button')];

/** The control whose label is `label` (or, failing that, starts with it), or null; fails when several match. */
export function findControl<T extends HTMLElement = HTMLInputElement>(el: LitElement, label: string): T | null {
  const all = controls(el);
  const exact = all.filter((c) => labelOf(c) === norm(label));
  const matches = exact.length > 0 ? exact : all.filter((c) => labelOf(c).startsWith(norm(label)));
  expect(matches.length, `controls labelled "${label}…": ${matches.map(labelOf).join(' | ')}`).to.be.at.most(1);
  return (matches[0] as T | undefined) ?? null;
}

/** The control labelled `label`; fails when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(el: LitElement, label: string): T {
  const found = findControl<T>(el, label);
  expect(found, `a control labelled "${label}"`).to.be.instanceOf(Element);
  return found!;
}

/** The text a control's aria-describedby points at (its hint or error message). */
export function messageOf(el: LitElement, c: Element): string {
  const id = c.getAttribute('aria-describedby');
  expect(id, 'aria-describedby').to.be.a('string').and.not.equal('');
  const found = root(el).getElementById(id!);
  expect(found, `#${id}`).to.be.instanceOf(Element);
  return text(found);
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
 * Types an ISO date into a native date input, segment by segment, in the order the browser's locale shows
 * them (month/day/year for en-US), as a visitor does with the keyboard.
 */
export async function typeDate(el: LitElement, input: HTMLInputElement, iso: string): Promise<void> {
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
export async function clearDate(el: LitElement, input: HTMLInputElement): Promise<void> {
  input.focus();
  await sendKeys({ press: 'Backspace' });
  await settle(el);
  expect(input.value).to.equal('');
}

/** Picks an option of a native select with the keyboard: focus, then arrow keys until it is selected. */
export async function choose(el: LitElement, select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((o) => o.value === value);
  expect(target, `option ${value}`).to.be.at.least(0);
  select.focus();
  while (select.selectedIndex !== target) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
    await settle(el);
  }
  expect(select.value).to.equal(value);
}

/** Records events of one type reaching the document (so they must bubble and be composed). */
export function record<T extends Event>(type: string): { events: T[]; stop: () => void } {
  const events: T[] = [];
  const listener = (e: Event): void => {
    events.push(e as T);
  };
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/** The control focused inside the element's shadow root, described for an assertion. */
export function focused(el: LitElement): string {
  const active = root(el).activeElement;
  if (!active) return 'nothing';
  if (active.tagName === 'SUMMARY') return `summary: ${text(active)}`;
  return `${active.tagName.toLowerCase()}: ${labelOf(active)}`;
}

/** Nothing broken on screen: no NaN, Infinity, undefined, null or [object …] in the shadow text. */
export function expectSane(el: LitElement): void {
  expect(text(root(el)), 'shadow text').to.not.match(/NaN|Infinity|undefined|\bnull\b|\[object/);
}
