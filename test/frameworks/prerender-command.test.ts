/**
 * `idv-pricing prerender` as a consumer runs it. scripts/packed-prerender.mjs (a step of packConsumer in
 * scripts/build-frameworks.mjs, which `npm test` runs beside the test runner, or alone: `node
 * scripts/build-frameworks.mjs --pack`) runs `npx --no-install idv-pricing prerender` in the consumer project
 * where the packed tarball is installed, on test/frameworks/prerender-pages/, a second time on its output, on a
 * file with a byte order mark and CRLF line ends, and with bad input; and the packed idv-pricing/ssr's
 * prerenderHtml on edge-case documents. This spec judges its report, .cache/frameworks/packed/
 * prerender-report.json, and checks in Chromium that the style-src hashes the command wrote (csp.txt) are the
 * SHA-256 of the `<style>` texts in the shadow roots it inserted, all of them.
 *
 * What the pages do in a browser (scripts off, the takeover, the strict CSP page) is prerendered.test.ts's.
 */
import { expect } from '@open-wc/testing';

const PACKED = '/.cache/frameworks/packed';
const PAGES = ['calculator.html', 'elements.html'];
const TAGS = ['idv-pricing-calculator', 'idv-estimate', 'idv-compare', 'idv-cost-chart', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar'];

interface CommandRun {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly error?: string;
}
interface Prerendered {
  readonly input: string;
  readonly html: string;
  readonly rendered: number;
  readonly styleHashes: readonly string[];
  readonly warnings: readonly string[];
  /** prerenderHtml on its own output gave the same text. */
  readonly idempotent: boolean;
}
type CaseName =
  | 'hidden'
  | 'uppercase'
  | 'entity'
  | 'entityRef'
  | 'slotted'
  | 'lang'
  | 'noLang'
  | 'refused'
  | 'refusedStale'
  | 'stale'
  | 'none'
  | 'bomCrlf';
interface PrerenderReport {
  readonly error?: string;
  readonly pages: readonly string[];
  /** Files by name, base64: the pages before, after the first run (with csp.txt), after a second run on a copy. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly outputs: Readonly<Record<string, string>>;
  readonly secondOutputs: Readonly<Record<string, string>>;
  readonly first: CommandRun;
  readonly second: CommandRun;
  readonly bomCrlf: { readonly input: string; readonly output: string; readonly run: CommandRun };
  readonly errors: Readonly<Record<'noPath' | 'missingFile' | 'unknownFlag' | 'cspWithoutFile', CommandRun>>;
  readonly edgeCases: {
    readonly error?: string;
    readonly cases: Readonly<Record<CaseName, Prerendered>>;
    /** renderElement's HTML, to compare the inserted shadow roots with. */
    readonly renders: Readonly<Record<'estimateEn' | 'estimateZh' | 'costChart' | 'costChart12000' | 'calculatorEn', string>>;
  };
}

let report: PrerenderReport | undefined;
let packedError: string | undefined;

/** The report, or the error that kept the packing step from writing one. */
function prerender(): PrerenderReport {
  expect(packedError, 'packing and installing the package (report.json)').to.equal(undefined);
  expect(report, `${PACKED}/prerender-report.json (scripts/packed-prerender.mjs)`).to.be.an('object');
  expect(report!.error, 'the prerender step').to.equal(undefined);
  return report!;
}

function edge(name: CaseName): Prerendered {
  const { edgeCases } = prerender();
  expect(edgeCases.error, 'prerenderHtml in the consumer project').to.equal(undefined);
  const found = edgeCases.cases[name];
  expect(found, `the edge case ${name}`).to.be.an('object');
  return found;
}

const bytesOf = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
/** A file's text; a byte order mark kept as U+FEFF. */
const textOf = (base64: string): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytesOf(base64));

/**
 * The declarative shadow roots the command inserted (`<template shadowroot…>` to its matching `</template>`,
 * nested templates counted: the rendered markup escapes `<` in text and attributes), and the text without
 * them, which must be the input's.
 */
function shadowRoots(html: string): { readonly roots: string[]; readonly rest: string; readonly hosts: string[] } {
  const roots: string[] = [];
  const hosts: string[] = [];
  let rest = '';
  let at = 0;
  for (let start = html.indexOf('<template shadowroot', at); start >= 0; start = html.indexOf('<template shadowroot', at)) {
    const tags = /<template\b|<\/template>/gi;
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[0].toLowerCase() === '</template>' ? -1 : 1;
      if (depth === 0) {
        end = tags.lastIndex;
        break;
      }
    }
    expect(end, 'a shadow root ends').to.be.greaterThan(start);
    rest += html.slice(at, start);
    // The host's start tag, right before its shadow root.
    hosts.push(/<([a-z][a-z0-9-]*)[^<>]*>$/i.exec(rest)?.[1]?.toLowerCase() ?? '');
    roots.push(html.slice(start, end));
    at = end;
  }
  return { roots, rest: rest + html.slice(at), hosts };
}

/** renderElement's shadow root: its HTML without the host's start and end tags. */
function rootOf(markup: string): string {
  const { roots } = shadowRoots(markup);
  expect(roots, 'renderElement gives one shadow root').to.have.length(1);
  return roots[0]!;
}

/** A shadow root's words as a reader sees them: tags, comments and styles out. */
const wordsOf = (root: string): string =>
  root
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ');
const CHINESE = /[\u4e00-\u9fff]/;

/** A bad-input run: exit 2, nothing on stdout, one line on stderr that names what is wrong. */
function expectRefused(run: CommandRun, naming: string): void {
  expect(run.error, `npx ${run.args.join(' ')}`).to.equal(undefined);
  expect(run.status, `exit status of ${run.args.join(' ')} (stderr: ${run.stderr})`).to.equal(2);
  expect(run.stdout, 'nothing on stdout').to.equal('');
  const lines = run.stderr.replace(/\n$/, '').split('\n');
  expect(lines, 'one line on stderr').to.have.length(1);
  expect(lines[0]).to.match(/^idv-pricing: /);
  expect(lines[0]).to.contain(naming);
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** Every `<style>` inside a declarative shadow root of `root`, nested ones too (a DOMParser document keeps them as templates). */
function shadowStyles(root: ParentNode, inShadow = false): HTMLStyleElement[] {
  const found: HTMLStyleElement[] = [];
  for (const child of Array.from(root.children)) {
    if (inShadow && child instanceof HTMLStyleElement) found.push(child);
    found.push(...shadowStyles(child, inShadow));
    if (child instanceof HTMLTemplateElement) found.push(...shadowStyles(child.content, inShadow || child.hasAttribute('shadowrootmode')));
  }
  return found;
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  expect(response.ok, path).to.equal(true);
  return response.text();
}

describe('idv-pricing prerender (npx in a consumer project of the packed tarball)', () => {
  before(async function () {
    // `npm test` packs in a child process beside the test runner (scripts/test.mjs): wait for the report, or
    // for report.json to say that packing stopped before the prerender step.
    this.timeout(120000);
    for (let waited = 0; waited < 110000; waited += 500) {
      const response = await fetch(`${PACKED}/prerender-report.json`, { cache: 'no-store' });
      if (response.ok) {
        report = (await response.json()) as PrerenderReport;
        return;
      }
      const packed = await fetch(`${PACKED}/report.json`, { cache: 'no-store' });
      if (packed.ok) {
        const whole = (await packed.json()) as { error?: string; prerender?: { error?: string } };
        packedError = whole.error ?? whole.prerender?.error ?? 'report.json was written without prerender-report.json';
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

  describe('on the test pages (a directory and --csp FILE)', () => {
    it('should render every element of each page, print one line per file and the style-src line, and exit 0', () => {
      const { first, outputs } = prerender();
      expect(first.error, 'npx').to.equal(undefined);
      expect(first.stderr, 'stderr (no warnings for these pages)').to.equal('');
      expect(first.status).to.equal(0);
      const lines = first.stdout.replace(/\n$/, '').split('\n');
      expect(lines.slice(0, 2)).to.deep.equal(['prerendered/calculator.html: 1 element', 'prerendered/elements.html: 7 elements']);
      expect(lines, 'two files and the style-src line').to.have.length(3);
      expect(lines[2]).to.match(/^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
      expect(textOf(outputs['csp.txt']!), '--csp FILE holds the same line').to.equal(`${lines[2]}\n`);
    });

    it('should insert only the shadow roots, each right after an element start tag, and keep every other byte', () => {
      const { inputs, outputs } = prerender();
      for (const page of PAGES) {
        const { roots, rest, hosts } = shadowRoots(textOf(outputs[page]!));
        expect(rest, `${page} without the shadow roots is the page as it was`).to.equal(textOf(inputs[page]!));
        expect(hosts, `${page}: the hosts`).to.deep.equal(page === 'calculator.html' ? ['idv-pricing-calculator'] : TAGS);
        for (const root of roots) expect(root).to.match(/^<template shadowroot="open" shadowrootmode="open"><style>/);
      }
    });

    it('should render the calculator in the page\'s language (zh-CN from <html lang>) without writing lang on it, and keep its slotted content', () => {
      const html = textOf(prerender().outputs['calculator.html']!);
      expect(html).to.contain('<idv-pricing-calculator volume="12000"><template shadowroot');
      expect(html).to.contain('<a slot="cta" href="https://example.com/buy">立即开通</a></idv-pricing-calculator>\n<p id="after">');
      const [root] = shadowRoots(html).roots;
      expect(wordsOf(root!)).to.contain('一年最低总价');
      const elements = shadowRoots(textOf(prerender().outputs['elements.html']!)).roots;
      expect(CHINESE.test(elements.map(wordsOf).join(' ')), 'elements.html (lang="en") has no Chinese').to.equal(false);
    });

    it('should write nothing new when run again on its output (byte for byte), and say so', () => {
      const { outputs, secondOutputs, second } = prerender();
      expect(second.status, second.stderr).to.equal(0);
      expect(second.stdout.split('\n').slice(0, 2)).to.deep.equal(['again/calculator.html: 1 element (unchanged)', 'again/elements.html: 7 elements (unchanged)']);
      expect(Object.keys(secondOutputs)).to.deep.equal(Object.keys(outputs));
      for (const name of Object.keys(outputs)) expect(secondOutputs[name], `${name} after a second run`).to.equal(outputs[name]);
    });

    it('should keep a byte order mark and CRLF line ends in a file', () => {
      const { bomCrlf } = prerender();
      expect(bomCrlf.run.status, bomCrlf.run.stderr).to.equal(0);
      expect(bomCrlf.run.stdout.split('\n')[0]).to.equal('bom-crlf.html: 1 element');
      const bytes = bytesOf(bomCrlf.output);
      expect([...bytes.slice(0, 3)], 'the byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      const { roots, rest } = shadowRoots(textOf(bomCrlf.output));
      expect(roots).to.have.length(1);
      expect(rest, 'the file without its shadow root').to.equal(textOf(bomCrlf.input));
    });
  });

  describe('bad input: exit 2 and one line on stderr', () => {
    it('should refuse no PATH', () => expectRefused(prerender().errors.noPath, 'missing PATH'));
    it('should refuse a missing file', () => expectRefused(prerender().errors.missingFile, '"no-such-page.html"'));
    it('should refuse an unknown flag', () => expectRefused(prerender().errors.unknownFlag, '"--no-such-flag"'));
    it('should refuse --csp without a FILE', () => expectRefused(prerender().errors.cspWithoutFile, '--csp needs a FILE'));
  });

  describe('prerenderHtml (idv-pricing/ssr) on edge cases', () => {
    it('should give the same text when run on its own output, in every case', () => {
      for (const name of Object.keys(prerender().edgeCases.cases) as CaseName[]) expect(edge(name).idempotent, name).to.equal(true);
    });

    it('should leave tags in comments, scripts, styles, titles, textareas, templates, attribute values and SVG alone', () => {
      const hidden = edge('hidden');
      expect(hidden.rendered).to.equal(0);
      expect(hidden.warnings).to.deep.equal([]);
      expect(hidden.html).to.equal(hidden.input);
    });

    it('should leave a document without elements as it is, character for character', () => {
      const none = edge('none');
      expect(none.rendered).to.equal(0);
      expect(none.html).to.equal(none.input);
      expect(none.styleHashes).to.deep.equal([]);
    });

    it('should render an uppercase tag, and attribute values as the parser decodes them (1&#50;000 is 12000)', () => {
      const twelve = rootOf(prerender().edgeCases.renders.costChart12000);
      for (const name of ['uppercase', 'entity', 'entityRef'] as const) {
        const found = edge(name);
        const { roots, rest } = shadowRoots(found.html);
        expect(found.rendered, name).to.equal(1);
        expect(rest, `${name}: the rest as it was`).to.equal(found.input);
        expect(roots[0], `${name}: renderElement('idv-cost-chart', { units: '12000' })'s shadow root`).to.equal(twelve);
      }
      expect(edge('uppercase').html).to.contain('<IDV-COST-CHART UNITS="12000"><template shadowroot');
      expect(edge('entity').html, 'the start tag as written').to.contain('<idv-cost-chart units="1&#50;000"><template shadowroot');
      expect(twelve, 'not the default units').not.to.equal(rootOf(prerender().edgeCases.renders.costChart));
    });

    it('should keep slotted light DOM after the shadow root', () => {
      const slotted = edge('slotted');
      expect(slotted.rendered).to.equal(1);
      expect(shadowRoots(slotted.html).rest).to.equal(slotted.input);
      expect(slotted.html).to.match(/<\/template><span slot="cta">立即开通<\/span><\/idv-pricing-calculator><p>after<\/p>/);
    });

    it('should take the locale from the element, else its nearest ancestor, else <html lang>, else English, without writing lang', () => {
      const { renders } = prerender().edgeCases;
      const lang = edge('lang');
      const { roots, rest } = shadowRoots(lang.html);
      expect(rest, 'no lang written on the hosts').to.equal(lang.input);
      expect(roots).to.have.length(3);
      expect(roots[0], '<div lang="en"> in a zh-CN page: English').to.equal(rootOf(renders.estimateEn));
      expect(roots[1], 'the page\'s zh-CN').to.equal(rootOf(renders.estimateZh));
      expect(roots[2], 'its own lang="en" in a zh-CN div').to.equal(rootOf(renders.estimateEn));
      expect(CHINESE.test(wordsOf(roots[1]!)), 'the zh-CN render is in Chinese').to.equal(true);
      expect(shadowRoots(edge('noLang').html).roots[0], 'no lang anywhere: English').to.equal(rootOf(renders.estimateEn));
    });

    it("should render the calculator's sync-url and a host's own onclick without them, and leave the start tags alone", () => {
      const refused = edge('refused');
      const { renders } = prerender().edgeCases;
      expect(refused.warnings).to.deep.equal([]);
      expect(refused.rendered).to.equal(2);
      const { roots, rest } = shadowRoots(refused.html);
      expect(rest, 'the start tags as they were').to.equal(refused.input);
      expect(roots[0], 'sync-url: what a visitor without a ?idv= link sees').to.equal(rootOf(renders.calculatorEn));
      expect(roots[1], 'onclick plays no part').to.equal(rootOf(renders.estimateEn));
      expect(refused.idempotent).to.equal(true);
    });

    it("should replace an earlier run's shadow root, whatever it held", () => {
      const refusedStale = edge('refusedStale');
      expect(refusedStale.warnings).to.deep.equal([]);
      expect(refusedStale.html).to.equal(
        refusedStale.input.replace('<template shadowrootmode="open"><p>stale</p></template>', rootOf(prerender().edgeCases.renders.estimateEn)),
      );
      const stale = edge('stale');
      expect(stale.rendered).to.equal(1);
      expect(stale.html, 'as if the shadow root had never been there').to.equal(edge('entityRef').html);
    });

    it('should keep a byte order mark and CRLF line ends', () => {
      const bom = edge('bomCrlf');
      expect(bom.html.startsWith('\uFEFF<!DOCTYPE html>\r\n')).to.equal(true);
      expect(shadowRoots(bom.html).rest).to.equal(bom.input);
    });

    it('should list the distinct CSP hashes of the styles it inserted, sorted', async () => {
      for (const name of ['uppercase', 'slotted', 'lang'] as const) {
        const found = edge(name);
        const doc = new DOMParser().parseFromString(found.html, 'text/html');
        const expected = [...new Set(await Promise.all(shadowStyles(doc).map((style) => sha256(style.textContent ?? ''))))].sort();
        expect(found.styleHashes, name).to.deep.equal(expected);
      }
    });
  });

  describe('the style-src hashes (csp.txt) in Chromium', () => {
    it('should list exactly the SHA-256 of every <style> text in the prerendered pages\' shadow roots, nested ones included', async () => {
      prerender();
      const line = (await fetchText(`${PACKED}/prerendered/csp.txt`)).trim();
      const listed = line.split(' ').slice(2);
      expect(line.startsWith("style-src 'self' ")).to.equal(true);
      expect(new Set(listed).size, 'no hash twice').to.equal(listed.length);
      const inPages = new Set<string>();
      let styles = 0;
      for (const page of PAGES) {
        const doc = new DOMParser().parseFromString(await fetchText(`${PACKED}/prerendered/${page}`), 'text/html');
        const found = shadowStyles(doc);
        expect(found.length, `${page} has styles in its shadow roots`).to.be.greaterThan(0);
        styles += found.length;
        for (const style of found) inPages.add(await sha256(style.textContent ?? ''));
      }
      for (const hash of listed) expect(inPages.has(hash), `${hash} is the hash of a <style> in the pages`).to.equal(true);
      for (const hash of inPages) expect(listed, 'every <style> has its hash listed').to.include(hash);
      expect(styles, 'styles in all').to.be.at.least(inPages.size);
    });

    it('should give each element of the prerendered pages its shadow root as its first child, light DOM after it', async () => {
      const calculator = new DOMParser().parseFromString(await fetchText(`${PACKED}/prerendered/calculator.html`), 'text/html');
      const host = calculator.querySelector('idv-pricing-calculator')!;
      expect(host.firstElementChild?.getAttribute('shadowrootmode')).to.equal('open');
      expect(host.lastElementChild?.outerHTML).to.equal('<a slot="cta" href="https://example.com/buy">立即开通</a>');
      expect(host.hasAttribute('lang'), 'no lang written on the host').to.equal(false);
      const elements = new DOMParser().parseFromString(await fetchText(`${PACKED}/prerendered/elements.html`), 'text/html');
      for (const tag of TAGS) {
        const element = elements.querySelector(tag);
        expect(element, tag).to.not.equal(null);
        expect(element!.firstChild instanceof HTMLTemplateElement && element!.firstChild.getAttribute('shadowrootmode'), tag).to.equal('open');
      }
    });
  });
});
