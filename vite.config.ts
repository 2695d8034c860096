import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { slimDecimal } from './scripts/slim-decimal.mjs';

// Two library builds, one entry each: with both entries in one build they would share a chunk,
// and the drop-in `idv-pricing.js` would no longer be a single file.
const ENTRIES = {
  widget: { entry: 'src/index.ts', fileName: 'idv-pricing' },
  engine: { entry: 'src/engine/index.ts', fileName: 'engine' },
} as const;

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
      lib: { entry: { index: 'src/index.ts', 'engine/index': 'src/engine/index.ts', 'share/index': 'src/share/index.ts' }, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/, /^decimal\.js($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (mode === 'lib') return libraryBuild();
  const { entry, fileName } = mode === 'engine' ? ENTRIES.engine : ENTRIES.widget;
  return {
    plugins: [serveDemo(), ...(command === 'build' ? [slimDecimal(), minifyTemplates()] : [])],
    build: {
      lib: { entry, formats: ['es'], fileName: () => `${fileName}.js` },
      // The second (engine) pass must not wipe the widget bundle the first one wrote.
      emptyOutDir: mode !== 'engine',
      // Library ES builds keep whitespace otherwise; lit and decimal.js are bundled, not external.
      // One file, whatever the source splits: the calculator's tools are `import()`ed, which here stay inline.
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  };
});
