/**
 * What a value set from code (a framework binding, plain JavaScript) reads as, for properties and line
 * fields that hold text. Frameworks send numbers (`:volume="12000"` in Vue, `volume={12000}` in React), and
 * sometimes things that are no value at all. Nothing here throws, whatever it is given (a symbol, a
 * revoked Proxy, an object whose `toString` throws): no user code is ever called. Not API.
 */
import { Decimal } from '../engine/decimal.js';

/**
 * A value from code as text:
 * - a string as it is;
 * - a finite number or a bigint as its plain decimal text (`12000` → `'12000'`, `1e21` → 22 digits,
 *   `0.1` → `'0.1'`): the same text a visitor would type, so it is parsed and judged like typing;
 * - null and undefined as undefined (missing: the caller uses its default);
 * - anything else (boolean, NaN, ±Infinity, symbol, object, array, function) as `''`: an empty field, which a
 *   required field answers with its "enter a number" message and an optional one reads as "none". Nothing of
 *   such a value (`NaN`, `[object Object]`) ever reaches the screen.
 */
export function textFromCode(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'undefined':
      return undefined;
    case 'bigint':
      return value.toString();
    case 'number':
      // decimal.js reads a number by its shortest round-trip text, and toFixed() never uses an exponent.
      return Number.isFinite(value) ? new Decimal(value).toFixed() : '';
    default:
      return value === null ? undefined : '';
  }
}

/**
 * A value from code for a boolean property: `true`, a non-zero finite number, or a string other than `''`,
 * `'false'` and `'0'` (a binding that sends `"false"` means false) is true; `false`, `0`, those strings and
 * anything else (NaN, objects, symbols) is false. Nothing here calls page code.
 */
export function booleanFromCode(value: unknown): boolean {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) && value !== 0;
    case 'bigint':
      return value !== 0n;
    case 'string': {
      const s = value.trim().toLowerCase();
      return s !== '' && s !== 'false' && s !== '0';
    }
    default:
      return false;
  }
}

/** Whether a value from code is a value of no kind a text field can read (see {@link textFromCode}). */
export function isWrongKind(value: unknown): boolean {
  const type = typeof value;
  return !(value === null || type === 'undefined' || type === 'string' || type === 'bigint' || (type === 'number' && Number.isFinite(value)));
}
