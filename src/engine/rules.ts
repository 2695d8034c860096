import type { FamilyId, PlanId, RoundingModeName, Rules } from './types.js';
import { DEFAULT_RULES_DATA } from '../rules/default-rules.js';

export const PLAN_IDS: readonly PlanId[] = [
  'app',
  'h5',
  'server',
  'alipay-mini',
  'alipay-h5',
  'liveness-verify',
  'liveness-detect',
  'face-compare',
];
export const FAMILY_IDS: readonly FamilyId[] = ['idv', 'liveness', 'face-compare'];
export const ROUNDING_MODES: readonly RoundingModeName[] = ['down', 'half-up'];

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The bundled rules (pricing document version 20210112): the data as written, frozen. It is already in the
 * normal form `loadRules` returns, so the validator (load-rules.ts) is not needed to use it; a test checks that
 * `loadRules(DEFAULT_RULES_DATA)` gives exactly this.
 */
export const DEFAULT_RULES: Rules = deepFreeze(DEFAULT_RULES_DATA as Rules);
