/**
 * `idv-pricing quote SCENARIO`: a scenario string (the calculator's `scenario` attribute and `?idv=` links)
 * priced by the engine and printed as the calculator's exports write it (text, Markdown, CSV), or as the
 * engine's `Quote` in JSON. A pure function of its arguments and an injected {@link CliIo}: no `node:`
 * import, no DOM and no global, so the test runner drives it in the browser and bin/idv-pricing.js wires it
 * to Node. Every figure is the engine's and every word the exporters'; nothing here computes money.
 * docs/cli.md is its page.
 */
import { DEFAULT_RULES, InputError, loadRules, quote, RulesError } from '../engine/index.js';
import type { Quote, Rules } from '../engine/index.js';
import type { Locale } from '../i18n/format.js';
import calculatorMore from '../i18n/locales/en/calculator-more.js';
import { quoteToCsv, quoteToMarkdown, quoteToText } from '../share/export.js';
import { PLANS } from '../share/scenario-format.js';
import { parseScenarioString } from '../share/scenario-string.js';
import { engineScenario } from './scenario.js';
import { EXIT, failed, messageOf, quoted, UsageError } from './errors.js';
import { runPrerender } from './prerender.js';
import type { PrerenderIo } from './prerender.js';

/**
 * What the command line reads and writes, handed in by its caller (bin/idv-pricing.js: `node:fs` and the
 * process's streams; a test: strings in memory).
 *
 * @since 0.1.0
 */
export interface CliIo {
  /** The text of a file (UTF-8). Throws when the file cannot be read; the error's message says why. */
  readFile(path: string): string;
  /** Writes `text` to standard output as it is (it ends with a line break). */
  out(text: string): void;
  /** Writes one line to standard error; `line` holds no line break, the caller adds it. */
  err(line: string): void;
  /**
   * What `prerender` needs of Node, loaded when it runs: bin/idv-pricing.js imports idv-pricing/ssr then (a
   * dynamic import), so `quote` never loads the server renderer. Without it, `prerender` is an internal error.
   */
  prerender?(): Promise<PrerenderIo>;
}

/** The output formats, each with its flag. @since 0.1.0 */
export type OutputFormat = 'text' | 'markdown' | 'csv' | 'json';

const FORMAT_FLAGS: Readonly<Record<string, OutputFormat>> = { '--text': 'text', '--markdown': 'markdown', '--csv': 'csv', '--json': 'json' };
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
const HELP_FLAGS = new Set(['--help', '-h']);

/**
 * The text `--help` prints: every command, flag, default and exit code.
 *
 * @since 0.1.0
 */
export const HELP = `idv-pricing: exact prices for Alibaba Cloud Financial-grade ID Verification, and its elements
prerendered into static HTML.

Usage:
  idv-pricing quote SCENARIO [--text | --markdown | --csv | --json] [--lang en|zh-CN] [--rules FILE]
  idv-pricing prerender PATH... [--csp FILE]
  idv-pricing --help           (also: idv-pricing help, idv-pricing quote --help, idv-pricing prerender --help)

idv-pricing quote SCENARIO: the exact price of a scenario.

SCENARIO is a scenario string, as in the calculator's scenario attribute and its ?idv= links. Quote it
for the shell, since it holds semicolons:
  'v1;app:10000/day'
  'v1;app:10000/day,photo:0.1,ret:30,peak:12;h5:10000/month;first;alert:20'
v1 is the format version. Then one PLAN:VOLUME/PERIOD per plan (period: day, month or year), each
with options after commas: pass (pass rate, %), photo (photo size, MB), ret (days a photo is kept),
peak (the busiest hour's share of a day, %). Then the flags first (the account's first pack purchase:
the free trial pack may be used) and alert:PERCENT (the remaining-quota alert). An option a plan does
not use is ignored, as in the calculator. Plans:
  ${PLANS.join(', ')}

Output format (give at most one; the default is --text):
  --text          plain text, one figure a line (the calculator's "Copy quote")
  --markdown      a Markdown table per section ("Copy as Markdown")
  --csv           CSV with a header row, RFC 4180 with CRLF line ends (the CSV download)
  --json          the engine's Quote object: exact decimal strings, indented by 2 spaces

Options:
  --lang LOCALE   the language and number format of --text, --markdown and --csv:
                  en (the default) or zh-CN; --json is the same in both
  --rules FILE    price with custom rules: a JSON file shaped like the bundled rules, checked by the
                  engine's loadRules (the default: the bundled rules, version ${DEFAULT_RULES.version})
  -h, --help      print this help and exit

Also written --lang=LOCALE and --rules=FILE.

idv-pricing prerender PATH...: renders the elements in HTML files, in place (a static site's last
build step, e.g. npx idv-pricing prerender public).

Each PATH is an .html file or a directory: every *.html file under it, in subdirectories too (not in
node_modules or in directories whose names start with a dot). Each idv-* element in a file (as a
browser parses it: not in comments, scripts, textareas or templates) gets its shadow root as a
declarative <template shadowrootmode="open"> first child, so a browser shows it before any script
runs; nothing else in the file changes. A file is written only if it changed, and a second run writes
nothing new. The language is the element's lang, else its nearest ancestor's (<html lang>), else
English. An on... handler on an element plays no part; a calculator with sync-url is rendered as a
visitor without a ?idv= link sees it. An idv- tag that is not one of the elements is left as it is,
with a warning on standard error naming its file and line.

It prints one line per file (docs/index.html: 2 elements), then the Content-Security-Policy source
list that lets the inline <style> of those shadow roots apply under a policy without 'unsafe-inline':
  style-src 'self' 'sha256-...' ...

Options:
  --csp FILE      also write that style-src line to FILE (also written --csp=FILE)
  -h, --help      print this help and exit

Exit status:
  0  the quote, the files' lines (and this help) were printed on standard output
  2  bad input: a scenario that cannot be read or priced, an unknown plan, rules that are not valid or
     cannot be read, an unknown option, a missing argument, a PATH that is missing, cannot be read,
     is not an .html file or holds none, a file that cannot be written; one line on standard error
     says what
  1  an internal error (a bug; please report it)

More: docs/cli.md; the scenario string: docs/elements.md; the Quote object: docs/engine.md;
prerendering: docs/ssr.md.
`;


/** The arguments of `quote`, read and checked. */
interface QuoteArgs {
  readonly scenario: string;
  readonly format: OutputFormat;
  readonly locale: Locale;
  readonly rulesFile: string | null;
}

/**
 * Runs the command line: `idv-pricing quote SCENARIO [--json | --csv | --markdown | --text] [--lang en|zh-CN]
 * [--rules FILE]`, `idv-pricing prerender PATH... [--csp FILE]` (src/cli/prerender.ts), or `--help`. It
 * writes the output through `io` and returns the exit code (see {@link EXIT}); it never throws (nor rejects).
 * `prerender` renders asynchronously: for it the exit code comes as a promise; for the rest, as a number.
 *
 * @param argv - the arguments after the program's name (`process.argv.slice(2)`).
 * @param io - how files are read and output written.
 * @returns 0 when the quote, the prerender or the help was done, 2 for bad input (one line on stderr), 1 for a
 *   bug; a promise of it for `prerender`.
 * @example
 * runCli(['quote', 'v1;app:10000/day', '--csv'], { readFile, out: (t) => process.stdout.write(t), err: (l) => console.error(l) });
 * @since 0.1.0
 */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'help' || argv.some((arg) => HELP_FLAGS.has(arg))) {
      io.out(HELP);
      return EXIT.ok;
    }
    if (command === undefined) {
      throw new UsageError('missing command: run idv-pricing quote SCENARIO or idv-pricing prerender PATH (idv-pricing --help says more)');
    }
    if (command === 'prerender') return runPrerender(rest, io);
    if (command !== 'quote') throw new UsageError(`unknown command ${quoted(command)}: the commands are quote and prerender (idv-pricing --help)`);
    const output = quoteOutput(readQuoteArgs(rest), io);
    io.out(output.endsWith('\n') ? output : `${output}\n`);
    return EXIT.ok;
  } catch (e) {
    return failed(e, (line) => io.err(line));
  }
}

/** Reads `quote`'s arguments: one SCENARIO and the flags, in any order. */
function readQuoteArgs(args: readonly string[]): QuoteArgs {
  let scenario: string | undefined;
  let formatFlag: string | undefined;
  let lang: string | undefined;
  let rulesFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      if (scenario !== undefined) {
        throw new UsageError(`unexpected argument ${quoted(arg)}: quote takes one SCENARIO`);
      }
      scenario = arg;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (Object.prototype.hasOwnProperty.call(FORMAT_FLAGS, name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value (got ${quoted(arg)})`);
      if (formatFlag !== undefined) throw new UsageError(`give one output format: ${formatFlag} and ${name} were both given`);
      formatFlag = name;
      continue;
    }
    if (name === '--lang' || name === '--rules') {
      if ((name === '--lang' ? lang : rulesFile) !== undefined) throw new UsageError(`${name} was given twice`);
      // `--rules FILE` takes the next argument, unless that is another flag (then the value is missing).
      let value = inline;
      const next = args[i + 1];
      if (value === undefined && next !== undefined && !next.startsWith('-')) {
        value = next;
        i++;
      }
      if (value === undefined || value === '') {
        throw new UsageError(name === '--lang' ? '--lang needs a value: en or zh-CN' : '--rules needs a FILE: custom rules as JSON');
      }
      if (name === '--lang') lang = value;
      else rulesFile = value;
      continue;
    }
    throw new UsageError(`unknown option ${quoted(arg)} (idv-pricing --help lists the options)`);
  }
  if (scenario === undefined) throw new UsageError("missing SCENARIO: for example idv-pricing quote 'v1;app:10000/day'");
  const locale = LOCALES.find((l) => l === lang);
  if (lang !== undefined && !locale) throw new UsageError(`unknown language ${quoted(lang)} for --lang: use en or zh-CN`);
  return { scenario, format: formatFlag ? FORMAT_FLAGS[formatFlag]! : 'text', locale: locale ?? 'en', rulesFile: rulesFile ?? null };
}

/** Custom rules from a JSON file, validated by the engine's loadRules. */
function readRules(path: string, io: CliIo): Rules {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new UsageError(`cannot read the rules file ${quoted(path)}: ${messageOf(e)}`);
  }
  let data: unknown;
  try {
    // A byte order mark, which some editors write, is not JSON's.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`the rules file ${quoted(path)} is not JSON: ${messageOf(e)}`);
  }
  try {
    return loadRules(data);
  } catch (e) {
    if (e instanceof RulesError) throw new UsageError(`the rules in ${quoted(path)} are not valid (${e.code}): ${e.message}`);
    throw e;
  }
}

/** The engine's quote of the scenario, in the format asked for. */
function quoteOutput(args: QuoteArgs, io: CliIo): string {
  const read = parseScenarioString(args.scenario);
  if (!read.ok) {
    const reason = calculatorMore.share.linkReasons[read.code].replace(/\.$/, '');
    throw new UsageError(`the scenario cannot be read (${read.code}${read.part ? ` at ${quoted(read.part)}` : ''}): ${reason}`);
  }
  const rules = args.rulesFile === null ? DEFAULT_RULES : readRules(args.rulesFile, io);
  let q: Quote;
  try {
    q = quote(engineScenario(read.scenario, rules), rules);
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(`the scenario cannot be priced (${e.code}): ${e.message}`);
    throw e;
  }
  switch (args.format) {
    case 'json':
      return JSON.stringify(q, null, 2);
    case 'csv':
      return quoteToCsv(q, args.locale, rules);
    case 'markdown':
      return quoteToMarkdown(q, args.locale, '', rules);
    case 'text':
      return quoteToText(q, args.locale, '', rules);
  }
}
