// Builds the framework fixture apps (test/frameworks/react, test/frameworks/vue) with Vite, from React's and
// Vue's npm packages, into .cache/frameworks/<name>/ for test/frameworks/*.test.ts. `idv-pricing` resolves
// like a consumer's import: through this package's `exports` (dist/lib/…), so run it after
// `vite build`. Run alone: `node scripts/build-frameworks.mjs`.
//
// It also packs the package as npm publishes it (`npm pack`), installs the tarball into a temp project and
// type-checks a consumer against it under each moduleResolution mode; the facts go to
// .cache/frameworks/packed/report.json, which test/frameworks/packed.test.ts judges (see packConsumer).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { prerenderInConsumer } from './packed-prerender.mjs';
import { probeServerRendering } from './packed-ssr-probes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// calculator-only: a plain Vite app importing `idv-pricing/calculator` alone (no framework), for code splitting.
export const FRAMEWORKS = ['react', 'vue', 'calculator-only'];

/**
 * `idv-pricing` and each of its subpaths (`idv-pricing/calculator` …) resolved through this package's
 * package.json `exports`, as a bundler resolves an installed dependency (the `default` condition).
 */
function packageAliases() {
  const { exports } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  return Object.entries(exports)
    .filter(([, target]) => typeof target === 'object' && typeof target.default === 'string')
    .map(([subpath, target]) => ({
      find: new RegExp(`^idv-pricing${subpath.slice(1).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
      replacement: `${ROOT}${target.default.slice(2)}`,
    }));
}

/** Builds one fixture app; rejects when the build fails. */
export async function buildFramework(name) {
  const outDir = `${ROOT}.cache/frameworks/${name}`;
  // A failed build must not leave last run's app behind for the specs to load.
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: `${ROOT}test/frameworks/${name}`,
    base: './',
    logLevel: 'error',
    // `idv-pricing` is this package: point it at the package directory so Vite reads package.json's
    // `exports` as for any dependency, rather than at the source.
    resolve: { alias: packageAliases() },
    // Vue's bundler build expects these compile-time flags (@vitejs/plugin-vue would define them).
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      outDir,
      emptyOutDir: true,
      // Stable names so a failed rebuild cannot leave a test loading last run's hashed file by accident.
      rolldownOptions: { output: { entryFileNames: 'assets/app.js', chunkFileNames: 'assets/[name].js' } },
      reportCompressedSize: false,
    },
  });
}

/** Where packConsumer writes its report (served to the specs as /.cache/frameworks/packed/report.json). */
export const PACKED_REPORT = `${ROOT}.cache/frameworks/packed/report.json`;

/** The moduleResolution modes a consumer may use, each with the `module` setting it goes with. */
export const RESOLUTIONS = { node10: 'commonjs', node16: 'node16', nodenext: 'nodenext', bundler: 'esnext' };

/** What the consumer project installs next to the tarball: the package's dependencies and its React peer. */
function consumerDependencies(pkg) {
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
}

/**
 * The package as a consumer gets it, for test/frameworks/packed.test.ts (about 8 s). Steps:
 * 1. emits dist/types from the current source as `npm run build` does (`npm test` builds only the JS), unless
 *    they are newer than every source file (CI has just run `npm run build`): about 4 s saved;
 * 2. `npm pack`s the package (its `files`, nothing else) into a temp dir and unpacks the tarball into
 *    <temp>/consumer/node_modules/idv-pricing, next to links to its dependencies and its React peer
 *    (this repo's copies: the versions the lock file pins; no network);
 * 3. imports the entries in plain Node (importInNode), renders the elements to HTML there with
 *    `idv-pricing/ssr` (renderInNode) and runs the `idv-pricing` command with npx (runCommandLine);
 * 4. type-checks the type tests in test/frameworks/types/ there, with skipLibCheck off, under each
 *    moduleResolution mode. Diagnostics are taken for the consumer's files and for every .d.ts the tarball
 *    ships; the dependencies' own typings (lit, React, decimal.js) are not ours, and checking them too
 *    would triple the time.
 * Writes what it found (the tarball's file list and size, its package.json, README.md and
 * custom-elements.json, the diagnostics) to PACKED_REPORT; the spec decides what passes. A step that
 * cannot run at all is recorded as `error`.
 */
export async function packConsumer({ declarations: emitted } = {}) {
  const outDir = dirname(PACKED_REPORT);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'idv-packed-'));
  const report = { resolutions: Object.keys(RESOLUTIONS), seconds: {} };
  let started = performance.now();
  const lap = (step) => {
    report.seconds[step] = Number(((performance.now() - started) / 1000).toFixed(1));
    started = performance.now();
  };
  try {
    const { default: ts } = await import('typescript');
    // Given when the caller emitted them already (scripts/test.mjs does, while Vite builds the JS).
    report.declarations = emitted ?? emitDeclarations(ts);
    lap('declarations');

    const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const [info] = JSON.parse(packed.stdout);
    report.tarball = {
      filename: info.filename,
      size: info.size,
      unpackedSize: info.unpackedSize,
      files: info.files.map((f) => f.path).sort(),
    };

    const consumer = join(work, 'consumer');
    const installed = join(consumer, 'node_modules', 'idv-pricing');
    mkdirSync(installed, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', join(work, info.filename), '-C', installed, '--strip-components=1'], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    lap('pack');
    const shipped = (file) => readFileSync(join(installed, file), 'utf8');
    const pkg = JSON.parse(shipped('package.json'));
    report.packageJson = pkg;
    report.readme = shipped('README.md');
    report.manifest = pkg.customElements ? JSON.parse(shipped(pkg.customElements)) : null;

    for (const name of consumerDependencies(pkg)) {
      mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');
    }
    // An ES module project, as node16/nodenext consumers of an ESM-only package are.
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    report.nodeImport = importInNode(consumer);
    lap('node import');
    report.ssr = renderInNode(consumer);
    lap('ssr');
    // The hardening suite's injection probes through idv-pricing/ssr: its own report, for ssr-probes.test.ts.
    report.ssrProbes = probeServerRendering(consumer);
    lap('ssr probes');
    report.cli = runCommandLine(consumer, installed, pkg);
    lap('command line');
    // `idv-pricing prerender` with npx (the bin linked above): its own report, for prerender-command.test.ts.
    report.prerender = prerenderInConsumer(consumer);
    lap('prerender');
    const typeTests = join(ROOT, 'test', 'frameworks', 'types');
    const sources = readdirSync(typeTests).map((file) => join(consumer, file));
    for (const file of readdirSync(typeTests)) writeFileSync(join(consumer, file), readFileSync(join(typeTests, file)));
    const declarations = report.tarball.files.filter((f) => f.endsWith('.d.ts')).map((f) => join(installed, f));
    report.typecheck = typeCheckConsumer(ts, consumer, [...sources, ...declarations], installed);
    lap('typecheck');
  } catch (error) {
    report.error = String(error?.stack ?? error);
    console.error('packing the package for test/frameworks/packed.test.ts failed:', error);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // Written whole, then renamed: scripts/test.mjs runs this beside the test runner, and the spec reads the
  // report as soon as it exists.
  writeFileSync(`${PACKED_REPORT}.part`, `${JSON.stringify(report, null, 1)}\n`);
  renameSync(`${PACKED_REPORT}.part`, PACKED_REPORT);
  return report;
}

/**
 * What plain Node 20 makes of the installed package, as an SSR framework or a static-site build imports it on
 * the server: each entry imports without throwing, the elements' classes are there (defined only where the
 * page has custom elements), both entries share one engine (an error thrown by one is `instanceof` the
 * other's class), and the share helpers come without the elements.
 */
function importInNode(consumer) {
  const script = `
    const r = {};
    try {
      const main = await import('idv-pricing');
      const engine = await import('idv-pricing/engine');
      const share = await import('idv-pricing/share');
      r.imported = true;
      r.elementClass = typeof main.IdvPricingCalculator === 'function';
      r.sameInputError = main.InputError === engine.InputError;
      try { engine.quote({ plan: 'no-such-plan', volume: 1 }); } catch (e) { r.instanceofAcross = e instanceof main.InputError; }
      r.shareHelpers = ['quoteToCsv', 'quoteToText', 'quoteToMarkdown', 'parseScenarioString', 'formatScenarioString'].filter((n) => typeof share[n] === 'function');
      const q = engine.quote({ plan: 'app', volume: '10000', period: 'day' });
      r.total = q.totals.bestYear;
      r.csvLines = share.quoteToCsv(q, 'en').split('\\r\\n').length;
    } catch (e) {
      r.imported = false;
      r.error = String(e && e.stack || e);
    }
    console.log(JSON.stringify(r));
  `;
  return runInConsumer(consumer, script, { imported: false });
}

/** The calculator's attributes that renderInNode renders in both locales (its plan and period are its defaults). */
export const SSR_ATTRIBUTES = { volume: '12000' };

/**
 * Hostile attribute values (markup that would run script if written unescaped) and the markers in them that
 * must never appear as markup in the HTML: a value is escaped when none of its `<` survives.
 */
export const SSR_PROBES = { plan: '"><img src=x onerror=alert(1)>', volume: '<script>alert(1)</script>', scenario: "' onmouseover='alert(1)" };

/**
 * `idv-pricing/ssr` in plain Node, as a server or a static-site build uses it: renders the calculator in
 * zh-CN and en with SSR_ATTRIBUTES, every other element in en, and the calculator with SSR_PROBES
 * as its attributes; reports for each its length, whether it has a declarative shadow root, and for the
 * calculator its visible text (tags, comments and styles stripped) with the engine's figures for the same
 * scenario (quote() with the plan and period a calculator starts with, formatted by quoteToText of
 * idv-pricing/share, which prints amounts as the elements show them). An unknown tag, a bad attribute name, an
 * event handler and the calculator's `sync-url` (which reads the visitor's address) must reject.
 */
function renderInNode(consumer) {
  const script = `
    const r = { renders: {} };
    try {
      const { writeFileSync } = await import('node:fs');
      const { renderElement, ELEMENT_TAGS } = await import('idv-pricing/ssr');
      const engine = await import('idv-pricing/engine');
      const share = await import('idv-pricing/share');
      const attributes = ${JSON.stringify(SSR_ATTRIBUTES)};
      // The engine's input for that calculator: the plan and period an instance starts with, and the volume.
      const calculator = new (customElements.get('idv-pricing-calculator'))();
      const scenario = { plan: calculator.plan, period: calculator.period, volume: attributes.volume };
      r.firstPurchase = calculator.firstPurchase;
      r.scenario = scenario;
      const probes = ${JSON.stringify(SSR_PROBES)};
      r.tags = ELEMENT_TAGS;
      const text = (markup) =>
        markup.replace(/<style>[\\s\\S]*?<\\/style>/g, ' ').replace(/<!--[\\s\\S]*?-->/g, '').replace(/<[^>]*>/g, ' ').replace(/\\s+/g, ' ').trim();
      // What a browser shows as chosen: the options with a selected attribute, the inputs with a checked one, whatever
      // its value (selected="false" selects too).
      const on = (attrs, name) => new RegExp('\\\\s' + name + '(?=[\\\\s=/>]|$)').test(' ' + attrs);
      const controls = (markup) => ({
        selected: [...markup.matchAll(/<option\\s([^>]*)>/g)].filter((m) => on(m[1], 'selected')).map((m) => /value="([^"]*)"/.exec(m[1])?.[1] ?? ''),
        checked: [...markup.matchAll(/<input\\s([^>]*)>/g)].filter((m) => on(m[1], 'checked')).map((m) => (/type="([^"]*)"/.exec(m[1])?.[1] ?? '') + ':' + (/value="([^"]*)"/.exec(m[1])?.[1] ?? '')),
      });
      const record = (name, markup, withText) => {
        r.renders[name] = {
          length: markup.length,
          head: markup.slice(0, 300),
          declarativeShadowRoot: /<template[^>]*\\sshadowrootmode="open"/.test(markup),
          ...(withText ? { text: text(markup), controls: controls(markup) } : {}),
        };
      };
      for (const lang of ['zh-CN', 'en']) {
        const markup = await renderElement('idv-pricing-calculator', { lang, ...attributes });
        record('calculator ' + lang, markup, true);
        // A page holding it, for packed.test.ts to open in Chromium with scripts off.
        writeFileSync(${JSON.stringify(dirname(PACKED_REPORT))} + '/ssr-calculator-' + lang + '.html',
          '<!doctype html><html lang="' + lang + '"><head><meta charset="utf-8"></head><body>' + markup + '</body></html>');
        // The amounts as quoteToText prints them: its rows start with the line's pay-as-you-go cost for a day,
        // a month and a year, and end with the grand total with packs (the lowest for a year).
        const rows = share.quoteToText(engine.quote(scenario), lang).split('\\n').filter((l) => l.startsWith('  '));
        const amount = (row) => row.slice(row.lastIndexOf(': ') + 2);
        const period = rows[engine.PERIODS.indexOf(scenario.period)];
        r.renders['calculator ' + lang].expected = { payAsYouGoRow: period, payAsYouGo: amount(period), lowestYear: amount(rows.at(-1)) };
      }
      for (const tag of ELEMENT_TAGS.filter((t) => t !== 'idv-pricing-calculator')) record(tag, await renderElement(tag, { lang: 'en' }), false);
      const hostile = await renderElement('idv-pricing-calculator', { lang: 'en', ...probes });
      record('hostile', hostile, false);
      // Every element in the HTML, by name, and the opening tag with the probes' attributes.
      r.hostile = {
        elements: [...new Set([...hostile.matchAll(/<([a-zA-Z][\\w-]*)/g)].map((m) => m[1].toLowerCase()))],
        openingTag: /^<idv-pricing-calculator[^>]*>/.exec(hostile)?.[0] ?? null,
        rawProbes: Object.values(probes).filter((p) => hostile.includes(p)),
      };
      for (const [name, args] of [['unknownTag', ['idv-no-such-element', { lang: 'en' }]], ['badName', ['idv-estimate', { 'x" onclick="alert(1)': '' }]], ['eventHandler', ['idv-estimate', { onclick: 'alert(1)' }]], ['browserOnly', ['idv-pricing-calculator', { lang: 'en', 'sync-url': '' }]]]) {
        try {
          await renderElement(...args);
          r[name] = 'resolved';
        } catch (e) {
          r[name] = e.constructor.name + ': ' + e.message;
        }
      }
    } catch (e) {
      r.error = String(e && e.stack || e);
    }
    console.log(JSON.stringify(r));
  `;
  return runInConsumer(consumer, script, {}, { timeout: 60000 });
}

/**
 * Runs `script` (an ES module that prints its report as JSON on its last line) with Node in the consumer
 * project; returns that report, or `fallback` with the exit status and stderr when there is none.
 */
function runInConsumer(consumer, script, fallback, options = {}) {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8', ...options });
  try {
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '');
  } catch {
    return { ...fallback, error: `node exited ${run.status}: ${run.stderr}` };
  }
}

/** The runs of the `idv-pricing` command that packed.test.ts judges: arguments after `npx --no-install idv-pricing`. */
export const CLI_RUNS = {
  json: ['quote', 'v1;app:10000/day', '--json'],
  csv: ['quote', 'v1;app:10000/day', '--csv'],
  bad: ['quote', 'v1;no-such-plan:100/day'],
  help: ['--help'],
};

/**
 * The package's command as a consumer runs it: `npx --no-install idv-pricing …` in the consumer project, for
 * each of CLI_RUNS, with its exit status, stdout and stderr. `npm install` links each package.json `bin` into
 * node_modules/.bin and makes its target executable (npm's bin-links); the package here is untarred, not
 * installed, so that link and mode are made here the same way, from the shipped package.json. npm's own
 * warnings are kept off stderr (loglevel error), so stderr is the command's alone.
 */
function runCommandLine(consumer, installed, pkg) {
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  const linkDir = join(consumer, 'node_modules', '.bin');
  try {
    mkdirSync(linkDir, { recursive: true });
    for (const [name, target] of Object.entries(bins)) {
      chmodSync(join(installed, target), 0o755);
      symlinkSync(join('..', 'idv-pricing', target), join(linkDir, name));
    }
  } catch (error) {
    // A bin that names a file the tarball lacks: the spec says so, and the other checks still run.
    return { bins: Object.keys(bins), error: String(error?.stack ?? error) };
  }
  const env = { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  const runs = { bins: Object.keys(bins) };
  for (const [name, args] of Object.entries(CLI_RUNS)) {
    const run = spawnSync('npx', ['--no-install', 'idv-pricing', ...args], { cwd: consumer, encoding: 'utf8', env, timeout: 60000 });
    runs[name] = { args, status: run.status, stdout: run.stdout, stderr: run.stderr, ...(run.error ? { error: String(run.error) } : {}) };
  }
  return runs;
}

/** Modification times (ms) of the files under `dir` whose names match `pattern`. */
function mtimes(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((file) => pattern.test(file))
    .map((file) => statSync(join(dir, file)).mtimeMs);
}

/**
 * Step 1 of packConsumer on its own, for a caller that has other work to overlap with it: it holds the thread
 * for its 4 s (TypeScript is synchronous), so run the other work in child processes.
 */
export async function emitTypes() {
  const { default: ts } = await import('typescript');
  return emitDeclarations(ts);
}

/**
 * `tsc -p tsconfig.build.json`'s emit (dist/types) unless it is up to date; returns its declaration-emit errors.
 * Up to date: one declaration per source file, each newer than every source, and no other. A declaration left
 * by a source file since deleted would ship in the tarball and kept this check failing, so a fresh emit
 * starts from an empty dist/types.
 */
function emitDeclarations(ts) {
  const types = `${ROOT}dist/types`;
  const want = new Set(readdirSync(`${ROOT}src`, { recursive: true }).filter((f) => /\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '.d.ts')));
  const have = existsSync(types) ? readdirSync(types, { recursive: true }).filter((f) => /\.d\.ts$/.test(f)) : [];
  const built = have.map((f) => statSync(join(types, f)).mtimeMs);
  const inputs = [...mtimes(`${ROOT}src`, /\.ts$/), ...['tsconfig.json', 'tsconfig.build.json'].map((f) => statSync(`${ROOT}${f}`).mtimeMs)];
  const same = have.length === want.size && have.every((f) => want.has(f));
  if (same && Math.min(...built) > Math.max(...inputs)) return { emitted: false, errors: [] };
  rmSync(types, { recursive: true, force: true });
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.build.json`, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const { diagnostics } = program.emit();
  return { emitted: true, errors: diagnostics.map((d) => formatDiagnostic(ts, d, ROOT)) };
}

/** Type-checks `files` in `dir` under each mode of RESOLUTIONS; lib files are parsed once for all modes. */
function typeCheckConsumer(ts, dir, files, installed) {
  const libs = new Map();
  const results = {};
  for (const [resolution, module] of Object.entries(RESOLUTIONS)) {
    const started = performance.now();
    const { options, errors } = ts.convertCompilerOptionsFromJson(
      {
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        jsx: 'react-jsx',
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        module,
        moduleResolution: resolution,
      },
      dir,
    );
    if (errors.length > 0) throw new Error(errors.map((d) => formatDiagnostic(ts, d, dir)).join('\n'));
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      if (!fileName.includes('/typescript/lib/lib.')) return getSourceFile(fileName, languageVersion, ...rest);
      const key = `${fileName}:${typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion}`;
      if (!libs.has(key)) libs.set(key, getSourceFile(fileName, languageVersion, ...rest));
      return libs.get(key);
    };
    const program = ts.createProgram(files, options, host);
    const ours = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile || sf.fileName.startsWith(`${installed}/`));
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...ours.flatMap((sf) => program.getSemanticDiagnostics(sf)),
    ];
    results[resolution] = {
      errors: diagnostics.map((d) => formatDiagnostic(ts, d, dir)),
      checkedFiles: ours.length,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    };
  }
  return results;
}

function formatDiagnostic(ts, diagnostic, dir) {
  return ts
    .formatDiagnostic(diagnostic, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => '\n' })
    .trim();
}

/**
 * Builds every fixture and packs the package; returns the names that failed (each failure is printed).
 * `pack: false` leaves the packing to the caller (scripts/test.mjs runs it in a child process: `--pack`).
 */
export async function buildFrameworks({ pack = true } = {}) {
  const failed = [];
  for (const name of FRAMEWORKS) {
    try {
      await buildFramework(name);
    } catch (error) {
      console.error(`building the ${name} fixture app failed:`, error);
      failed.push(name);
    }
  }
  // A failure here is the spec's to report (the report says what went wrong), not a build failure.
  if (pack) await packConsumer();
  return failed;
}

// `node scripts/build-frameworks.mjs --pack`: packConsumer alone, with the declaration-emit result the caller
// passes as JSON in IDV_DECLARATIONS (scripts/test.mjs emitted dist/types already).
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--pack')) {
  const declarations = process.env.IDV_DECLARATIONS ? JSON.parse(process.env.IDV_DECLARATIONS) : undefined;
  await packConsumer({ declarations });
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const failed = await buildFrameworks();
  console.log(`framework apps built and package packed in ${((performance.now() - started) / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
  process.exit(failed.length ? 1 : 0);
}
