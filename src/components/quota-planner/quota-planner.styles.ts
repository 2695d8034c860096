import { css } from 'lit';

export default css`
  :host {
    --idv-quota-planner-max-width: 960px;
    --idv-quota-planner-chart-height: 9rem;
  }
  .base {
    max-width: var(--idv-quota-planner-max-width);
  }
  /* Wide: the form beside the plan, which gets the more room. */
  .layout {
    --_idv-columns: minmax(0, 5fr) minmax(0, 7fr);
  }

  /* ---- form ---- */
  .form {
    display: grid;
    gap: 0.875rem;
    min-width: 0;
    container: form / inline-size;
  }
  fieldset.packs {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }
  .pack-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'name remove' 'size size' 'date date';
    gap: 0.35rem 0.5rem;
    padding-bottom: 0.6rem;
    border-bottom: 1px dashed var(--idv-color-border);
  }
  .pack-row:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
  .row-name {
    grid-area: name;
    align-self: center;
    font-weight: 600;
    font-size: 0.9em;
  }
  .pack-row > .field:nth-of-type(1) {
    grid-area: size;
  }
  .pack-row > .field:nth-of-type(2) {
    grid-area: date;
  }
  .remove {
    grid-area: remove;
    justify-self: end;
  }
  @container form (min-width: 440px) {
    .pack-row {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) auto;
      grid-template-areas: 'name name name' 'size date remove';
      align-items: start;
    }
    .remove {
      margin-top: 1.55rem;
    }
  }
  /* Reset as the shared text input is (both sit in an .input-wrap), a little tighter. */
  input[type='date'] {
    padding: 0.45rem 0.6rem;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .add {
    justify-self: start;
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

  /* ---- results ---- */
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
  .results.stale .summary,
  .results.stale .card,
  .results.stale .table-wrap {
    /* Not dimmed: text keeps its contrast; the note above says the figures are the last valid ones. */
    filter: saturate(0.25);
  }
  .summary {
    gap: 0.75rem;
  }
  .headline {
    display: grid;
    gap: 0.15rem;
  }
  .when {
    font-weight: 650;
    font-size: 1.05em;
  }
  .when.end {
    color: var(--idv-color-text);
  }
  .facts.card dd.warn {
    color: var(--idv-color-danger);
  }
  .facts dd.note {
    font-weight: 400;
  }

  .chart {
    display: block;
    width: 100%;
    height: var(--idv-quota-planner-chart-height);
    margin-top: 0.35rem;
    border-bottom: 1px solid var(--idv-color-border);
    overflow: visible;
  }
  .chart .area {
    fill: color-mix(in srgb, var(--idv-color-accent) 14%, transparent);
  }
  .chart .left {
    fill: none;
    stroke: var(--idv-color-accent);
    stroke-width: 2.5;
  }
  .chart .threshold {
    fill: none;
    stroke: var(--idv-color-muted);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  .chart line {
    stroke-width: 2;
  }
  .chart .alert-mark {
    stroke: var(--idv-color-accent);
    stroke-dasharray: 2 3;
  }
  .chart .end-mark {
    stroke: var(--idv-color-danger);
  }
  .chart .expiry {
    stroke: var(--idv-color-border);
    stroke-width: 1.5;
  }
  .axis {
    display: flex;
    justify-content: space-between;
    margin-top: 0.2rem;
  }
  .legend {
    margin: 0.4rem 0 0;
  }
  .swatch {
    display: inline-block;
    width: 1.1rem;
    height: 0;
    border-top: 2.5px solid var(--idv-color-accent);
  }
  .swatch.threshold {
    border-top: 2px dashed var(--idv-color-muted);
  }
  .swatch.alert-mark {
    width: 0;
    height: 0.9rem;
    border-top: 0;
    border-left: 2px dotted var(--idv-color-accent);
  }
  .swatch.end-mark {
    width: 0;
    height: 0.9rem;
    border-top: 0;
    border-left: 2px solid var(--idv-color-danger);
  }
  .swatch.expiry {
    width: 0;
    height: 0.9rem;
    border-top: 0;
    border-left: 2px solid var(--idv-color-border);
  }
  .events-title {
    margin-top: 0.9rem;
  }
  .events {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.3rem;
    font-size: 0.9em;
  }
  .event-date {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .event.alert .event-date {
    color: var(--idv-color-accent);
  }
  .event.run-out .event-date {
    color: var(--idv-color-danger);
  }

  .table-wrap {
    overflow-x: auto;
    border-radius: var(--idv-radius-small);
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 650;
    padding-bottom: 0.35rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--idv-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    color: var(--idv-color-muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    fieldset.packs,
    .table-wrap {
      border: 1px solid CanvasText;
    }
    .chart .left,
    .chart .alert-mark {
      stroke: Highlight;
    }
    .chart .area {
      fill: none;
    }
    .chart .threshold,
    .chart .expiry {
      stroke: GrayText;
    }
    .chart .end-mark {
      stroke: CanvasText;
    }
    .swatch {
      border-color: CanvasText;
    }
    .event-date,
    .facts.card dd.warn {
      color: CanvasText;
    }
  }
`;
