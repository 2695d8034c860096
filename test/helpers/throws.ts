import { expect } from '@open-wc/testing';
import { InputError, RulesError } from '../../src/engine/index.js';

/** Runs fn, expects an InputError, and returns it so the caller can check field and code. */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(InputError);
    return e as InputError;
  }
  expect.fail('expected an InputError, got a result');
}

export function rulesError(fn: () => unknown): RulesError {
  try {
    fn();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(RulesError);
    return e as RulesError;
  }
  expect.fail('expected a RulesError, got rules');
}

/** The same InputError field/code for each input: `bad(code, field, fn)(…inputs)`. */
export function expectInputError(fn: () => unknown, field: string, code: string): void {
  const e = inputError(fn);
  expect({ field: e.field, code: e.code }, e.message).to.deep.equal({ field, code });
  expect(e.message).to.match(/\w{3,}/);
}
