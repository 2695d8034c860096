#!/usr/bin/env node
// The `idv-pricing` command (package.json `bin`): src/cli/quote.ts's runCli, built to dist/lib/cli/, wired to
// Node's arguments, files, streams and exit code. Everything else lives there; docs/cli.md is its page.
// `prerender` (src/cli/prerender.ts) gets the files and idv-pricing/ssr's prerenderHtml from here, imported
// only when it runs, so `quote` never loads the server renderer.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { runCli } from '../dist/lib/cli/index.js';

// UTF-8 or an error (a file in another encoding is not rewritten), the byte order mark kept as U+FEFF so that
// writing the text back writes it again.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Every *.html file under `dir`, sorted; not in node_modules or in directories whose names start with a dot. */
function htmlUnder(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, z) => (a.name < z.name ? -1 : a.name > z.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...htmlUnder(path));
    } else if (/\.html$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && statSync(path).isFile()))) {
      found.push(path);
    }
  }
  return found;
}

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  prerender: async () => {
    const { prerenderHtml } = await import('../dist/lib/ssr/index.js');
    return {
      htmlFiles: (path) => (statSync(path).isDirectory() ? { directory: true, files: htmlUnder(path) } : { directory: false, files: [path] }),
      readFile: (path) => {
        const bytes = readFileSync(path);
        try {
          return utf8.decode(bytes);
        } catch {
          throw new Error('it is not UTF-8 text');
        }
      },
      writeFile: (path, text) => writeFileSync(path, text),
      prerenderHtml,
    };
  },
});
