/**
 * How deep the longest specs go. `npm test` runs a quarter of each count written with `runs()` (property
 * runs, mount cycles): random cases and cycles still find what each spec is there to find, and each run
 * draws new ones. `npm run test:deep` (or `IDV_TEST_DEPTH=deep npm test`) runs every count in full; run it
 * after changing the engine or an element's lifecycle. web-test-runner.config.mjs puts the variable on the
 * test page. Each spec that uses this says so in its header.
 */
export const DEEP = (globalThis as { IDV_TEST_DEPTH?: string }).IDV_TEST_DEPTH === 'deep';

/** `full` under IDV_TEST_DEPTH=deep, a quarter of it (rounded up) in `npm test`. */
export const runs = (full: number): number => (DEEP ? full : Math.ceil(full / 4));

/**
 * `items` under IDV_TEST_DEPTH=deep; in `npm test`, every other one from `offset` (0 or 1). A spec that walks
 * a matrix passes alternating offsets (field by field, say), so the quick run still tries every item somewhere.
 */
export const halfOf = <T>(items: readonly T[], offset: number): readonly T[] =>
  DEEP ? items : items.filter((_, i) => (i + offset) % 2 === 0);

/**
 * Registers tests with Mocha's `it`: all of them under IDV_TEST_DEPTH=deep, in `npm test` every other one from
 * `offset`. A spec that runs the same tests once per locale passes each locale its own offset, so the quick
 * run still runs each test once, in one of the locales.
 */
export function alternateTests(offset: number): (name: string, test: () => Promise<void>) => void {
  let order = offset;
  return (name, test) => {
    if (DEEP || order++ % 2 === 0) it(name, test);
  };
}
