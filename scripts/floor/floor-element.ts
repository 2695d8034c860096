// The floor of the stack, for `scripts/bench-ui.mjs`: one Lit element that computes one price with the full
// decimal.js and renders it. Whatever the calculator's page costs beyond this is the calculator's own.
import { LitElement, html, css } from 'lit';
import Decimal from 'decimal.js';

/** Groups the integer part of a fixed-point decimal string by thousands: "5000.00" → "5,000.00". */
const group = (fixed: string): string => fixed.replace(/\B(?=(\d{3})+\.)/g, ',');

export class IdvFloor extends LitElement {
  static override properties = { volume: { type: Number } };
  static override styles = css`
    p {
      font: 1.5rem system-ui, sans-serif;
    }
  `;

  declare volume: number;

  constructor() {
    super();
    this.volume = 10000;
  }

  override render() {
    return html`<p>¥${group(new Decimal(this.volume).times('0.5').toFixed(2))}</p>`;
  }
}

customElements.define('idv-floor', IdvFloor);
