// `npm test [-- --group engine/pack-mix]`: make sure a Chromium exists (installing it on a bare
// CI box), then run web-test-runner. The last line is always `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFrameworks } from './build-frameworks.mjs';
import { findChromium } from './find-chromium.mjs';

// The reporter prints the count once wtr has run. No browser, a bad flag, an unknown group or
// no spec files end the run before that: still report a failure so CI sees a count.
let reported = false;
process.once('exit', () => {
  if (!reported) console.log('\ntests: 0 passed, 1 failed');
});

const chrome = findChromium();

// Some specs load the built files the way a host page or a program does (the drop-in under a strict CSP, the
// engine against its source); build both from the current source first (about 3 s) so they never test a
// stale file.
// The drop-in's chunks have content hashes, and the builds below do not empty dist/ (each writes its own part):
// without this, every run would leave its chunks beside the next run's, and the packed tarball would grow.
rmSync('dist/chunks', { recursive: true, force: true });
for (const [file, mode] of [
  ['dist/idv-pricing.js', []],
  ['dist/engine.js', ['--mode', 'engine']],
  // The npm entries (ES modules importing lit and decimal.js) the framework apps and the packed consumer load.
  ['dist/lib/', ['--mode', 'lib']],
]) {
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...mode, '--logLevel', 'error', '--emptyOutDir', 'false'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    console.error(`npm test: building ${file} failed`);
    process.exit(1);
  }
}
// The specs in test/frameworks/ load a React and a Vue app built from their npm packages against that file
// (well under a second for both); a fixture that does not build fails the run like the file itself.
const failedApps = await buildFrameworks();
if (failedApps.length > 0) {
  console.error(`npm test: building the framework apps failed: ${failedApps.join(', ')}`);
  process.exit(1);
}
const summaryDir = mkdtempSync(join(tmpdir(), 'wtr-'));
const summaryFile = join(summaryDir, 'summary');

// Without a TTY (CI, pipes) wtr logs statically anyway; the flag makes it explicit.
const staticLogging = process.stdout.isTTY ? [] : ['--static-logging'];
const wtr = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...staticLogging, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, WTR_SUMMARY_FILE: summaryFile } },
);

reported = existsSync(summaryFile);
rmSync(summaryDir, { recursive: true, force: true });
process.exit(reported && wtr.status === 0 ? 0 : wtr.status || 1);
