import { css } from 'lit';

export default css`
  :host {
    display: block;
    --idv-pricing-calculator-max-width: 1200px;
    /* Reserve height while the module loads on a host page, and keep it steady while typing. */
    contain: layout style;
  }

  .base {
    max-width: var(--idv-pricing-calculator-max-width);
  }

  h3 {
    margin-bottom: 0.5rem;
  }
  .block {
    display: block;
  }

  .layout {
    display: grid;
    gap: 1.25rem;
  }
  @container (min-width: 680px) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
      align-items: start;
      gap: 1.75rem;
    }
    .form {
      position: sticky;
      top: 1rem;
    }
  }

  /* ---- form ---- */
  .form {
    display: grid;
    gap: 0.875rem;
    min-width: 0;
    container: form / inline-size;
  }
  .field > label {
    font-size: 1em;
  }
  .input-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  .input-wrap {
    position: relative;
    flex: 1 1 5.5rem;
  }
  .select.unit {
    width: auto;
    flex: 0 0 auto;
  }
  /* A hint or its error always takes its line, so the form does not jump while a visitor types. */
  .message {
    min-height: 1.5em;
  }
  .period-error {
    flex-basis: 100%;
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
  /* Figures for an earlier input: muted and dashed, but still readable (no opacity: contrast must hold). */
  .results.stale .big {
    color: var(--idv-color-muted);
  }
  .results.stale .card,
  .results.stale .summary {
    outline: 1px dashed var(--idv-color-muted);
    outline-offset: -1px;
  }
  .summary {
    gap: 0.25rem;
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
  .big {
    font-size: clamp(1.5em, 5cqi, 2.1em);
  }
  .verdict {
    font-weight: 550;
  }

  .card.warn {
    box-shadow: inset 3px 0 0 var(--idv-color-accent);
  }
  .periods {
    display: grid;
    gap: 0.5rem;
  }
  /* Narrow: one row per period, label and units left, amount right. */
  .period {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'label amount' 'units amount';
    align-items: center;
    column-gap: 0.75rem;
    padding: 0.5rem 0.7rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-bg);
    min-width: 0;
  }
  .period dt {
    grid-area: label;
  }
  .period .amount {
    grid-area: amount;
    text-align: end;
  }
  .period .units {
    grid-area: units;
  }
  /* Three side by side only when their own card (not the whole element) has room for a whole amount in each:
     beside the form in an 800 px element, ¥3,650,000.00 would break mid-number. */
  .postpaid {
    container: postpaid / inline-size;
  }
  @container postpaid (min-width: 470px) {
    .periods {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .period {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'label' 'amount' 'units';
      align-items: start;
    }
    .period .amount {
      text-align: start;
    }
  }
  .period.entered {
    box-shadow: inset 0 0 0 1px var(--idv-color-accent);
  }
  .period dt {
    color: var(--idv-color-muted);
    font-size: 0.85em;
  }
  .card > p + p,
  .facts + p,
  .card > .facts + .alert-plan {
    margin-top: 0.5rem;
  }
  .card > p.muted.small + dl,
  .card > h3 + dl {
    margin-top: 0.25rem;
  }
  .card .muted.small:last-child {
    margin-top: 0.6rem;
  }
  a {
    color: var(--idv-color-accent);
    font-weight: 600;
  }

  .how {
    border-top: 1px solid var(--idv-color-border);
    padding-top: 0.75rem;
  }
  .how summary {
    cursor: pointer;
    font-weight: 600;
  }
  .how ol {
    margin-top: 0.5rem;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.35rem;
    font-size: 0.875em;
    color: var(--idv-color-muted);
    overflow-wrap: anywhere;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .toolbar .button {
    font-size: 0.85em;
    font-weight: 500;
    padding: 0.35rem 0.7rem;
  }
  .toolbar-status {
    min-height: 1.5em;
    color: var(--idv-color-success);
  }
  .manual-copy {
    display: grid;
    gap: 0.25rem;
  }
  .manual-copy textarea {
    width: 100%;
    font: inherit;
    font-size: 0.8em;
    color: inherit;
    background: var(--idv-color-surface);
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    padding: 0.5rem;
  }
  .print-only {
    display: none;
  }
  @media print {
    /* Compact enough for the quote, the figures and the formulas on one A4 page. */
    .base {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 9pt;
      line-height: 1.35;
      color: #000;
      background: #fff;
    }
    .header {
      padding-bottom: 0.4rem;
      margin-bottom: 0.4rem;
    }
    .card,
    .summary {
      padding: 0.4rem 0.6rem;
    }
    .card > h3 {
      margin-bottom: 0.2rem;
    }
    .item {
      padding: 0.12rem 0;
    }
    .items {
      margin: 0.25rem 0;
    }
    .period {
      padding: 0.25rem 0.5rem;
    }
    .big {
      font-size: 1.6em;
    }
    .how ol {
      gap: 0.1rem;
      margin-top: 0.2rem;
    }
    .how {
      padding-top: 0.3rem;
    }
    .form,
    .toolbar,
    .toolbar-status,
    .manual-copy,
    .how summary,
    .sr-only {
      display: none;
    }
    .print-only {
      display: block;
    }
    .layout {
      display: block;
    }
    .results {
      gap: 0.4rem;
    }
    .card,
    .summary,
    .period {
      background: none;
      border: 1px solid #999;
      break-inside: avoid;
    }
    .big,
    .good,
    a {
      color: #000;
    }
  }

  .tools {
    display: grid;
    gap: 0.5rem;
    border-top: 1px solid var(--idv-color-border);
    padding-top: 0.75rem;
  }
  .tool > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .tool[open] > summary {
    margin-bottom: 0.5rem;
  }
  @media print {
    .tools {
      display: none;
    }
  }

  .results.empty {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
  }

  /* The shared sheet covers the card, fields, buttons and figures; these are the calculator's own. */
  @media (forced-colors: active) {
    .period {
      border: 1px solid CanvasText;
    }
  }

`;
