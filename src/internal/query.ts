/**
 * Query strings of a page that is not ours. URLSearchParams re-serialises every parameter it touches (`?flag`
 * becomes `?flag=`, `a/b` becomes `a%2Fb`, `%20` becomes `+`), which rewrites the host's own links; here the
 * query is handled as the text it is, one `&`-separated part at a time. Not API.
 */

/** A query part's key, decoded the way URLSearchParams decodes it (`+` is a space); null when it does not decode. */
function keyOf(part: string): string | null {
  const eq = part.indexOf('=');
  const raw = (eq < 0 ? part : part.slice(0, eq)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * `search` (as `location.search` gives it: `''` or `?…`) with parameter `key` set to `encodedValue` (already
 * percent-encoded). Every other part stays byte for byte and in its place; the first `key` part is replaced
 * where it stands, any later ones are dropped (they would be ignored on reading anyway), and a query without
 * `key` gets it at the end.
 */
export function withQueryParam(search: string, key: string, encodedValue: string): string {
  const parts = search.startsWith('?') ? search.slice(1).split('&') : search === '' ? [] : search.split('&');
  const out: string[] = [];
  let placed = false;
  for (const part of parts) {
    if (keyOf(part) !== key) out.push(part);
    else if (!placed) {
      out.push(`${key}=${encodedValue}`);
      placed = true;
    }
  }
  if (!placed) out.push(`${key}=${encodedValue}`);
  return `?${out.join('&')}`;
}
