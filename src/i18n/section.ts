import type { Locale } from './format.js';

/**
 * A component's own strings, in every locale we ship. Components other than the calculator keep their
 * strings in `sections/<name>.ts` (one typed interface each), so each can be translated and reviewed on
 * its own; `en` is the complete fallback as in translation.ts.
 */
export type Section<T> = { readonly en: T } & { readonly [L in Locale]: T };

export function pick<T>(section: Section<T>, locale: Locale): T {
  return section[locale] ?? section.en;
}
