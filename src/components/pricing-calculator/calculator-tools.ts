/**
 * The six tools' disclosures (chart, estimate, compare, quota planner, refund estimator, billing calendar),
 * each element created only when opened, seeded with the scenario on screen. Loaded with the rest of what is
 * past the first screen (calculator-extras.ts). Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { PLAN_IDS } from '../../engine/index.js';
import type { Tool } from './calculator-tool-list.js';
import type { FamilyQuote, LineQuote, Period, PlanId } from '../../engine/index.js';
import type { CalculatorView } from './calculator-view.js';

/**
 * Each tool's module, loaded the first time its disclosure opens: a page that only shows the calculator never
 * fetches (from the npm modules) or runs the other six elements' code. Where the drop-in file already holds
 * them, the import resolves at once.
 */
const LOADERS: Readonly<Record<Tool, () => Promise<unknown>>> = {
  chart: () => import('../cost-chart/cost-chart.js'),
  estimate: () => import('../estimate/estimate.js'),
  compare: () => import('../compare/compare.js'),
  quota: () => import('../quota-planner/quota-planner.js'),
  refund: () => import('../refund-estimator/refund-estimator.js'),
  billing: () => import('../billing-calendar/billing-calendar.js'),
};

/** Loads a tool's element; its tag, already rendered, upgrades when the module has run. */
export function loadTool(tool: Tool): Promise<unknown> {
  return LOADERS[tool]().catch((error: unknown) => console.warn(`idv-pricing: the ${tool} tool could not be loaded`, error));
}

/** The scenario on screen and what the tools inherit from the calculator. */
export interface ToolsContext {
  readonly plan: PlanId;
  readonly volume: string;
  readonly period: Period;
  readonly passRate: string;
  readonly photoSize: string;
  readonly retentionDays: string;
  readonly peakShare: string;
  readonly firstPurchase: boolean;
  /** The page's custom rules, passed on as given (each tool validates them itself). */
  readonly rules: unknown;
  readonly theme: string;
  /** Tools whose disclosure is open: only these have an element. */
  readonly open: ReadonlySet<Tool>;
  readonly onToggle: (tool: Tool, open: boolean) => void;
}

function renderTool(v: CalculatorView, tool: Tool, c: ToolsContext, line: LineQuote, f: FamilyQuote): TemplateResult {
  const lang = v.locale;
  const here = { plan: c.plan, volume: c.volume, period: c.period, passRate: c.passRate, photoSize: c.photoSize, retentionDays: c.retentionDays };
  switch (tool) {
    case 'chart':
      return html`<idv-cost-chart plan=${c.plan} units=${String(f.yearUnits)} ?first-purchase=${c.firstPurchase} .rules=${c.rules} lang=${lang} theme=${c.theme}></idv-cost-chart>`;
    case 'estimate':
      return html`<idv-estimate .lines=${[{ ...here, peakShare: c.peakShare }]} ?first-purchase=${c.firstPurchase} .rules=${c.rules} lang=${lang} theme=${c.theme}></idv-estimate>`;
    case 'compare': {
      // B starts as the next plan at the same volume: the comparison a visitor most often wants next.
      const next = PLAN_IDS[(PLAN_IDS.indexOf(c.plan) + 1) % PLAN_IDS.length]!;
      const a = { ...here, firstPurchase: c.firstPurchase };
      return html`<idv-compare .scenarios=${[a, { ...a, plan: next }]} .rules=${c.rules} lang=${lang} theme=${c.theme}></idv-compare>`;
    }
    case 'quota':
      // Daily use in whole units: the planner counts whole verifications a day.
      return html`<idv-quota-planner family=${f.family} daily-usage=${line.units.day.split('.')[0]} .rules=${c.rules} lang=${lang} theme=${c.theme}></idv-quota-planner>`;
    case 'refund':
      return html`<idv-refund-estimator family=${f.family} .rules=${c.rules} lang=${lang} theme=${c.theme}></idv-refund-estimator>`;
    case 'billing':
      return html`<idv-billing-calendar daily-bill=${line.postpaid.day} .rules=${c.rules} lang=${lang} theme=${c.theme}></idv-billing-calendar>`;
  }
}

/** Tool disclosures under one heading; each tool's element is only created when opened, so the calculator stays light. */
export function renderTools(v: CalculatorView, tools: readonly Tool[], c: ToolsContext, line: LineQuote, f: FamilyQuote): TemplateResult | typeof nothing {
  if (tools.length === 0) return nothing;
  const t = v.t.tools;
  const headingId = `${v.uid}-tools-${tools.join('-')}`;
  return html`
    <section role="group" class="tools" part="tools" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${t.title}</h3>
      ${tools.map(
        (tool) => html`<details class="tool" @toggle=${(e: Event) => c.onToggle(tool, (e.target as HTMLDetailsElement).open)}>
          <summary>${t[tool]}</summary>
          ${c.open.has(tool) ? renderTool(v, tool, c, line, f) : nothing}
        </details>`,
      )}
    </section>
  `;
}
