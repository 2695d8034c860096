// `npm test [-- --group engine/pack-mix] [-- --deep]`: make sure a Chromium exists (installing it on a bare
// CI box), build what the specs load, then run web-test-runner. The last line is always
// `tests: N passed, M failed`. `--deep` (`npm run test:deep`) sets IDV_TEST_DEPTH=deep: the long specs run
// at full depth (test/helpers/depth.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFrameworks, emitTypes, PACKED_REPORT } from './build-frameworks.mjs';
import { findChromium } from './find-chromium.mjs';
import { PRERENDERED, PRERENDER_REPORT } from './packed-prerender.mjs';
import { SSR_PROBES_REPORT } from './packed-ssr-probes.mjs';

// The reporter prints the count once wtr has run. No browser, a bad flag, an unknown group or
// no spec files end the run before that: still report a failure so CI sees a count.
let reported = false;
process.once('exit', () => {
  if (!reported) console.log('\ntests: 0 passed, 1 failed');
});

const chrome = findChromium();

const args = process.argv.slice(2).filter((arg) => arg !== '--deep');
const env = { ...process.env, CHROME_PATH: chrome };
if (args.length < process.argv.length - 2) env.IDV_TEST_DEPTH = 'deep';

// Some specs load the built files the way a host page or a program does (the drop-in under a strict CSP, the
// engine against its source); build them from the current source first so they never test a stale file.
// The drop-in's chunks have content hashes, and the builds below do not empty dist/ (each writes its own part):
// without this, every run would leave its chunks beside the next run's, and the packed tarball would grow.
rmSync('dist/chunks', { recursive: true, force: true });
const BUILDS = [
  ['dist/idv-pricing.js', []],
  ['dist/engine.js', ['--mode', 'engine']],
  // The npm entries (ES modules importing lit and decimal.js) the framework apps and the packed consumer load.
  ['dist/lib/', ['--mode', 'lib']],
];
// The three Vite builds run side by side in child processes while this one emits dist/types (TypeScript
// holds the thread): about 5 s in all instead of 8 s one after the other.
const built = BUILDS.map(
  ([file, mode]) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...mode, '--logLevel', 'error', '--emptyOutDir', 'false'], {
        stdio: 'inherit',
      });
      child.on('error', () => resolve(file));
      child.on('close', (code) => resolve(code === 0 ? null : file));
    }),
);
const declarations = emitTypes().catch((error) => ({ emitted: false, errors: [`emitting dist/types failed: ${error?.stack ?? error}`] }));
const failedBuilds = (await Promise.all(built)).filter((file) => file !== null);
if (failedBuilds.length > 0) {
  console.error(`npm test: building ${failedBuilds.join(', ')} failed`);
  process.exit(1);
}
// The specs in test/frameworks/ load a React and a Vue app built from their npm packages against that file
// (well under a second for both); a fixture that does not build fails the run like the file itself.
const failedApps = await buildFrameworks({ pack: false });
if (failedApps.length > 0) {
  console.error(`npm test: building the framework apps failed: ${failedApps.join(', ')}`);
  process.exit(1);
}
// test/frameworks/packed.test.ts checks the package as `npm pack` makes it, installed in a consumer project and
// type-checked there (about 7 s, most of it TypeScript). That runs in a child process beside the test runner,
// and the spec waits for its report; the old reports (and the prerendered pages) go first so no spec reads
// last run's.
rmSync(PACKED_REPORT, { force: true });
rmSync(PRERENDER_REPORT, { force: true });
rmSync(SSR_PROBES_REPORT, { force: true });
rmSync(PRERENDERED, { recursive: true, force: true });
const packing = spawn(process.execPath, ['scripts/build-frameworks.mjs', '--pack'], {
  stdio: 'inherit',
  // `env`: with --deep, IDV_TEST_DEPTH=deep reaches the packing step too (scripts/packed-ssr-probes.mjs).
  env: { ...env, IDV_DECLARATIONS: JSON.stringify(await declarations) },
});
process.once('exit', () => packing.kill());
const summaryDir = mkdtempSync(join(tmpdir(), 'wtr-'));
const summaryFile = join(summaryDir, 'summary');

// Without a TTY (CI, pipes) wtr logs statically anyway; the flag makes it explicit.
const staticLogging = process.stdout.isTTY ? [] : ['--static-logging'];
const wtr = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...staticLogging, ...args],
  { stdio: 'inherit', env: { ...env, WTR_SUMMARY_FILE: summaryFile } },
);

reported = existsSync(summaryFile);
rmSync(summaryDir, { recursive: true, force: true });
process.exit(reported && wtr.status === 0 ? 0 : wtr.status || 1);
