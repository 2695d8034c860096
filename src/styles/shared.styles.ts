import { css } from 'lit';

/**
 * What every widget shares (the calculator and the planning elements alike): the card, header, labelled text
 * fields and selects with their messages, buttons, figure cards and rows, the headline, and the forced-colors
 * fallbacks. Each component adds its own layout.
 */
export const shared = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    container-type: inline-size;
    margin: 0 auto;
    padding: clamp(0.875rem, 3cqi, 1.75rem);
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius);
    background: var(--idv-color-bg);
    color: var(--idv-color-text);
    font-family: var(--idv-font-family);
    font-size: var(--idv-font-size);
    line-height: 1.5;
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd,
  ul,
  ol {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 650;
  }
  h3,
  h4 {
    font-size: 1em;
    font-weight: 650;
  }
  .muted {
    color: var(--idv-color-muted);
  }
  .small {
    font-size: 0.875em;
  }
  .good {
    color: var(--idv-color-success);
  }
  .header {
    display: grid;
    gap: 0.25rem;
    padding-bottom: 1rem;
    margin-bottom: 1rem;
    border-bottom: 1px solid var(--idv-color-border);
  }

  /* ---- fields ---- */
  .field {
    display: grid;
    align-content: start;
    gap: 0.25rem;
    min-width: 0;
  }
  .field > label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .input-wrap {
    min-width: 0;
    display: flex;
    align-items: center;
    border: 1px solid var(--idv-color-control-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-bg);
  }
  .input-wrap:focus-within {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 1px;
  }
  .input-wrap.invalid {
    border-color: var(--idv-color-danger);
    box-shadow: inset 0 0 0 1px var(--idv-color-danger);
  }
  .input-wrap input {
    flex: 1;
    min-width: 0;
    width: 100%;
    padding: 0.5rem 0.65rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    outline: none;
  }
  .suffix {
    padding-inline-end: 0.65rem;
    color: var(--idv-color-muted);
    white-space: nowrap;
  }
  .select {
    width: 100%;
    min-width: 0;
    padding: 0.5rem 0.55rem;
    border: 1px solid var(--idv-color-control-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-bg);
    color: inherit;
    font: inherit;
  }
  .select[aria-invalid='true'] {
    border-color: var(--idv-color-danger);
  }
  .message {
    font-size: 0.85em;
    color: var(--idv-color-muted);
  }
  .message:empty {
    display: none;
  }
  .message.error {
    color: var(--idv-color-danger);
    font-weight: 550;
  }
  .check label {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    font-weight: 500;
    cursor: pointer;
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.2rem 0 0;
    flex: 0 0 auto;
    accent-color: var(--idv-color-accent);
  }
  /* A checkbox's hint sits under its label text, past the box. */
  .check .hint {
    padding-inline-start: 1.7rem;
  }

  /* ---- segmented choice (radios styled as one control; arrow keys move between them) ---- */
  .segmented {
    display: inline-flex;
    flex: 0 0 auto;
    justify-self: start;
    margin: 0;
    padding: 2px;
    border: 1px solid var(--idv-color-control-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
  }
  .segment {
    position: relative;
    display: flex;
  }
  .segment input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .segment span {
    padding: 0.4rem 0.75rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    color: var(--idv-color-muted);
    white-space: nowrap;
  }
  /* The chosen segment is filled with the accent: 3:1 or more against the track, its text on-accent. */
  .segment input:checked + span {
    background: var(--idv-color-accent);
    color: var(--idv-color-on-accent);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }

  /* ---- buttons ---- */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.45rem 0.85rem;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-bg);
    color: var(--idv-color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--idv-color-surface-strong);
  }
  .button.quiet {
    padding: 0.25rem 0.6rem;
    font-size: 0.875em;
    font-weight: 550;
    color: var(--idv-color-muted);
  }
  .select:focus-visible,
  .check input:focus-visible,
  .button:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }

  /* ---- figures ---- */
  .card {
    padding: 0.9rem 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
    min-width: 0;
  }
  .card > h3,
  .card > h4 {
    margin-bottom: 0.35rem;
  }
  .amount {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    display: grid;
  }
  .item {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.75rem;
    padding: 0.35rem 0;
    border-bottom: 1px dashed var(--idv-color-border);
  }
  .item > span:first-child {
    min-width: 0;
  }
  .item .amount {
    flex: 0 0 auto;
    text-align: end;
  }
  .item.total {
    border-bottom-style: solid;
    font-weight: 650;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--idv-color-surface-strong);
    color: var(--idv-color-muted);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: 0.4rem 1rem;
  }
  .facts dt {
    color: var(--idv-color-muted);
    font-size: 0.85em;
  }
  .facts dd {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .summary {
    display: grid;
    gap: 0.35rem;
    padding: 1rem 1.1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-accent-surface);
    border: 1px solid color-mix(in srgb, var(--idv-color-accent) 30%, transparent);
    min-width: 0;
  }
  .big {
    font-size: clamp(1.4em, 5cqi, 2em);
    font-weight: 700;
    line-height: 1.15;
    color: var(--idv-color-accent);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .stale-note {
    color: var(--idv-color-danger);
    font-weight: 550;
  }
  .rules-error {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    border: 1px solid var(--idv-color-danger);
    color: var(--idv-color-danger);
    display: grid;
    gap: 0.5rem;
  }
  /* A page's input the element could not take as given (a shared link, too many lines). */
  .notice {
    margin: 0 0 1rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--idv-radius-small);
    border: 1px solid var(--idv-color-danger);
    color: var(--idv-color-danger);
  }
  .rules-error code {
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .base,
    .input-wrap,
    .select,
    .button,
    .segmented,
    .summary,
    .card {
      border: 1px solid CanvasText;
    }
    /* Chosen is a fill, as the system shows a selected item; an outline would read as the focus ring. */
    .segment input:checked + span {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      outline: none;
    }
    .segment input:focus-visible + span {
      outline: 2px solid Highlight;
    }
    .big,
    .good,
    .message.error,
    .stale-note {
      color: CanvasText;
    }
    .input-wrap:focus-within {
      outline-color: Highlight;
    }
  }
`;
