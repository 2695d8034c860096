/**
 * The hardening suite's injection probes (test/hardening/probes.mjs) through the server path. The packing step
 * of scripts/build-frameworks.mjs (run by `npm test` beside the test runner, or alone:
 * `node scripts/build-frameworks.mjs --pack`) runs scripts/packed-ssr-probes.mjs in the consumer project: every
 * element rendered by the packed `idv-pricing/ssr` with each probe in each of its attributes, each render
 * parsed with parse5 7 and judged in Node. This spec asserts that report, then opens the page of server HTML
 * the step wrote (the probes spread over every element's attributes) twice: with scripts off, where
 * Chromium's own parser builds the declarative shadow roots, and with the built drop-in, which defines and
 * renders the elements over them.
 *
 * Depth (test/helpers/depth.ts): with IDV_TEST_DEPTH=deep every attribute has had every probe; in `npm test`
 * each attribute every other probe and the next attribute the others, so every element still has every probe.
 */
import { expect } from '@open-wc/testing';
import { DEEP } from '../helpers/depth.js';
import { loadFrame } from '../helpers/frame.js';
import { PROBES } from '../hardening/probes.mjs';

interface Failure {
  readonly tag: string;
  readonly attribute?: string;
  readonly probe?: number | string;
  readonly problems: readonly string[];
}
interface SsrProbesReport {
  readonly error?: string;
  readonly depth: 'quick' | 'deep';
  readonly parse5?: string;
  readonly probes: number;
  readonly renders: number;
  /** Attributes not probed: renderElement refuses them by design, with this refusal. */
  readonly skipped: readonly { readonly tag: string; readonly attribute: string; readonly refusal: string }[];
  /** Each element's attributes probed (custom-elements.json's and its class's, less the skipped). */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** The probe indices each attribute was rendered with. */
  readonly tried: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  readonly failureCount: number;
  /** The first 200 failures. */
  readonly failures: readonly Failure[];
  readonly page: { readonly bytes: number; readonly renders: number; readonly probes: readonly number[] } | null;
  readonly seconds: number;
}

const TAGS = ['idv-pricing-calculator', 'idv-estimate', 'idv-compare', 'idv-cost-chart', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar'];
const PACKED = '/.cache/frameworks/packed/report.json';
const REPORT = '/.cache/frameworks/packed/ssr-probes.json';
const PAGE = '/.cache/frameworks/packed/ssr-probes.html';

/** Elements that load, run or style something; a probe render may hold no more of each than the benign one. */
const WATCHED = ['img', 'script', 'svg', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'base'];

/** An HTML parser reads NUL as U+FFFD whatever the escaping (no HTML can carry it). */
const asParsed = (value: string): string => value.replaceAll('\u0000', '\uFFFD');

let report: SsrProbesReport;

function probed(): SsrProbesReport {
  expect(report, 'the report of scripts/packed-ssr-probes.mjs').to.be.an('object');
  expect(report.error, 'rendering the probes with the packed idv-pricing/ssr').to.equal(undefined);
  return report;
}

/** Every element in `root`, and in the shadow roots inside it. */
function shadowElements(root: ShadowRoot | null): Element[] {
  if (!root) return [];
  const inside = [...root.querySelectorAll('*')];
  return [...inside, ...inside.flatMap((e) => shadowElements(e.shadowRoot))];
}

/** The page's cases: each wrapper's element, its tag, and the probe indices in its attributes (in attribute order). */
function cases(doc: Document): { host: HTMLElement; tag: string; benign: boolean; probes: number[] }[] {
  return [...doc.querySelectorAll<HTMLElement>('body > div[data-case]')].map((wrapper) => ({
    host: wrapper.firstElementChild as HTMLElement,
    tag: wrapper.dataset['tag']!,
    benign: wrapper.dataset['case'] === 'benign',
    probes: (wrapper.dataset['probes'] ?? '').split(' ').filter(Boolean).map(Number),
  }));
}

/** Opens the page in a frame of 1,000 × 800 px, with `sandbox` when given; resolves once it has loaded. */
async function open(sandbox: string | null): Promise<HTMLIFrameElement> {
  return loadFrame({ width: 1000, height: 800, src: PAGE, ...(sandbox !== null ? { sandbox } : {}) });
}

describe('the injection probes through idv-pricing/ssr (packed, rendered in Node)', () => {
  before(async function () {
    // `npm test` packs in a child process beside the test runner (scripts/test.mjs): wait for the packing's own
    // report, which it removes before the run and which is written last, so that this step's is this run's.
    this.timeout(120000);
    let response = await fetch(PACKED, { cache: 'no-store' });
    for (let waited = 0; !response.ok && waited < 110000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await fetch(PACKED, { cache: 'no-store' });
    }
    expect(response.ok, `${PACKED} (node scripts/build-frameworks.mjs --pack)`).to.equal(true);
    response = await fetch(REPORT, { cache: 'no-store' });
    expect(response.ok, `${REPORT} (scripts/packed-ssr-probes.mjs, run by the packing)`).to.equal(true);
    report = (await response.json()) as SsrProbesReport;
  });

  it('should have rendered every element through the packed idv-pricing/ssr and parsed it with parse5 7, at the depth of this run', () => {
    const r = probed();
    expect(r.depth, 'IDV_TEST_DEPTH of the packing step').to.equal(DEEP ? 'deep' : 'quick');
    expect(r.parse5, 'parse5').to.match(/^7\./);
    expect(r.probes, 'probes').to.equal(PROBES.length);
    expect(Object.keys(r.attributes), 'elements').to.deep.equal(TAGS);
    for (const tag of TAGS) expect(r.attributes[tag], `${tag}'s attributes`).to.include.members(['lang', 'theme']);
    const pairs = Object.values(r.tried).flatMap((byAttribute) => Object.values(byAttribute)).reduce((n, indices) => n + indices.length, 0);
    const attributes = Object.values(r.attributes).reduce((n, names) => n + names.length, 0);
    expect(pairs, 'attribute × probe pairs rendered').to.equal(attributes * (DEEP ? PROBES.length : PROBES.length / 2));
    // Each pair once, then the page's renders (several attributes with a probe each).
    expect(r.renders, 'renders').to.be.greaterThan(pairs);
  });

  it(`should have sent every probe to every element${DEEP ? ', and to each of its attributes' : ''}`, () => {
    const r = probed();
    const all = PROBES.map((_, i) => i);
    for (const tag of TAGS) {
      const tried = r.tried[tag] ?? {};
      expect(Object.keys(tried), `${tag}: attributes tried`).to.deep.equal(r.attributes[tag]);
      expect([...new Set(Object.values(tried).flat())].sort((a, z) => a - z), `${tag}: probes`).to.deep.equal(all);
      for (const [name, indices] of Object.entries(tried)) {
        expect(indices.length, `${tag} ${name}: probes`).to.be.at.least(DEEP ? PROBES.length : PROBES.length / 2);
      }
    }
  });

  it("should skip only the calculator's sync-url, which renderElement refuses with a TypeError", () => {
    const { skipped } = probed();
    expect(skipped.map(({ tag, attribute }) => `${tag} ${attribute}`)).to.deep.equal(['idv-pricing-calculator sync-url']);
    expect(skipped[0]!.refusal).to.match(/^TypeError: .*sync-url/);
  });

  it('should find every render escaped: one host with exactly its attributes reading back as given, no element, handler, script URL or style of the probe', () => {
    const { failureCount, failures } = probed();
    const lines = failures.map((f) => `<${f.tag}> ${f.attribute ?? ''} probe ${f.probe ?? ''}: ${f.problems.join('; ')}`);
    expect(lines, `${failureCount} failures`).to.deep.equal([]);
    expect(failureCount).to.equal(0);
  });

  it('should have written one page under 1 MB with every probe in it', () => {
    const { page } = probed();
    expect(page, 'the page').to.not.equal(null);
    expect(page!.bytes, 'bytes').to.be.below(1_000_000);
    expect(page!.probes, 'probes in the page').to.deep.equal(PROBES.map((_, i) => i));
    // A benign render and at least one with probes for each element.
    expect(page!.renders, 'renders in the page').to.be.at.least(TAGS.length * 2);
  });

  describe('the server HTML in Chromium', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('should parse, with scripts off, to shadow roots that hold no element, handler or style the benign render has not, and hosts with the probes as values', async () => {
      probed();
      frame = await open('allow-same-origin');
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & typeof globalThis;
      expect(win.customElements.get('idv-pricing-calculator'), 'no script ran').to.equal(undefined);
      const all = cases(doc);
      expect(new Set(all.map((c) => c.tag)), 'elements in the page').to.deep.equal(new Set(TAGS));
      // In the page's own tree: the wrappers, each holding its element alone, with nothing but its shadow root;
      // the only scripts are the drop-in's tag and what the test runner's server adds (neither runs here).
      expect(doc.querySelectorAll('body > div > *:not(:only-child), body > div > * > *').length, 'one element in each wrapper, with no children').to.equal(0);
      expect(doc.querySelectorAll('body > div script, img, svg, iframe, style, object, embed').length, 'markup in the page').to.equal(0);
      const seen = new Set<number>();
      const benign = new Map<string, { counts: Record<string, number>; styles: Set<string> }>();
      for (const c of all.filter((c) => c.benign)) {
        const inside = shadowElements(c.host.shadowRoot);
        benign.set(c.tag, {
          counts: Object.fromEntries(WATCHED.map((t) => [t, inside.filter((e) => e.localName === t).length])),
          styles: new Set(inside.filter((e) => e.localName === 'style').map((e) => e.textContent ?? '')),
        });
      }
      for (const c of all) {
        const label = `<${c.tag}> ${c.benign ? 'benign' : `probes ${c.probes.join(' ')}`}`;
        expect(c.host.localName, label).to.equal(c.tag);
        expect(c.host.shadowRoot, `${label}: a declarative shadow root`).to.be.instanceOf(win.ShadowRoot);
        const inside = shadowElements(c.host.shadowRoot);
        expect(inside.length, `${label}: a rendered shadow root`).to.be.greaterThan(3);
        for (const e of [c.host, ...inside]) {
          for (const a of e.getAttributeNames()) expect(a, `${label}: an attribute of <${e.localName}>`).to.not.match(/^on/i);
        }
        const clean = benign.get(c.tag)!;
        for (const t of WATCHED) expect(inside.filter((e) => e.localName === t).length, `${label}: <${t}> elements`).to.be.at.most(clean.counts[t]!);
        for (const style of inside.filter((e) => e.localName === 'style')) {
          expect(clean.styles.has(style.textContent ?? ''), `${label}: a <style> of its own (${(style.textContent ?? '').slice(0, 60)})`).to.equal(true);
        }
        if (c.benign) continue;
        // The host's attributes, as Chromium decodes them: exactly the element's, each the probe it was given.
        const names = probed().attributes[c.tag]!;
        expect(c.host.getAttributeNames(), `${label}: the host's attributes`).to.have.members([...names]);
        names.forEach((name, k) => {
          expect(c.host.getAttribute(name), `${label}: ${name}`).to.equal(asParsed(PROBES[c.probes[k]!]!));
          seen.add(c.probes[k]!);
        });
      }
      expect([...seen].sort((a, z) => a - z), 'probes checked in the page').to.deep.equal(PROBES.map((_, i) => i));
    });

    it('should run nothing once the built drop-in defines and renders every element over the server HTML', async function () {
      this.timeout(60000);
      probed();
      frame = await open(null);
      const win = frame.contentWindow as Window & typeof globalThis & { __pwned?: unknown };
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(String(e.message)));
      win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      // Before any element is defined the shadow roots are the server's, live in a page that runs script.
      expect(win.__pwned, 'window.__pwned, as the page loaded').to.equal(undefined);
      // The drop-in imports each element's chunk from dist/chunks/ when it finds the tag.
      const undefinedAfter = (ms: number) => new Promise<string[]>((resolve) => setTimeout(() => resolve(TAGS.filter((t) => !win.customElements.get(t))), ms));
      const defined = Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag))).then(() => []);
      expect(await Promise.race([defined, undefinedAfter(30000)]), 'elements not defined after 30 s (is dist/ built?)').to.deep.equal([]);
      for (const { host, tag, probes } of cases(frame.contentDocument!)) {
        const updated = (host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => true);
        expect(await Promise.race([updated, new Promise((resolve) => setTimeout(() => resolve(false), 10000))]), `<${tag}> ${probes.join(' ')} updated`).to.equal(true);
      }
      // What a probe could have started (an image's error, an SVG's load) has had time to run.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.__pwned, 'window.__pwned').to.equal(undefined);
      expect(errors, 'errors in the page').to.deep.equal([]);
    });
  });
});
