/**
 * Values of every kind from code, as frameworks and plain JavaScript send them: Vue's `:volume="12000"` and
 * React's `volume={12000}` send numbers, a slip sends an object. Every public property of every element
 * (read from custom-elements.json) is walked with each kind, set before and after connecting:
 * - nothing throws out of the element, and nothing of the value (NaN, [object Object]) reaches the screen;
 * - a number (or bigint) is read as its decimal text: the element shows what the same text shows;
 * - after a value of the wrong kind, the next good value works (the element shows what a fresh one shows).
 *
 * Depth (test/helpers/depth.ts): `npm run test:deep` sets every wrong kind in every connected property; `npm
 * test` every other kind, the next property the others.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { halfOf } from '../helpers/depth.js';
import { collectErrors } from '../helpers/dom.js';
import { manifestElements } from '../helpers/manifest.js';

const elements = await manifestElements();

type Updating = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** Values of no kind a field can read, each built fresh (a revoked Proxy, a getter that throws …). */
function wrongKinds(): [string, () => unknown][] {
  return [
    ['NaN', () => NaN],
    ['Infinity', () => Infinity],
    ['-Infinity', () => -Infinity],
    ['true', () => true],
    ['false', () => false],
    ['an object', () => ({ volume: '1' })],
    ['an array', () => [12000]],
    ['a symbol', () => Symbol('12000')],
    ['a function', () => () => 12000],
    [
      'an object whose toString and valueOf throw',
      () => ({
        toString(): string {
          throw new Error('toString');
        },
        valueOf(): number {
          throw new Error('valueOf');
        },
      }),
    ],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    [
      'a Proxy whose every trap throws',
      () =>
        new Proxy([], {
          get() {
            throw new Error('get');
          },
          has() {
            throw new Error('has');
          },
          ownKeys() {
            throw new Error('ownKeys');
          },
          getPrototypeOf() {
            throw new Error('getPrototypeOf');
          },
        }),
    ],
  ];
}

/**
 * What a visitor sees: the shadow root's text and every control's value, whitespace collapsed. The live
 * region is left out: what it says depends on what was edited before (its own specs check it).
 */
function seen(el: HTMLElement): string {
  const live = el.shadowRoot!;
  const root = document.createDocumentFragment();
  for (const child of live.childNodes) root.append(child.cloneNode(true));
  root.querySelectorAll('[role="status"][aria-live]').forEach((n) => n.remove());
  const values = [...live.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((c) =>
    c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio') ? String(c.checked) : c.value,
  );
  return `${root.textContent ?? ''} | ${values.join(' | ')}`.replace(/\s+/g, ' ').trim();
}

const BROKEN = /NaN|Infinity|undefined|\bnull\b|\[object|Symbol\(|=>|\bfunction\b/;

/** Lets an update render; the chart also needs three frames (its width is measured after it draws, then its labels laid out). */
async function settled(el: Updating): Promise<void> {
  await el.updateComplete;
  if (el.localName === 'idv-cost-chart') await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await el.updateComplete;
}

const NUMBERS = [
  [12000, '12000'],
  [85, '85'],
  [0.5, '0.5'],
  [1e21, '1000000000000000000000'],
  [12000n, '12000'],
] as const;

/**
 * Connected elements are reused: each value is set, checked, and replaced by the default, which must bring
 * back exactly what a fresh element shows. Before connecting, each property gets one value, the kinds taken
 * in turn across the properties, so every kind is tried before connecting too while the walk stays quick.
 */
describe('properties set from code to values of every kind', () => {
  it('should find all seven elements and their properties in the manifest', () => {
    expect(elements.map((e) => e.tag).sort()).to.have.length(7);
  });

  for (const { tag, fields } of elements) {
    it(`<${tag}>: a value of the wrong kind in any property throws nothing and shows nothing of it; the next good value works`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const el = document.createElement(tag) as Updating;
      host.append(el);
      await settled(el);
      const expected = seen(el);
      const defaults = Object.fromEntries(fields.map((f) => [f, el[f]]));
      let turn = 0;
      for (const [f, field] of fields.entries()) {
        // In `npm test` each property gets every other kind, the next property the others (test/helpers/depth.ts).
        for (const [kind, make] of halfOf(wrongKinds(), f % 2)) {
          const what = `${tag}.${field} = ${kind}`;
          const errors = await collectErrors(async () => {
            el[field] = make();
            await settled(el);
          });
          expect(errors.map(String), what).to.deep.equal([]);
          expect(seen(el), what).to.not.match(BROKEN);
          const next = await collectErrors(async () => {
            el[field] = defaults[field];
            await settled(el);
          });
          expect(next.map(String), `${what}, then its default again`).to.deep.equal([]);
          expect(seen(el), `${what}, then its default again`).to.equal(expected);
        }
        // Before connecting: one kind per property, in turn.
        const [kind, make] = wrongKinds()[turn++ % wrongKinds().length]!;
        const what = `${tag}.${field} = ${kind} before connecting`;
        const early = document.createElement(tag) as Updating;
        const errors = await collectErrors(async () => {
          early[field] = make();
          host.append(early);
          await settled(early);
        });
        expect(errors.map(String), what).to.deep.equal([]);
        expect(seen(early), what).to.not.match(BROKEN);
        early[field] = defaults[field];
        await settled(early);
        expect(seen(early), `${what}, then its default again`).to.equal(expected);
        early.remove();
      }
    });

    it(`<${tag}>: a number in any text property reads and shows as its decimal text`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const asText = document.createElement(tag) as Updating;
      const asNumber = document.createElement(tag) as Updating;
      host.append(asText, asNumber);
      await settled(asText);
      await settled(asNumber);
      const textFields = fields.filter((f) => typeof asText[f] === 'string');
      expect(textFields.length, `${tag} has text properties`).to.be.greaterThan(1);
      let turn = 0;
      for (const field of textFields) {
        const initial = asText[field];
        for (const [n, decimal] of NUMBERS) {
          const what = `${tag}.${field} = ${String(n)}`;
          asText[field] = decimal;
          await settled(asText);
          const errors = await collectErrors(async () => {
            asNumber[field] = n;
            await settled(asNumber);
          });
          expect(errors.map(String), what).to.deep.equal([]);
          expect(asNumber[field], `${what} reads back`).to.equal(asText[field]);
          expect(seen(asNumber), what).to.equal(seen(asText));
        }
        asText[field] = initial;
        asNumber[field] = initial;
        // Before connecting: one number per property, in turn.
        const [n, decimal] = NUMBERS[turn++ % NUMBERS.length]!;
        const early = [document.createElement(tag), document.createElement(tag)] as [Updating, Updating];
        early[0][field] = decimal;
        early[1][field] = n;
        const errors = await collectErrors(async () => {
          host.append(...early);
          await settled(early[0]);
          await settled(early[1]);
        });
        expect(errors.map(String), `${tag}.${field} = ${String(n)} before connecting`).to.deep.equal([]);
        expect(seen(early[1]), `${tag}.${field} = ${String(n)} before connecting`).to.equal(seen(early[0]));
        early.forEach((e) => e.remove());
      }
    });
  }
});
