/**
 * The calculator's share toolbar as a reactive controller: copy a link, the quote as text or Markdown,
 * download CSV or JSON, print; what it last did (announced politely), and the text the clipboard refused,
 * shown selected for copying by hand. Its buttons are rendered by share-toolbar-view.ts, which loads with the
 * rest of what is past the first screen. Not API.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Quote, Rules } from '../../engine/index.js';
import type { Locale } from '../../i18n/format.js';
import type { Translation } from '../../i18n/translation.js';

// The exports (and both locales' texts for them) load on the first copy or download, not with the calculator:
// most visitors never press these buttons. The import starts inside the click, well within its user activation.
const exportsModule = (): Promise<typeof import('../../share/export.js')> => import('../../share/export.js');
const filesModule = (): Promise<typeof import('../../internal/files.js')> => import('../../internal/files.js');

/** What the toolbar needs from its calculator. */
export interface ToolbarHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The quote on screen, or null before any is valid. */
  readonly quote: Quote | null;
  /** The scenario on screen as a share string. */
  readonly shareString: string;
  /** This page's URL with the scenario in its `idv` parameter. */
  shareLink(): string;
  /** What a downloaded file is called, without its extension. */
  fileStem(): string;
  readonly toolbarContext: { readonly t: Translation; readonly locale: Locale; readonly rules: Rules };
}

export class ShareToolbar implements ReactiveController {
  /** What the toolbar last did ("Link copied"), announced politely, cleared after 4 s. */
  status = '';
  /** Text the clipboard refused, shown selected for copying by hand. */
  manualCopy: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ToolbarHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private setStatus(text: string): void {
    this.status = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.status = '';
      this.host.requestUpdate();
    }, 4000);
    this.host.requestUpdate();
  }

  async copy(kind: 'link' | 'text' | 'markdown'): Promise<void> {
    const q = this.host.quote;
    if (!q) return;
    const { t, locale, rules } = this.host.toolbarContext;
    const link = new URL(this.host.shareLink(), location.href).href;
    const [{ quoteToText, quoteToMarkdown }, { copyText }] = await Promise.all([exportsModule(), filesModule()]);
    const text = kind === 'link' ? link : kind === 'text' ? quoteToText(q, locale, link, rules) : quoteToMarkdown(q, locale, link, rules);
    const copied = await copyText(text);
    this.manualCopy = copied ? null : text;
    this.setStatus(copied ? t.share.copied[kind] : t.share.copyFailed);
    if (!copied) {
      await this.host.updateComplete;
      const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.manual-copy textarea');
      area?.focus();
      area?.select();
    }
  }

  async download(kind: 'csv' | 'json'): Promise<void> {
    const q = this.host.quote;
    if (!q) return;
    const { t, locale, rules } = this.host.toolbarContext;
    const [{ quoteToCsv }, { downloadText }] = await Promise.all([exportsModule(), filesModule()]);
    const name = `${this.host.fileStem()}.${kind}`;
    if (kind === 'csv') downloadText(name, 'text/csv', quoteToCsv(q, locale, rules));
    else downloadText(name, 'application/json', `${JSON.stringify({ scenario: this.host.shareString, quote: q }, null, 2)}\n`);
    this.setStatus(t.share.downloaded);
  }

  async print(): Promise<void> {
    // The formulas belong on paper; a closed <details> would print only its summary.
    const opened = [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details.how, details.details')].filter((d) => !d.open);
    for (const d of opened) d.open = true;
    this.host.toggleAttribute('printing', true);
    await this.host.updateComplete;
    window.print();
    this.host.toggleAttribute('printing', false);
    for (const d of opened) d.open = false;
  }
}
