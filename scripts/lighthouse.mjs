// Lighthouse against the built demo: builds demo/ with its `import '../src/index.js'` pointed at the built
// drop-in dist/idv-pricing.js (copied beside the page with its chunks, not bundled again), serves it with
// `vite preview` (gzip) and runs Lighthouse N times for mobile (the default) and desktop (--preset=desktop),
// then prints median scores and metrics and every failing accessibility audit with its elements. Also one
// accessibility-only run each for ?lang=en and ?theme=dark, and accessibility snapshots (Lighthouse user
// flow) after interaction: every <details> open (More tools, formulas), an invalid volume, a preset pressed,
// in the light and the dark theme.
// Not run by CI. Lighthouse is installed into a scratch dir, never into package.json.
// Usage: node scripts/lighthouse.mjs [runs=3] [--prerender]   env: LH_DIR (default /tmp/idv-lighthouse), CHROME_PATH
// --prerender: the built page rewritten as `idv-pricing prerender` does (prerenderHtml of dist/lib/ssr), then
// only the performance runs (mobile and desktop), for LCP and layout shift with and without prerendering.
// Needs `npm run build` first (dist/idv-pricing.js). JSON reports go to $LH_DIR/reports/.
/* global document -- used in page.evaluate callbacks, which run in the browser */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';

const PRERENDER = process.argv.includes('--prerender');
const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const repo = fileURLToPath(new URL('..', import.meta.url));
const dir = process.env.LH_DIR ?? '/tmp/idv-lighthouse';
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const reports = `${dir}/reports`;
mkdirSync(reports, { recursive: true });
if (!existsSync(`${repo}dist/idv-pricing.js`)) throw new Error('run `npm run build` first');

const lhCli = `${dir}/node_modules/lighthouse/cli/index.js`;
if (!existsSync(lhCli)) execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', 'lighthouse@13'], { stdio: 'inherit' });
const lhVersion = JSON.parse(readFileSync(`${dir}/node_modules/lighthouse/package.json`, 'utf8')).version;

const config = {
  configFile: false,
  root: `${repo}demo`,
  base: './',
  logLevel: 'warn',
  // The demo's import of the source becomes the built drop-in, loaded as a host page loads it: the file and its
  // chunks copied beside the page as they are, not bundled again (a bundler would rename the chunks that the
  // loader asks for by name).
  resolve: { alias: [{ find: /^\.\.\/src\/index\.js$/, replacement: '/idv-pricing.js' }] },
  build: { outDir: `${dir}/site`, emptyOutDir: true, rollupOptions: { external: ['/idv-pricing.js'] } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
};
await build(config);
cpSync(`${repo}dist/idv-pricing.js`, `${dir}/site/idv-pricing.js`);
cpSync(`${repo}dist/chunks`, `${dir}/site/chunks`, { recursive: true });
if (PRERENDER) {
  const { prerenderHtml } = await import(pathToFileURL(`${repo}dist/lib/ssr/index.js`).href);
  const page = `${dir}/site/index.html`;
  const result = await prerenderHtml(readFileSync(page, 'utf8'), { file: 'index.html' });
  writeFileSync(page, result.html);
  console.log(`prerendered ${result.rendered} elements of the demo page${result.warnings.map((w) => `\n  ${w}`).join('')}`);
}
const server = await preview(config);
const url = 'http://127.0.0.1:4173/';

// Async on purpose: the preview server lives in this process, and a sync child would block it (a hang).
async function lighthouse(name, target, extra) {
  const args = [lhCli, target, `--chrome-flags=--headless=new --no-sandbox --disable-gpu`, '--output=json',
    `--output-path=${reports}/${name}.json`, '--quiet', ...extra];
  console.log(`CHROME_PATH=${chrome} node ${args.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')}`);
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  const code = await new Promise((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  return JSON.parse(readFileSync(`${reports}/${name}.json`, 'utf8'));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift', SI: 'speed-index', TTI: 'interactive' };
const failing = new Map(); // audit id -> { title, report, nodes }

function collectA11y(r, label) {
  for (const ref of r.categories.accessibility?.auditRefs ?? []) {
    const a = r.audits[ref.id];
    if (a.score === null || a.score >= 1) continue;
    const entry = failing.get(a.id) ?? { title: a.title, seenIn: new Set(), nodes: new Map() };
    entry.seenIn.add(label);
    for (const it of a.details?.items ?? []) {
      const n = it.node ?? {};
      entry.nodes.set(n.path ?? n.selector, `${n.selector} — ${n.snippet} — ${(n.explanation ?? '').replace(/\s+/g, ' ')}`);
    }
    failing.set(a.id, entry);
  }
}

// Navigation runs only see the first paint's DOM; these snapshots audit the states a visitor opens.
async function snapshots() {
  const mod = (path) => import(pathToFileURL(`${dir}/node_modules/${path}`));
  const { startFlow } = await mod('lighthouse/core/index.js');
  const { default: puppeteer } = await mod('puppeteer-core/lib/puppeteer/puppeteer-core.js');
  const browser = await puppeteer.launch({ executablePath: chrome, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const flow = await startFlow(page, { config: { extends: 'lighthouse:default', settings: { onlyCategories: ['accessibility'] } } });
    const openAll = () => page.evaluate(() => {
      const walk = (root) => root.querySelectorAll('*').forEach((el) => {
        if (el.localName === 'details') el.open = true;
        if (el.shadowRoot) walk(el.shadowRoot);
      });
      walk(document);
    });
    const pause = (ms) => new Promise((done) => setTimeout(done, ms));
    for (const theme of ['light', 'dark']) {
      await page.goto(`${url}?theme=${theme}`, { waitUntil: 'networkidle0' });
      await openAll(); await pause(800); await openAll(); await pause(800); // tools open more <details>
      const input = await page.waitForSelector('#docs-calc >>> input[id$="-volume"]');
      await input.click({ clickCount: 3 });
      await input.type('abc');
      await page.click('[data-preset="gov"]');
      await pause(500);
      await flow.snapshot({ name: `snapshot-${theme}` });
    }
    const result = await flow.createFlowResult();
    writeFileSync(`${reports}/flow-snapshots.json`, JSON.stringify(result));
    for (const step of result.steps) {
      console.log(`${step.name} (details open, invalid volume, preset pressed): accessibility ${Math.round(step.lhr.categories.accessibility.score * 100)}`);
      collectA11y(step.lhr, step.name);
    }
  } finally {
    await browser.close();
  }
}

try {
  const categories = '--only-categories=performance,accessibility,best-practices';
  for (const [form, extra] of [['mobile', []], ['desktop', ['--preset=desktop']]]) {
    const runs = [];
    for (let i = 1; i <= RUNS; i++) runs.push(await lighthouse(`${form}-${PRERENDER ? 'prerendered-' : ''}${i}`, url, [categories, ...extra]));
    runs.forEach((r) => collectA11y(r, form));
    const cats = Object.keys(runs[0].categories);
    console.log(`\n## ${form} (${RUNS} runs, median; benchmarkIndex ${runs.map((r) => r.environment.benchmarkIndex).join(', ')})`);
    for (const c of cats) console.log(`${c}: ${median(runs.map((r) => r.categories[c].score * 100))}  (runs: ${runs.map((r) => r.categories[c].score * 100).join(', ')})`);
    for (const [k, id] of Object.entries(METRICS)) {
      const vals = runs.map((r) => r.audits[id].numericValue);
      const fmt = (v) => (k === 'CLS' ? v.toFixed(3) : `${Math.round(v)} ms`);
      console.log(`${k}: ${fmt(median(vals))}  (runs: ${vals.map(fmt).join(', ')})`);
    }
  }
  // With --prerender, the performance runs only.
  for (const [name, query] of PRERENDER ? [] : [['a11y-en', '?lang=en'], ['a11y-dark', '?theme=dark']]) {
    collectA11y(await lighthouse(name, url + query, ['--only-categories=accessibility']), query);
  }
  if (!PRERENDER) await snapshots();
  console.log(`\n## failing accessibility audits (Lighthouse ${lhVersion})`);
  if (!failing.size) console.log('none');
  for (const [id, f] of failing) {
    console.log(`- ${id}: ${f.title} [in: ${[...f.seenIn].join(', ')}]`);
    for (const n of f.nodes.values()) console.log(`    ${n}`);
  }
} finally {
  await server.close();
}
