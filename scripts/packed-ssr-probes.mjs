// The hardening suite's injection probes (test/hardening/probes.mjs) sent through the server path: every element
// rendered by the PACKED `idv-pricing/ssr`, in the consumer project packConsumer (scripts/build-frameworks.mjs)
// installs the tarball into, with each probe as the value of each of its attributes. Each render is parsed in
// Node with parse5 7 (the WHATWG HTML parsing algorithm; a dependency of the package, resolved from the
// consumer) and judged here; only the verdicts are kept, in .cache/frameworks/packed/ssr-probes.json (a few
// KB), with one page of server HTML for Chromium, .cache/frameworks/packed/ssr-probes.html.
// test/frameworks/ssr-probes.test.ts asserts the report and checks that page in the browser.
//
// Depth (test/helpers/depth.ts): with IDV_TEST_DEPTH=deep every attribute gets every probe; otherwise each
// attribute gets every other probe and the next attribute of the same element the others, so every probe
// still reaches every element.
//
// packConsumer calls probeServerRendering(consumer); this file, run with `--in-consumer` in the consumer
// project, is the child that renders (so `idv-pricing/ssr` resolves as a consumer's import does).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROBES } from '../test/hardening/probes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The verdicts, served to the spec as /.cache/frameworks/packed/ssr-probes.json. */
export const SSR_PROBES_REPORT = `${ROOT}.cache/frameworks/packed/ssr-probes.json`;

/** The page of server HTML with the probes, served as /.cache/frameworks/packed/ssr-probes.html. */
export const SSR_PROBES_PAGE = `${ROOT}.cache/frameworks/packed/ssr-probes.html`;

/**
 * Attributes renderElement refuses by design (docs/ssr.md, "Attributes and escaping"): not probed; each is
 * rendered once to see that it is refused with a TypeError, which the report records.
 */
const REFUSED = { 'idv-pricing-calculator': ['sync-url'] };

/** The attributes a benign render has, besides the one probed: a value the element takes as it is. */
const BASE = { lang: 'en' };

/** Attributes whose URL value would run script if it were `javascript:` (`xlink:href` is parse5's `href` with the xlink prefix). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** Elements that load, run or style something (injection.test.ts watches the same). */
const WATCHED = ['img', 'script', 'svg', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'foreignobject'];

/** At most this many failures are written out in full; the count is always whole. */
const FAILURES_KEPT = 200;

/**
 * packConsumer's step: runs this file in `consumer` (the project holding the unpacked tarball) and returns a
 * summary for report.json; the child writes SSR_PROBES_REPORT and SSR_PROBES_PAGE. A child that dies before
 * writing its report leaves one that says so.
 */
export function probeServerRendering(consumer) {
  const started = performance.now();
  for (const file of [SSR_PROBES_REPORT, SSR_PROBES_PAGE]) rmSync(file, { force: true });
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--in-consumer'], {
    cwd: consumer,
    encoding: 'utf8',
    timeout: 300000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  if (!existsSync(SSR_PROBES_REPORT)) {
    writeAtomically(SSR_PROBES_REPORT, JSON.stringify({ error: `node exited ${run.status} ${run.signal ?? ''}: ${run.stderr}`.slice(0, 4000), seconds }));
  }
  try {
    const { renders, failureCount, depth, error } = JSON.parse(readFileSync(SSR_PROBES_REPORT, 'utf8'));
    return { seconds, depth, renders, failures: failureCount, ...(error ? { error } : {}) };
  } catch (error) {
    return { seconds, error: String(error) };
  }
}

function writeAtomically(file, text) {
  writeFileSync(`${file}.part`, text);
  renameSync(`${file}.part`, file);
}

// ---------------------------------------------------------------------------------------------------------
// The child, in the consumer project.

/** parse5 7 as the consumer has it: the package's own dependency, or the one @lit-labs/ssr brings. */
async function loadParse5(require) {
  const candidates = [() => require.resolve('parse5'), () => createRequire(require.resolve('@lit-labs/ssr')).resolve('parse5')];
  for (const candidate of candidates) {
    let path;
    try {
      path = candidate();
    } catch {
      continue;
    }
    const parse5 = await import(pathToFileURL(path).href);
    // parse5 7 exports parseFragment and its `html` namespace map; 6 has no `html`.
    if (typeof parse5.parseFragment === 'function' && parse5.html) return { parse5, version: versionOf(path) };
  }
  throw new Error('parse5 7 not found from the consumer project');
}

/** The version in the package.json of the package `file` belongs to. */
function versionOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (name) return version;
    }
  }
  return null;
}

/** Every element under `node`, template content included (parse5 keeps it in `.content`), with its depth in shadow templates. */
function elementsOf(node, into = []) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) into.push(child);
    elementsOf(child, into);
    if (child.content) elementsOf(child.content, into);
  }
  return into;
}

const attrName = (a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name);

/** The text of a parse5 element (its text nodes, in order). */
const textOf = (el) => (el.childNodes ?? []).map((n) => (n.nodeName === '#text' ? n.value : textOf(n))).join('');

/** What a render's markup holds, as an HTML parser reads it. */
function parsed(parse5, markup) {
  const fragment = parse5.parseFragment(markup);
  const all = elementsOf(fragment);
  return {
    top: fragment.childNodes,
    names: new Set(all.map((e) => e.tagName.toLowerCase())),
    styles: all.filter((e) => e.tagName === 'style').map(textOf),
    all,
  };
}

/**
 * The HTML tree builder turns NUL into U+FFFD in attribute values and text, however it is written (`&#0;` too):
 * no escaping can carry it, so a NUL in a probe reads back as U+FFFD.
 */
const asParsed = (value) => value.replaceAll('\u0000', '\uFFFD');

/** The element names a probe spells (`<img`, `</style` …). */
const spelled = (probe) => [...new Set([...probe.matchAll(/<\/?([a-z][^\s/>]*)/gi)].map((m) => m[1].toLowerCase()))];

/** Judges one render; returns what is wrong (an empty list when nothing is). */
function judge(parse5, tag, given, markup, benign, probes) {
  const wrong = [];
  const { top, names, styles, all } = parsed(parse5, markup);
  // One element, the host: a value that broke out of its quotes would add attributes, siblings or text.
  const hosts = top.filter((n) => n.tagName);
  if (top.length !== 1 || hosts.length !== 1 || hosts[0].tagName !== tag) {
    wrong.push(`the HTML is not one <${tag}>: ${top.map((n) => n.tagName ?? n.nodeName).join(', ')}`);
  }
  const host = hosts[0];
  if (host) {
    const have = host.attrs.map(attrName);
    const want = Object.keys(given);
    if (have.length !== want.length || !want.every((name) => have.includes(name))) {
      wrong.push(`host attributes ${JSON.stringify(have).slice(0, 200)}, given ${JSON.stringify(want)}`);
    }
    for (const a of host.attrs) {
      if (Object.hasOwn(given, a.name) && a.value !== asParsed(given[a.name])) {
        wrong.push(`host ${a.name} reads back as ${JSON.stringify(a.value.slice(0, 60))} (${a.value.length} chars)`);
      }
    }
  }
  // A probe may change what the element renders (an error line, a link to a relative URL): only the elements
  // it spells, and those that load, run or style something, must be among those the element renders anyway.
  const watched = new Set([...WATCHED, ...probes.flatMap(spelled)]);
  for (const name of names) {
    if (watched.has(name) && !benign.names.has(name)) wrong.push(`<${name}>, which no benign render has`);
  }
  for (const text of styles) {
    if (!benign.styles.has(text)) wrong.push(`a <style> that is not the element's own: ${JSON.stringify(text.slice(0, 60))}`);
  }
  for (const e of all) {
    for (const a of e.attrs) {
      const name = attrName(a);
      if (/^on/i.test(a.name)) wrong.push(`an event handler ${name} on <${e.tagName}>`);
      // eslint-disable-next-line no-control-regex
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^javascript:/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))) {
        wrong.push(`a javascript: URL in ${name} on <${e.tagName}>`);
      }
    }
  }
  return wrong;
}

/** The attributes of each element: from the shipped custom-elements.json, and from each class's elementProperties. */
function attributesOf(installed, tags) {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
  const fromManifest = {};
  const booleans = {};
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !tags.includes(d.tagName)) continue;
      fromManifest[d.tagName] = (d.attributes ?? []).map((a) => a.name);
      booleans[d.tagName] = (d.attributes ?? []).filter((a) => a.type?.text === 'boolean').map((a) => a.name);
    }
  }
  const fromClass = {};
  for (const tag of tags) {
    const props = globalThis.customElements.get(tag)?.elementProperties ?? new Map();
    fromClass[tag] = [...props].filter(([, o]) => o.attribute !== false).map(([p, o]) => (typeof o.attribute === 'string' ? o.attribute : String(p).toLowerCase()));
  }
  return { fromManifest, fromClass, booleans };
}

/** The probe indices `attribute` number `n` of an element gets (test/helpers/depth.ts, halfOf). */
const probeIndices = (deep, n) => PROBES.map((_, i) => i).filter((i) => deep || (i + n) % 2 === 0);

async function inConsumer() {
  const started = performance.now();
  const deep = process.env.IDV_TEST_DEPTH === 'deep';
  const report = {
    depth: deep ? 'deep' : 'quick',
    probes: PROBES.length,
    renders: 0,
    skipped: [],
    attributes: {},
    tried: {},
    failureCount: 0,
    failures: [],
    page: null,
    seconds: null,
  };
  const fail = (failure) => {
    report.failureCount += 1;
    if (report.failures.length < FAILURES_KEPT) report.failures.push(failure);
  };
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const installed = join(process.cwd(), 'node_modules', 'idv-pricing');
    const { renderElement, ELEMENT_TAGS } = await import(pathToFileURL(require.resolve('idv-pricing/ssr')).href);
    const { parse5, version } = await loadParse5(require);
    report.parse5 = version;
    const { fromManifest, fromClass, booleans } = attributesOf(installed, ELEMENT_TAGS);
    const page = [];
    const inPage = new Set();
    let next = 0;

    /** Renders `given` and judges it against the benign renders; returns the markup, or null when it threw. */
    const probe = async (tag, given, indices, label) => {
      report.renders += 1;
      let markup;
      try {
        markup = await renderElement(tag, given);
      } catch (error) {
        const documented = Object.keys(given).some((name) => REFUSED[tag]?.includes(name));
        if (error instanceof TypeError && documented) return null;
        fail({ tag, ...label, problems: [`threw ${String(error?.stack ?? error).slice(0, 300)}`] });
        return null;
      }
      const problems = judge(parse5, tag, given, markup, benignOf.get(tag), indices.map((i) => PROBES[i]));
      if (problems.length > 0) fail({ tag, ...label, problems: problems.slice(0, 10) });
      return markup;
    };

    const benignOf = new Map();
    for (const tag of ELEMENT_TAGS) {
      const listed = fromManifest[tag] ?? [];
      const missing = fromClass[tag].filter((name) => !listed.includes(name));
      if (!fromManifest[tag]) fail({ tag, problems: ['not in the shipped custom-elements.json'] });
      if (missing.length > 0) fail({ tag, problems: [`attributes the class has and custom-elements.json lacks: ${missing.join(', ')}`] });
      const attributes = [...new Set([...listed, ...fromClass[tag]])];
      const probed = attributes.filter((name) => !REFUSED[tag]?.includes(name));
      report.attributes[tag] = probed;
      // The benign renders: the element as a page writes it, with each boolean attribute on and every tool open.
      const benignInputs = [BASE, ...(booleans[tag] ?? []).filter((b) => probed.includes(b)).map((b) => ({ ...BASE, [b]: '' })), ...(probed.includes('tools') ? [{ ...BASE, tools: 'all' }] : [])];
      const benign = { names: new Set(), styles: new Set() };
      for (const given of benignInputs) {
        const { names, styles } = parsed(parse5, await renderElement(tag, given));
        for (const n of names) benign.names.add(n);
        for (const s of styles) benign.styles.add(s);
      }
      benignOf.set(tag, benign);
      page.push(`<div data-tag="${tag}" data-case="benign">${await renderElement(tag, BASE)}</div>`);

      for (const name of attributes.filter((a) => REFUSED[tag]?.includes(a))) {
        try {
          await renderElement(tag, { ...BASE, [name]: '' });
          fail({ tag, attribute: name, problems: ['rendered, though renderElement documents refusing it'] });
        } catch (error) {
          const refusal = `${error?.constructor?.name}: ${error?.message}`;
          report.skipped.push({ tag, attribute: name, refusal });
          if (!(error instanceof TypeError)) fail({ tag, attribute: name, problems: [`refused with ${refusal}, not a TypeError`] });
        }
      }

      // Each attribute alone (lang: 'en' beside it), with its share of the probes.
      report.tried[tag] = {};
      for (const [n, name] of probed.entries()) {
        const indices = probeIndices(deep, n);
        report.tried[tag][name] = indices;
        for (const i of indices) await probe(tag, name === 'lang' ? { lang: PROBES[i] } : { ...BASE, [name]: PROBES[i] }, [i], { attribute: name, probe: i });
      }

      // The page: the probes spread over the element's attributes, in two renders of it (one when it has an
      // attribute for each probe), going on from where the last element's left off: every probe is in the page
      // more than once, each element gets at least twice as many as it has attributes, and the page stays
      // under 1 MB (a render is 20 to 50 KB, most of it the element's styles).
      for (let r = 0; r < (probed.length >= PROBES.length ? 1 : 2); r += 1) {
        const indices = probed.map((_, k) => (next + k) % PROBES.length);
        next += probed.length;
        const given = Object.fromEntries(probed.map((name, k) => [name, PROBES[indices[k]]]));
        const markup = await probe(tag, given, indices, { attribute: 'all', probe: indices.join(' ') });
        if (markup) {
          page.push(`<div data-tag="${tag}" data-case="probes" data-probes="${indices.join(' ')}">${markup}</div>`);
          for (const i of indices) inPage.add(i);
        }
      }
    }
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>idv-pricing/ssr probes</title></head><body>\n' +
      `${page.join('\n')}\n` +
      // Runs only where the page is opened with scripts allowed (ssr-probes.test.ts opens it both ways).
      '<script type="module" src="/dist/idv-pricing.js"></script>\n</body></html>\n';
    writeAtomically(SSR_PROBES_PAGE, html);
    report.page = { bytes: Buffer.byteLength(html), renders: page.length, probes: [...inPage].sort((a, z) => a - z) };
  } catch (error) {
    report.error = String(error?.stack ?? error);
  }
  report.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  writeAtomically(SSR_PROBES_REPORT, `${JSON.stringify(report)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--in-consumer')) {
  await inConsumer();
}
