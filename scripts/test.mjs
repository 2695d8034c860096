// `npm test [-- --group engine/pack-mix]`: make sure a Chromium exists (installing it on a bare
// CI box), then run web-test-runner. The last line is always `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

// The reporter prints the count once wtr has run. No browser, a bad flag, an unknown group or
// no spec files end the run before that: still report a failure so CI sees a count.
let reported = false;
process.once('exit', () => {
  if (!reported) console.log('\ntests: 0 passed, 1 failed');
});

const chrome = findChromium();

// Some specs load the built drop-in file (dist/idv-pricing.js) the way a host page does, e.g. under a strict
// CSP; build it from the current source first (about 2 s) so they never test a stale file.
const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--emptyOutDir', 'false'], { stdio: 'inherit' });
if (built.status !== 0) {
  console.error('npm test: building dist/idv-pricing.js failed');
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
