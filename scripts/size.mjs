// Sizes of the built files (gzip -9, as a CDN would serve them) against their budgets; part of `npm run build`.
//
// The budget is the critical path: the script a page fetches before an element can show its first figure. For
// each element and locale that is the drop-in (dist/idv-pricing.js), the element's chunk and every chunk it
// imports statically, and the element's strings for that locale, read from the build's manifest
// (dist/chunks/manifest.json). The calculator is the page issue 11 measures against the floor of the stack
// (one Lit element + decimal.js, built here with scripts/floor/build-floor.mjs, as `npm run bench` does before
// it loads both in a browser): its path, in either language, must stay within twice the floor's bytes. The
// other paths and the standalone engine file have ceilings a little above what they measure, so any growth
// fails the build and has to be argued for here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFloor } from './floor/build-floor.mjs';

const DIST = 'dist/';
const manifest = JSON.parse(readFileSync(`${DIST}chunks/manifest.json`, 'utf8'));
const gz = (file) => gzipSync(readFileSync(DIST + file), { level: 9 }).length;

// Element sources and the string namespaces each renders with (its class's `namespaces`;
// test/hardening/drop-in.test.ts checks the same lists against the elements themselves).
const ELEMENTS = {
  'idv-pricing-calculator': ['src/components/pricing-calculator/pricing-calculator.ts', ['calculator']],
  'idv-estimate': ['src/components/estimate/estimate.ts', ['calculator', 'calculator-more', 'estimate']],
  'idv-compare': ['src/components/compare/compare.ts', ['calculator', 'calculator-more', 'compare']],
  'idv-cost-chart': ['src/components/cost-chart/cost-chart.ts', ['cost-chart']],
  'idv-quota-planner': ['src/components/quota-planner/quota-planner.ts', ['calculator', 'calculator-more', 'quota-planner']],
  'idv-refund-estimator': ['src/components/refund-estimator/refund-estimator.ts', ['calculator', 'calculator-more', 'refund-estimator']],
  'idv-billing-calendar': ['src/components/billing-calendar/billing-calendar.ts', ['billing-calendar']],
};

const floorDir = mkdtempSync(path.join(os.tmpdir(), 'idv-floor-'));
const floor = await buildFloor(floorDir);
rmSync(floorDir, { recursive: true, force: true });
console.log(`floor of the stack (one Lit element + decimal.js, vite): ${floor.gzip} B gzip; the calculator's budget is 2 × that`);

// gzip bytes. The calculator's paths are the issue's goal (2 × the floor); the rest are ceilings over today.
const CEILINGS = {
  'idv-pricing-calculator zh-CN': 2 * floor.gzip,
  'idv-pricing-calculator en': 2 * floor.gzip,
  'idv-estimate': 40_500,
  'idv-compare': 40_600,
  'idv-cost-chart': 38_500,
  'idv-quota-planner': 45_800,
  'idv-refund-estimator': 42_000,
  'idv-billing-calendar': 38_800,
};
const FILES = [
  { file: 'engine.js', ceiling: 21_700, note: 'the engine on its own, one file' },
  { file: 'idv-pricing.js', ceiling: 2_000, note: 'the drop-in loader' },
];

/** The manifest entry for a source module, and every chunk it imports statically (transitively). */
function closure(src) {
  const files = new Set();
  const visit = (key) => {
    const entry = manifest[key];
    if (!entry) throw new Error(`size: ${key} is not in dist/chunks/manifest.json`);
    if (files.has(entry.file)) return;
    files.add(entry.file);
    for (const dep of entry.imports ?? []) visit(dep);
  };
  visit(src);
  return files;
}

let over = false;
const report = (label, bytes, ceiling, detail) => {
  const verdict = bytes > ceiling ? 'OVER' : 'ok';
  console.log(`${label.padEnd(34)} ${String(bytes).padStart(6)} B gzip  (ceiling ${ceiling})  ${verdict}${detail ? `  ${detail}` : ''}`);
  over ||= bytes > ceiling;
};

console.log('critical path (drop-in + element chunk + its static imports + its strings), gzip -9 per file:');
for (const [tag, [src, namespaces]] of Object.entries(ELEMENTS)) {
  for (const locale of ['zh-CN', 'en']) {
    const files = closure('src/drop-in.ts');
    for (const f of closure(src)) files.add(f);
    for (const ns of namespaces) for (const f of closure(`src/i18n/locales/${locale}/${ns}.ts`)) files.add(f);
    const bytes = [...files].reduce((sum, f) => sum + gz(f), 0);
    const ceiling = CEILINGS[`${tag} ${locale}`] ?? CEILINGS[tag];
    report(`<${tag}> ${locale}`, bytes, ceiling, `${files.size} files`);
  }
}
for (const { file, ceiling, note } of FILES) report(`dist/${file}`, gz(file), ceiling, note);
if (over) {
  console.error('size: a critical path or file grew past its ceiling (scripts/size.mjs).');
  process.exit(1);
}
