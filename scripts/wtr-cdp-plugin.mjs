// A web-test-runner plugin that lets a spec read the page's memory through the Chrome DevTools protocol, the
// same counters the DevTools Memory and Performance panels show. The spec calls
// `executeServerCommand('cdp-heap-counters', { gc: true })` (from '@web/test-runner-commands'); this runs in
// Node, finds the spec's own puppeteer page (each spec file runs in its own top-level page, not in an
// iframe), collects garbage (unless `gc: false`) and answers with the counters. Chromium only: any other launcher gets an error, not a silent zero.

/** One CDP session per page, opened on first use and closed with the page. */
const sessions = new WeakMap();

async function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    // Performance.getMetrics answers only once the domain is on.
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}

/**
 * Full garbage collections until the live DOM node count stops falling. A removed subtree goes in two steps
 * (V8 frees the JS wrapper, then Oilpan the C++ node it held), so one collection can leave some behind.
 */
async function collectGarbage(cdp) {
  let last = Infinity;
  for (let round = 0; round < 6; round++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    if (round >= 1 && nodes >= last) break;
    last = nodes;
  }
}

async function counters(cdp) {
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return {
    // Live objects in the page's renderer, attached or not: a detached node still referenced counts here.
    documents: dom.documents,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    // Bytes of the V8 heap in use after the collection.
    jsHeapUsed: heap.usedSize,
    jsHeapTotal: heap.totalSize,
    layoutObjects: metric.LayoutObjects ?? null,
    // Everything else the Performance domain reports (Frames, RecalcStyleCount, ...), for the curious.
    metrics: metric,
  };
}

/**
 * `executeServerCommand('cdp-forced-colors', { active: true })` emulates `forced-colors: active` (Windows
 * High Contrast) for the spec's page; `{ active: false }` ends it. The emulateMedia command of
 * '@web/test-runner-commands' drops `forcedColors` on the Chrome launcher, so this goes through the protocol.
 */
async function forcedColors(command, payload, session) {
  if (session.browser.type !== 'puppeteer' || typeof session.browser.getPage !== 'function') {
    throw new Error(`${command}: needs the Chrome launcher (puppeteer), not ${session.browser.name}`);
  }
  const cdp = await cdpOf(session.browser.getPage(session.id));
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
  return true;
}

/** @returns {import('@web/test-runner-core').TestRunnerPlugin} */
export function cdpPlugin() {
  return {
    name: 'cdp-heap-counters',
    async executeCommand({ command, payload, session }) {
      if (command === 'cdp-forced-colors') return forcedColors(command, payload, session);
      if (command !== 'cdp-heap-counters') return undefined;
      if (session.browser.type !== 'puppeteer' || typeof session.browser.getPage !== 'function') {
        throw new Error(`${command}: needs the Chrome launcher (puppeteer), not ${session.browser.name}`);
      }
      const cdp = await cdpOf(session.browser.getPage(session.id));
      if (payload?.gc !== false) await collectGarbage(cdp);
      return counters(cdp);
    },
  };
}
