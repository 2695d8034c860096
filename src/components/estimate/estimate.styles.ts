import { css } from 'lit';

export default css`
  :host {
    --idv-estimate-max-width: 1200px;
  }
  .base {
    max-width: var(--idv-estimate-max-width);
  }
  .layout {
    display: grid;
    gap: 1.25rem;
  }

  /* ---- lines ---- */
  .lines {
    display: grid;
    gap: 0.6rem;
    min-width: 0;
  }
  .line-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .line {
    min-width: 0;
  }
  .line-group {
    gap: 0.6rem;
    padding: 0.8rem 0.9rem;
  }
  .line-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .line-head h4 {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* Fields flow in a row and wrap: the plan gets the most room, then the volume. */
  .line-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem 0.75rem;
    align-items: start;
  }
  .line-fields > .field {
    flex: 1 1 7rem;
  }
  .line-fields > .f-plan {
    flex: 3 1 15rem;
  }
  .line-fields > .f-volume {
    flex: 2 1 8rem;
  }
  .line-fields > .f-peakShare {
    flex: 1 1 10.5rem;
  }
  .line-figures {
    padding: 0.55rem 0.7rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-surface);
  }
  /* Figures kept from the last valid input: marked by a dashed outline and a note (dimming would fail contrast). */
  .line-figures.stale {
    outline: 1px dashed var(--idv-color-danger);
    outline-offset: -1px;
  }
  .line-figures .stale-note,
  .line-figures .over-note {
    margin-top: 0.35rem;
  }
  .line-figures .over dd,
  .over-note {
    color: var(--idv-color-accent);
  }
  .line-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .line-actions .check {
    flex: 1 1 16rem;
    max-width: 28rem;
  }

  /* ---- results ---- */
  .results {
    display: grid;
    gap: 0.875rem;
    min-width: 0;
  }
  .results.stale .summary,
  .results.stale .family {
    outline: 1px dashed var(--idv-color-danger);
    outline-offset: -1px;
  }
  .summary .item.total {
    align-items: center;
    flex-wrap: wrap;
  }
  .summary .item.total .big {
    flex: 0 1 auto;
  }
  .families {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    align-items: start;
  }
  .families-title {
    grid-column: 1 / -1;
  }
  .family p + p {
    margin-top: 0.1rem;
  }
  .results.empty {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
  }

  @container (min-width: 760px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .results {
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
      align-items: start;
    }
  }

  @media (forced-colors: active) {
    .line-figures {
      border: 1px solid CanvasText;
    }
    .over-note,
    .line-figures .over dd {
      color: CanvasText;
    }
  }
`;
