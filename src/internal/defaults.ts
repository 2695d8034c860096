import type { PropertyValues, ReactiveElement } from 'lit';
import { booleanFromCode, isWrongKind, textFromCode } from './coerce.js';

/**
 * Each element's property defaults: the first value each reactive property is given, which is its class
 * field initializer's (initializers run in the constructor, before any attribute or code can set it).
 * Read off the instance itself, so it works for any tag name and any registry, scoped ones included.
 */
const defaultsOf = new WeakMap<ReactiveElement, Map<PropertyKey, unknown>>();

/** Call from `requestUpdate(name)`: remembers `name`'s first value. */
export function noteDefault(el: ReactiveElement, name: PropertyKey | undefined): void {
  if (name === undefined) return;
  let defaults = defaultsOf.get(el);
  if (!defaults) defaultsOf.set(el, (defaults = new Map()));
  if (!defaults.has(name)) defaults.set(name, (el as unknown as Record<PropertyKey, unknown>)[name]);
}

/** Text properties where a value of the wrong kind is ignored (they have no field to show a message in). */
const IGNORE_WRONG_KIND: ReadonlySet<PropertyKey> = new Set(['lang', 'theme', 'contactHref']);

/**
 * Settles what code set on public properties before anything reads them. Call first thing in `willUpdate`:
 * - null or undefined reads as the attribute removed: the element's default (a property whose default is
 *   itself null, `rules` or `packs`, keeps it);
 * - a property whose default is text takes a number or bigint as its decimal text (`volume = 12000` is
 *   `'12000'`), and anything else (boolean, NaN, Infinity, symbol, object, array) as a description no
 *   parser accepts (see textFromCode), so its field shows its message; `lang`, `theme` and `contactHref`
 *   ignore such a value (default);
 * - a property whose default is a boolean reads other values with booleanFromCode (`"false"` is false).
 * Nothing here throws, and internal state is never touched.
 */
export function restoreDefaults(el: ReactiveElement, changed: PropertyValues): void {
  const record = el as unknown as Record<PropertyKey, unknown>;
  const properties = (el.constructor as typeof ReactiveElement).elementProperties;
  for (const key of changed.keys()) {
    if (properties.get(key)?.state) continue;
    const value = record[key];
    const fallback = defaultsOf.get(el)?.get(key);
    if (value == null) {
      if (fallback != null) record[key] = fallback;
    } else if (typeof fallback === 'string' && typeof value !== 'string') {
      record[key] = isWrongKind(value) && IGNORE_WRONG_KIND.has(key) ? fallback : textFromCode(value);
    } else if (typeof fallback === 'boolean' && typeof value !== 'boolean') {
      record[key] = booleanFromCode(value);
    }
  }
}
