/**
 * The plan and period selects of one priced line, as <idv-estimate> rows and <idv-compare> columns render
 * them (the calculator has its own): a label, the control, and the error under it. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { FAMILY_IDS, PERIODS, PLAN_IDS } from '../engine/index.js';
import type { Period, Rules } from '../engine/index.js';
import { formatPrice } from '../i18n/format.js';
import type { Locale } from '../i18n/format.js';
import type { Translation } from '../i18n/translation.js';
import { fieldClass } from './line-controls.js';

export interface PlanSelectOptions {
  readonly id: string;
  readonly plan: string;
  /** Whether `plan` is one of the rules' plans; when not, an empty "—" option is shown selected. */
  readonly known: boolean;
  readonly error: string | null;
  readonly onChange: (e: Event) => void;
  readonly layout?: string;
}

/** The plans grouped by pack family, each with its price and metering. */
export function renderPlanSelect(t: Translation, locale: Locale, rules: Rules, o: PlanSelectOptions): TemplateResult {
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return html`
    <div class=${fieldClass(o.layout)} part="field">
      <label for=${o.id}>${t.plan}</label>
      <select
        id=${o.id}
        part="input"
        class="select"
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${`${o.id}-msg`}
        @change=${o.onChange}
      >
        ${o.known ? nothing : html`<option value="" selected disabled>—</option>`}
        ${FAMILY_IDS.map(
          (f) => html`<optgroup label=${rules.families[f].name[lang]}>
            ${PLAN_IDS.filter((p) => rules.plans[p].family === f).map(
              (p) => html`<option value=${p} .selected=${p === o.plan}>
                ${t.planOption(rules.plans[p].name[lang], formatPrice(rules.plans[p].unitPrice, locale), rules.plans[p].metering)}
              </option>`,
            )}
          </optgroup>`,
        )}
      </select>
      <p id=${`${o.id}-msg`} class="message error" part="error">${o.error ?? nothing}</p>
    </div>
  `;
}

export interface PeriodSelectOptions {
  readonly id: string;
  readonly label: string;
  readonly period: Period;
  readonly onChange: (e: Event) => void;
  readonly layout?: string;
}

export function renderPeriodSelect(t: Translation, o: PeriodSelectOptions): TemplateResult {
  return html`
    <div class=${fieldClass(o.layout)} part="field">
      <label for=${o.id}>${o.label}</label>
      <select id=${o.id} part="input" class="select" @change=${o.onChange}>
        ${PERIODS.map((p) => html`<option value=${p} .selected=${p === o.period}>${t.perPeriod[p]}</option>`)}
      </select>
    </div>
  `;
}
