import { css } from 'lit';

export default css`
  :host {
    display: block;
    --idv-pricing-calculator-max-width: 1200px;
    /* Reserve height while the module loads on a host page, and keep it steady while typing. */
    contain: layout style;
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
    max-width: var(--idv-pricing-calculator-max-width);
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
  h3 {
    font-size: 1em;
    font-weight: 650;
    margin-bottom: 0.5rem;
  }
  .muted {
    color: var(--idv-color-muted);
  }
  .small {
    font-size: 0.875em;
  }
  .block {
    display: block;
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
  .field {
    display: grid;
    align-content: start;
    gap: 0.3rem;
    min-width: 0;
  }
  .field > label {
    font-weight: 600;
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
    min-width: 0;
    display: flex;
    align-items: center;
    border: 1px solid var(--idv-color-border);
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
  input[type='text'] {
    flex: 1;
    min-width: 0;
    width: 100%;
    padding: 0.55rem 0.7rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    outline: none;
  }
  .suffix {
    padding-inline-end: 0.7rem;
    color: var(--idv-color-muted);
  }
  .select {
    width: 100%;
    min-width: 0;
    padding: 0.55rem 0.6rem;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-bg);
    color: inherit;
    font: inherit;
  }
  .select.unit {
    width: auto;
    flex: 0 0 auto;
  }
  .select:focus-visible,
  .segment input:focus-visible + span,
  .check input:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }
  .select[aria-invalid='true'] {
    border-color: var(--idv-color-danger);
  }
  .message {
    min-height: 1.5em;
    font-size: 0.85em;
    color: var(--idv-color-muted);
  }
  .period-error {
    flex-basis: 100%;
  }
  .message.error {
    color: var(--idv-color-danger);
    font-weight: 550;
  }

  .segmented {
    display: inline-flex;
    flex: 0 0 auto;
    margin: 0;
    padding: 2px;
    border: 1px solid var(--idv-color-border);
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
  .segment input:checked + span {
    background: var(--idv-color-bg);
    color: var(--idv-color-text);
    font-weight: 600;
    box-shadow: 0 0 0 1px var(--idv-color-border);
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
    margin-top: 0.2rem;
    accent-color: var(--idv-color-accent);
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
  .verdict.stale-note {
    color: var(--idv-color-danger);
  }
  .summary {
    display: grid;
    gap: 0.25rem;
    padding: 1rem 1.1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-accent-surface);
    border: 1px solid color-mix(in srgb, var(--idv-color-accent) 30%, transparent);
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
    font-weight: 700;
    line-height: 1.15;
    color: var(--idv-color-accent);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .verdict {
    font-weight: 550;
  }

  .card {
    padding: 0.9rem 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
    min-width: 0;
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
  @container (min-width: 480px) {
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
    padding: 0.4rem 0;
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
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem 1rem;
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
  .toolbar button {
    font: inherit;
    font-size: 0.85em;
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-bg);
    color: var(--idv-color-text);
    cursor: pointer;
  }
  .toolbar button:hover {
    background: var(--idv-color-surface-strong);
  }
  .toolbar button:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
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
  .notice {
    margin-bottom: 1rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--idv-radius-small);
    border: 1px solid var(--idv-color-danger);
    color: var(--idv-color-danger);
  }
  .print-only {
    display: none;
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 10pt;
      color: #000;
      background: #fff;
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
  .tool > summary:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }
  @media print {
    .tools {
      display: none;
    }
  }

  .rules-error {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    border: 1px solid var(--idv-color-danger);
    color: var(--idv-color-danger);
    display: grid;
    gap: 0.5rem;
  }
  .rules-error code {
    overflow-wrap: anywhere;
  }
  .results.empty {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
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
    .segmented,
    .summary,
    .card,
    .period {
      border: 1px solid CanvasText;
    }
    .segment input:checked + span {
      outline: 2px solid Highlight;
    }
    .big,
    .good,
    .period-error {
    flex-basis: 100%;
  }
  .message.error {
      color: CanvasText;
    }
    .input-wrap:focus-within {
      outline-color: Highlight;
    }
  }

`;
