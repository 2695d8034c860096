/**
 * The command line `idv-pricing` (bin/idv-pricing.js imports this from dist/lib/cli/index.js). DOM-free and
 * Node-free: the caller hands in how files are read and output written. docs/cli.md is its page.
 */
export { runCli, HELP } from './quote.js';
export { EXIT } from './errors.js';
export type { CliIo, OutputFormat } from './quote.js';
export type { PrerenderIo, PrerenderedHtml } from './prerender.js';
export { engineScenario, engineLine } from './scenario.js';
