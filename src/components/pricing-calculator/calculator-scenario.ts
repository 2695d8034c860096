/**
 * The read-only view (`readonly`): the scenario as text with its figures, and the button that opens the
 * inputs. Loaded with calculator-extras.ts (before the first render when `readonly` is set). Not API.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatCount, formatPercent } from '../../i18n/format.js';
import { known } from './calculator-form.js';
import type { FormModel } from './calculator-form.js';
import { planName } from './calculator-view.js';
import type { CalculatorView } from './calculator-view.js';

/** A value formatted, or as given when it is not one the formatter reads (an invalid attribute in the read-only view). */
function shownAs(format: () => string, raw: string): string {
  try {
    return format();
  } catch {
    return raw;
  }
}

/** The read-only view's scenario, as text, with the button that opens the inputs. */
export function renderScenario(v: CalculatorView, m: FormModel): TemplateResult {
  const { t, rules, locale } = v;
  const isKnown = known(rules, m.plan);
  const plan = isKnown ? rules.plans[m.plan] : null;
  const facts: (readonly [string, string])[] = [
    [t.plan, isKnown ? planName(v, m.plan) : '—'],
    [t.volume, `${shownAs(() => formatCount(m.values.volume, locale), m.values.volume)} · ${t.perPeriod[m.period] ?? ''}`],
  ];
  if (plan?.metering === 'passed') facts.push([t.passRate, shownAs(() => formatPercent(m.values.passRate, locale, 4), m.values.passRate)]);
  if (plan?.storesPhotos) facts.push([t.photoSize, `${m.values.photoSize} MB`], [t.retention, `${m.values.retentionDays} ${t.retentionUnits.days}`]);
  if (m.firstPurchase) facts.push([t.firstPurchase, '✓']);
  return html`
    <div class="scenario" part="scenario">
      <h3>${t.scenarioTitle}</h3>
      <dl class="facts">${facts.map(([k, value]) => html`<div><dt>${k}</dt><dd>${value}</dd></div>`)}</dl>
      <button type="button" class="button" part="edit-button" @click=${m.onEdit}>${t.editInputs}</button>
    </div>
  `;
}
