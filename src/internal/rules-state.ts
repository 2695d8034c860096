import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { DEFAULT_RULES, RulesError } from '../engine/index.js';
import type { Rules } from '../engine/index.js';

type Validator = typeof import('../engine/load-rules.js');
let validator: Validator | undefined;
let validatorLoading: Promise<void> | undefined;

/**
 * Loads the rules validator, which only a page with custom `rules` needs (the bundled rules come validated).
 * Null once loaded. IdvElement awaits it before an update whenever `rules` is set.
 */
export function loadValidator(): Promise<void> | null {
  if (validator) return null;
  validatorLoading ??= import('../engine/load-rules.js').then(
    (module) => void (validator = module),
    (error: unknown) => {
      validatorLoading = undefined; // the next update tries again
      throw error;
    },
  );
  return validatorLoading;
}

/** What a widget's `rules` property resolves to: the bundled rules, custom rules that pass loadRules, or why not. */
export interface RulesState {
  readonly rules: Rules | null;
  readonly problem: RulesError | null;
}

/** Resolves a widget's `rules` property; any error but a RulesError is a bug and is thrown on. */
export function resolveRules(data: unknown): RulesState {
  if (data === null || data === undefined) return { rules: DEFAULT_RULES, problem: null };
  if (!validator) throw new Error('idv-pricing: custom rules were resolved before the validator loaded (await loadValidator()).');
  try {
    return { rules: validator.loadRules(data), problem: null };
  } catch (e) {
    if (!(e instanceof RulesError)) throw e;
    return { rules: null, problem: e };
  }
}

/** The error state every widget shows instead of figures when the page's rules fail validation. */
export function renderRulesError(title: string, body: string, problem: RulesError | null): TemplateResult {
  return html`<div class="rules-error" role="alert">
    <h3>${title}</h3>
    <p>${body}</p>
    <p><code>${problem?.message ?? ''}</code></p>
  </div>`;
}
