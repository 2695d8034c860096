/**
 * The calculator's inputs, as plain functions of a form model the element builds: plan and volume (with its
 * period), which sit above the headline; the plan's own inputs and the first purchase, below it; the
 * read-only view's scenario. Fields follow the shared field model (src/internal/line-fields.ts). Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { FAMILY_IDS, PERIODS, PLAN_IDS } from '../../engine/index.js';
import type { Period, PlanId, Rules } from '../../engine/index.js';
import { formatCount, formatPrice } from '../../i18n/format.js';
import { renderTextField as sharedTextField } from '../../internal/line-controls.js';
import type { TextFieldOptions } from '../../internal/line-controls.js';
import { fieldErrorText } from '../../internal/line-fields.js';
import type { FieldError, LineField } from '../../internal/line-fields.js';
import type { Translation } from '../../i18n/translation.js';
import type { CalculatorView } from './calculator-view.js';

export type RetentionUnit = 'days' | 'months';

/** What the form shows and where its edits go. */
export interface FormModel {
  readonly plan: PlanId;
  readonly period: Period;
  /** The text of each field as the visitor typed it (or code set it). */
  readonly texts: Readonly<Record<LineField, string>>;
  readonly retentionUnit: RetentionUnit;
  readonly firstPurchase: boolean;
  /** The scenario's values, for the read-only view. */
  readonly values: { readonly volume: string; readonly passRate: string; readonly photoSize: string; readonly retentionDays: string };
  readonly periodKnown: boolean;
  /** The message under a field for its error, or null. */
  readonly errorText: (field: LineField) => string | null;
  readonly onText: (field: LineField, e: Event) => void;
  readonly onPlan: (e: Event) => void;
  readonly onPeriod: (e: Event) => void;
  readonly onFirstPurchase: (e: Event) => void;
  readonly onRetentionUnit: (e: Event) => void;
  readonly onEdit: () => void;
}

/**
 * A field's message for its error: the shared wording, with the calculator's own ranges (photo size above 0,
 * retention in the unit the visitor picked) and "a whole number" for fields that are not volumes.
 */
export function fieldMessage(t: Translation, field: LineField, e: FieldError | undefined, unit: RetentionUnit): string | null {
  if (!e) return null;
  if (e.code === 'out-of-range' && e.source === 'engine') {
    if (field === 'photoSize') return t.rangeAbove('0', '1024 MB');
    if (field === 'retention') return unit === 'months' ? t.range('0', `1216 ${t.retentionUnits.months}`) : t.range('0', `36500 ${t.retentionUnits.days}`);
    if (field === 'passRate' || field === 'peakShare') return t.range('0', '100%');
  }
  if (e.code === 'not-whole' && field !== 'volume') return t.errors['not-integer'];
  return fieldErrorText(t, field, e);
}

/** A field of the calculator on the shared text field: its text, its message, its edits go to the form model. */
export function renderTextField(
  v: CalculatorView,
  m: FormModel,
  field: LineField,
  label: string,
  hint: string,
  o: Pick<TextFieldOptions, 'suffix' | 'inputmode' | 'extra' | 'optional'> = {},
): TemplateResult {
  return sharedTextField(v.t, {
    id: `${v.uid}-${field}`,
    label,
    value: m.texts[field],
    error: m.errorText(field),
    onInput: (e: Event) => m.onText(field, e),
    hint,
    ...o,
  });
}

export const known = (rules: Rules, plan: string): boolean => Object.prototype.hasOwnProperty.call(rules.plans, plan);

/** Plan, then volume with its period: the two inputs every visitor sets, right above the headline. */
export function renderMainFields(v: CalculatorView, m: FormModel): TemplateResult {
  const { t, rules, locale } = v;
  const isKnown = known(rules, m.plan);
  const plan = rules.plans[isKnown ? m.plan : PLAN_IDS[0]!];
  const planId = `${v.uid}-plan`;
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return html`
    <div class="fields main">
      <div class="field" part="field">
        <label for=${planId}>${t.plan}</label>
        <select id=${planId} part="input" class="select" @change=${m.onPlan} aria-invalid=${isKnown ? 'false' : 'true'} aria-describedby=${`${planId}-msg`}>
          ${isKnown ? nothing : html`<option value="" .selected=${true} disabled>—</option>`}
          ${FAMILY_IDS.map(
            (f) => html`<optgroup label=${rules.families[f].name[lang]}>
              ${PLAN_IDS.filter((p) => rules.plans[p].family === f).map(
                // Plan names only: the price is in the hint, so the chosen option is never cut short.
                (p) => html`<option value=${p} .selected=${p === m.plan}>${rules.plans[p].name[lang]}</option>`,
              )}
            </optgroup>`,
          )}
        </select>
        <p id=${`${planId}-msg`} class=${isKnown ? 'message' : 'message error'}>
          ${isKnown ? t.planHint(formatPrice(plan.unitPrice, locale), plan.metering) : t.unknownPlan(String(m.plan))}
        </p>
      </div>
      ${renderTextField(v, m, 'volume', t.volume, t.volumeHint, {
        // A full keyboard: a numeric pad cannot type 12,000, 12k or 1.5亿.
        inputmode: 'text',
        extra: html`
          <fieldset class="segmented" role="radiogroup" aria-label=${t.periodGroup}>
            ${PERIODS.map(
              (p) => html`<label class="segment">
                <input type="radio" name=${`${v.uid}-period`} value=${p} .checked=${p === m.period} @change=${m.onPeriod} />
                <span>${t.periods[p]}</span>
              </label>`,
            )}
          </fieldset>
          ${m.periodKnown ? nothing : html`<p class="message error period-error" role="alert">${t.errors['unknown-period']}</p>`}
        `,
      })}
    </div>
  `;
}

/** The plan's own inputs (pass rate; photo size and retention), `extra` (a field that must be fixed here), and the first purchase. */
export function renderMoreFields(v: CalculatorView, m: FormModel, extra: TemplateResult | typeof nothing): TemplateResult {
  const { t, rules } = v;
  const plan = rules.plans[known(rules, m.plan) ? m.plan : PLAN_IDS[0]!];
  const trial = rules.families[plan.family].packs.find((p) => p.trial);
  const checkId = `${v.uid}-first`;
  return html`
    <div class="fields more">
      ${plan.metering === 'passed' ? renderTextField(v, m, 'passRate', t.passRate, t.passRateHint, { suffix: '%' }) : nothing}
      ${plan.storesPhotos
        ? html`<div class="pair">
            ${renderTextField(v, m, 'photoSize', t.photoSize, '', { suffix: 'MB' })}
            ${renderTextField(v, m, 'retention', t.retention, '', {
              inputmode: 'numeric',
              extra: html`<select class="select unit" part="input" aria-label=${t.retentionUnitLabel} @change=${m.onRetentionUnit}>
                <option value="days" .selected=${m.retentionUnit === 'days'}>${t.retentionUnits.days}</option>
                <option value="months" .selected=${m.retentionUnit === 'months'}>${t.retentionUnits.months}</option>
              </select>`,
            })}
          </div>`
        : nothing}
      ${extra}
      ${trial
        ? html`<div class="field check" part="field">
            <label for=${checkId}>
              <input id=${checkId} type="checkbox" .checked=${m.firstPurchase} @change=${m.onFirstPurchase} aria-describedby=${`${checkId}-hint`} />
              <span>${t.firstPurchase}</span>
            </label>
            <p id=${`${checkId}-hint`} class="muted small hint">${t.firstPurchaseHint(formatCount(String(trial.units), v.locale))}</p>
          </div>`
        : nothing}
    </div>
  `;
}
