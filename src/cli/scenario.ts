/**
 * A scenario string, once read (`parseScenarioString`, src/share/scenario-string.ts), as the engine's
 * `Scenario`. The rules for what is priced are the calculator's (`recompute` in
 * src/components/pricing-calculator/pricing-calculator.ts) and the estimate's (`toScenarioLine`): an option
 * goes to the engine only for a plan that uses it (a pass rate for plans billed per passed verification, a
 * photo size and retention for plans that store photos), so `v1;app:1000/day,pass:50` prices as the calculator
 * shows it. An option left out takes the rules' default inside the engine, as the calculator's
 * `applyScenario` fills it in from the same rules. Unlike the calculator, which opens a string's first line,
 * every line is priced, as `<idv-estimate>` prices several.
 */
import type { Rules, Scenario, ScenarioLine } from '../engine/index.js';
import type { SharedLine, SharedScenario } from '../share/scenario-format.js';

/**
 * One line of a read scenario string as an engine `ScenarioLine`.
 *
 * @param line - a line as `parseScenarioString` returns it (its plan is one of `PLAN_IDS`).
 * @param rules - the rules the line is priced with: they say which options its plan uses.
 * @since 0.1.0
 */
export function engineLine(line: SharedLine, rules: Rules): ScenarioLine {
  const plan = rules.plans[line.plan];
  return {
    plan: line.plan,
    volume: line.volume,
    period: line.period,
    ...(plan.metering === 'passed' && line.passRate !== undefined ? { passRate: line.passRate } : {}),
    ...(plan.storesPhotos && line.photoSize !== undefined ? { photoSizeMB: line.photoSize } : {}),
    ...(plan.storesPhotos && line.retentionDays !== undefined ? { retentionDays: line.retentionDays } : {}),
    peakHourShare: line.peakShare ?? null,
  };
}

/**
 * A read scenario string as the engine's `Scenario`: every line, the first purchase and the alert threshold.
 * The values stay the decimal and digit strings the reader produced; nothing is computed here.
 *
 * @example
 * const read = parseScenarioString('v1;app:10000/day;first');
 * if (read.ok) quote(engineScenario(read.scenario, DEFAULT_RULES));
 * @since 0.1.0
 */
export function engineScenario(shared: SharedScenario, rules: Rules): Scenario {
  return {
    lines: shared.lines.map((line) => engineLine(line, rules)),
    firstPurchase: shared.firstPurchase,
    ...(shared.alertThreshold !== undefined ? { alertThreshold: shared.alertThreshold } : {}),
  };
}
