/**
 * Errors thrown by the engine. Both carry a stable, machine-readable `code` so callers (the widget, other
 * programs) can branch or translate without parsing the English message.
 */

/** Codes an {@link InputError} can carry. Stable: renaming one is a breaking change. */
export type InputErrorCode =
  | 'type'
  | 'empty'
  | 'not-a-number'
  | 'not-finite'
  | 'not-integer'
  | 'negative'
  | 'out-of-range'
  | 'unknown-plan'
  | 'unknown-family'
  | 'unknown-period'
  | 'invalid-date'
  | 'no-lines'
  /** A string input longer than its field ever is (64 characters for numbers and dates), refused unread. */
  | 'too-long';

/** Bad input to a public engine function: never a NaN or silently clamped result instead. */
export class InputError extends Error {
  /** The offending input, as a path into the argument (`units`, `lines[1].volume`). */
  readonly field: string;
  /** Stable code, `<field-kind>.<problem>` is `field` + `code`, e.g. field `units`, code `negative`. */
  readonly code: InputErrorCode;

  constructor(field: string, code: InputErrorCode, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InputError';
    this.field = field;
    this.code = code;
  }
}

/** Codes a {@link RulesError} can carry. */
export type RulesErrorCode =
  | 'type'
  | 'missing'
  | 'unknown-family'
  | 'unknown-metering'
  | 'duplicate-size'
  | 'not-positive'
  | 'price-mismatch'
  | 'ratio-out-of-range'
  | 'trial'
  | 'unit-price-mismatch'
  | 'too-fine'
  | 'too-many-packs'
  | 'too-large'
  | 'version'
  | 'rounding-mode'
  | 'unreadable';

/** Rules data that would make a number wrong. `path` names the first problem, e.g. `families.idv.packs[2].price`. */
export class RulesError extends Error {
  readonly path: string;
  readonly code: RulesErrorCode;

  constructor(path: string, code: RulesErrorCode, message: string) {
    super(`${path}: ${message}`);
    this.name = 'RulesError';
    this.path = path;
    this.code = code;
  }
}
