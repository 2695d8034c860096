import { css } from 'lit';

export default css`
  :host {
    --idv-billing-calendar-max-width: 960px;
  }
  .base {
    max-width: var(--idv-billing-calendar-max-width);
  }
  .grid-col,
  .side {
    display: grid;
    /* One column no wider than the card: a table too wide for it scrolls in its own box instead. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.875rem;
    min-width: 0;
    align-content: start;
  }
  /* Wide: the calendar beside the amounts and the outcome. */
  .layout {
    --_idv-columns: minmax(0, 7fr) minmax(0, 5fr);
  }
  .side.stale .summary,
  .window-card.stale {
    /* Not dimmed: text keeps its contrast; the note above says the figures are the last valid ones. */
    filter: saturate(0.25);
  }

  /* ---- month picker ---- */
  .nav {
    display: grid;
    grid-template-columns: auto minmax(0, 3fr) minmax(0, 2fr) auto;
    align-items: end;
    gap: 0.5rem;
  }
  .nav-msg {
    grid-column: 1 / -1;
  }
  .nav .select,
  .nav .input-wrap {
    min-height: 2.5rem;
  }
  .step {
    justify-content: center;
    min-width: 2.5rem;
    min-height: 2.5rem;
    font-size: 1.25em;
    line-height: 1;
  }
  .form {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .prefix {
    padding-inline-start: 0.65rem;
    color: var(--idv-color-muted);
  }
  .optional {
    font-weight: 400;
  }

  /* ---- calendar ---- */
  .window-card > p + p {
    margin-top: 0.15rem;
  }
  .calendar {
    width: 100%;
    margin-top: 0.75rem;
    border-collapse: separate;
    border-spacing: 3px;
    table-layout: fixed;
    font-variant-numeric: tabular-nums;
  }
  .calendar th {
    padding: 0.15rem 0;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--idv-color-muted);
    text-align: center;
  }
  .day {
    position: relative;
    height: 2.6rem;
    padding: 0.2rem 0.25rem;
    border-radius: 6px;
    vertical-align: top;
    text-align: start;
    font-size: 0.85em;
    background: transparent;
    color: var(--idv-color-muted);
    overflow: hidden;
  }
  @container (max-width: 360px) {
    .calendar {
      border-spacing: 2px;
    }
    .day {
      height: 2.3rem;
      padding: 0.15rem;
      font-size: 0.75em;
    }
  }
  /* A day, and the month over the first day of a month: each one short line that never breaks. */
  .day .num,
  .day .mon {
    display: block;
    line-height: 1.2;
    white-space: nowrap;
  }
  .day .mon {
    font-size: 0.9em;
    font-weight: 650;
  }
  /* A date, time range, amount or count with its unit in a sentence: wraps as one piece. */
  .fig {
    white-space: nowrap;
  }
  .day.in {
    background: var(--idv-color-accent-surface);
    color: var(--idv-color-text);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--idv-color-accent) 35%, transparent);
  }
  .day.from-previous {
    box-shadow: inset 0 0 0 2px var(--idv-color-accent);
    font-weight: 650;
  }
  .day.next {
    color: var(--idv-color-text);
    background: repeating-linear-gradient(
      135deg,
      var(--idv-color-surface-strong) 0 4px,
      transparent 4px 8px
    );
    box-shadow: inset 0 0 0 1px var(--idv-color-border);
    font-weight: 650;
  }
  .day.unpaid {
    box-shadow: inset 0 0 0 2px var(--idv-color-danger);
  }
  .day.suspended {
    background: color-mix(in srgb, var(--idv-color-danger) 16%, transparent);
    box-shadow: inset 0 0 0 1px var(--idv-color-danger);
  }
  .legend {
    margin: 0.5rem 0 0;
  }
  .swatch {
    display: inline-block;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 3px;
  }
  .swatch.in {
    background: var(--idv-color-accent-surface);
    box-shadow: inset 0 0 0 1px var(--idv-color-accent);
  }
  .swatch.next {
    background: repeating-linear-gradient(135deg, var(--idv-color-surface-strong) 0 3px, transparent 3px 6px);
    box-shadow: inset 0 0 0 1px var(--idv-color-border);
  }
  .swatch.unpaid {
    box-shadow: inset 0 0 0 2px var(--idv-color-danger);
  }
  .swatch.suspended {
    background: color-mix(in srgb, var(--idv-color-danger) 16%, transparent);
    box-shadow: inset 0 0 0 1px var(--idv-color-danger);
  }

  /* ---- outcome ---- */
  .summary.arrears {
    background: color-mix(in srgb, var(--idv-color-danger) 8%, var(--idv-color-bg));
    border-color: color-mix(in srgb, var(--idv-color-danger) 35%, transparent);
  }
  .strong {
    font-weight: 650;
  }
  .danger {
    color: var(--idv-color-danger);
  }
  .card > p + p {
    margin-top: 0.35rem;
  }

  /* ---- bills ---- */
  .bills summary {
    cursor: pointer;
    font-weight: 600;
  }
  .table-wrap {
    margin-top: 0.5rem;
    max-height: 22rem;
    overflow: auto;
    border-radius: var(--idv-radius-small);
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }
  .bills table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .bills th,
  .bills td {
    padding: 0.3rem 0.45rem;
    border-bottom: 1px solid var(--idv-color-border);
    text-align: start;
  }
  .bills thead th {
    position: sticky;
    top: 0;
    background: var(--idv-color-bg);
    color: var(--idv-color-muted);
  }
  .bills tbody th {
    font-weight: 600;
    white-space: nowrap;
  }
  .bills .num {
    text-align: end;
    white-space: nowrap;
  }
  .bills tr.unpaid td,
  .bills tr.suspended td {
    color: var(--idv-color-danger);
    font-weight: 600;
  }
  /* A phone: tighter cells, so the date, the billing hours and the balance fit side by side without scrolling. */
  @container (max-width: 400px) {
    .bills table {
      font-size: 0.8em;
    }
    .bills th,
    .bills td {
      padding-inline: 0.25rem;
    }
  }

  @media (forced-colors: active) {
    .day.in,
    .day.next,
    .day.unpaid,
    .day.suspended,
    .swatch {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
      border: 1px solid CanvasText;
    }
    .day.in {
      border: 2px solid Highlight;
    }
    .day.unpaid,
    .day.suspended {
      border: 2px dashed CanvasText;
    }
    .danger,
    .bills tr.unpaid td,
    .bills tr.suspended td {
      color: CanvasText;
    }
  }
`;
