/**
 * Writing a scenario string (the format is described in scenario-string.ts, which also reads it). Apart from
 * the reader so a calculator that only writes links (its share link, its call to action) does not load the
 * parser with its first screen.
 */
import type { ScenarioStringError } from '../i18n/translation.js';

export type { ScenarioStringError };

export const SCENARIO_FORMAT_VERSION = 1;

export const PLANS = ['app', 'h5', 'server', 'alipay-mini', 'alipay-h5', 'liveness-verify', 'liveness-detect', 'face-compare'] as const;
export const PERIODS = ['day', 'month', 'year'] as const;

export interface SharedLine {
  readonly plan: (typeof PLANS)[number];
  /** Whole-number digit string. */
  readonly volume: string;
  readonly period: (typeof PERIODS)[number];
  readonly passRate?: string;
  readonly photoSize?: string;
  readonly retentionDays?: string;
  readonly peakShare?: string;
}

export interface SharedScenario {
  readonly lines: readonly SharedLine[];
  readonly firstPurchase: boolean;
  readonly alertThreshold?: string;
}

export type ScenarioStringResult =
  | { readonly ok: true; readonly scenario: SharedScenario }
  | { readonly ok: false; readonly code: ScenarioStringError; /** The segment at fault, cut short. */ readonly part: string };

export const OPTION_KEYS = { pass: 'passRate', photo: 'photoSize', ret: 'retentionDays', peak: 'peakShare' } as const;
export type OptionKey = keyof typeof OPTION_KEYS;

/** Serialises a scenario; the inverse of {@link parseScenarioString} for every valid scenario. */
export function formatScenarioString(s: SharedScenario): string {
  const lines = s.lines.map((l) => {
    const options = (Object.keys(OPTION_KEYS) as OptionKey[])
      .filter((k) => l[OPTION_KEYS[k]] !== undefined && l[OPTION_KEYS[k]] !== '')
      .map((k) => `,${k}:${l[OPTION_KEYS[k]]}`)
      .join('');
    return `${l.plan}:${l.volume}/${l.period}${options}`;
  });
  const flags = [...(s.firstPurchase ? ['first'] : []), ...(s.alertThreshold !== undefined ? [`alert:${s.alertThreshold}`] : [])];
  return [`v${SCENARIO_FORMAT_VERSION}`, ...lines, ...flags].join(';');
}

/**
 * The string as it goes into a URL query: percent-encoded, except the separators this format uses, which
 * are legal in a query (RFC 3986) and keep the link readable.
 */
export function encodeScenarioParam(s: string): string {
  return encodeURIComponent(s).replace(/%3B/g, ';').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%2C/g, ',');
}
