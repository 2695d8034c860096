import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cdpPlugin } from './scripts/wtr-cdp-plugin.mjs';
import { findChromium } from './scripts/find-chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

const SPEC = /\.test\.ts$/;

// Specs that must have the browser to themselves: parsers times each call against a 50 ms budget, which a
// neighbour busy on the other core can push over. The heap spec reads its own renderer's counters
// (Memory.getDOMCounters, the V8 heap); each page opens in a window of its own, in a renderer of its own, and its
// batches have stayed at +0 nodes and listeners with a neighbour running, so it shares.
const SOLO = new Set(['hardening/parsers']);

// One group per spec so `npm test -- --group engine/pack-mix` runs one file. There is no top-level
// `files`: wtr would run it as a "default" group next to the named ones, i.e. every spec twice.
const specs = readdirSync('test', { recursive: true })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => SPEC.test(file))
  .sort()
  .map((file) => ({ name: file.replace(SPEC, ''), files: `test/${file}` }));

const chromeArgs = [
  // Root in a container with no network: no sandbox, no GPU, nothing phoning home.
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Two pages run at once: neither may be throttled as a page in the background (puppeteer passes these too).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // wtr leaves each spec's page for about:blank; the back/forward cache would keep every left page alive and
  // start a fresh renderer for the next: about 0.6 s of CPU per spec file.
  '--disable-features=BackForwardCache',
];

/**
 * A Chromium running `concurrency` pages at once. Each page opens in a window of its own: a second tab in the
 * same window is a tab in the background, which gets no animation frames, so a test waiting on one (axe, a
 * fixture, a layout read) stalls; a window of its own is always in the foreground.
 */
const chromium = (concurrency) =>
  chromeLauncher({
    concurrency,
    launchOptions: { executablePath: findChromium(), args: chromeArgs },
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
// IDV_TEST_CONCURRENCY: pages at a time, for measuring (2 unless set).
const CONCURRENCY = Number(process.env.IDV_TEST_CONCURRENCY) || 2;
const shared = chromium(CONCURRENCY);
const alone = chromium(1);

// Every other spec first, two pages at a time, then the SOLO ones one by one in a browser of their own:
// with `concurrentBrowsers: 1` wtr starts the second browser's sessions only once the first has none left.
// The longest specs (40 to 75 s each at issue 11) start first, so that the two pages end at about the same time.
const LONGEST = ['hardening/heap', 'demo/demo', 'hardening/announce', 'hardening/injection', 'hardening/kinds', 'engine/rules-corruption'];
const rank = (name) => (LONGEST.includes(name) ? LONGEST.indexOf(name) : LONGEST.length);
const groups = [
  ...specs
    .filter(({ name }) => !SOLO.has(name))
    .sort((a, z) => rank(a.name) - rank(z.name))
    .map((group) => ({ ...group, browsers: [shared] })),
  ...specs.filter(({ name }) => SOLO.has(name)).map((group) => ({ ...group, browsers: [alone] })),
];

export default {
  // `--files x` runs just those files; the groups would add every spec again.
  groups: process.argv.includes('--files') ? [] : groups,
  nodeResolve: true,
  // Naming the tsconfig makes esbuild apply experimentalDecorators; without it the
  // decorators stay in the output and the spec fails to load.
  // cdpPlugin: `executeServerCommand('cdp-heap-counters')` for the heap spec (test/hardening/heap.test.ts).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), cdpPlugin()],
  // For `--files x` (no groups): the shared browser; each group names its own.
  browsers: [shared],
  concurrentBrowsers: 1,
  // Two pages at a time on the 2-core CI machine; see SOLO and chromium(). The suite keeps both cores busy: a
  // third page (IDV_TEST_CONCURRENCY=3) was no faster (195 s) and timed a cost-chart test out. On 3 December 2026,
  // on this 2-core machine, about 177-212 s of web-test-runner at the quick depth (test/helpers/depth.ts), the
  // spread being the machine's (its engine benchmark ran 1.5x slower that day than on 2 December); `npm test`
  // adds about 6 s of builds before it. At one page a time and full depth it took about 6 min 10 s.
  concurrency: CONCURRENCY,
  // wtr's own page, plus IDV_TEST_DEPTH for test/helpers/depth.ts (`npm run test:deep` sets it to `deep`).
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head><script>globalThis.IDV_TEST_DEPTH = ${JSON.stringify(process.env.IDV_TEST_DEPTH ?? '').replaceAll('<', '\\u003c')};</script></head>` +
    `<body><script type="module" src="${framework}"></script></body></html>`,
  testFramework: { config: { timeout: 10000 } },
  // A spec file's whole run (wtr's default is 2 min): the heap spec at full depth takes about 2 min alone and
  // more beside another page.
  testsFinishTimeout: 600000,
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
