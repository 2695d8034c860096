import { css } from 'lit';

export default css`
  :host {
    --idv-refund-estimator-max-width: 880px;
  }
  .base {
    max-width: var(--idv-refund-estimator-max-width);
  }
  .form {
    display: grid;
    gap: 0.875rem;
    min-width: 0;
    container: form / inline-size;
  }
  .pair {
    display: grid;
    gap: 0.875rem;
  }
  @container form (min-width: 400px) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  fieldset.when {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  /* Reset as the shared text input is (both sit in an .input-wrap), a little tighter. */
  input[type='date'] {
    padding: 0.45rem 0.6rem;
  }

  .segment span {
    padding: 0.35rem 0.8rem;
  }

  .results {
    display: grid;
    gap: 0.875rem;
    min-width: 0;
  }
  .results.empty {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
  }
  .results.stale .summary .big,
  .results.stale .card {
    /* Not dimmed: text keeps its contrast; the note above says the figures are the last valid ones. */
    filter: saturate(0.25);
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .headline .label {
    font-weight: 600;
  }
  .summary.support,
  .summary.none {
    background: var(--idv-color-surface);
    border-color: var(--idv-color-border);
  }
  .summary.support .big,
  .summary.none .big {
    color: var(--idv-color-muted);
  }
  .rule {
    font-weight: 550;
  }
  .note {
    padding: 0.4rem 0.6rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-bg);
    border-inline-start: 3px solid var(--idv-color-accent);
  }
  .windows {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .window {
    position: relative;
    padding: 0.5rem 0.7rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-bg);
    color: var(--idv-color-muted);
  }
  .window.current {
    color: var(--idv-color-text);
    font-weight: 550;
    box-shadow: inset 3px 0 0 var(--idv-color-accent), 0 0 0 1px var(--idv-color-border);
  }
  .window .block {
    font-weight: 400;
  }
  .applies {
    margin-inline-start: 0;
    margin-top: 0.25rem;
    background: var(--idv-color-accent-surface);
    color: var(--idv-color-text);
  }

  .layout {
    display: grid;
    gap: 1.25rem;
  }
  /* Wide (from 680 px: both panes are short): the form and the refund side by side, half each. */
  @container (min-width: 680px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
      gap: 1.75rem;
    }
  }

  @media (forced-colors: active) {
    fieldset.when,
    .segmented,
    .window {
      border: 1px solid CanvasText;
    }
    .window.current {
      outline: 2px solid Highlight;
    }
  }
`;
