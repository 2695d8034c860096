import { Decimal, parseUnits, toPlain } from './decimal.js';
import { InputError } from './errors.js';
import { DEFAULT_RULES } from './rules.js';
import type { Plan, PlanId, Rules, UnitsInput } from './types.js';

/** Looks a plan up by id, for every public function that takes one. */
export function planOf(rules: Rules, plan: unknown, field = 'plan'): Plan {
  if (typeof plan !== 'string' || !Object.prototype.hasOwnProperty.call(rules.plans, plan)) {
    throw new InputError(
      field,
      'unknown-plan',
      `${JSON.stringify(plan) ?? String(plan)} is not a plan; use one of ${Object.keys(rules.plans).join(', ')}.`,
    );
  }
  return rules.plans[plan as PlanId];
}

/**
 * Pay-as-you-go cost of `units` billable units of a plan: units × the plan's unit price (docs/pricing-rules.md §R3.1), exact.
 *
 * @param plan - A plan id, e.g. `app`.
 * @param units - Billable units (R2): a safe integer or a digit string.
 * @param rules - The bundled rules by default.
 * @returns Exact 元 as a decimal string, unrounded (round only for display, R8).
 * @throws {InputError} `plan`/`unknown-plan`; `units` with `negative`, `not-integer`, `not-a-number`, …
 * @example postpaidCost('face-compare', 30) // '0.18'
 */
export function postpaidCost(plan: PlanId, units: UnitsInput, rules: Rules = DEFAULT_RULES): string {
  const p = planOf(rules, plan);
  const u = parseUnits(units, 'units');
  return toPlain(new Decimal(p.unitPrice).times(u.toString()));
}
