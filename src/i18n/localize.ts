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

  hostConnected(): void {
    // Any `lang` change above the host (the page's, or a wrapper's: a docs site's language switch). Only
    // `lang` attributes are reported, so the page's other mutations cost nothing.
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => r.target !== this.host && r.target.contains(this.host))) this.host.requestUpdate();
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
