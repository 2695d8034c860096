// UI speed in headless Chromium (part of `npm run bench`; informational, never fails): from a keystroke to
// updated figures on screen, over 200+ edits, and from script start to the first figures painted. Uses the
// built drop-in file (dist/idv-pricing.js) on a plain static page, as a host page would.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

if (!existsSync('dist/idv-pricing.js')) {
  console.error('dist/idv-pricing.js is missing: run `npm run build` first.');
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>performance.mark('script-start')</script>
<script type="module" src="/idv-pricing.js"></script></head>
<body><idv-pricing-calculator volume="10000" period="day"></idv-pricing-calculator></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/idv-pricing.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync('dist/idv-pricing.js'));
  } else {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (x) => `${x.toFixed(2)} ms`;

try {
  // First figures: 10 fresh page loads; script start = the inline mark before the module script.
  const firsts = [];
  for (let i = 0; i < 10; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    const t = await page.evaluate(async () => {
      await customElements.whenDefined('idv-pricing-calculator');
      const el = document.querySelector('idv-pricing-calculator');
      await el.updateComplete;
      const start = performance.getEntriesByName('script-start')[0].startTime;
      const inDom = performance.now() - start;
      await new Promise((r) => requestAnimationFrame(r));
      return { inDom, figures: performance.now() - start, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null };
    });
    firsts.push(t);
    await page.close();
  }

  // Keystrokes: 240 edits of the volume field (every kind a visitor types), each timed from the input event to
  // the DOM holding the new figures, and to the next frame (painted).
  const page = await browser.newPage();
  await page.goto(url);
  const edits = await page.evaluate(async () => {
    await customElements.whenDefined('idv-pricing-calculator');
    const el = document.querySelector('idv-pricing-calculator');
    await el.updateComplete;
    const input = el.shadowRoot.querySelector('input[type="text"]');
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
  });

  const fig = firsts.map((f) => f.figures);
  const inDom = firsts.map((f) => f.inDom);
  const fcp = firsts.map((f) => f.fcp).filter((x) => x !== null);
  console.log('\nUI in headless Chromium (built dist/idv-pricing.js, Debian chromium)');
  console.log(`keystroke → figures in the DOM: median ${fmt(pct(edits.dom, 50))}, p95 ${fmt(pct(edits.dom, 95))} over ${edits.dom.length} edits (target p95 < 4 ms)`);
  console.log(`keystroke → next frame (painted): median ${fmt(pct(edits.frame, 50))}, p95 ${fmt(pct(edits.frame, 95))} (bounded below by the frame interval)`);
  console.log(`script start → first figures in the DOM: median ${fmt(pct(inDom, 50))}, max ${fmt(Math.max(...inDom))} over ${inDom.length} loads`);
  console.log(`script start → first figures painted (next frame): median ${fmt(pct(fig, 50))}, max ${fmt(Math.max(...fig))} (target < 50 ms)`);
  if (fcp.length) console.log(`first contentful paint (from navigation): median ${fmt(pct(fcp, 50))}`);
} finally {
  await browser.close();
  server.close();
}
