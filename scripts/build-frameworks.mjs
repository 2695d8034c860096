// Builds the framework fixture apps (test/frameworks/react, test/frameworks/vue) with Vite, from React's and
// Vue's npm packages, into .cache/frameworks/<name>/ for test/frameworks/*.test.ts. `idv-pricing` resolves
// like a consumer's import: through this package's `exports` to dist/idv-pricing.js, so run it after
// `vite build`. Run alone: `node scripts/build-frameworks.mjs`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const FRAMEWORKS = ['react', 'vue'];

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
    resolve: { alias: [{ find: /^idv-pricing$/, replacement: ROOT.replace(/\/$/, '') }] },
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

/** Builds every fixture; returns the names that failed (each failure is printed). */
export async function buildFrameworks() {
  const failed = [];
  for (const name of FRAMEWORKS) {
    try {
      await buildFramework(name);
    } catch (error) {
      console.error(`building the ${name} fixture app failed:`, error);
      failed.push(name);
    }
  }
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const failed = await buildFrameworks();
  console.log(`framework apps built in ${((performance.now() - started) / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
  process.exit(failed.length ? 1 : 0);
}
