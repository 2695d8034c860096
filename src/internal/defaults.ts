import type { PropertyValues, ReactiveElement } from 'lit';

/** Each element class's property defaults, read once from a pristine instance. */
const defaultsByClass = new WeakMap<object, ReadonlyMap<PropertyKey, unknown>>();

function defaultsOf(el: ReactiveElement): ReadonlyMap<PropertyKey, unknown> {
  const ctor = el.constructor as typeof ReactiveElement;
  let defaults = defaultsByClass.get(ctor);
  if (!defaults) {
    // Constructed, never connected: no controller starts, no listener is added.
    const pristine = document.createElement(el.localName) as unknown as Record<PropertyKey, unknown>;
    defaults = new Map([...ctor.elementProperties].filter(([, options]) => !options.state).map(([key]) => [key, pristine[key]]));
    defaultsByClass.set(ctor, defaults);
  }
  return defaults;
}

/**
 * A public property set to `null` or `undefined` from code (a framework clearing a binding) reads as its
 * attribute removed: it goes back to the element's default. Call first thing in `willUpdate`; a property
 * whose default is itself null (`rules`, `packs`) keeps it.
 */
export function restoreDefaults(el: ReactiveElement, changed: PropertyValues): void {
  const record = el as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    if (record[key] != null) continue;
    const value = defaultsOf(el).get(key);
    if (value != null) record[key] = value;
  }
}
