/**
 * The calculator's scenario as its public properties spell it, and what is made of it: the event's scenario,
 * the share string, the tools' inheritance, and a share string read back into the properties. Plain functions
 * of the properties, so the element keeps only its state and its lifecycle. Not API.
 */
import type { Period, PlanId, Rules } from '../../engine/index.js';
import type { CalculatorScenario } from '../../events/idv-change.js';
import { formatScenarioString } from '../../share/scenario-format.js';
import type { ScenarioStringError, ScenarioStringResult, SharedScenario } from '../../share/scenario-format.js';

/** The calculator's scenario properties (the element itself satisfies it). */
export interface ScenarioProps {
  plan: PlanId;
  volume: string;
  period: Period;
  passRate: string;
  photoSize: string;
  retentionDays: string;
  peakShare: string;
  firstPurchase: boolean;
}

/** The scenario as the attributes spell it: the `idv-change` event's `scenario`, and what the tools inherit. */
export const scenarioOf = (p: ScenarioProps): CalculatorScenario & { plan: PlanId } => ({
  plan: p.plan,
  volume: p.volume,
  period: p.period,
  passRate: p.passRate,
  photoSize: p.photoSize,
  retentionDays: p.retentionDays,
  peakShare: p.peakShare,
  firstPurchase: p.firstPurchase,
});

/** The scenario as a share string, with only the options its plan uses. */
export function shareStringOf(p: ScenarioProps, rules: Rules): string {
  const plan = rules.plans[p.plan];
  const line: SharedScenario['lines'][number] = {
    ...{ plan: p.plan, volume: p.volume, period: p.period },
    ...(plan?.metering === 'passed' ? { passRate: p.passRate } : {}),
    ...(plan?.storesPhotos ? { photoSize: p.photoSize, retentionDays: p.retentionDays } : {}),
    ...(p.peakShare ? { peakShare: p.peakShare } : {}),
  };
  return formatScenarioString({ lines: [line], firstPurchase: p.firstPurchase });
}

/**
 * A read share string into the properties: every field from its first line (options it leaves out take the
 * rules' defaults), or, when it could not be read, nothing changed and the reason returned.
 */
export function applyScenario(p: ScenarioProps, read: ScenarioStringResult, rules: Rules): ScenarioStringError | null {
  if (!read.ok) return read.code;
  const line = read.scenario.lines[0]!;
  p.plan = line.plan;
  p.volume = line.volume;
  p.period = line.period;
  p.passRate = line.passRate ?? '100';
  p.photoSize = line.photoSize ?? rules.oss.defaultPhotoSizeMB;
  p.retentionDays = line.retentionDays ?? String(rules.oss.defaultRetentionDays);
  p.peakShare = line.peakShare ?? '';
  p.firstPurchase = read.scenario.firstPurchase;
  return null;
}
