/**
 * The text field of one priced line (volume and the plan's options) as the calculator, <idv-estimate> rows and
 * <idv-compare> columns render it: a label, the input, and the error under it, tied with aria-describedby. Not API.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';

/** `field`, plus the element's own layout class when it has one (`f-plan`). */
export const fieldClass = (extra: string | undefined): string => (extra ? `field ${extra}` : 'field');

export interface TextFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | null;
  readonly onInput: (e: Event) => void;
  readonly suffix?: string;
  readonly inputmode?: 'text' | 'numeric' | 'decimal';
  /** Adds "(optional)" to the label. */
  readonly optional?: boolean;
  readonly layout?: string;
  /** Shown under the field while it has no error (the error takes its line); without it the line holds errors only. */
  readonly hint?: string;
  /** Controls on the input's row, after it (the calculator's period radios, a unit select). */
  readonly extra?: TemplateResult;
}

export function renderTextField(t: Translation, o: TextFieldOptions): TemplateResult {
  const input = html`<div class="input-wrap ${o.error ? 'invalid' : ''}">
    <input
      id=${o.id}
      part="input"
      type="text"
      inputmode=${o.inputmode ?? 'decimal'}
      autocomplete="off"
      spellcheck="false"
      .value=${o.value}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${`${o.id}-msg`}
      @input=${o.onInput}
    />
    ${o.suffix ? html`<span class="suffix" aria-hidden="true">${o.suffix}</span>` : nothing}
  </div>`;
  return html`
    <div class=${fieldClass(o.layout)} part="field">
      <label for=${o.id}>${o.label}${o.optional ? html` <span class="muted">(${t.optional})</span>` : nothing}</label>
      ${o.extra ? html`<div class="input-row">${input}${o.extra}</div>` : input}
      ${o.hint === undefined
        ? html`<p id=${`${o.id}-msg`} class="message error" part="error">${o.error ?? nothing}</p>`
        : html`<p id=${`${o.id}-msg`} class=${o.error ? 'message error' : 'message'} part=${o.error ? 'error' : 'hint'}>${o.error ?? o.hint}</p>`}
    </div>
  `;
}
