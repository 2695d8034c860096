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

// Marks are taken in the page itself (not from Playwright, whose round trip would add 10–30 ms): script start
// (an inline script before the module), element defined, first figures in the DOM (first update complete),
// and painted (after the next frame's paint: a message posted from requestAnimationFrame).
const MARKS = `<script>performance.mark('script-start');
customElements.whenDefined('idv-pricing-calculator').then(async () => {
  performance.mark('defined');
  await document.querySelector('idv-pricing-calculator').updateComplete;
  performance.mark('in-dom');
  requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => performance.mark('painted');
    c.port2.postMessage(0);
  });
});</script>`;
const CALCULATOR = '<idv-pricing-calculator volume="10000" period="day"></idv-pricing-calculator>';
// A bare page (the widget alone: it pays for the renderer's first text layout and fonts) and a host page
// whose own heading and text are already laid out, as on a real marketing or docs page.
const PAGES = {
  '/': `<!doctype html><html lang="en"><head><meta charset="utf-8">${MARKS}
<script type="module" src="/idv-pricing.js"></script></head><body>${CALCULATOR}</body></html>`,
  '/host': `<!doctype html><html lang="en"><head><meta charset="utf-8">${MARKS}
<script type="module" src="/idv-pricing.js"></script></head><body style="font-family: system-ui">
<h1>ID Verification pricing</h1><p>Prices from the pricing document; 9折 from 100,000 units. <b>Try it:</b></p>
${CALCULATOR}</body></html>`,
};
const server = createServer((req, res) => {
  if (req.url === '/idv-pricing.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync('dist/idv-pricing.js'));
  } else {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGES[req.url] ?? PAGES['/']);
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
  // First figures: 20 fresh page loads of each page.
  const firsts = {};
  for (const path of Object.keys(PAGES)) {
    firsts[path] = [];
    for (let i = 0; i < 20; i++) {
      const page = await browser.newPage();
      await page.goto(url + path.slice(1));
      firsts[path].push(
        await page.evaluate(async () => {
          while (performance.getEntriesByName('painted').length === 0) await new Promise((r) => setTimeout(r, 5));
          const start = performance.getEntriesByName('script-start')[0].startTime;
          const at = (name) => performance.getEntriesByName(name)[0].startTime - start;
          return { defined: at('defined'), inDom: at('in-dom'), painted: at('painted') };
        }),
      );
      await page.close();
    }
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

  console.log('\nUI in headless Chromium (built dist/idv-pricing.js, Debian chromium)');
  console.log(`keystroke → figures in the DOM: median ${fmt(pct(edits.dom, 50))}, p95 ${fmt(pct(edits.dom, 95))} over ${edits.dom.length} edits (target p95 < 4 ms)`);
  console.log(`keystroke → next frame (painted): median ${fmt(pct(edits.frame, 50))}, p95 ${fmt(pct(edits.frame, 95))} (bounded below by the frame interval)`);
  for (const [path, label] of [['/', 'bare page'], ['/host', 'host page with its own text']]) {
    const runs = firsts[path];
    const col = (k) => runs.map((r) => r[k]);
    console.log(
      `script start → (${label}, ${runs.length} loads, medians): defined ${fmt(pct(col('defined'), 50))}, ` +
        `first figures in the DOM ${fmt(pct(col('inDom'), 50))}, first figures painted ${fmt(pct(col('painted'), 50))} ` +
        `(p95 ${fmt(pct(col('painted'), 95))}; target < 50 ms)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
