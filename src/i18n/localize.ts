import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from './translation.js';
import { hasStrings, stringsFor } from './catalog.js';
import type { Catalog, Namespace } from './catalog.js';
import type { Locale } from './format.js';

const merged = new WeakMap<object, Translation>();

/** Maps any BCP 47 tag to a locale we ship: Chinese of any region or script to zh-CN, the rest to en. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag && /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
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
    // A `lang` of the wrong kind (set from code) counts as unset; restoreDefaults puts '' back before render.
    const own = typeof this.host.lang === 'string' ? this.host.lang : '';
    const inherited = own || this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    return resolveLocale(inherited || document.documentElement.lang || navigator.language);
  }

  /**
   * The calculator's words (which every line-based element shares), in this host's locale; with the words of
   * its details once those are loaded (only the calculator's details, tools and toolbar read them).
   */
  get t(): Translation {
    const locale = this.locale;
    const first = stringsFor('calculator', locale);
    if (!hasStrings('calculator-more', locale)) return first as Translation;
    let both = merged.get(first);
    if (!both) merged.set(first, (both = { ...first, ...stringsFor('calculator-more', locale) }));
    return both;
  }

  /** A namespace's strings in this host's locale (loaded before each update by IdvElement). */
  strings<N extends Namespace>(namespace: N): Catalog[N] {
    return stringsFor(namespace, this.locale);
  }
}
