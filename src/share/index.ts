/**
 * idv-pricing/share: the scenario string (the `scenario` attribute and `?idv=` links) and the quote exports
 * (text, Markdown, CSV), without any element: for scripts, servers and docs builds.
 */
export { formatScenarioString, parseScenarioString, encodeScenarioParam, SCENARIO_FORMAT_VERSION } from './scenario-string.js';
export type { SharedScenario, SharedLine, ScenarioStringResult, ScenarioStringError } from './scenario-string.js';
export { quoteToText, quoteToMarkdown, quoteToCsv } from './export.js';
