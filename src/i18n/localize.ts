import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from './translation.js';
import { en } from './translations/en.js';
import { zhCN } from './translations/zh-CN.js';
import type { Locale } from './format.js';

/** Maps any BCP 47 tag to a locale we ship: Chinese of any region or script to zh-CN, the rest to en. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag && /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

export function translation(locale: Locale): Translation {
  return locale === 'zh-CN' ? zhCN : en;
}

/**
 * Keeps a host's locale in step with its own `lang`, else the nearest ancestor's, else the document's
 * (which host pages change at run time: a MutationObserver re-renders on any of those changes).
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement & { lang: string };
  private observer: MutationObserver | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement & { lang: string }) {
    this.host = host;
    host.addController(this);
  }

  /** The locale of the last render, to tell whether a `lang` change anywhere concerns this host. */
  private rendered: Locale | null = null;

  hostUpdate(): void {
    this.rendered = this.locale;
  }

  hostConnected(): void {
    // Any `lang` change in the document (the page's, or a wrapper's: a docs site's language switch) that
    // changes this host's locale, wherever the host is (also inside another component's shadow root, where
    // `contains` would not see it). Only `lang` attributes are reported, so other mutations cost nothing.
    this.observer = new MutationObserver(() => {
      if (this.locale !== this.rendered) this.host.requestUpdate();
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  get locale(): Locale {
    // The host's own `lang` (property or attribute), else the nearest ancestor's, else the page's, else the browser's.
    const inherited = this.host.lang || this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    return resolveLocale(inherited || document.documentElement.lang || navigator.language);
  }

  get t(): Translation {
    return translation(this.locale);
  }
}
