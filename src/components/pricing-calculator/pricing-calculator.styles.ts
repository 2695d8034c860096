import { css } from 'lit';

export default css`
  :host {
    display: block;
    --idv-pricing-calculator-max-width: 1200px;
    /* Reserve height while the module loads on a host page, and keep it steady while typing. */
    contain: layout style;
    /* The card's padding (3cqi) follows the element's width, not the window's: narrow in a docs column. */
    container-type: inline-size;
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

  /* Narrow (a phone): plan and volume, then the headline right under them (so the answer is on screen while a
     visitor types), then the plan's other inputs and the breakdown. Wide: inputs left, figures right. */
  .layout {
    display: grid;
    gap: 0.875rem;
    grid-template-columns: minmax(0, 1fr);
  }
  .header {
    padding-bottom: 0.75rem;
    margin-bottom: 0.875rem;
  }
  .form {
    display: contents;
  }
  .fields {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
    container: fields / inline-size;
  }
  .main {
    order: 1;
  }
  .summary {
    order: 2;
  }
  .more {
    order: 3;
  }
  /* Read-only: the scenario first, then its figures. */
  .scenario {
    order: 1;
  }
  .results {
    order: 4;
  }
  .extras {
    order: 5;
  }
  /* Two columns from 680 px at the default text size; in em, so text made larger keeps one column longer
     (at 200 % text even 1,280 px stays one column rather than squeeze both). */
  @container (min-width: 45.3em) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
      grid-template-areas:
        'main summary'
        'main results'
        'more results'
        'extras extras';
      grid-template-rows: auto auto 1fr auto;
      column-gap: 1.75rem;
      row-gap: 1rem;
      align-items: start;
    }
    .main {
      grid-area: main;
    }
    .summary {
      grid-area: summary;
    }
    .more {
      grid-area: more;
    }
    .scenario {
      grid-area: main / main / more / more;
    }
    .results {
      grid-area: results;
    }
    .extras {
      grid-area: extras;
    }
    .results.empty {
      grid-area: summary / summary / results / results;
    }
  }

  /* ---- form ---- */
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
    padding-inline: 0.35rem;
  }
  /* Retention and its unit stay on one line: the number is short. */
  .pair .input-row {
    flex-wrap: nowrap;
  }
  .pair .input-wrap {
    flex-basis: 2.5rem;
  }
  .period-error {
    flex-basis: 100%;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0.75rem;
  }
  @container fields (max-width: 19.9em) {
    .pair {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .check .hint {
    padding-inline-start: 1.7rem;
  }
  /* Large text on a phone: the three periods keep to the field's width. */
  @container fields (max-width: 11em) {
    .segment span {
      padding-inline: 0.35rem;
    }
  }
  .scenario {
    display: grid;
    gap: 0.6rem;
    justify-items: start;
  }
  .scenario .facts {
    justify-self: stretch;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
  }

  /* ---- figures ---- */
  .results {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .extras {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .nowrap {
    white-space: nowrap;
  }
  /* Figures for an earlier input: every one of them muted, its card dashed, the headline's note says why. */
  .stale :is(.big, .amount, .units, .factor, .alternative, .item, .storage p) {
    color: var(--idv-color-muted);
  }
  .stale :is(.amount, .big) {
    text-decoration: line-through 1px;
  }
  .stale :is(.card, .summary) {
    outline: 1px dashed var(--idv-color-muted);
    outline-offset: -1px;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 0.75rem;
  }
  .headline .label {
    font-weight: 600;
  }
  /* A figure is never broken. With large text in a narrow card it is the one thing that shrinks, just
     enough to stay inside (cqi: the card, or the element's content box); at the default size never. */
  .amount {
    font-size: min(1em, 9cqi);
    overflow-wrap: normal;
  }
  .big {
    font-size: min(clamp(1.5em, 5cqi, 2.1em), 7.5cqi);
    overflow-wrap: normal;
    white-space: nowrap;
  }
  .verdict {
    font-weight: 550;
    /* It names an amount too (what the packs save): kept whole like the headline's. */
    font-size: min(1em, 8cqi);
  }
  .card {
    padding: 0.6rem 0.8rem;
  }
  /* The headline's own box sizes its figure (cqi below), whatever the page around it. */
  .summary {
    container-type: inline-size;
    padding: 0.75rem 0.9rem;
    gap: 0.15rem;
  }
  .card > h3 {
    margin-bottom: 0.25rem;
  }
  .card.warn {
    box-shadow: inset 3px 0 0 var(--idv-color-accent);
    border-inline-start: 3px solid var(--idv-color-accent);
  }
  .factor {
    color: var(--idv-color-muted);
    font-size: 0.85em;
  }
  .item-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    padding: 0.15rem 0;
  }
  .item-row > :first-child,
  .item > :first-child {
    flex: 1 1 5em;
    min-width: 0;
  }
  .item-row > .amount,
  .item > .amount {
    flex: 0 0 auto;
    margin-inline-start: auto;
    text-align: end;
  }
  .costs .item-row + .item-row {
    border-top: 1px dashed var(--idv-color-border);
    padding-top: 0.3rem;
  }
  .tag {
    font-size: 0.75em;
    margin-inline-start: 0.15rem;
  }
  .items {
    margin: 0.25rem 0;
  }
  .item {
    flex-wrap: wrap;
    padding: 0.25rem 0;
  }
  .item:last-child {
    border-bottom: 0;
  }
  .alternative {
    margin-top: 0.35rem;
    padding: 0.4rem 0.6rem;
    border-radius: calc(var(--idv-radius-small) - 2px);
    background: var(--idv-color-bg);
  }
  .packs > p.muted.small:last-child {
    margin-top: 0.35rem;
  }
  a {
    color: var(--idv-color-accent);
    font-weight: 600;
  }
  .cta.empty {
    display: none;
  }
  .cta a.button {
    text-decoration: none;
  }
  .button.primary {
    background: var(--idv-color-accent);
    border-color: var(--idv-color-accent);
    color: var(--idv-color-on-accent);
  }

  /* ---- details ---- */
  .details {
    border-top: 1px solid var(--idv-color-border);
    padding-top: 0.5rem;
  }
  .details > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .results.empty {
    padding: 1rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
  }

  /* The shared sheet covers the card, fields, buttons and figures; these are the calculator's own. */
  @media (forced-colors: active) {
    .card.warn {
      border: 1px solid CanvasText;
      border-inline-start: 4px solid Mark;
    }
  }

`;
