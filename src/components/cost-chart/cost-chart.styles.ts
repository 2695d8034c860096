import { css } from 'lit';

export default css`
  /* The card, .muted, .small, .sr-only and the segmented control come from the shared styles. */
  :host {
    --idv-cost-chart-best-color: var(--idv-color-accent);
    --idv-cost-chart-postpaid-color: var(--idv-color-muted);
    --idv-cost-chart-tier-color: var(--idv-color-border);
    --idv-cost-chart-savings-color: color-mix(in srgb, var(--idv-color-success) 24%, transparent);
    --idv-cost-chart-max-width: 1200px;
  }

  .base {
    max-width: var(--idv-cost-chart-max-width);
    padding: clamp(0.75rem, 3cqi, 1.5rem);
  }
  figure.base {
    margin-inline: auto;
    margin-block: 0;
  }
  .header {
    gap: 0.35rem;
    padding-bottom: 0;
    margin-bottom: 0.75rem;
    border-bottom: 0;
  }
  .title {
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.35;
  }

  /* ---- scale toggle and keyboard hint ---- */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 1rem;
    margin-bottom: 0.25rem;
  }
  .controls .segment span {
    padding: 0.25rem 0.75rem;
    font-size: 0.875em;
  }
  .keys {
    flex: 1 1 14rem;
  }

  /* ---- legend ---- */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--idv-color-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    width: 24px;
    height: 12px;
    flex: none;
    overflow: visible;
  }

  /* ---- readout ---- */
  /* Tall enough for a point's figures at any width, so the chart below does not jump while the pointer moves. */
  .readout {
    min-height: 8.75rem;
    margin-bottom: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--idv-radius-small);
    background: var(--idv-color-surface);
    font-variant-numeric: tabular-nums;
  }
  @container (min-width: 560px) {
    .readout {
      min-height: 4.9rem;
    }
  }
  .readout.hint {
    display: flex;
    align-items: center;
    color: var(--idv-color-muted);
    font-size: 0.875em;
  }
  .readout-title {
    font-weight: 600;
  }
  .readout dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1.25rem;
    font-size: 0.875em;
  }
  .readout dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
  }
  .readout dt {
    color: var(--idv-color-muted);
  }
  .readout dd {
    font-weight: 600;
  }
  .readout .best dd {
    color: var(--idv-cost-chart-best-color);
  }
  .readout .mix {
    flex-basis: 100%;
  }
  .readout .mix dd {
    font-weight: 400;
  }

  .message {
    margin-bottom: 0.5rem;
    padding: 0.4rem 0.75rem;
    border-inline-start: 3px solid var(--idv-color-danger);
    color: var(--idv-color-text);
    font-size: 0.875em;
  }

  /* ---- chart ---- */
  .plot {
    position: relative;
    width: 100%;
    touch-action: pan-y;
    container-type: inline-size;
  }
  /* The height the drawing takes at the plot's width (geometry.ts, box: 0.56 of the width, 250 to 440 px), set
     before the drawing is made for that width: a chart drawn for another width (the first render, or the HTML
     of a server, which cannot measure) already stands at its final height, so nothing below it moves. */
  .chart {
    display: block;
    width: 100%;
    height: clamp(250px, 56cqi, 440px);
    overflow: visible;
    font-family: var(--idv-font-family);
    font-size: 11px;
    -webkit-tap-highlight-color: transparent;
  }
  .chart text {
    fill: var(--idv-color-muted);
    font-variant-numeric: tabular-nums;
    /* A halo in the background colour keeps labels legible where a guide or line crosses them. */
    paint-order: stroke;
    stroke: var(--idv-color-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .chart .axis-title {
    fill: var(--idv-color-text);
  }
  .grid line {
    stroke: var(--idv-color-border);
    stroke-width: 1;
    opacity: 0.6;
  }
  .axis line {
    stroke: var(--idv-color-muted);
    stroke-width: 1;
  }
  .tiers line,
  line.tier {
    stroke: var(--idv-cost-chart-tier-color);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .tiers text {
    fill: var(--idv-color-text);
    font-weight: 600;
  }
  .line {
    fill: none;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.postpaid {
    stroke: var(--idv-cost-chart-postpaid-color);
    stroke-width: 2;
    stroke-dasharray: 7 5;
  }
  .line.best {
    stroke: var(--idv-cost-chart-best-color);
    stroke-width: 2.5;
  }
  .savings-area {
    fill: var(--idv-cost-chart-savings-color);
    stroke: none;
  }
  .swatch .savings-area {
    stroke: var(--idv-color-success);
    stroke-width: 1;
  }
  .diamond {
    fill: var(--idv-color-success);
    stroke: var(--idv-color-bg);
    stroke-width: 1;
    pointer-events: none;
  }
  .break-evens text {
    fill: var(--idv-color-success);
    font-weight: 600;
  }
  .visitor line {
    stroke: var(--idv-color-text);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .ring {
    fill: none;
    stroke: var(--idv-color-text);
    stroke-width: 2;
  }
  .ring.best {
    stroke: var(--idv-cost-chart-best-color);
  }
  .visitor text {
    fill: var(--idv-color-text);
    font-weight: 600;
  }
  .crosshair line {
    stroke: var(--idv-color-text);
    stroke-width: 1;
    opacity: 0.5;
  }
  .postpaid-dot {
    fill: var(--idv-cost-chart-postpaid-color);
  }
  .hit {
    fill: transparent;
    pointer-events: all;
  }
  .point {
    fill: var(--idv-color-bg);
    stroke: var(--idv-cost-chart-best-color);
    stroke-width: 1.5;
    cursor: pointer;
    outline: none;
  }
  .point.active {
    fill: var(--idv-cost-chart-best-color);
  }
  .point:focus-visible {
    stroke: var(--idv-color-focus);
    stroke-width: 3;
  }

  /* ---- table ---- */
  .table {
    margin-top: 0.75rem;
    font-size: 0.875em;
  }
  .table summary {
    cursor: pointer;
    color: var(--idv-color-text);
    font-weight: 600;
    width: max-content;
    max-width: 100%;
  }
  .table summary:focus-visible,
  .scroll:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .scroll {
    overflow-x: auto;
    margin-top: 0.5rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    margin-bottom: 0.75rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--idv-color-border);
    text-align: end;
    white-space: nowrap;
    vertical-align: top;
  }
  th:first-child,
  .text {
    text-align: start;
  }
  td.mix {
    white-space: normal;
    min-width: 15rem;
  }
  td.note {
    white-space: normal;
    min-width: 11rem;
    color: var(--idv-color-muted);
  }
  thead th {
    color: var(--idv-color-muted);
    font-weight: 600;
  }
  tr.mine {
    background: var(--idv-color-accent-surface);
  }

  @media (forced-colors: active) {
    .readout {
      border: 1px solid CanvasText;
    }
    .chart text,
    .tiers text,
    .break-evens text,
    .visitor text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .grid line,
    .tiers line,
    line.tier,
    .axis line,
    .crosshair line,
    .visitor line {
      stroke: GrayText;
    }
    .line.postpaid {
      stroke: CanvasText;
    }
    .line.best,
    .ring.best {
      stroke: Highlight;
    }
    .ring {
      stroke: CanvasText;
    }
    /* The band keeps a fill: the system highlight, see-through so the lines and guides show over it. */
    .savings-area {
      forced-color-adjust: none;
      fill: Highlight;
      fill-opacity: 0.35;
    }
    .swatch .savings-area {
      stroke: CanvasText;
      stroke-width: 1;
    }
    .diamond,
    .postpaid-dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .point {
      fill: Canvas;
      stroke: Highlight;
    }
    .point.active {
      fill: Highlight;
    }
    .point:focus-visible {
      stroke: CanvasText;
    }
    .readout .best dd {
      color: CanvasText;
    }
    tr.mine {
      outline: 2px solid Highlight;
    }
  }
`;
