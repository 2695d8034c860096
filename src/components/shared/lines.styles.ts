import { css } from 'lit';

/**
 * A priced line's box as <idv-estimate> (`.line-group`, one per row) and <idv-compare> (`.column`, one per
 * scenario) draw it, on the card's background; each element sets its own spacing.
 */
export const lineBox = css`
  .line-group,
  .column {
    display: grid;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-bg);
    min-width: 0;
  }

  @media (forced-colors: active) {
    .line-group,
    .column {
      border: 1px solid CanvasText;
    }
  }
`;
