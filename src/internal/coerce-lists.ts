/**
 * Lists and records from code (`lines`, `scenarios`, `packs`), read the way coerce.ts reads single values:
 * nothing here throws, whatever it is given, and no user code is called. Not API.
 */

/**
 * Reads `key` of a value from code (a line of `lines`, a row of `packs`) without letting a throwing getter
 * or a revoked Proxy escape: such a field reads as an object, a value of the wrong kind (see textFromCode).
 */
export function fieldFromCode(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return {};
  }
}

/** The named fields of a value from code, each read with {@link fieldFromCode}; {} for a non-object. */
export function recordFromCode<K extends string>(source: unknown, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) out[key] = fieldFromCode(source, key);
  return out;
}

/**
 * A list from code as a plain array of at most `max` entries (the rest are counted, not copied), or null when
 * it is no array (or a Proxy that refuses to be read).
 */
export function listFromCode(value: unknown, max: number): { items: unknown[]; total: number } | null {
  try {
    if (!Array.isArray(value)) return null;
    const total = value.length;
    const items: unknown[] = [];
    for (let i = 0; i < Math.min(total, max); i++) items.push(fieldFromCode(value, String(i)));
    return { items, total };
  } catch {
    return null;
  }
}
