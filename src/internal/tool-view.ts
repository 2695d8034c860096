/**
 * What the planning tools (<idv-quota-planner>, <idv-refund-estimator>, <idv-billing-calendar>) render alike:
 * the two panes and a chart's legend (styles), a date field, and the form beside the results. One module for
 * the three, so it rides in the chunk they already share instead of adding a file to their critical paths. Not API.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * The two panes of <idv-quota-planner> and <idv-billing-calendar>: stacked, then side by side from 720 px of
 * the card's width, in the columns each element sets on `.layout` as `--_idv-columns`.
 */
export const toolLayout = css`
  .layout {
    display: grid;
    gap: 1.25rem;
  }
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: var(--_idv-columns);
      align-items: start;
      gap: 1.75rem;
    }
  }
`;

/** A chart's legend: a wrapping row of muted entries, each its swatch (styled by the element) and its words. */
export const legend = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    padding: 0;
    list-style: none;
    color: var(--idv-color-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
`;

export interface DateFieldOptions {
  readonly id: string;
  /** Text, or a template (a visually hidden prefix naming the row it is in). */
  readonly label: unknown;
  readonly value: string;
  /** The latest date the input takes (the earliest is 1970-01-01). */
  readonly max: string;
  readonly error: string | null;
  /** Shown under the field while it has no error (the error takes its line). */
  readonly hint: string;
  readonly onInput: (e: Event) => void;
}

/** A labelled date input in its wrap, described by the message under it. */
export function renderDateField(o: DateFieldOptions): TemplateResult {
  return html`
    <div class="field" part="field">
      <label for=${o.id}>${o.label}</label>
      <div class="input-wrap ${o.error ? 'invalid' : ''}">
        <input
          id=${o.id}
          part="input"
          type="date"
          min="1970-01-01"
          max=${o.max}
          .value=${o.value}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${`${o.id}-msg`}
          @input=${o.onInput}
        />
      </div>
      <p id=${`${o.id}-msg`} class=${o.error ? 'message error' : 'message'} part=${o.error ? 'error' : 'hint'}>${o.error ?? o.hint}</p>
    </div>
  `;
}

/** The form, then the results or, until there are any, a note in their place. */
export function renderPanes(form: TemplateResult, results: TemplateResult | null, empty: string): TemplateResult {
  return html`<div class="layout">
    ${form}
    ${results ?? html`<div class="results empty" part="results"><p class="muted">${empty}</p></div>`}
  </div>`;
}
