import { css } from 'lit';

export default css`
  :host {
    --idv-compare-max-width: 1200px;
    --idv-compare-cheapest-color: var(--idv-color-accent);
  }
  .base {
    max-width: var(--idv-compare-max-width);
    display: grid;
    gap: 1rem;
  }
  .header {
    margin-bottom: 0;
  }

  /* Narrow (under 600 px of the element's own width): scenarios stack. */
  .columns {
    display: grid;
    gap: 0.875rem;
  }
  .column {
    align-content: start;
    gap: 0.75rem;
    padding: 0.85rem 0.95rem;
  }
  .column.cheapest {
    border-color: var(--idv-compare-cheapest-color);
    box-shadow: inset 0 0 0 1px var(--idv-compare-cheapest-color);
  }
  .column-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .column-head h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.55rem;
    border-radius: 999px;
    background: var(--idv-compare-cheapest-color);
    color: var(--idv-color-on-accent);
    font-size: 0.8em;
    font-weight: 650;
    white-space: nowrap;
  }
  .column-fields {
    display: grid;
    align-content: start;
    gap: 0.6rem;
    min-width: 0;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7.5rem), 1fr));
    gap: 0.6rem;
  }
  .figures {
    display: grid;
    align-content: start;
    gap: 0.3rem;
    padding: 0.75rem 0.85rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-surface);
    min-width: 0;
  }
  .column.cheapest .figures {
    background: var(--idv-color-accent-surface);
  }
  /* Figures kept from the last valid input: marked by a dashed outline and a note (dimming would fail contrast). */
  .figures.stale {
    outline: 1px dashed var(--idv-color-danger);
    outline-offset: -1px;
  }
  .total-label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .versus {
    font-weight: 600;
    color: var(--idv-color-muted);
    font-variant-numeric: tabular-nums;
  }
  .figures .facts {
    margin-top: 0.35rem;
  }
  .packs-title {
    margin-top: 0.35rem;
    color: var(--idv-color-muted);
  }
  .figures .items {
    margin: 0;
  }

  .differences {
    display: grid;
    gap: 0.4rem;
    padding: 0.9rem 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
  }
  .differences ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.2rem;
  }

  /* Wide: side by side; subgrid rows keep heads, fields and figures level across the columns. */
  @container (min-width: 600px) {
    .columns {
      grid-template-rows: auto auto auto;
      column-gap: 0.875rem;
      row-gap: 0;
    }
    .columns.cols-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .columns.cols-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .column {
      grid-row: span 3;
      grid-template-rows: subgrid;
    }
  }

  @media (forced-colors: active) {
    .figures,
    .differences {
      border: 1px solid CanvasText;
    }
    .column.cheapest {
      border: 3px double Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
