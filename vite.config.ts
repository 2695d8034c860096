import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { slimDecimal } from './scripts/slim-decimal.mjs';

// Three builds. Two for script tags, one entry each, so the engine file stays one self-contained file: the drop-in
// `idv-pricing.js` is a small loader; each element, each locale's strings and the code they share are chunk
// files in `dist/chunks/`, which it imports relative to its own URL when the page uses them.
const ENTRIES = {
  widget: { entry: 'src/drop-in.ts', fileName: 'idv-pricing' },
  engine: { entry: 'src/engine/index.ts', fileName: 'engine' },
} as const;

// What every element's first render needs (Lit, decimal.js, the engine's pricing core, the base element and its
// helpers, the shared styles) goes in one chunk, `chunks/core-*.js`: one request and one gzip stream instead of
// five. Lit's directives, the planning parts of the engine (dates, cost curve, compare) and each element's own
// code stay in the chunks of the elements that use them.
const CORE = [
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](index|lit-html|lit-element|reactive-element|css-tag|decorators|decorators[\\/]\w+)\.js$/,
  /[\\/]node_modules[\\/]decimal\.js[\\/]/,
  /[\\/]src[\\/]engine[\\/](errors|decimal|guards|planning|rules|pack-mix|rounding|quote|postpaid|storage|index)\.ts$/,
  /[\\/]src[\\/]rules[\\/]/,
  /[\\/]src[\\/]i18n[\\/](format|parse|catalog|localize)\.ts$/,
  /[\\/]src[\\/]internal[\\/](define-element|coerce|defaults|announcer|rules-state|idv-element|line-fields|line-controls)\.ts$/,
  /[\\/]src[\\/]styles[\\/]/,
  /[\\/]src[\\/]version\.ts$/,
];
const inCore = (id: string): boolean => CORE.some((re) => re.test(id));

// A locale's strings are named for what they hold (`chunks/strings-zh-CN-calculator-….js`), the rest by module.
function chunkName(chunk: { facadeModuleId: string | null }): string {
  const strings = /[\\/]i18n[\\/]locales[\\/]([\w-]+)[\\/]([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return strings ? `chunks/strings-${strings[1]}-${strings[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * Writes the core chunk's file name into the drop-in loader (its `__IDV_CORE_CHUNK__`), so the loader fetches
 * the core beside the first element's chunk instead of after it. The build fails if either is missing.
 */
function preloadCore(): Plugin {
  return {
    name: 'idv-preload-core',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const core = chunks.find((c) => c.name === 'core');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry || entry.type !== 'chunk' || !entry.code.includes('__IDV_CORE_CHUNK__')) return; // the engine build
      if (!core) return this.error('idv-preload-core: no core chunk in the drop-in build');
      entry.code = entry.code.replaceAll('__IDV_CORE_CHUNK__', `./${core.fileName}`);
    },
  };
}

// The demo lives in demo/ so the top level stays clean; send `/` there.
function serveDemo(): Plugin {
  return {
    name: 'idv-serve-demo',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) server.config.logger.info(`  ➜  Demo:    ${url}demo/`);
      };
    },
  };
}

// The npm entries (`import 'idv-pricing'`, `idv-pricing/engine`, `idv-pricing/share`): ES modules as the source
// lays them out, importing lit and decimal.js as dependencies, so an app that uses Lit has one copy, a bundler
// shares chunks, both entries use one engine module, and Node imports them (lit's node build shims the DOM).
function libraryBuild(): UserConfig {
  return {
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist/lib',
      emptyOutDir: true,
      lib: {
        // cli/index: the `idv-pricing` command's code, which bin/idv-pricing.js imports (not a package export).
        // ssr/index: `idv-pricing/ssr`, the elements rendered to HTML in Node (with @lit-labs/ssr and parse5, external;
        // node:crypto for prerenderHtml's CSP hashes).
        entry: {
          index: 'src/index.ts',
          'engine/index': 'src/engine/index.ts',
          'share/index': 'src/share/index.ts',
          'cli/index': 'src/cli/index.ts',
          'ssr/index': 'src/ssr/index.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^lit-html($|\/)/, /^lit-element($|\/)/, /^decimal\.js($|\/)/, /^parse5($|\/)/, /^node:/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (mode === 'lib') return libraryBuild();
  const { entry, fileName } = mode === 'engine' ? ENTRIES.engine : ENTRIES.widget;
  return {
    plugins: [serveDemo(), ...(command === 'build' ? [slimDecimal(), minifyTemplates(), preloadCore()] : [])],
    build: {
      lib: { entry, formats: ['es'], fileName: () => `${fileName}.js` },
      // The second (engine) pass must not wipe the widget bundle the first one wrote.
      emptyOutDir: mode !== 'engine',
      // Which chunk holds which source module and what it imports: scripts/size.mjs walks it for the critical path.
      manifest: mode !== 'engine' ? 'chunks/manifest.json' : false,
      // Library ES builds keep whitespace otherwise; lit and decimal.js are bundled, not external. The engine
      // file has no dynamic import, so it stays one file; the drop-in's chunks get content hashes (cacheable).
      rolldownOptions: {
        output:
          mode === 'engine'
            ? { minify: true, codeSplitting: false }
            : { minify: true, chunkFileNames: chunkName, codeSplitting: { groups: [{ name: 'core', test: inCore }] } },
      },
    },
  };
});
