/**
 * Type tests for `idv-pricing/engine` and the main entry's engine re-exports, as a program that never touches
 * the DOM would write them. Never run, only checked: against the source by `tsc -p test/frameworks/tsconfig.json`,
 * and against the packed tarball's .d.ts files under node10, node16, nodenext and bundler resolution with
 * skipLibCheck off (test/frameworks/packed.test.ts). Each `@ts-expect-error` line must be an error, so the
 * typings cannot quietly turn into `any` under one resolution mode.
 */
import { bestPackMix, MAX_UNITS, quote, type PackMix, type Quote, type Scenario } from 'idv-pricing/engine';
import { quote as quoteFromMain, VERSION } from 'idv-pricing';

const scenario: Scenario = { plan: 'app', volume: '12000', period: 'month', firstPurchase: true };
const q: Quote = quote(scenario);
export const total: string = q.totals.bestYear;
export const same: Quote = quoteFromMain(scenario);
export const mix: PackMix = bestPackMix('idv', 3_650_000);
export const packs: number | string = mix.items[0]?.count ?? 0;
export const limit: bigint = MAX_UNITS;
export const version: string = VERSION;

// @ts-expect-error not a plan id
quote({ plan: 'enterprise', volume: 1 });
// @ts-expect-error a total is a decimal string, not a number
export const wrong: number = q.totals.bestYear;
// @ts-expect-error not a pack family
bestPackMix('ocr', 1);
// @ts-expect-error the engine has no Decimal export: decimal.js stays private
export { Decimal } from 'idv-pricing/engine';
