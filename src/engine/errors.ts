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

/** What both errors share: a message that starts with where the problem is, and a stable `code`. */
export abstract class EngineError<Code extends string> extends Error {
  /** Stable, machine-readable: renaming one is a breaking change. */
  readonly code: Code;

  constructor(name: string, where: string, code: Code, message: string) {
    super(`${where}: ${message}`);
    this.name = name;
    this.code = code;
  }
}

/** Bad input to a public engine function: never a NaN or silently clamped result instead. */
export class InputError extends EngineError<InputErrorCode> {
  /**
   * The offending input, as a path into the argument (`units`, `lines[1].volume`); `field` + `code` name the
   * problem, e.g. field `units`, code `negative`.
   */
  readonly field: string;

  constructor(field: string, code: InputErrorCode, message: string) {
    super('InputError', field, code, message);
    this.field = field;
  }
}

/** Rules data that would make a number wrong. `path` names the first problem, e.g. `families.idv.packs[2].price`. */
export class RulesError extends EngineError<RulesErrorCode> {
  readonly path: string;

  constructor(path: string, code: RulesErrorCode, message: string) {
    super('RulesError', path, code, message);
    this.path = path;
  }
}
