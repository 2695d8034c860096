// CI recognises a test run only by a line `tests: N passed, M failed` alone on its own line;
// wtr's own count sits inside a progress line, so this reporter prints one.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function walk(suite, path, counts) {
  for (const test of suite.tests) {
    counts.ms += test.duration ?? 0;
    counts.times.push([test.duration ?? 0, [...path, test.name].join(' > ')]);
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push([...path, test.name].join(' > '));
    }
  }
  for (const child of suite.suites) walk(child, [...path, child.name], counts);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [], ms: 0, times: [] };
      const slowest = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        const failedBefore = counts.failed;
        const msBefore = counts.ms;
        if (session.testResults) walk(session.testResults, [file], counts);
        slowest.push([counts.ms - msBefore, file]);
        // An import error, a crashed or missing browser, or an error outside any test fails the
        // session without failing a test: count it, or a broken file would look like a pass.
        if (session.passed !== true && counts.failed === failedBefore) {
          counts.failed += 1;
          const reason = session.errors?.[0]?.message ?? 'session did not pass';
          counts.failures.push(`${file}: ${reason.split('\n')[0]}`);
        }
      }
      const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
      const line = `tests: ${counts.passed} passed, ${counts.failed} failed${skipped}`;
      // On exit, wtr has finished redrawing the terminal, so these lines come last.
      // Where the suite's time goes (the tests' own time, without loading each file's page).
      slowest.sort((a, z) => z[0] - a[0]);
      const top = slowest.slice(0, 8).map(([ms, file]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}`);
      process.once('exit', () => {
        if (sessions.length > 1) process.stdout.write(`\nslowest spec files (time in their tests, ${(counts.ms / 1000).toFixed(0)} s in all):\n${top.join('\n')}\n`);
        if (counts.failures.length > 0) {
          process.stdout.write(`\nfailed:\n${counts.failures.map((name) => `  ${name}`).join('\n')}\n`);
        }
        process.stdout.write(`\n${line}\n`);
      });
      // Lets scripts/test.mjs tell a finished run from one that never started.
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, `${line}\n`);
      // `WTR_TEST_TIMES=file npm test`: every test's own time, slowest first (to see where the suite's time goes).
      if (process.env.WTR_TEST_TIMES) {
        const rows = counts.times.sort((a, z) => z[0] - a[0]).map(([ms, name]) => `${String(ms).padStart(7)} ms  ${name}`);
        writeFileSync(process.env.WTR_TEST_TIMES, `${rows.join('\n')}\n`);
      }
    },
  };
}
