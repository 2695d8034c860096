/**
 * The package as npm ships it. scripts/build-frameworks.mjs (run by `npm test` beside the test runner, or alone:
 * `node scripts/build-frameworks.mjs`) packs it with `npm pack`, unpacks the tarball into a temp project next
 * to its dependencies, type-checks the type tests in test/frameworks/types/ there under every moduleResolution
 * mode with skipLibCheck off, and writes what it found to .cache/frameworks/packed/report.json. This spec
 * judges that report: the types, the files package.json and custom-elements.json name, the README's links,
 * the elements rendered to HTML in Node with `idv-pricing/ssr`, and the `idv-pricing` command run with npx.
 */
import { expect } from '@open-wc/testing';
import { quote } from '../../src/engine/index.js';
import { quoteToCsv } from '../../src/share/export.js';
import { formatMoney } from '../../src/i18n/format.js';
import { loadFrame } from '../helpers/frame.js';

interface Reference {
  readonly name: string;
  readonly module?: string;
  readonly package?: string;
}
interface Manifest {
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly { readonly name: string; readonly tagName?: string; readonly customElement?: boolean }[];
    readonly exports?: readonly { readonly kind: string; readonly name: string; readonly declaration: Reference }[];
  }[];
}
interface Checked {
  readonly errors: readonly string[];
  readonly checkedFiles: number;
  readonly seconds: number;
}
interface PackedReport {
  readonly resolutions: readonly string[];
  readonly error?: string;
  readonly declarations: { readonly errors: readonly string[] };
  readonly tarball: { readonly filename: string; readonly size: number; readonly unpackedSize: number; readonly files: readonly string[] };
  readonly packageJson: Record<string, unknown> & {
    readonly repository?: { readonly type?: string; readonly url?: string } | string;
    readonly homepage?: string;
    readonly bugs?: { readonly url?: string } | string;
    readonly keywords?: readonly string[];
    readonly customElements?: string;
  };
  readonly readme: string;
  readonly manifest: Manifest | null;
  readonly typecheck: Readonly<Record<string, Checked>>;
  readonly nodeImport?: {
    readonly imported: boolean;
    readonly error?: string;
    readonly elementClass?: boolean;
    readonly sameInputError?: boolean;
    readonly instanceofAcross?: boolean;
    readonly shareHelpers?: readonly string[];
    readonly total?: string;
    readonly csvLines?: number;
  };
  /** `idv-pricing/ssr` in plain Node in the consumer project (renderInNode in build-frameworks.mjs). */
  readonly ssr?: SsrReport;
  /** `npx --no-install idv-pricing …` in the consumer project (runCommandLine, CLI_RUNS in build-frameworks.mjs). */
  readonly cli?: {
    readonly bins: readonly string[];
    readonly error?: string;
  } & Partial<Record<'json' | 'csv' | 'bad' | 'help', CommandRun>>;
}
interface Rendered {
  readonly length: number;
  readonly head: string;
  readonly declarativeShadowRoot: boolean;
  /** The calculator's visible text: tags, comments and styles stripped. */
  readonly text?: string;
  /** The calculator's figures as idv-pricing/share's quoteToText prints them for the same scenario. */
  readonly expected?: { readonly payAsYouGoRow: string; readonly payAsYouGo: string; readonly lowestYear: string };
  /** The calculator's chosen controls as a browser reads the HTML: option values selected, `type:value` of inputs checked. */
  readonly controls?: { readonly selected: readonly string[]; readonly checked: readonly string[] };
}
interface SsrReport {
  readonly error?: string;
  readonly tags?: readonly string[];
  /** The engine's input for the calculator rendered: its starting plan and period, and the volume. */
  readonly scenario?: { readonly plan: string; readonly period: string; readonly volume: string };
  /** Whether a calculator starts with the first-purchase box ticked. */
  readonly firstPurchase?: boolean;
  readonly renders?: Readonly<Record<string, Rendered>>;
  readonly hostile?: { readonly elements: readonly string[]; readonly openingTag: string | null; readonly rawProbes: readonly string[] };
  readonly unknownTag?: string;
  readonly badName?: string;
  readonly eventHandler?: string;
  readonly browserOnly?: string;
}
interface CommandRun {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: string;
}

/** The moduleResolution modes scripts/build-frameworks.mjs checks (RESOLUTIONS there). */
const RESOLUTIONS = ['node10', 'node16', 'nodenext', 'bundler'];

/**
 * The packed tarball (gzip) stays under this: on 3 December 2026 it was 401 KB, 1.33 MB unpacked in 295 files,
 * most of it built files (the drop-in's chunks and the engine bundle for script tags, the npm entries' ES
 * modules with idv-pricing/ssr and the command line, the declarations) and the docs the README links to. The
 * ceiling leaves room for a few docs and fixes; a stray image or a second bundle does not fit.
 */
const TARBALL_CEILING = 420_000;

let report: PackedReport;

/** The report, or the error that stopped scripts/build-frameworks.mjs from writing a full one. */
function packed(): PackedReport {
  expect(report, 'the report of scripts/build-frameworks.mjs').to.be.an('object');
  expect(report.error, 'packing and installing the package').to.equal(undefined);
  return report;
}

/** A shipped path as `npm pack` lists it: no leading `./` or `/`. */
const normal = (path: string): string => path.replace(/^\.?\/+/, '');

function expectShipped(path: string, what: string): void {
  expect(packed().tarball.files, `${what}: "${path}" is in the tarball`).to.include(normal(path));
}

/** Every string in a package.json `exports` / `typesVersions` value. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

/** `https://github.com/owner/repo` from package.json's `repository` (npm's `git+https://….git` form or a URL). */
function repositoryBase(pkg: PackedReport['packageJson']): URL {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  expect(raw, 'package.json repository.url').to.be.a('string');
  const url = new URL(raw!.replace(/^git\+/, '').replace(/\.git$/, ''));
  expect(url.protocol, 'the repository is an https URL').to.equal('https:');
  expect(url.pathname.split('/').filter(Boolean), 'the repository URL names an owner and a repository').to.have.length(2);
  return url;
}

interface Link {
  readonly target: string;
  readonly line: number;
}

/** The README's links and images (Markdown and HTML), outside code blocks and code spans. */
function readmeLinks(markdown: string): Link[] {
  const links: Link[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((text, index) => {
    const opener = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (opener?.startsWith(fence)) fence = null;
      return;
    }
    if (opener) {
      fence = opener;
      return;
    }
    const line = text.replace(/(`+)[\s\S]*?\1/g, '');
    const found = [
      ...line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g),
      ...line.matchAll(/^\s*\[[^\]]+\]:\s*<?([^\s>]+)/g),
      ...line.matchAll(/<(?:a|img|source)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']+)["']/gi),
    ];
    for (const match of found) links.push({ target: match[1]!, line: index + 1 });
  });
  return links;
}

/** The anchors GitHub (and npm) give the README's headings, and any `<a id>` / `<a name>` in it. */
function readmeAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    for (const match of line.matchAll(/<a\s[^>]*?(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(match[1]!);
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** Whether the repository's working tree (served by the test runner) has `path`. */
async function inRepository(path: string): Promise<boolean> {
  const response = await fetch(`/${path}`, { method: 'HEAD' });
  return response.ok;
}

describe('the packed tarball (npm pack, installed in a consumer project)', () => {
  before(async function () {
    // `npm test` packs in a child process beside the test runner (scripts/test.mjs): wait for its report.
    this.timeout(120000);
    let response = await fetch('/.cache/frameworks/packed/report.json', { cache: 'no-store' });
    for (let waited = 0; !response.ok && waited < 110000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await fetch('/.cache/frameworks/packed/report.json', { cache: 'no-store' });
    }
    expect(response.ok, '.cache/frameworks/packed/report.json (node scripts/build-frameworks.mjs)').to.equal(true);
    report = (await response.json()) as PackedReport;
  });

  it('should be checked under every moduleResolution mode', () => {
    expect(packed().resolutions).to.have.members(RESOLUTIONS);
  });

  it('should ship declarations that emit from the source without errors', () => {
    expect(packed().declarations.errors).to.deep.equal([]);
  });

  for (const resolution of RESOLUTIONS) {
    it(`should type-check a consumer under moduleResolution ${resolution} with skipLibCheck off`, () => {
      const checked = packed().typecheck[resolution];
      expect(checked, `a type-check under ${resolution}`).to.be.an('object');
      // The two type tests and the shipped .d.ts files (more than 40 of them).
      expect(checked!.checkedFiles, 'files checked').to.be.greaterThan(40);
      expect(checked!.errors, `errors under ${resolution}`).to.deep.equal([]);
    });
  }

  it('should ship every file package.json names (main, module, types, exports, typesVersions, customElements)', () => {
    const pkg = packed().packageJson;
    const named = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...targets(pkg.exports), ...targets(pkg.typesVersions)];
    expect(named.filter((path) => typeof path !== 'string'), 'fields that should be paths').to.deep.equal([]);
    for (const path of named as string[]) {
      if (path !== './package.json') expectShipped(path, 'package.json');
    }
  });

  it('should import in plain Node 20 (as SSR and static-site builds do), with one engine behind both entries and the share helpers alone', () => {
    const node = packed().nodeImport;
    expect(node, 'the Node import report').to.be.an('object');
    expect(node!.error, 'no error importing idv-pricing, idv-pricing/engine and idv-pricing/share').to.equal(undefined);
    expect(node!.imported).to.equal(true);
    expect(node!.elementClass, 'the element classes are exported').to.equal(true);
    expect(node!.sameInputError, 'one InputError class behind idv-pricing and idv-pricing/engine').to.equal(true);
    expect(node!.instanceofAcross, "an engine error is instanceof the main entry's InputError").to.equal(true);
    expect(node!.shareHelpers).to.deep.equal(['quoteToCsv', 'quoteToText', 'quoteToMarkdown', 'parseScenarioString', 'formatScenarioString']);
    expect(node!.total, 'the engine prices in Node').to.equal('2590000');
    expect(node!.csvLines).to.be.greaterThan(5);
  });

  describe('idv-pricing/ssr (renderElement in plain Node, in the consumer project)', () => {
    const TAGS = ['idv-pricing-calculator', 'idv-estimate', 'idv-compare', 'idv-cost-chart', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar'];

    function ssr(): SsrReport {
      const found = packed().ssr;
      expect(found, 'the SSR report').to.be.an('object');
      expect(found!.error, 'rendering with idv-pricing/ssr').to.equal(undefined);
      return found!;
    }
    function rendered(name: string): Rendered {
      const found = ssr().renders?.[name];
      expect(found, `the ${name} render`).to.be.an('object');
      return found!;
    }

    it('should ship dist/lib/ssr/index.js as the ./ssr export', () => {
      const exportsOf = packed().packageJson.exports as Record<string, { default?: string; types?: string }>;
      expect(exportsOf['./ssr']).to.deep.equal({ types: './dist/types/ssr/index.d.ts', default: './dist/lib/ssr/index.js' });
      expectShipped('dist/lib/ssr/index.js', 'the ./ssr export');
      expect(ssr().tags, 'ELEMENT_TAGS').to.deep.equal(TAGS);
    });

    it('should render every element with a declarative shadow root', () => {
      const names = ['calculator zh-CN', 'calculator en', ...TAGS.filter((tag) => tag !== 'idv-pricing-calculator')];
      for (const name of names) {
        const { declarativeShadowRoot, head, length } = rendered(name);
        const tag = name.startsWith('calculator') ? 'idv-pricing-calculator' : name;
        expect(head, `${name} starts with its element`).to.match(new RegExp(`^<${tag}[ >]`));
        expect(declarativeShadowRoot, `${name}: <template shadowrootmode="open"> (${head})`).to.equal(true);
        // Styles and a first render, not an empty shadow root.
        expect(length, `${name}: HTML length`).to.be.greaterThan(5000);
      }
    });

    for (const locale of ['zh-CN', 'en'] as const) {
      it(`should render the calculator's figures in ${locale} as the engine computes and the elements format them`, () => {
        const { scenario } = ssr();
        expect(scenario, 'the scenario rendered').to.be.an('object');
        const { text, expected } = rendered(`calculator ${locale}`);
        const q = quote(scenario as Parameters<typeof quote>[0]);
        const period = scenario!.period as 'day' | 'month' | 'year';
        // quoteToText of the packed idv-pricing/share (in Node) and the source's formatter agree on the figures…
        expect(expected!.lowestYear, 'the lowest total for a year').to.equal(formatMoney(q.totals.bestYear, locale));
        expect(expected!.payAsYouGo, `pay-as-you-go for a ${period} (${expected!.payAsYouGoRow})`).to.equal(formatMoney(q.lines[0]!.postpaid[period], locale));
        // …and the server-rendered calculator shows both.
        expect(text, 'the visible text').to.contain(expected!.lowestYear);
        expect(text, 'the visible text').to.contain(expected!.payAsYouGo);
      });
    }

    for (const locale of ['zh-CN', 'en'] as const) {
      it(`should show the calculator's plan, period, retention unit and first purchase as chosen in ${locale}, and nothing else`, () => {
        const { scenario, firstPurchase } = ssr();
        const { controls } = rendered(`calculator ${locale}`);
        expect(controls, 'the chosen controls').to.be.an('object');
        // One option per select (the plan, the retention unit in days), one period radio, and the first-purchase
        // box only when the calculator starts with it: a browser shows the HTML's states with or without script.
        expect(controls!.selected, 'selected options').to.deep.equal([scenario!.plan, 'days']);
        expect(controls!.checked, 'checked inputs').to.deep.equal([`radio:${scenario!.period}`, ...(firstPurchase ? ['checkbox:'] : [])]);
      });
    }

    for (const locale of ['zh-CN', 'en'] as const) {
      it(`should show the server's calculator (${locale}) in Chromium with scripts off: figures, chosen controls, no print-only part`, async () => {
        const { scenario } = ssr();
        const { expected } = rendered(`calculator ${locale}`);
        // A frame without allow-scripts: nothing defines the element; the browser shows the declarative shadow root.
        const frame = await loadFrame({ width: 390, height: 900, sandbox: 'allow-same-origin', src: `/.cache/frameworks/packed/ssr-calculator-${locale}.html` });
        try {
          const doc = frame.contentDocument!;
          const el = doc.querySelector('idv-pricing-calculator')!;
          expect(el, 'the element').to.not.equal(null);
          expect(frame.contentWindow!.customElements.get('idv-pricing-calculator'), 'no script ran').to.equal(undefined);
          const root = el.shadowRoot!;
          expect(root, 'the declarative shadow root').to.not.equal(null);
          const text = (root.textContent ?? '').replace(/\s+/g, ' ');
          expect(text, 'the lowest total for a year').to.contain(expected!.lowestYear);
          const plan = root.querySelector<HTMLSelectElement>('select')!;
          expect(plan.value, 'the plan shown').to.equal(scenario!.plan);
          expect(root.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value, 'the period shown').to.equal(scenario!.period);
          const printOnly = [...root.querySelectorAll('.print-only')];
          for (const part of printOnly) expect(frame.contentWindow!.getComputedStyle(part).display, 'a print-only part').to.equal('none');
          expect(el.getBoundingClientRect().height, 'the element takes its height').to.be.greaterThan(400);
        } finally {
          frame.remove();
        }
      });
    }

    it('should write hostile attribute values only escaped', () => {
      const { hostile } = ssr();
      expect(hostile, 'the hostile render').to.be.an('object');
      expect(rendered('hostile').declarativeShadowRoot).to.equal(true);
      expect(hostile!.rawProbes, 'probe markup written as it is').to.deep.equal([]);
      expect(hostile!.elements, 'elements in the HTML').not.to.include('img');
      expect(hostile!.elements, 'elements in the HTML').not.to.include('script');
      const tag = hostile!.openingTag ?? '';
      expect(tag, 'the opening tag').to.contain('plan="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
      expect(tag, 'the opening tag').to.contain('volume="&lt;script&gt;alert(1)&lt;/script&gt;"');
      // Every value stays inside its double quotes: the tag holds the four attributes given, and no other.
      expect(tag, 'the opening tag').to.match(/^<idv-pricing-calculator(?: [a-z-]+="[^"<>]*")*>$/);
      expect([...tag.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]), 'its attributes').to.deep.equal(['lang', 'plan', 'volume', 'scenario']);
    });

    it("should reject an unknown tag, a bad attribute name, an event handler and the calculator's sync-url with a TypeError naming it", () => {
      const { unknownTag, badName, eventHandler, browserOnly } = ssr();
      expect(browserOnly).to.match(/^TypeError: .*"sync-url"/);
      expect(unknownTag).to.match(/^TypeError: .*idv-no-such-element/);
      expect(badName).to.match(/^TypeError: .*onclick="alert\(1\)/);
      expect(eventHandler).to.match(/^TypeError: .*"onclick"/);
    });
  });

  describe('the idv-pricing command (npx --no-install idv-pricing, in the consumer project)', () => {
    /** One run of the command from the report: what ran, and its output when it did not run as it should. */
    function command(name: 'json' | 'csv' | 'bad' | 'help', status: number): CommandRun {
      const cli = packed().cli;
      expect(cli, 'the command line report').to.be.an('object');
      expect(cli!.error, 'linking the bin into node_modules/.bin').to.equal(undefined);
      expect(cli!.bins, 'package.json bin').to.deep.equal(['idv-pricing']);
      const run = cli![name];
      expect(run, `the ${name} run`).to.be.an('object');
      expect(run!.error, `spawning npx ${run!.args.join(' ')}`).to.equal(undefined);
      expect(run!.status, `exit status of idv-pricing ${run!.args.join(' ')} (stderr: ${run!.stderr})`).to.equal(status);
      return run!;
    }
    const expected = () => quote({ plan: 'app', volume: '10000', period: 'day' });

    it('should ship bin/idv-pricing.js and name it in package.json bin', () => {
      expectShipped('bin/idv-pricing.js', 'package.json bin');
      expect(packed().packageJson.bin).to.deep.equal({ 'idv-pricing': 'bin/idv-pricing.js' });
    });

    it("should print the engine's Quote as JSON with --json (exit 0)", () => {
      const run = command('json', 0);
      expect(run.args).to.deep.equal(['quote', 'v1;app:10000/day', '--json']);
      expect(run.stderr).to.equal('');
      const parsed = JSON.parse(run.stdout) as ReturnType<typeof quote>;
      expect(parsed.lines.map((l) => l.plan), 'the plan priced').to.deep.equal(['app']);
      expect(parsed).to.deep.equal(JSON.parse(JSON.stringify(expected())));
    });

    it('should print the CSV export with --csv, a header row first (exit 0)', () => {
      const run = command('csv', 0);
      expect(run.stderr).to.equal('');
      expect(run.stdout.split('\r\n')[0], 'the header row').to.equal('section,item,units,amount (CNY),CNY');
      expect(run.stdout).to.equal(quoteToCsv(expected(), 'en'));
    });

    it('should refuse an unknown plan with exit 2 and one line on stderr naming it', () => {
      const run = command('bad', 2);
      expect(run.stdout).to.equal('');
      const lines = run.stderr.replace(/\n$/, '').split('\n');
      expect(lines, 'stderr').to.have.length(1);
      expect(lines[0]).to.contain('no-such-plan');
    });

    it('should print its help with --help (exit 0)', () => {
      const run = command('help', 0);
      expect(run.stderr).to.equal('');
      for (const flag of ['quote SCENARIO', '--json', '--csv', '--markdown', '--text', '--lang', '--rules']) expect(run.stdout, flag).to.contain(flag);
    });
  });

  it('should ship the npm entries as ES modules that import lit and decimal.js, not bundle them', () => {
    const { files } = packed().tarball;
    for (const entry of ['dist/lib/index.js', 'dist/lib/engine/index.js', 'dist/lib/share/index.js']) expect(files, entry).to.include(entry);
    const exportsOf = packed().packageJson.exports as Record<string, { default?: string }>;
    expect(exportsOf['.']!.default).to.equal('./dist/lib/index.js');
    expect(exportsOf['./engine']!.default).to.equal('./dist/lib/engine/index.js');
    expect(exportsOf['./share']!.default).to.equal('./dist/lib/share/index.js');
    // The drop-in stays one file for a script tag, and is exported for those who want the bundle.
    expect(exportsOf['./idv-pricing.js']!.default).to.equal('./dist/idv-pricing.js');
    expect(files.filter((f) => f.startsWith('dist/lib/') && /node_modules|\/lit-html\.js$|\/decimal\.mjs$/.test(f)), 'no bundled dependency').to.deep.equal([]);
  });

  it(`should stay under ${TARBALL_CEILING / 1000} KB packed`, () => {
    const { size, unpackedSize, files } = packed().tarball;
    expect(size, `${size} B packed, ${unpackedSize} B unpacked, ${files.length} files`).to.be.below(TARBALL_CEILING);
  });

  it('should ship every module and reference custom-elements.json names, and the manifest itself', () => {
    const { manifest, packageJson } = packed();
    expect(packageJson.customElements, 'package.json customElements').to.be.a('string');
    expectShipped(packageJson.customElements!, 'package.json customElements');
    expect(manifest?.modules.length, 'modules in the shipped manifest').to.be.greaterThan(0);
    const references: Reference[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const ref = node as Reference;
        if (typeof ref.module === 'string' && ref.package === undefined) references.push(ref);
        Object.values(node).forEach(walk);
      }
    };
    walk(manifest);
    expect(references.length, 'references to modules').to.be.greaterThan(0);
    for (const mod of manifest!.modules) expectShipped(mod.path, 'a module path in custom-elements.json');
    for (const ref of references) expectShipped(ref.module!, `custom-elements.json's reference to ${ref.name}`);
  });

  it('should name in custom-elements.json only exports and tags that the shipped bundle really has', async () => {
    const { manifest } = packed();
    const modules = manifest!.modules.filter((mod) => mod.path.endsWith('.js'));
    expect(modules.length, 'JavaScript modules in the manifest').to.be.greaterThan(0);
    const tags: string[] = [];
    for (const mod of modules) {
      // The served file is the one `npm pack` packed: `npm test` builds dist/ once, before both.
      const loaded = (await import(`/${normal(mod.path)}`)) as Record<string, unknown>;
      for (const entry of mod.exports ?? []) {
        const declared = mod.declarations?.find((d) => d.name === entry.declaration.name);
        expect(declared, `the declaration of ${entry.declaration.name} in ${mod.path}`).to.be.an('object');
        if (entry.kind === 'js') {
          expect(loaded[entry.name], `${mod.path} exports ${entry.name}`).to.be.a('function');
        } else {
          expect(entry.kind).to.equal('custom-element-definition');
          tags.push(entry.name);
          expect(customElements.get(entry.name), `${mod.path} defines <${entry.name}> as ${declared!.name}`).to.equal(
            loaded[declared!.name],
          );
        }
      }
    }
    const elements = modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName));
    expect(tags, 'a definition for each element').to.have.members(elements.map((d) => d.tagName!));
  });

  it("should name its repository, homepage and issue tracker in package.json, all at the repository's URL, with keywords", () => {
    const pkg = packed().packageJson;
    const base = repositoryBase(pkg).href;
    expect(typeof pkg.repository === 'object' ? pkg.repository.type : 'git', 'repository.type').to.equal('git');
    expect(pkg.homepage, 'homepage').to.be.oneOf([base, `${base}#readme`]);
    expect(typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url, 'bugs.url').to.equal(`${base}/issues`);
    expect(pkg.keywords, 'keywords').to.be.an('array');
    expect(pkg.keywords!.length, 'keywords').to.be.greaterThan(0);
    for (const keyword of pkg.keywords!) expect(keyword, 'a keyword').to.match(/^\S+$/);
    expect(new Set(pkg.keywords).size, 'keywords are distinct').to.equal(pkg.keywords!.length);
  });

  it('should link from its README only to headings in it and to files the tarball ships (as node_modules/idv-pricing/README.md)', async () => {
    const { readme } = packed();
    const anchors = readmeAnchors(readme);
    const relative = readmeLinks(readme).filter((link) => !/^[a-z][a-z\d+.-]*:/i.test(link.target));
    expect(relative.length, 'relative links in the README').to.be.greaterThan(0);
    for (const { target, line } of relative) {
      const [path, anchor] = decodeURI(target).split('#') as [string, string | undefined];
      if (path === '') {
        expect([...anchors], `README.md:${line} links to #${anchor}, a heading`).to.include(anchor);
        continue;
      }
      const file = normal(path.split('?')[0]!);
      expectShipped(file, `README.md:${line} links to`);
      // The package page (npm) resolves a relative link against the repository, which has no dist/.
      expect(file.startsWith('dist/'), `README.md:${line} links to ${file}, a built file the repository does not have`).to.equal(false);
      expect(await inRepository(file), `README.md:${line} links to ${file}, which the repository has`).to.equal(true);
    }
  });

  it("should link from its README to no other site than the repository's, over https", async () => {
    const { readme, packageJson } = packed();
    const base = repositoryBase(packageJson);
    const [owner, repo] = base.pathname.split('/').filter(Boolean);
    for (const { target, line } of readmeLinks(readme).filter((link) => /^[a-z][a-z\d+.-]*:/i.test(link.target))) {
      const url = new URL(target);
      expect(url.protocol, `README.md:${line} ${target}`).to.equal('https:');
      const parts = url.pathname.split('/').filter(Boolean);
      const ours = (url.host === base.host || url.host === 'raw.githubusercontent.com') && parts[0] === owner && parts[1] === repo;
      expect(ours, `README.md:${line} ${target} is on ${base.href}`).to.equal(true);
      // A file at a revision: raw.githubusercontent.com/o/r/<rev>/<path>, github.com/o/r/{blob,raw,tree}/<rev>/<path>.
      const file = url.host === 'raw.githubusercontent.com' ? parts.slice(3) : ['blob', 'raw', 'tree'].includes(parts[2]!) ? parts.slice(4) : [];
      if (file.length > 0) {
        expect(await inRepository(file.join('/')), `README.md:${line} names ${file.join('/')}, which the repository has`).to.equal(true);
      }
    }
  });
});
