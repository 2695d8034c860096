import type { PropertyValues, ReactiveElement } from 'lit';

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

/**
 * A public property set to `null` or `undefined` from code (a framework clearing a binding) reads as its
 * attribute removed: it goes back to the element's default. Call first thing in `willUpdate`; a property
 * whose default is itself null (`rules`, `packs`) keeps it, and internal state is never touched.
 */
export function restoreDefaults(el: ReactiveElement, changed: PropertyValues): void {
  const record = el as unknown as Record<PropertyKey, unknown>;
  const properties = (el.constructor as typeof ReactiveElement).elementProperties;
  for (const key of changed.keys()) {
    if (record[key] != null || properties.get(key)?.state) continue;
    const value = defaultsOf.get(el)?.get(key);
    if (value != null) record[key] = value;
  }
}
