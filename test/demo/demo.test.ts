/**
 * The demo page is what sales show and what Lighthouse audits: axe must find nothing on it, in both themes
 * and both languages, with every disclosure open and a preset pressed (the states Lighthouse found two
 * demo-only problems in: aria-pressed landing on <html>, and the orange accent too dim on the dark page).
 * It also shows the calculator's three uses: the default marketing hero with a call to action, the
 * read-only docs view, and the sales view with the toolbar and tools on the first screen.
 *
 * Depth (test/helpers/depth.ts): `npm run test:deep` runs axe on all four theme and language pairs; `npm test`
 * on two (light zh-CN, dark en), so each theme and each language is checked.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { halfOf } from '../helpers/depth.js';

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
  // Each calculator's updateComplete includes what it loads past its first screen (details, toolbar, tools).
  const calculators = [...frame.contentDocument!.querySelectorAll('idv-pricing-calculator')] as unknown as { updateComplete: Promise<unknown> }[];
  await Promise.all(calculators.map((c) => c.updateComplete));
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
  // `npm test` checks two of the four (each theme once, each language once); `npm run test:deep` all four.
  for (const query of halfOf(['?theme=light', '?theme=dark', '?theme=dark&lang=en', '?theme=light&lang=en'], 0)) {
    it(`should have no violation (${query}), also with every disclosure open and a preset pressed`, async function () {
      // Three calculators with every tool open, the planning elements and two axe runs over all of it: about
      // 3 s alone, but several times that on a machine busy with other test runs.
      this.timeout(40000);
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

type Calculator = HTMLElement & { shareString: string; updateComplete: Promise<unknown> };

function calculator(frame: HTMLIFrameElement, id: string): Calculator {
  const el = frame.contentDocument!.getElementById(id) as Calculator | null;
  expect(el, `#${id}`).to.not.equal(null);
  return el!;
}

/** Whether `el` sits inside the calculator's "details" disclosure (i.e. not on the first screen). */
const inDetails = (el: Element): boolean => el.closest('details[part~="details"]') !== null;

describe('the demo page shows the three uses', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const edit = lang === 'en' ? 'Try your own numbers' : '改成我的用量';

    it(`docs (${lang}): the read-only calculator has no text input until "${edit}" is pressed`, async () => {
      const frame = await demo(`?theme=light&lang=${lang}`);
      try {
        const docs = calculator(frame, 'docs-calc');
        const root = docs.shadowRoot!;
        expect(docs.hasAttribute('readonly')).to.equal(true);
        expect(root.querySelectorAll('input[type="text"]').length, 'text inputs before').to.equal(0);
        expect(root.querySelector('[part~="scenario"]'), 'the scenario as text').to.not.equal(null);
        const button = root.querySelector<HTMLButtonElement>('button[part~="edit-button"]');
        expect(button?.textContent?.trim()).to.equal(edit);
        button!.click();
        await docs.updateComplete;
        const inputs = [...root.querySelectorAll<HTMLInputElement>('input[type="text"]')];
        expect(inputs.length, 'text inputs after').to.be.greaterThan(0);
        expect(root.activeElement, 'focus moves to the volume').to.equal(inputs[0]);
      } finally {
        frame.remove();
      }
    });

    it(`sales (${lang}): the toolbar and the tools are on the first screen, the hero keeps them in details`, async () => {
      const frame = await demo(`?theme=light&lang=${lang}`);
      try {
        const sales = calculator(frame, 'sales-calc').shadowRoot!;
        const toolbars = [...sales.querySelectorAll('[part~="toolbar"]')];
        expect(toolbars.length, 'one toolbar').to.equal(1);
        expect(inDetails(toolbars[0]!), 'the toolbar outside details').to.equal(false);
        const firstScreen = [...sales.querySelectorAll('[part~="tools"]')].filter((t) => !inDetails(t));
        expect(firstScreen.flatMap((t) => [...t.querySelectorAll('details')]).length, 'six tools on the first screen').to.equal(6);
        // The marketing hero is the default: its toolbar and tools wait inside "details".
        const hero = calculator(frame, 'hero').shadowRoot!;
        const heroBars = [...hero.querySelectorAll('[part~="toolbar"]')];
        expect(heroBars.length > 0 && heroBars.every(inDetails), "the hero's toolbar inside details").to.equal(true);
        expect([...hero.querySelectorAll('[part~="tools"]')].every(inDetails), "the hero's tools inside details").to.equal(true);
      } finally {
        frame.remove();
      }
    });

    it(`marketing (${lang}): the call to action carries the encoded scenario to #contact`, async () => {
      const frame = await demo(`?theme=light&lang=${lang}`);
      try {
        const hero = calculator(frame, 'hero');
        const link = hero.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="cta"]');
        expect(link, 'the CTA link').to.not.equal(null);
        const href = link!.getAttribute('href')!;
        const prefix = '#contact?quote=';
        expect(href.startsWith(prefix), href).to.equal(true);
        expect(href.slice(prefix.length)).to.equal(encodeURIComponent(hero.shareString));
        expect(hero.shareString.startsWith('v1;app:'), hero.shareString).to.equal(true);
        // The slot's default text, in the page's language.
        expect(link!.textContent?.trim() || link!.querySelector('slot')?.textContent?.trim()).to.equal(
          lang === 'en' ? 'Contact sales with this quote' : '带上此报价联系销售',
        );
        link!.click();
        const quote = frame.contentDocument!.querySelector('#contact-quote');
        for (let i = 0; i < 20 && quote?.textContent !== hero.shareString; i++) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(quote?.textContent, 'the contact section shows the scenario').to.equal(hero.shareString);
        expect(frame.contentDocument!.activeElement?.id).to.equal('contact');
      } finally {
        frame.remove();
      }
    });
  }
});
