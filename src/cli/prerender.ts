/**
 * `idv-pricing prerender PATH... [--csp FILE]`: the elements in a static site's HTML files given their
 * declarative shadow roots, in place, and the `style-src` hashes a strict Content-Security-Policy needs for
 * their styles. The arguments, the order of work, the output and the exit code are here; the rendering
 * (idv-pricing/ssr's prerenderHtml) and the files come through the injected {@link PrerenderIo}, which
 * bin/idv-pricing.js loads only for this command. Pure, like the rest of src/cli: no `node:` import, no DOM.
 * docs/cli.md is its page.
 */
import type { CliIo } from './quote.js';
import { CONTROLS, EXIT, failed, messageOf, quoted, UsageError } from './errors.js';

/** What idv-pricing/ssr's prerenderHtml returns (src/ssr/prerender.ts), as far as the command reads it. */
export interface PrerenderedHtml {
  readonly html: string;
  readonly rendered: number;
  readonly styleHashes: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * What `prerender` needs of Node (bin/idv-pricing.js: `node:fs` and idv-pricing/ssr; a test: files in memory).
 *
 * @since 0.1.0
 */
export interface PrerenderIo {
  /**
   * What a PATH names: a file (`directory: false`, `files: [path]`), or a directory and every `*.html` file
   * under it (paths that start with it), sorted. Throws when the path is missing or cannot be read; the
   * error's message says why.
   */
  htmlFiles(path: string): { readonly directory: boolean; readonly files: readonly string[] };
  /** The text of a file, UTF-8 (a byte order mark kept as U+FEFF). Throws when it cannot be read or is not UTF-8. */
  readFile(path: string): string;
  /** Writes `text` to the file, UTF-8. Throws when it cannot. */
  writeFile(path: string, text: string): void;
  /** idv-pricing/ssr's prerenderHtml. */
  prerenderHtml(html: string, options: { readonly file: string }): Promise<PrerenderedHtml>;
}

/** `prerender`'s arguments, read and checked. */
interface PrerenderArgs {
  readonly paths: readonly string[];
  readonly cspFile: string | null;
}

/** Reads `prerender`'s arguments: one PATH or more and `--csp FILE`, in any order. */
function readPrerenderArgs(args: readonly string[]): PrerenderArgs {
  const paths: string[] = [];
  let cspFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--csp') throw new UsageError(`unknown option ${quoted(arg)} for prerender (idv-pricing --help lists the options)`);
    if (cspFile !== undefined) throw new UsageError('--csp was given twice');
    // `--csp FILE` takes the next argument, unless that is another flag (then the FILE is missing).
    let value = eq > 0 ? arg.slice(eq + 1) : undefined;
    const next = args[i + 1];
    if (value === undefined && next !== undefined && !next.startsWith('-')) {
      value = next;
      i++;
    }
    if (value === undefined || value === '') throw new UsageError('--csp needs a FILE: where to write the style-src line');
    cspFile = value;
  }
  if (paths.length === 0) {
    throw new UsageError('missing PATH: for example idv-pricing prerender public (a directory of .html files) or idv-pricing prerender index.html');
  }
  return { paths, cspFile: cspFile ?? null };
}

/** A path in an output line: its controls (a line break in a file name) shown as `?`. */
const shown = (path: string): string => path.replace(CONTROLS, '?');

/**
 * Runs `idv-pricing prerender PATH... [--csp FILE]` (the arguments after `prerender`): every PATH checked and
 * every file read before any is written, then each file rendered and written if it changed, with one line on
 * stdout (`docs/index.html: 2 elements`) and its warnings on stderr; then the `style-src` line on stdout, and
 * in `--csp FILE` too. Resolves to the exit code; never rejects.
 */
export async function runPrerender(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { paths, cspFile } = readPrerenderArgs(args);
    if (!io.prerender) throw new Error('this caller of runCli cannot prerender (its io has no prerender)');
    const node = await io.prerender();

    const files: string[] = [];
    for (const path of paths) {
      let listed: ReturnType<PrerenderIo['htmlFiles']>;
      try {
        listed = node.htmlFiles(path);
      } catch (e) {
        throw new UsageError(`cannot read ${quoted(path)}: ${messageOf(e)}`);
      }
      if (!listed.directory && !/\.html$/i.test(path)) throw new UsageError(`${quoted(path)} is not an .html file (give .html files or directories)`);
      if (listed.directory && listed.files.length === 0) throw new UsageError(`no .html files under ${quoted(path)}`);
      for (const file of listed.files) if (!files.includes(file)) files.push(file);
    }
    const texts = files.map((file) => {
      try {
        return node.readFile(file);
      } catch (e) {
        throw new UsageError(`cannot read ${quoted(file)}: ${messageOf(e)}`);
      }
    });

    const hashes = new Set<string>();
    for (const [i, file] of files.entries()) {
      const result = await node.prerenderHtml(texts[i]!, { file });
      const changed = result.html !== texts[i];
      if (changed) {
        try {
          node.writeFile(file, result.html);
        } catch (e) {
          throw new UsageError(`cannot write ${quoted(file)}: ${messageOf(e)}`);
        }
      }
      for (const hash of result.styleHashes) hashes.add(hash);
      io.out(`${shown(file)}: ${result.rendered} element${result.rendered === 1 ? '' : 's'}${changed ? '' : ' (unchanged)'}\n`);
      for (const warning of result.warnings) io.err(`idv-pricing: warning: ${warning.replace(CONTROLS, ' ')}`);
    }

    const line = ["style-src 'self'", ...[...hashes].sort()].join(' ');
    io.out(`${line}\n`);
    if (cspFile !== null) {
      try {
        node.writeFile(cspFile, `${line}\n`);
      } catch (e) {
        throw new UsageError(`cannot write ${quoted(cspFile)}: ${messageOf(e)}`);
      }
    }
    return EXIT.ok;
  } catch (e) {
    return failed(e, (line) => io.err(line));
  }
}
