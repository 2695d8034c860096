/**
 * No jump while the drop-in loads: a host page with the README's reserve CSS shows the undefined tag at a
 * reserved height; once the built file defines and renders the element, the content below it moves by
 * less than ALLOWED px, from a 320 px docs column to a 1440 px section, in both locales. Without the
 * lines, the same measure shows the whole height of the element as the jump.
 */
import { expect } from '@open-wc/testing';
import { PLAN_IDS } from '../../src/engine/index.js';
import { loadFrame } from '../helpers/frame.js';

const ALLOWED = 160;

/** The CSS between the README's reserve-css markers: the lines a host copies are the lines tested. */
async function readmeReserveCss(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = /<!-- reserve-css -->\s*```css\n([\s\S]*?)```\s*<!-- \/reserve-css -->/.exec(readme);
  if (!block) throw new Error('README.md has no reserve-css block');
  return block[1]!;
}

/**
 * Loads a host page `width` px wide, returns where the paragraph after the element was before loading, once it
 * rendered, and the highest it got in between (read every frame while the element loads).
 */
async function jump(width: number, lang: string, css: string, attributes = ''): Promise<{ before: number; after: number; highest: number }> {
  const frame = await loadFrame({
    width,
    height: 800,
    borderless: true,
    srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <style>body { margin: 0; font-family: system-ui, sans-serif; } ${css}</style></head>
    <body><idv-pricing-calculator ${attributes}></idv-pricing-calculator><p id="after">Host content below the calculator.</p></body></html>`,
  });
  try {
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const top = () => doc.getElementById('after')!.getBoundingClientRect().top;
    const before = top();
    let highest = before;
    let loading = true;
    const watch = (): void => {
      highest = Math.min(highest, top());
      if (loading) win.requestAnimationFrame(watch);
    };
    win.requestAnimationFrame(watch);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/idv-pricing.js';
    doc.head.append(script);
    await win.customElements.whenDefined('idv-pricing-calculator');
    await (doc.querySelector('idv-pricing-calculator') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    loading = false;
    return { before, after: top(), highest: Math.min(highest, top()) };
  } finally {
    frame.remove();
  }
}

describe('no layout shift while the drop-in loads (README reserve CSS, built file)', () => {
  for (const lang of ['en', 'zh-CN']) {
    for (const width of [320, 400, 560, 760, 1000, 1440]) {
      it(`should move host content below by at most ${ALLOWED} px at ${width} px (${lang})`, async () => {
        const { before, after } = await jump(width, lang, await readmeReserveCss());
        expect(before, 'height reserved before loading').to.be.greaterThan(500);
        expect(Math.abs(after - before), `reserved ${before} px, rendered ${after} px`).to.be.at.most(ALLOWED);
      });
    }
  }

  // The formula is fitted to the default plan (App SDK: photo storage, the tallest form). Other plans and
  // the README's example are shorter; the reserve still takes away most of the jump.
  const OTHERS = [...PLAN_IDS.map((plan) => `plan="${plan}"`), 'lang="zh-CN" plan="app" volume="1.2万" period="month"'];
  for (const attributes of OTHERS) {
    it(`should take away at least two thirds of the jump for ${attributes} at 320, 760 and 1200 px`, async () => {
      const css = await readmeReserveCss();
      for (const width of [320, 760, 1200]) {
        // The element starts at the top of the page: the paragraph's new top is the element's height.
        const { before, after } = await jump(width, 'en', css, attributes);
        expect(Math.abs(after - before), `${width} px: reserved ${before} px, rendered ${after} px`).to.be.at.most(after / 3);
      }
    });
  }

  // These wait for the calculator's details before their first render: the element is defined a while before
  // it shows anything, and the reserve holds its place until it has rendered (:state(rendered)), not only until
  // it is defined; else the content below jumps up to the top and back.
  for (const attributes of ['sync-url', 'scenario="v1;app:2万/month"', 'tools="chart"', 'toolbar']) {
    it(`should keep the place while a calculator with ${attributes} is defined and loading its details`, async () => {
      const { before, after, highest } = await jump(400, 'en', await readmeReserveCss(), attributes);
      expect(before - highest, `the content below rose from ${before} px to ${highest} px while loading`).to.be.at.most(ALLOWED);
      expect(after, 'rendered').to.be.greaterThan(400);
    });
  }

  it('should be measuring something: without the reserve CSS the jump is the element’s whole height', async () => {
    const { before, after } = await jump(400, 'en', '');
    expect(before).to.be.below(40);
    expect(after - before).to.be.greaterThan(800);
  });
});
