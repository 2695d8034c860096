import { css } from 'lit';

/**
 * The styles of what is past the first screen (details' body, the working, the toolbar, the tools, print),
 * adopted by the element together with calculator-extras.ts.
 */
export default css`
  /* Opened, the details take the element's whole width: figures side by side where there is room, then the
     toolbar, the working and the tools across. */
  .details-body {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    align-items: start;
    gap: 0.75rem 1.25rem;
    margin-top: 0.5rem;
  }
  .details-body > :is(.toolbar, .toolbar-status, .manual-copy, .how, .tools) {
    grid-column: 1 / -1;
  }
  .planning {
    display: grid;
    gap: 0.4rem;
  }
  .qps .field {
    margin-bottom: 0.5rem;
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
  /* The details' pay as you go (calculator-details.ts): one row a period, its name and factor, the billable
     count, the amount. */
  .periods {
    display: grid;
    gap: 0.25rem;
  }
  /* Rows of a label and an amount wrap rather than overlap: the amount goes to its own line (at the end)
     when the two do not fit side by side, as with large text on a phone. */
  .period {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75rem;
    padding: 0.3rem 0.6rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-bg);
    min-width: 0;
  }
  .period dt {
    flex: 1 1 5em;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
  }
  .period .amount {
    order: 2;
    margin-inline-start: auto;
    text-align: end;
  }
  .period .units {
    order: 3;
    flex: 1 0 100%;
  }
  .postpaid {
    container: postpaid / inline-size;
  }
  @container postpaid (min-width: 29.4em) {
    .period .units {
      order: 1;
      flex: 1 1 5em;
    }
    .period dt {
      flex-basis: 0;
    }
  }
  .period.entered {
    box-shadow: inset 3px 0 0 var(--idv-color-accent);
  }
  @media (forced-colors: active) {
    .period {
      border: 1px solid CanvasText;
    }
    .period.entered {
      border: 3px solid CanvasText;
    }
  }
`;
