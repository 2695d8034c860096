/**
 * The demo page is what sales show and what Lighthouse audits: axe must find nothing on it, in both themes
 * and both languages, with every disclosure open and a preset pressed (the states Lighthouse found two
 * demo-only problems in: aria-pressed landing on <html>, and the orange accent too dim on the dark page).
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';

// The axe build @open-wc/testing's a11y assertions use, loaded into the demo's own frame so it runs against
// that page's document and styles.
const AXE = '/node_modules/axe-core/axe.min.js';

async function demo(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = `/demo/index.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('idv-pricing-calculator');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return frame;
}

/** Runs axe inside the frame's own document (its own copy of axe, so it sees that page's styles). */
async function violations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & typeof globalThis & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = AXE;
    const ready = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    frame.contentDocument!.head.append(script);
    await ready;
  }
  const result = await win.axe!.run(frame.contentDocument!, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element in `root` and in the shadow roots below it, however deep (tools inside calculators). */
function deepAll(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepAll(el.shadowRoot) : [])]);
}

/** Opens every <details>, also in nested shadow roots, until opening one reveals no further closed ones. */
async function openAll(doc: Document): Promise<void> {
  for (let round = 0; round < 5; round++) {
    // localName, not instanceof: the frame's elements come from its own realm.
    const toOpen = deepAll(doc).filter((el): el is HTMLDetailsElement => el.localName === 'details' && !(el as HTMLDetailsElement).open);
    if (toOpen.length === 0) return;
    for (const d of toOpen) d.open = true;
    // The calculator renders a tool's element when its disclosure opens; wait for those to render.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(deepAll(doc).map((el) => (el as Updating).updateComplete));
  }
}

describe('the demo page under axe', () => {
  for (const query of ['?theme=light', '?theme=dark', '?theme=dark&lang=en', '?theme=light&lang=en']) {
    it(`should have no violation (${query}), also with every disclosure open and a preset pressed`, async () => {
      const frame = await demo(query);
      try {
        expect(await violations(frame)).to.deep.equal([]);
        const doc = frame.contentDocument!;
        doc.querySelector<HTMLButtonElement>('button[data-preset]')?.click();
        await openAll(doc);
        expect(doc.documentElement.hasAttribute('aria-pressed'), 'aria-pressed on <html>').to.equal(false);
        expect(await violations(frame)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
