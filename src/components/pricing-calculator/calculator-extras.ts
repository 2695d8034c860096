/**
 * What the calculator shows past its first screen: the body of "details", the tools' disclosures and the
 * printed summary line; and the scenario string's reader (for `scenario` and `sync-url`). The element imports this module after its first figures are painted (or before its
 * first render when `tools` or `toolbar` puts tools or the toolbar on the first screen, or `scenario` or
 * `sync-url` gives a scenario string to read, or `readonly` shows the scenario as text), so it is not on the critical path.
 * Not API.
 */
export { renderDetailsBody, renderPrintSummary } from './calculator-details.js';
export { loadTool, renderTools } from './calculator-tools.js';
export { ShareToolbar } from './share-toolbar.js';
export { renderToolbar } from './share-toolbar-view.js';
export { default as styles } from './calculator-extras.styles.js';
export { parseScenarioString } from '../../share/scenario-string.js';
export { renderScenario } from './calculator-scenario.js';
