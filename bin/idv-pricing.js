#!/usr/bin/env node
// The `idv-pricing` command (package.json `bin`): src/cli/quote.ts's runCli, built to dist/lib/cli/, wired to
// Node's arguments, files, streams and exit code. Everything else lives there; docs/cli.md is its page.
import { readFileSync } from 'node:fs';
import { runCli } from '../dist/lib/cli/index.js';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
});
