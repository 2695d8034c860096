/** The share toolbar's buttons, its status line and the text to copy by hand. Not API. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { ShareToolbar } from './share-toolbar.js';

export function renderToolbar(bar: ShareToolbar, t: Translation): TemplateResult {
  const s = t.share;
  return html`
    <div class="toolbar" part="toolbar" role="group" aria-label=${s.toolbar}>
      <button type="button" class="button" part="button" @click=${() => bar.copy('link')}>${s.copyLink}</button>
      <button type="button" class="button" part="button" @click=${() => bar.copy('text')}>${s.copyText}</button>
      <button type="button" class="button" part="button" @click=${() => bar.copy('markdown')}>${s.copyMarkdown}</button>
      <button type="button" class="button" part="button" @click=${() => bar.download('csv')}>${s.csv}</button>
      <button type="button" class="button" part="button" @click=${() => bar.download('json')}>${s.json}</button>
      <button type="button" class="button" part="button" @click=${() => bar.print()}>${s.print}</button>
    </div>
    <p class="toolbar-status small" role="status">${bar.status}</p>
    ${bar.manualCopy === null
      ? nothing
      : html`<label class="manual-copy">
          <span class="small muted">${s.manualCopy}</span>
          <textarea readonly rows="6" .value=${bar.manualCopy}></textarea>
        </label>`}
  `;
}
