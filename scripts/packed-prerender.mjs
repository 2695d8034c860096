// `idv-pricing prerender` as a consumer runs it: `npx --no-install idv-pricing prerender …` in the consumer
// project that packConsumer (scripts/build-frameworks.mjs) installs the tarball into, and the packed
// `idv-pricing/ssr`'s prerenderHtml on edge-case documents there. test/frameworks/prerender-command.test.ts
// judges the report in Chromium.
//
// What it writes, under .cache/frameworks/packed/ (served by the test runner from the repository root):
// - prerendered/calculator.html, prerendered/elements.html: test/frameworks/prerender-pages/ as the command
//   rewrote them, and prerendered/csp.txt, the style-src line it wrote with --csp (test/frameworks/
//   prerendered.test.ts opens these in Chromium); each written whole, then renamed;
// - prerender-report.json: the runs (arguments, exit status, stdout, stderr), whether a second run leaves the
//   files byte for byte, and the edge cases; written last (whole, then renamed), so when it exists the pages do.
//
// packConsumer calls prerenderInConsumer(consumer) after runCommandLine, which links the package's bin into
// node_modules/.bin; this file, run with `--in-consumer` in the consumer project, is the child that imports
// the packed idv-pricing/ssr (resolved as a consumer's import is).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The report, served to the spec as /.cache/frameworks/packed/prerender-report.json. */
export const PRERENDER_REPORT = `${ROOT}.cache/frameworks/packed/prerender-report.json`;

/** The command's output pages and csp.txt, served as /.cache/frameworks/packed/prerendered/…. */
export const PRERENDERED = `${ROOT}.cache/frameworks/packed/prerendered`;

/** The pages the command rewrites (test/frameworks/prerender-pages/). */
export const PAGES = ['calculator.html', 'elements.html'];

/** npx as runCommandLine runs it (build-frameworks.mjs): npm's own warnings kept off stderr. */
const NPX_ENV = { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', npm_config_fund: 'false' };

/** Runs `npx --no-install idv-pricing …args` in `cwd`: its arguments, exit status, stdout, stderr and time. */
function npx(cwd, args) {
  const started = performance.now();
  const run = spawnSync('npx', ['--no-install', 'idv-pricing', ...args], { cwd, encoding: 'utf8', env: NPX_ENV, timeout: 120000 });
  return {
    args,
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    ...(run.error ? { error: String(run.error) } : {}),
  };
}

/** Each file of `dir` (no subdirectories) as base64, by name. */
function filesOf(dir) {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));
}

/** A document with a byte order mark and CRLF line ends, for the command (the bytes of the file are compared). */
const BOM_CRLF = '\uFEFF<!DOCTYPE html>\r\n<html lang="en">\r\n<head><title>BOM and CRLF</title></head>\r\n<body>\r\n<idv-estimate first-purchase>\r\n</idv-estimate>\r\n</body>\r\n</html>\r\n';

/**
 * packConsumer's step. Never throws: what failed is in the report (`error`), for the spec to say.
 * Returns a summary for report.json.
 */
export function prerenderInConsumer(consumer) {
  const started = performance.now();
  const report = { pages: PAGES };
  try {
    rmSync(PRERENDERED, { recursive: true, force: true });
    const site = join(consumer, 'prerendered');
    mkdirSync(site, { recursive: true });
    for (const page of PAGES) cpSync(join(ROOT, 'test', 'frameworks', 'prerender-pages', page), join(site, page));
    report.inputs = filesOf(site);

    // The pages, as a static site's last build step: a directory, and the CSP line to a file in it.
    report.first = npx(consumer, ['prerender', 'prerendered', '--csp', 'prerendered/csp.txt']);
    report.outputs = filesOf(site);

    // Run again on a copy of the output: nothing may change.
    const again = join(consumer, 'again');
    cpSync(site, again, { recursive: true });
    report.second = npx(consumer, ['prerender', 'again', '--csp', 'again/csp.txt']);
    report.secondOutputs = filesOf(again);

    // A file given by name, with a byte order mark and CRLF line ends.
    const bom = join(consumer, 'bom-crlf.html');
    writeFileSync(bom, BOM_CRLF);
    report.bomCrlf = { input: Buffer.from(BOM_CRLF).toString('base64'), run: npx(consumer, ['prerender', 'bom-crlf.html']) };
    report.bomCrlf.output = readFileSync(bom).toString('base64');

    // Bad input: exit 2 and one line on stderr each.
    report.errors = {
      noPath: npx(consumer, ['prerender']),
      missingFile: npx(consumer, ['prerender', 'no-such-page.html']),
      unknownFlag: npx(consumer, ['prerender', 'prerendered', '--no-such-flag']),
      cspWithoutFile: npx(consumer, ['prerender', 'prerendered', '--csp']),
    };

    // prerenderHtml itself on the edge cases, in a child that imports the packed idv-pricing/ssr.
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--in-consumer'], {
      cwd: consumer,
      encoding: 'utf8',
      timeout: 120000,
      maxBuffer: 64 * 1024 * 1024,
    });
    try {
      report.edgeCases = JSON.parse(child.stdout.trim().split('\n').pop() ?? '');
    } catch {
      report.edgeCases = { error: `node exited ${child.status}: ${child.stderr}` };
    }

    // The first run's pages and csp.txt for the browser specs, each written whole, then renamed.
    mkdirSync(PRERENDERED, { recursive: true });
    for (const name of readdirSync(site)) {
      cpSync(join(site, name), join(PRERENDERED, `${name}.part`));
      renameSync(join(PRERENDERED, `${name}.part`), join(PRERENDERED, name));
    }
  } catch (error) {
    report.error = String(error?.stack ?? error);
  }
  report.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  mkdirSync(join(PRERENDER_REPORT, '..'), { recursive: true });
  writeFileSync(`${PRERENDER_REPORT}.part`, `${JSON.stringify(report)}\n`);
  renameSync(`${PRERENDER_REPORT}.part`, PRERENDER_REPORT);
  return {
    seconds: report.seconds,
    firstStatus: report.first?.status ?? null,
    firstSeconds: report.first?.seconds ?? null,
    ...(report.error ? { error: report.error } : {}),
  };
}

/**
 * The edge cases, each a document given to prerenderHtml with `file: '<name>.html'`; the spec knows what each
 * must give. `refs` are documents whose output the spec compares with theirs.
 */
export const EDGE_CASES = {
  // Tags a browser does not take for elements: in a comment, a script, a style, a title, a textarea, a
  // template's content, an attribute value, SVG.
  hidden:
    '<!doctype html><html lang="en"><head><title><idv-estimate></idv-estimate></title><style>/* <idv-estimate> */</style></head><body>\n' +
    '<!-- <idv-estimate volume="1"></idv-estimate> -->\n' +
    '<script>document.body.insertAdjacentHTML("beforeend", "<idv-estimate></idv-estimate>")</script>\n' +
    '<textarea><idv-estimate></idv-estimate></textarea>\n' +
    '<template><idv-estimate></idv-estimate></template>\n' +
    '<p title="<idv-estimate></idv-estimate>">text</p>\n' +
    '<svg><idv-estimate></idv-estimate></svg>\n' +
    '</body></html>\n',
  // An uppercase tag and attribute name.
  uppercase: '<!doctype html><html lang="en"><body>\n<IDV-COST-CHART UNITS="12000"></IDV-COST-CHART>\n</body></html>\n',
  // An attribute value with a character reference: rendered as 12000, written back as it was.
  entity: '<!doctype html><html lang="en"><body>\n<idv-cost-chart units="1&#50;000"></idv-cost-chart>\n</body></html>\n',
  entityRef: '<!doctype html><html lang="en"><body>\n<idv-cost-chart units="12000"></idv-cost-chart>\n</body></html>\n',
  // Slotted light DOM and text after the element.
  slotted:
    '<!doctype html><html lang="zh-CN"><body>\n<idv-pricing-calculator volume="12000" cta-href="https://example.com/buy"><span slot="cta">立即开通</span></idv-pricing-calculator><p>after</p>\n</body></html>\n',
  // The locale: from an ancestor (en inside a zh-CN page), from the page, the element's own.
  lang:
    '<!doctype html><html lang="zh-CN"><body>\n' +
    '<div lang="en"><section><idv-estimate id="ancestor-en"></idv-estimate></section></div>\n' +
    '<idv-estimate id="page-zh"></idv-estimate>\n' +
    '<div lang="zh-CN"><idv-estimate id="own-en" lang="en"></idv-estimate></div>\n' +
    '</body></html>\n',
  // No lang anywhere: English.
  noLang: '<!doctype html><html><body>\n<idv-estimate></idv-estimate>\n</body></html>\n',
  // Attributes renderElement refuses, which the shadow root does not depend on: the calculator's sync-url (what a
  // visitor without a ?idv= link sees) and the author's own handler on a host; both rendered without them.
  refused:
    '<!doctype html><html lang="en"><body>\n' +
    '<idv-pricing-calculator sync-url></idv-pricing-calculator>\n' +
    '<idv-estimate onclick="alert(1)"></idv-estimate>\n' +
    '</body></html>\n',
  // Such an element with an earlier run's shadow root: replaced by the current render.
  refusedStale:
    '<!doctype html><html lang="en"><body>\n<idv-estimate onclick="alert(1)"><template shadowrootmode="open"><p>stale</p></template><b>light</b></idv-estimate>\n</body></html>\n',
  // A stale shadow root from an earlier run with other attributes: replaced by the current render.
  stale: '<!doctype html><html lang="en"><body>\n<idv-cost-chart units="12000"><template shadowrootmode="open"><p>stale</p></template></idv-cost-chart>\n</body></html>\n',
  // No element: the text unchanged, odd as it is.
  none: '\uFEFF<!DOCTYPE html>\r\n<HTML><body>\r\n<p>no <b>elements<i> here</b>\r\n<idv>not one</idv>\r\n<!-- <idv-estimate> -->\r\n',
  // CRLF line ends and a byte order mark, around an element.
  bomCrlf: '\uFEFF<!DOCTYPE html>\r\n<html lang="en">\r\n<body>\r\n<idv-estimate first-purchase>\r\n</idv-estimate>\r\n</body>\r\n</html>\r\n',
};

/** The child: each edge case through the packed prerenderHtml, and renderElement's HTML to compare with. */
async function inConsumer() {
  // Resolved from the consumer project (the working directory), not from this file's place in the repository.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const { prerenderHtml, renderElement } = await import(pathToFileURL(require.resolve('idv-pricing/ssr')).href);
  const cases = {};
  for (const [name, html] of Object.entries(EDGE_CASES)) {
    const result = await prerenderHtml(html, { file: `${name}.html` });
    const again = await prerenderHtml(result.html, { file: `${name}.html` });
    cases[name] = { input: html, ...result, idempotent: again.html === result.html };
  }
  // renderElement's HTML for the shadow roots the spec compares with (English and Chinese estimates).
  const renders = {
    estimateEn: await renderElement('idv-estimate', { lang: 'en' }),
    estimateZh: await renderElement('idv-estimate', { lang: 'zh-CN' }),
    costChart: await renderElement('idv-cost-chart', { lang: 'en' }),
    costChart12000: await renderElement('idv-cost-chart', { lang: 'en', units: '12000' }),
    calculatorEn: await renderElement('idv-pricing-calculator', { lang: 'en' }),
  };
  process.stdout.write(`${JSON.stringify({ cases, renders })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--in-consumer')) {
  await inConsumer();
}
