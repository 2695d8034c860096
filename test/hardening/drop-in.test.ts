/**
 * The drop-in, dist/idv-pricing.js, as a host page uses it: one script tag. It loads only what the page shows
 * (the elements whose tags are on the page, in the page's language), finds tags added later, and survives
 * being loaded twice. Runs against the built files (`npm test` builds them first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame } from '../helpers/frame.js';

type Win = Window & typeof globalThis;

/** A same-origin page with the drop-in and `body`; resolves once `tag` is defined and has rendered. */
async function page(head: string, body: string, tag = 'idv-pricing-calculator'): Promise<HTMLIFrameElement> {
  const frame = await loadFrame({ width: 800, height: 900, srcdoc: `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>` });
  const win = frame.contentWindow as Win;
  await win.customElements.whenDefined(tag);
  await (frame.contentDocument!.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return frame;
}

const scripts = (frame: HTMLIFrameElement): string[] =>
  (frame.contentWindow as Win).performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'));

const DROP_IN = '<script type="module" src="/dist/idv-pricing.js"></script>';
const OTHERS = ['idv-estimate', 'idv-compare', 'idv-cost-chart', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar'];

describe('the drop-in script (built file)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('should load the calculator, in the page language only, and none of the other elements', async () => {
    frame = await page(DROP_IN, '<idv-pricing-calculator></idv-pricing-calculator>');
    const win = frame.contentWindow as Win;
    const el = frame.contentDocument!.querySelector('idv-pricing-calculator')!;
    expect(el.shadowRoot!.textContent).to.contain('¥');
    for (const tag of OTHERS) expect(win.customElements.get(tag), tag).to.equal(undefined);
    const loaded = scripts(frame);
    expect(loaded.some((p) => /\/chunks\/pricing-calculator-/.test(p))).to.equal(true);
    expect(loaded.some((p) => /\/chunks\/strings-zh-CN-calculator-/.test(p))).to.equal(true);
    expect(loaded.filter((p) => /\/chunks\/strings-en-/.test(p)), 'no English strings on a Chinese page').to.deep.equal([]);
    const others = loaded.filter((p) => /\/chunks\/(estimate|compare|cost-chart|quota-planner|refund-estimator|billing-calendar)-/.test(p));
    expect(others, 'no other element').to.deep.equal([]);
  });

  it('should load what is past the first screen after the first figures, without moving anything', async () => {
    // The page records the element's height in the first frame that shows a figure, and which scripts had
    // arrived by then; the details' body, the toolbar and the tools come after.
    const srcdoc = `<!doctype html><html lang="zh-CN"><head><script>
      (function poll() {
        const el = document.querySelector('idv-pricing-calculator');
        if (el && el.shadowRoot && /\\d\\.\\d\\d/.test(el.shadowRoot.textContent)) {
          window.__first = { height: el.getBoundingClientRect().height, scripts: performance.getEntriesByType('resource').map((e) => e.name) };
        } else requestAnimationFrame(poll);
      })();
      </script>${DROP_IN}</head><body><idv-pricing-calculator></idv-pricing-calculator><p id="after">below</p></body></html>`;
    const frame2 = await loadFrame({ width: 390, height: 900, srcdoc });
    frame = frame2;
    const win = frame2.contentWindow as Win & { __first?: { height: number; scripts: string[] } };
    // Not updateComplete first: asking for it loads the rest at once (a program that awaits it sees it all).
    await waitUntil(() => win.__first, 'a frame with figures', { timeout: 5000 });
    const el = frame2.contentDocument!.querySelector('idv-pricing-calculator')! as unknown as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete; // includes what loads after the first paint
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const first = win.__first!;
    expect(first, 'a first frame with figures').to.not.equal(undefined);
    expect(first.scripts.some((n) => /calculator-extras-/.test(n)), 'the extras are not needed for the first figures').to.equal(false);
    expect(scripts(frame2).some((p) => /calculator-extras-/.test(p)), 'and arrive afterwards').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="details"] .details-body')!.childElementCount).to.be.greaterThan(0);
    expect(el.getBoundingClientRect().height, 'the same height before and after').to.equal(first.height);
  });

  it('should define a tag the page adds later, and load English when an element asks for it', async () => {
    frame = await page(DROP_IN, '<idv-pricing-calculator></idv-pricing-calculator>');
    const win = frame.contentWindow as Win;
    const doc = frame.contentDocument!;
    const estimate = doc.createElement('idv-estimate');
    estimate.setAttribute('lang', 'en');
    doc.body.append(estimate);
    await win.customElements.whenDefined('idv-estimate');
    await (estimate as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(estimate.shadowRoot!.textContent).to.contain('CN¥');
    expect(scripts(frame).some((p) => /\/chunks\/strings-en-estimate-/.test(p))).to.equal(true);
  });

  it('should define every element on define(), and reject an unknown tag with a clear error', async () => {
    const api = (await import(/* @vite-ignore */ `${'/dist/idv-pricing.js'}`)) as { define: (...tags: string[]) => Promise<void>; TAGS: readonly string[] };
    expect(api.TAGS).to.deep.equal(['idv-pricing-calculator', ...OTHERS]);
    await api.define();
    for (const tag of api.TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    let error: unknown;
    await api.define('idv-nope').catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('no such element: idv-nope');
  });

  it('should load each element with the string namespaces it declares', async () => {
    const { define } = (await import(/* @vite-ignore */ `${'/dist/idv-pricing.js'}`)) as { define: () => Promise<void> };
    await define();
    const expected: Record<string, string[]> = {
      'idv-pricing-calculator': ['calculator'],
      'idv-estimate': ['calculator', 'calculator-more', 'estimate'],
      'idv-compare': ['calculator', 'calculator-more', 'compare'],
      'idv-cost-chart': ['cost-chart'],
      'idv-quota-planner': ['calculator', 'calculator-more', 'quota-planner'],
      'idv-refund-estimator': ['calculator', 'calculator-more', 'refund-estimator'],
      'idv-billing-calendar': ['billing-calendar'],
    };
    for (const [tag, namespaces] of Object.entries(expected)) {
      expect((customElements.get(tag) as unknown as { namespaces: string[] }).namespaces, tag).to.deep.equal(namespaces);
    }
  });

  it('should work when a page loads it twice, with one definition and no error', async () => {
    const errors: string[] = [];
    frame = await page(
      `<script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script>${DROP_IN}` +
        '<script type="module" src="/dist/idv-pricing.js?copy=2"></script>',
      '<idv-pricing-calculator volume="12000" period="month"></idv-pricing-calculator>',
    );
    const win = frame.contentWindow as Win & { __errors: string[] };
    await new Promise((resolve) => setTimeout(resolve, 100));
    errors.push(...win.__errors);
    expect(errors).to.deep.equal([]);
    expect(frame.contentDocument!.querySelector('idv-pricing-calculator')!.shadowRoot!.textContent).to.contain('¥12,000.00');
  });
});
