/**
 * The command line `idv-pricing` (bin/idv-pricing.js imports this from dist/lib/cli/index.js). DOM-free and
 * Node-free: the caller hands in how files are read and output written. docs/cli.md is its page.
 */
export { runCli, EXIT, HELP } from './quote.js';
export type { CliIo, OutputFormat } from './quote.js';
export { engineScenario, engineLine } from './scenario.js';
