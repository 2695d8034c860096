/**
 * Properties set to null or undefined from code (a framework clearing a binding, `el.volume = data.v` with
 * no data): every public property of every element, read from custom-elements.json, behaves as if its
 * attribute were removed. Nothing throws, and the element shows exactly what a fresh element shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { collectErrors } from '../helpers/dom.js';
import { manifestElements } from '../helpers/manifest.js';

const elements = await manifestElements();

type Updating = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** What a visitor sees: the shadow root's text, whitespace collapsed. */
const seen = (el: HTMLElement): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('properties set to null or undefined from code', () => {
  it('should find all seven elements and their properties in the manifest', () => {
    expect(elements.map((e) => e.tag).sort()).to.have.length(7);
    for (const e of elements) expect(e.fields, e.tag).to.include('lang');
  });

  for (const { tag, fields } of elements) {
    for (const empty of [null, undefined]) {
      it(`<${tag}>: each of ${fields.length} properties set to ${String(empty)} shows what a fresh element shows`, async () => {
        const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        const fresh = document.createElement(tag) as Updating;
        host.append(fresh);
        await fresh.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await fresh.updateComplete;
        const expected = seen(fresh);
        expect(expected).to.match(/\S/);
        for (const field of fields) {
          const el = document.createElement(tag) as Updating;
          host.append(el);
          await el.updateComplete;
          const errors = await collectErrors(async () => {
            el[field] = empty;
            await el.updateComplete;
            // The chart measures its width a frame after it draws and places its labels the frame after (as for the
            // fresh one above); the other elements show everything once their update is complete.
            if (tag === 'idv-cost-chart') await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            await el.updateComplete;
          });
          expect(errors.map(String), `${tag}.${field} = ${String(empty)}`).to.deep.equal([]);
          expect(seen(el), `${tag}.${field} = ${String(empty)}`).to.equal(expected);
          // A default of null (rules, packs) may read back as undefined: both mean "none".
          expect(el[field] ?? null, `${tag}.${field} reads back its default`).to.deep.equal(fresh[field] ?? null);
          el.remove();
        }
      });

      it(`<${tag}>: each property set to ${String(empty)} before the element is connected shows what a fresh element shows`, async () => {
        const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        const fresh = document.createElement(tag) as Updating;
        host.append(fresh);
        await fresh.updateComplete;
        for (const field of fields) {
          const el = document.createElement(tag) as Updating;
          const errors = await collectErrors(async () => {
            el[field] = empty;
            host.append(el);
            await el.updateComplete;
            // The chart places its axis labels once it knows its width (a frame after connecting).
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            await el.updateComplete;
          });
          expect(errors.map(String), `${tag}.${field} = ${String(empty)} before connecting`).to.deep.equal([]);
          expect(seen(el), `${tag}.${field} = ${String(empty)} before connecting`).to.equal(seen(fresh));
          expect(el[field] ?? null, `${tag}.${field} reads back its default`).to.deep.equal(fresh[field] ?? null);
          el.remove();
        }
      });
    }
  }
});

describe('defaults in a scoped custom element registry (two versions side by side)', () => {
  it('should restore a nulled property for a calculator defined only in a scoped registry, under another tag', async () => {
    type ScopedApi = {
      CustomElementRegistry: new () => CustomElementRegistry;
    };
    const registry = new (window as unknown as ScopedApi).CustomElementRegistry();
    const Calculator = customElements.get('idv-pricing-calculator')!;
    registry.define('scoped-pricing-calculator', class extends Calculator {});
    const create = document.createElement.bind(document) as (tag: string, options: object) => HTMLElement;
    const el = create('scoped-pricing-calculator', { customElementRegistry: registry }) as Updating;
    expect(el.constructor, 'created from the scoped registry').to.not.equal(HTMLElement);
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    host.append(el);
    await el.updateComplete;
    const before = seen(el);
    const errors = await collectErrors(async () => {
      el.volume = '20000';
      await el.updateComplete;
      el.volume = null;
      await el.updateComplete;
    });
    expect(errors.map(String)).to.deep.equal([]);
    expect(el.volume).to.equal('10000');
    expect(seen(el)).to.equal(before);
  });
});
