// UI speed in headless Chromium (part of `npm run bench`; informational, never fails on a missed goal).
//
// 1. The floor of the stack, measured side by side with the calculator in one run and one browser: one Lit
//    element that computes one price with the full decimal.js and renders it (scripts/floor/floor-element.ts),
//    built here with vite into one minified file. Goals for the calculator's page (default attributes, zh-CN):
//    script bytes fetched before the first figure at most 2× the floor's, first figure at most 1.5× the
//    floor's time (median). Both pages are served with gzip -9, so the browser reports real transfer sizes.
//    For information, the same calculator page prerendered (`prerenderHtml` of idv-pricing/ssr, as the
//    `idv-pricing prerender` command writes it): its figures are in the HTML, so its first figure should come
//    before the floor's (ratio below 1); `taken over` is when the drop-in has replaced the server's render.
// 2. Keystroke → figures: 240 edits of the calculator's volume field (target p95 < 4 ms).
//
// Uses the built drop-in (dist/idv-pricing.js, plus any chunk files it imports from its own folder) on plain
// static pages, as a host page would. `BENCH_VERBOSE=1` lists the scripts each page fetched.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { buildFloor } from './floor/build-floor.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const LOADS = Number(process.env.BENCH_LOADS) || 25;
const VERBOSE = process.env.BENCH_VERBOSE === '1';

if (!existsSync(path.join(DIST, 'idv-pricing.js'))) {
  console.error('dist/idv-pricing.js is missing: run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------- the floor, built into a temp directory

const FLOOR_DIR = mkdtempSync(path.join(os.tmpdir(), 'idv-floor-'));
const floor = await buildFloor(FLOOR_DIR);
const floorBytes = readFileSync(floor.file);
const floorGzip = floor.gzip;

// ---------------------------------------------------------------- pages and server

// Marks are taken in the page itself (not from Playwright, whose round trip would add 10–30 ms). The first
// figure is defined identically for every page: the first animation frame at which the element's shadow root
// holds a rendered figure (a digit run with two decimals), polled once per frame (a MutationObserver cannot
// watch a shadow root before it exists); `painted` is after that frame's paint (a message posted from it).
// Times are read from navigation start, since fetching the scripts is part of the wait.
const marks = (tag, takeover = false) => `<script>performance.mark('script-start');
(function () {
  var re = /\\d[\\d,]*\\.\\d\\d/;
  function tick() {
    var el = document.querySelector('${tag}');
    var text = el && el.shadowRoot ? el.shadowRoot.textContent : '';
    var m = re.exec(text);
    if (!m) return requestAnimationFrame(tick);
    performance.mark('first-figure');
    window.__firstFigure = m[0];
    ${
      // Only on the prerendered page: the calculator's updateComplete loads its details at once, which would
      // change what the other pages measure after their first figure.
      takeover
        ? `customElements.whenDefined('${tag}').then(function () { return el.updateComplete; }).then(function () {
      performance.mark('taken-over');
      console.log('idv-bench-taken-over');
    });`
        : ''
    }
    var c = new MessageChannel();
    c.port1.onmessage = function () { performance.mark('painted'); console.log('idv-bench-painted'); };
    c.port2.postMessage(0);
  }
  requestAnimationFrame(tick);
})();</script>`;
const page = (lang, tag, src, body, takeover = false) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${marks(tag, takeover)}
<script type="module" src="${src}"></script></head><body>${body}</body></html>`;
const CALC = 'idv-pricing-calculator';
const PAGES = {
  floor: { path: '/floor.html', label: 'floor (zh-CN)', tag: 'idv-floor', html: page('zh-CN', 'idv-floor', '/floor/floor.js', '<idv-floor volume="10000"></idv-floor>') },
  calc: { path: '/calc.html', label: 'calculator (zh-CN)', tag: CALC, html: page('zh-CN', CALC, '/w/idv-pricing.js', `<${CALC}></${CALC}>`) },
  calcEn: { path: '/calc-en.html', label: 'calculator (en, info)', tag: CALC, html: page('en', CALC, '/w/idv-pricing.js', `<${CALC}></${CALC}>`) },
};
// The calculator page as `idv-pricing prerender` rewrites it (dist/lib, the npm entry's build).
const { prerenderHtml } = await import(path.join(DIST, 'lib', 'ssr', 'index.js'));
PAGES.calcPre = {
  path: '/calc-pre.html',
  label: 'calculator, prerendered (info)',
  tag: CALC,
  takeover: true,
  html: (await prerenderHtml(page('zh-CN', CALC, '/w/idv-pricing.js', `<${CALC}></${CALC}>`, true))).html,
};
const HTML = new Map(Object.values(PAGES).map((p) => [p.path, p.html]));
const ROOTS = { '/floor/': FLOOR_DIR, '/w/': DIST };
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

// Compressed once per file version, so the server's gzip time is not part of what the pages wait for.
const gzipCache = new Map();
function gzipped(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(readFileSync(file), { level: 9 }));
  return gzipCache.get(key);
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  const noStore = { 'cache-control': 'no-store' };
  if (HTML.has(pathname)) {
    res.writeHead(200, { ...noStore, 'content-type': 'text/html; charset=utf-8' });
    return res.end(HTML.get(pathname));
  }
  const prefix = Object.keys(ROOTS).find((p) => pathname.startsWith(p));
  const root = prefix && ROOTS[prefix];
  const file = root && path.resolve(root, '.' + decodeURIComponent(pathname.slice(prefix.length - 1)));
  if (!file || !file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { ...noStore, 'content-type': 'text/plain' });
    return res.end('not found');
  }
  const ext = path.extname(file);
  const type = TYPES[ext] ?? 'application/octet-stream';
  if (type === 'text/javascript') {
    const body = gzipped(file);
    res.writeHead(200, { ...noStore, 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
    return res.end(body);
  }
  res.writeHead(200, { ...noStore, 'content-type': type });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

// Nearest-rank percentile.
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1))];
const ms = (x, digits = 1) => `${x.toFixed(digits)} ms`;

/** One fresh load (new browser context: empty cache) of a page; its marks and the scripts it fetched. */
async function load(spec) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    // Nothing of Playwright's may run in the page before its figure is painted: its first `evaluate` injects a
    // large utility script whose compile (20–45 ms on the main thread here) would land in the middle of a page
    // that is still loading chunks, and so would tax the calculator and not the floor. The page says when it
    // has painted (a console message, which Playwright reads over the protocol without touching the page);
    // only then are its marks read.
    const painted = tab.waitForEvent('console', { predicate: (m) => m.text() === 'idv-bench-painted', timeout: 15000 }).then(
      () => true,
      () => false,
    );
    // The prerendered page: also wait until the drop-in has replaced the server's render (`taken-over`).
    const over = spec.takeover
      ? tab.waitForEvent('console', { predicate: (m) => m.text() === 'idv-bench-taken-over', timeout: 15000 }).catch(() => undefined)
      : null;
    await tab.goto(origin + spec.path, { waitUntil: 'commit' });
    if (!(await painted)) return null;
    await over;
    return await tab.evaluate(async () => {
      // The browser records first-contentful-paint after the frame: wait for it (at most 2 s).
      await new Promise((resolve) => {
        new window.PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          resolve();
        }).observe({ type: 'paint', buffered: true });
        setTimeout(resolve, 2000);
      });
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      const first = at('first-figure');
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => (e.initiatorType === 'script' || e.initiatorType === 'other') && /\.js$/.test(new URL(e.name).pathname))
        .map((e) => ({
          name: new URL(e.name).pathname,
          bytes: e.encodedBodySize,
          decoded: e.decodedBodySize,
          start: e.startTime,
          end: e.responseEnd,
          before: e.responseEnd <= first,
        }));
      const nav = performance.getEntriesByType('navigation')[0];
      const before = scripts.filter((s) => s.before);
      const over = performance.getEntriesByName('taken-over')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        html: nav ? nav.responseEnd : NaN,
        takenOver: over ? over.startTime : NaN,
        fcp: fcp ? fcp.startTime : NaN,
        scriptStart: at('script-start'),
        first,
        painted: at('painted'),
        text: window.__firstFigure,
        bytes: before.reduce((a, s) => a + s.bytes, 0),
        requests: before.length,
        scripts,
      };
    });
  } finally {
    await context.close();
  }
}

try {
  // Fresh loads, the order alternating each round so no page always goes first; one discarded load of each
  // page first (the browser's own first-use costs).
  const runs = { floor: [], calc: [], calcEn: [], calcPre: [] };
  const order = Object.keys(runs);
  for (const key of order) await load(PAGES[key]);
  for (let i = 0; i < LOADS; i++) {
    for (const key of i % 2 ? [...order].reverse() : order) {
      const run = await load(PAGES[key]);
      if (!run) throw new Error(`${PAGES[key].label}: no figure within 15 s of loading ${PAGES[key].path}`);
      runs[key].push(run);
    }
  }

  // Keystrokes: 240 edits of the volume field (every kind a visitor types), each timed from the input event to
  // the DOM holding the new figures, and to the next frame (painted).
  // A failure here is reported, not thrown, so the page-load figures above are still printed.
  let edits = null;
  let editsError = 'the calculator showed no text field, or was not ready within 60 s';
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(origin + PAGES.calc.path, { waitUntil: 'networkidle' });
    // Bounded in the page: a drop-in that never defines its element must not hang the bench.
    edits = await tab.evaluate(() => {
      const measure = async () => {
        await customElements.whenDefined('idv-pricing-calculator');
        const el = document.querySelector('idv-pricing-calculator');
        await el.updateComplete;
        let input = null;
        for (let i = 0; i < 600 && !input; i++) {
          input = el.shadowRoot.querySelector('input[type="text"]');
          if (!input) await new Promise((r) => requestAnimationFrame(r));
        }
        if (!input) return null;
        const texts = ['12000', '12,000', '1.2万', '5万', '1.5亿', '300000', '7', '2500000'];
        const dom = [];
        const frame = [];
        for (let i = 0; i < 240; i++) {
          input.value = `${texts[i % texts.length].replace(/^(\d)/, `$1${i % 10}`)}`;
          const t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await el.updateComplete;
          dom.push(performance.now() - t0);
          await new Promise((r) => requestAnimationFrame(r));
          frame.push(performance.now() - t0);
        }
        return { dom, frame };
      };
      return Promise.race([measure(), new Promise((r) => setTimeout(() => r(null), 60000))]);
    });
  } catch (error) {
    editsError = String(error?.message ?? error).split('\n')[0];
  } finally {
    await context.close();
  }

  // ---------------------------------------------------------------- report

  const summary = (key) => {
    const rs = runs[key];
    const col = (f) => rs.map(f);
    const bytes = col((r) => r.bytes);
    return {
      bytes: pct(bytes, 50),
      bytesMin: Math.min(...bytes),
      bytesMax: Math.max(...bytes),
      requests: pct(col((r) => r.requests), 50),
      first: { p10: pct(col((r) => r.first), 10), p50: pct(col((r) => r.first), 50), p90: pct(col((r) => r.first), 90) },
      painted: pct(col((r) => r.painted), 50),
      fcp: pct(col((r) => r.fcp), 50),
      sinceScript: pct(col((r) => r.painted - r.scriptStart), 50),
    };
  };
  const s = { floor: summary('floor'), calc: summary('calc'), calcEn: summary('calcEn'), calcPre: summary('calcPre') };
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

  console.log(`\nUI in headless Chromium (${LOADS} fresh loads per page, alternating order; gzip -9 on the wire)`);
  console.log(`floor: one Lit element + full decimal.js, vite lib build: ${floorBytes.length} B, ${floorGzip} B gzip (${kb(floorGzip)})`);
  const head = ['page', 'script bytes before 1st figure', 'requests', '1st figure median', 'p10', 'p90', 'painted', 'script→painted', 'FCP'];
  const rows = Object.entries(s).map(([key, x]) => [
    PAGES[key].label,
    `${x.bytes} B (${kb(x.bytes)})${x.bytesMin !== x.bytesMax ? ` [${x.bytesMin}–${x.bytesMax}]` : ''}`,
    String(x.requests),
    ms(x.first.p50),
    ms(x.first.p10),
    ms(x.first.p90),
    ms(x.painted),
    ms(x.sinceScript),
    ms(x.fcp),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log("(times from navigation start; painted, script→painted and FCP, the browser's first-contentful-paint, are medians)");

  const bytesRatio = s.calc.bytes / s.floor.bytes;
  const timeRatio = s.calc.first.p50 / s.floor.first.p50;
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`calculator/floor script bytes before first figure: ${bytesRatio.toFixed(2)}× (goal ≤ 2×: ${verdict(bytesRatio <= 2)})`);
  console.log(`calculator/floor first figure, median:            ${timeRatio.toFixed(2)}× (goal ≤ 1.5×: ${verdict(timeRatio <= 1.5)})`);
  const pre = s.calcPre.first.p50 / s.floor.first.p50;
  const overs = runs.calcPre.map((r) => r.takenOver).filter((x) => Number.isFinite(x));
  console.log(`prerendered calculator/floor first figure, median: ${pre.toFixed(2)}× (goal < 1: ${verdict(pre < 1)}); taken over by the drop-in at ${overs.length ? ms(pct(overs, 50)) : 'n/a'} (median)`);
  console.log(
    `  (for information: painted, median ${(s.calc.painted / s.floor.painted).toFixed(2)}×; ` +
      `en: ${(s.calcEn.bytes / s.floor.bytes).toFixed(2)}× bytes, ${(s.calcEn.first.p50 / s.floor.first.p50).toFixed(2)}× time)`,
  );

  if (VERBOSE) {
    for (const key of Object.keys(runs)) {
      const r = runs[key][0];
      console.log(`\n${PAGES[key].label}, first load: HTML received ${ms(r.html)}, inline script ${ms(r.scriptStart)}, first figure "${r.text}" at ${ms(r.first)}; scripts fetched:`);
      for (const sc of r.scripts) {
        console.log(`  ${sc.before ? 'before' : 'after '}  ${String(sc.bytes).padStart(7)} B gzip  ${String(sc.decoded).padStart(7)} B  requested ${ms(sc.start).padStart(9)} done ${ms(sc.end).padStart(9)}  ${sc.name}`);
      }
    }
  }

  console.log('');
  if (!edits) {
    console.log(`keystroke: not measured (${editsError})`);
  } else {
    console.log(`keystroke → figures in the DOM: median ${ms(pct(edits.dom, 50), 2)}, p95 ${ms(pct(edits.dom, 95), 2)} over ${edits.dom.length} edits (target p95 < 4 ms: ${verdict(pct(edits.dom, 95) < 4)})`);
    console.log(`keystroke → next frame (painted): median ${ms(pct(edits.frame, 50), 2)}, p95 ${ms(pct(edits.frame, 95), 2)} (bounded below by the frame interval)`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}
