import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cdpPlugin } from './scripts/wtr-cdp-plugin.mjs';
import { findChromium } from './scripts/find-chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

const SPEC = /\.test\.ts$/;

// One group per spec so `npm test -- --group engine/pack-mix` runs one file. There is no top-level
// `files`: wtr would run it as a "default" group next to the named ones, i.e. every spec twice.
const groups = readdirSync('test', { recursive: true })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => SPEC.test(file))
  .sort()
  .map((file) => ({ name: file.replace(SPEC, ''), files: `test/${file}` }));

export default {
  // `--files x` runs just those files; the groups would add every spec again.
  groups: process.argv.includes('--files') ? [] : groups,
  nodeResolve: true,
  // Naming the tsconfig makes esbuild apply experimentalDecorators; without it the
  // decorators stay in the output and the spec fails to load.
  // cdpPlugin: `executeServerCommand('cdp-heap-counters')` for the heap spec (test/hardening/heap.test.ts).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), cdpPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        // Root in a container with no network: no sandbox, no GPU, nothing phoning home.
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: a page in the background gets no animation frames, and a test waiting on one (axe,
  // a fixture, a layout read) then stalls or flakes. The suite takes about 5 min 45 s on the 2-core CI machine
  // (346 s for 1,567 tests at issue 11; `npm test` adds about 40 s of builds before it).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  reporters: [defaultReporter(), summaryReporter()],
};
