// Builds the floor of the stack (scripts/floor/floor-element.ts: one Lit element that computes one price with
// the full decimal.js and renders it) with vite into `dir`, as one minified file, the way any app would build
// it: no plugins of ours. scripts/size.mjs budgets the calculator's critical path against its gzip size;
// scripts/bench-ui.mjs loads it beside the calculator.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the floor into `dir` (emptied); returns its file, raw bytes and gzip -9 bytes. */
export async function buildFloor(dir) {
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: { entry: path.join(ROOT, 'scripts/floor/floor-element.ts'), formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const file = path.join(dir, 'floor.js');
  const bytes = readFileSync(file);
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
