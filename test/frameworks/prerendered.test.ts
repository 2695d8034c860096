/**
 * Pages rewritten by `idv-pricing prerender` (from test/frameworks/prerender-pages/, run with npx in the packed
 * consumer project by scripts/packed-prerender.mjs), opened in Chromium as a visitor would: with scripts off
 * (the server's figures, styled), with the drop-in taking over (no layout shift, no console error, the same
 * figures, then typing like any instance, and what a visitor typed before the script arrived kept), and under
 * the strict CSP with and without the `style-src` hashes the command printed.
 *
 * Each page loads test/frameworks/prerender-probe.js first (layout shifts, console errors, CSP violations from
 * the start) and prerender-snapshot.js last in its body (the page as the server's HTML shows it, before any
 * module script runs).
 */
import { expect } from '@open-wc/testing';
import '../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import { engineQuote, expectFigures, typeInto } from '../helpers/calculator.js';
import { norm } from '../helpers/dom.js';
import { loadFrame } from '../helpers/frame.js';
import { formatMoney } from '../../src/i18n/format.js';

const DIR = '/.cache/frameworks/packed/prerendered';
const DROP_IN = '<script type="module" src="/dist/idv-pricing.js"></script>';
const STRICT = "default-src 'self'; require-trusted-types-for 'script'";
const TAGS = ['idv-pricing-calculator', 'idv-estimate', 'idv-compare', 'idv-cost-chart', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar'];
/** The largest layout shift score the takeover may add (the issue: under 0.01). */
const CLS_CEILING = 0.01;

interface Probe {
  readonly shifts: number[];
  readonly errors: string[];
  readonly violations: string[];
}
interface Snapshot {
  readonly tag: string;
  readonly defined: boolean;
  readonly shadowRoot: boolean;
  readonly text: string;
  readonly styled: boolean;
  readonly height: number;
}
type FrameWindow = Window & typeof globalThis & { __probe?: Probe; __beforeScript?: Snapshot[] };
type Updating = Element & { updateComplete: Promise<unknown> };

/**
 * The packing step (beside the test runner in `npm test`) writes its prerender report last, once the pages are
 * in place; scripts/test.mjs removes the report and the pages before it starts, so none are last run's.
 */
let written: Promise<boolean> | null = null;
function prerenderWritten(): Promise<boolean> {
  written ??= (async () => {
    let response = await fetch('/.cache/frameworks/packed/prerender-report.json', { method: 'HEAD', cache: 'no-store' });
    for (let waited = 0; !response.ok && waited < 120000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await fetch('/.cache/frameworks/packed/prerender-report.json', { method: 'HEAD', cache: 'no-store' });
    }
    return response.ok;
  })();
  return written;
}

/** The command's output file `name`. */
async function prerendered(name: string): Promise<string> {
  expect(await prerenderWritten(), '.cache/frameworks/packed/prerender-report.json (scripts/packed-prerender.mjs)').to.equal(true);
  const response = await fetch(`${DIR}/${name}`, { cache: 'no-store' });
  expect(response.ok, `${DIR}/${name} (npx idv-pricing prerender, scripts/packed-prerender.mjs)`).to.equal(true);
  return response.text();
}

interface PageOptions {
  /** Scripts off: a frame sandboxed without allow-scripts. */
  readonly scriptsOff?: boolean;
  /** Without the page's drop-in tag (a test adds it later). */
  readonly withoutDropIn?: boolean;
  /** A Content-Security-Policy for the page (a meta tag first in its head). */
  readonly policy?: string;
  /** A stylesheet for the host page (an inline `<style>` in its head). */
  readonly css?: string;
  readonly width?: number;
}

/** Opens the prerendered page `name` in a frame, with the probes; resolves once it has loaded. */
async function open(name: string, options: PageOptions = {}): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  let page = await prerendered(name);
  expect(page, `${name} loads the drop-in`).to.contain(DROP_IN);
  if (options.withoutDropIn) page = page.replace(DROP_IN, '');
  const csp = options.policy ? `<meta http-equiv="Content-Security-Policy" content="${options.policy}">` : '';
  const css = options.css ? `<style>${options.css}</style>` : '';
  page = page.replace('<head>', `<head>${csp}<script src="/test/frameworks/prerender-probe.js"></script>${css}`);
  page = page.replace('</body>', '<script src="/test/frameworks/prerender-snapshot.js"></script></body>');
  const frame = await loadFrame({
    width: options.width ?? 390,
    height: 1600,
    borderless: true,
    srcdoc: page,
    ...(options.scriptsOff ? { sandbox: 'allow-same-origin' } : {}),
  });
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const frames = (win: Window, n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => void (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** Waits until the drop-in has defined and rendered every idv element in the page, then for two more frames. */
async function takenOver(win: FrameWindow, doc: Document): Promise<void> {
  const elements = TAGS.flatMap((tag) => [...doc.querySelectorAll(tag)]) as Updating[];
  await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
  for (const el of elements) await el.updateComplete;
  await frames(win, 2);
}

/** A shadow root's text without its stylesheets' text. */
function shownText(root: ShadowRoot): string {
  const copy = document.createElement('div');
  copy.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
  copy.querySelectorAll('style').forEach((s) => s.remove());
  return norm(copy.textContent ?? '');
}

/** The server's inline `<style>` elements left in a shadow root: none once the element's own render replaced them. */
const inlineStyles = (el: Element): number => el.shadowRoot!.querySelectorAll('style').length;

const defaults = document.createElement('idv-pricing-calculator') as IdvPricingCalculator;
const calculatorQuote = (volume: string) => engineQuote({ plan: defaults.plan, period: defaults.period, volume });

describe('prerendered pages (idv-pricing prerender, packed) in Chromium', function () {
  this.timeout(130000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it("should show the calculator's figures, styled and in the page's language, with scripts off", async () => {
    const page = await open('calculator.html', { scriptsOff: true });
    frame = page.frame;
    const el = page.doc.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
    expect(page.win.customElements.get('idv-pricing-calculator'), 'no script ran').to.equal(undefined);
    expect(el.shadowRoot, 'the declarative shadow root').to.not.equal(null);
    // zh-CN: the element has no lang; the page says zh-CN, and the command rendered in it.
    expectFigures(el, calculatorQuote('12000'), 'zh-CN');
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(page.win.getComputedStyle(base).paddingTop, 'its styles apply').to.not.equal('0px');
    // The page's own link fills the cta slot: the server knew (prerenderHtml reads the host's children), so it
    // shows before any script, where the browser's render puts it.
    expect(el.querySelector('a[slot="cta"]')!.getBoundingClientRect().height, "the page's own call to action, shown").to.be.greaterThan(0);
  });

  it('should show every element with its figures and styles with scripts off', async () => {
    const page = await open('elements.html', { scriptsOff: true });
    frame = page.frame;
    for (const tag of TAGS) {
      const el = page.doc.querySelector(tag)!;
      expect(el.shadowRoot, `${tag}'s declarative shadow root`).to.not.equal(null);
      const text = shownText(el.shadowRoot!);
      expect(text.length, `${tag} shows its render`).to.be.greaterThan(100);
      expect(text, tag).to.not.match(/NaN|undefined|Infinity|\[object/);
      expect(page.win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).paddingTop, `${tag} styled`).to.not.equal('0px');
    }
  });

  it('should take the calculator over with no layout shift, no console error and the same figures, then answer typing', async () => {
    const page = await open('calculator.html');
    frame = page.frame;
    const el = page.doc.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
    const before = page.win.__beforeScript!;
    expect(before[0]!.defined, 'the snapshot was taken before the drop-in ran').to.equal(false);
    expect(before[0]!.text, 'the server\'s figures, before any script').to.contain(norm(formatMoney(calculatorQuote('12000').totals.bestYear, 'zh-CN')));
    expect(before[0]!.styled, 'styled before any script').to.equal(true);
    await takenOver(page.win, page.doc);
    expect(inlineStyles(el), 'the server\'s content replaced by the element\'s own render').to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]'), 'rendered once, not beside the server\'s copy').to.have.length(1);
    expectFigures(el, calculatorQuote('12000'), 'zh-CN');
    expect(el.getBoundingClientRect().height, 'the same height as the server\'s HTML').to.be.closeTo(before[0]!.height, 0.5);
    const probe = page.win.__probe!;
    const shift = probe.shifts.reduce((a, b) => a + b, 0);
    expect(shift, `layout shift while taking over (${probe.shifts.join(', ')})`).to.be.below(CLS_CEILING);
    expect(probe.errors, 'console errors and warnings').to.deep.equal([]);
    const volume = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    await typeInto(el, volume, '5万');
    expectFigures(el, calculatorQuote('50000'), 'zh-CN');
  });

  it('should keep what a visitor typed into the server\'s HTML before the script arrived, and the focus', async () => {
    const page = await open('calculator.html', { withoutDropIn: true });
    frame = page.frame;
    const el = page.doc.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
    // The visitor types into the server's volume field while the script is on its way (no script handles it yet).
    const serverVolume = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    serverVolume.focus();
    serverVolume.value = '5万';
    serverVolume.setSelectionRange(1, 1);
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/idv-pricing.js';
    page.doc.head.append(script);
    await takenOver(page.win, page.doc);
    await el.updateComplete;
    const volume = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    expect(volume, 'the element\'s own field').to.not.equal(serverVolume);
    expect(volume.value, 'what the visitor typed').to.equal('5万');
    expect(el.shadowRoot!.activeElement, 'the focus stays in the volume field').to.equal(volume);
    expect([volume.selectionStart, volume.selectionEnd], 'the caret where it was').to.deep.equal([1, 1]);
    expectFigures(el, calculatorQuote('50000'), 'zh-CN');
  });

  it("should take no height from the README's reserve CSS, with scripts off or while the script loads", async () => {
    const readme = await (await fetch('/README.md')).text();
    const reserve = /<!-- reserve-css -->\s*```css\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(reserve, "README.md's reserve-css block").to.be.a('string');
    const height = async (options: PageOptions): Promise<number> => {
      const page = await open('calculator.html', options);
      try {
        return page.doc.querySelector('idv-pricing-calculator')!.getBoundingClientRect().height;
      } finally {
        page.frame.remove();
      }
    };
    const plain = await height({ scriptsOff: true });
    expect(await height({ scriptsOff: true, css: reserve! }), 'scripts off, with the reserve rule').to.be.closeTo(plain, 0.5);
    const page = await open('calculator.html', { css: reserve! });
    frame = page.frame;
    expect(page.win.__beforeScript![0]!.height, 'before the script, with the reserve rule').to.be.closeTo(plain, 0.5);
    await takenOver(page.win, page.doc);
    const probe = page.win.__probe!;
    expect(probe.shifts.reduce((a, b) => a + b, 0), `layout shift (${probe.shifts.join(', ')})`).to.be.below(CLS_CEILING);
  });

  for (const width of [390, 1000]) {
    it(`should take over all seven elements at ${width} px with no layout shift, no change of height and no console error`, async () => {
      const page = await open('elements.html', { width });
      frame = page.frame;
      await takenOver(page.win, page.doc);
      const before = page.win.__beforeScript!;
      for (const tag of TAGS) {
        const el = page.doc.querySelector(tag)!;
        expect(inlineStyles(el), `${tag} rendered by its own code`).to.equal(0);
        expect(el.shadowRoot!.querySelectorAll('[part~="base"]'), `${tag} rendered once`).to.have.length(1);
        // The cost chart draws for its measured width, which a server cannot know: its height holds all the same.
        const server = before.find((b) => b.tag === tag)!;
        expect(el.getBoundingClientRect().height, `${tag}: the server's height`).to.be.closeTo(server.height, 1);
      }
      const probe = page.win.__probe!;
      expect(probe.shifts.reduce((a, b) => a + b, 0), `layout shift (${probe.shifts.join(', ')})`).to.be.below(CLS_CEILING);
      expect(probe.errors).to.deep.equal([]);
    });
  }

  describe('under the strict CSP (no unsafe-inline)', () => {
    it('should be styled before the script with the style-src hashes the command printed, with no violation', async () => {
      const hashes = (await prerendered('csp.txt')).trim();
      expect(hashes, 'csp.txt holds a style-src directive').to.match(/^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
      const page = await open('calculator.html', { policy: `${STRICT}; ${hashes}` });
      frame = page.frame;
      expect(page.win.__beforeScript![0]!.styled, 'styled before the script, by the hashed inline styles').to.equal(true);
      await takenOver(page.win, page.doc);
      const el = page.doc.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
      expectFigures(el, calculatorQuote('12000'), 'zh-CN');
      expect(page.win.__probe!.violations, 'violations').to.deep.equal([]);
      expect(page.win.__probe!.shifts.reduce((a, b) => a + b, 0), 'layout shift').to.be.below(CLS_CEILING);
    });

    it('should show the figures unstyled without the hashes (the inline styles blocked), and styled once the script takes over', async () => {
      const page = await open('calculator.html', { policy: STRICT });
      frame = page.frame;
      const before = page.win.__beforeScript![0]!;
      expect(before.styled, 'the inline styles are blocked').to.equal(false);
      expect(before.text, 'the figures are there all the same').to.contain(norm(formatMoney(calculatorQuote('12000').totals.bestYear, 'zh-CN')));
      expect(page.win.__probe!.violations.some((v) => v.startsWith('style-src')), 'the browser reports the blocked styles').to.equal(true);
      await takenOver(page.win, page.doc);
      const el = page.doc.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
      expect(page.win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).paddingTop, 'styled by the script').to.not.equal('0px');
      expectFigures(el, calculatorQuote('12000'), 'zh-CN');
    });
  });
});
