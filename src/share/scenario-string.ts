/**
 * A scenario as a short, versioned, human-readable string, for links and the `scenario` attribute:
 *
 *     v1;app:10000/day,photo:0.1,ret:30,peak:12;h5:10000/month;first;alert:20
 *
 * `v1` is the format version. Then one `plan:volume/period` segment per line, with the line's options after
 * commas (`pass` %, `photo` MB, `ret` days, `peak` %), and scenario flags (`first` = first pack purchase,
 * `alert:<percent>`). Only characters that stay readable in a URL query are used. Parsing never throws:
 * a malformed or hostile string gives `{ ok: false, code }` and the caller shows its defaults. It runs in
 * time linear in the string's length: a string over MAX_SCENARIO_LENGTH is refused before anything reads
 * it, it is split on fixed characters, each segment is matched by an anchored pattern whose repeats cannot
 * trade characters, and each value goes to parse.ts, which caps it at 64 characters.
 */
import { parseDecimalInput, parseVolume } from '../i18n/parse.js';
import { OPTION_KEYS, PERIODS, PLANS, SCENARIO_FORMAT_VERSION } from './scenario-format.js';
import type { OptionKey, ScenarioStringError, ScenarioStringResult, SharedLine } from './scenario-format.js';

export { SCENARIO_FORMAT_VERSION, formatScenarioString, encodeScenarioParam } from './scenario-format.js';
export type { SharedLine, SharedScenario, ScenarioStringError, ScenarioStringResult } from './scenario-format.js';


/**
 * Longer strings (2,000 characters, counted before trimming) are refused before any parsing (`too-long`):
 * ten lines with every option are under 700 characters, and a link is never this long.
 */
export const MAX_SCENARIO_LENGTH = 2000;
export const MAX_LINES = 10;

type Failure = Extract<ScenarioStringResult, { ok: false }>;
const fail = (code: ScenarioStringError, part: string): Failure => ({ ok: false, code, part: part.slice(0, 40) });

/**
 * Reads a scenario string. Versions: `v1` is current; a newer version says so (`version-newer`) rather than
 * guessing; when a format change comes, older versions are migrated here, before the v1 reading.
 */
export function parseScenarioString(text: string): ScenarioStringResult {
  if (typeof text !== 'string') return fail('empty', '');
  if (text.length > MAX_SCENARIO_LENGTH) return fail('too-long', text);
  if (text.trim() === '') return fail('empty', '');
  const parts = text.trim().split(';');
  const version = /^v(\d{1,3})$/.exec(parts[0] ?? '');
  if (!version) return fail('version-missing', parts[0] ?? '');
  const v = Number(version[1]);
  if (v > SCENARIO_FORMAT_VERSION) return fail('version-newer', parts[0]!);
  if (v < 1) return fail('version-unknown', parts[0]!);

  const lines: SharedLine[] = [];
  let firstPurchase = false;
  let alertThreshold: string | undefined;
  for (const part of parts.slice(1)) {
    if (part === 'first') {
      firstPurchase = true;
      continue;
    }
    if (part.startsWith('alert:')) {
      const r = parseDecimalInput(part.slice(6), { maxPlaces: 4 });
      if (!r.ok) return fail('bad-option', part);
      alertThreshold = r.value;
      continue;
    }
    const line = parseLine(part);
    if ('code' in line) return line;
    lines.push(line);
    if (lines.length > MAX_LINES) return fail('too-many-lines', part);
  }
  if (lines.length === 0) return fail('no-lines', text);
  return { ok: true, scenario: alertThreshold === undefined ? { lines, firstPurchase } : { lines, firstPurchase, alertThreshold } };
}

function parseLine(part: string): SharedLine | Failure {
  const [head = '', ...options] = part.split(',');
  const m = /^([a-z0-9-]+):([^/]*)\/([a-z]+)$/.exec(head);
  if (!m) return fail('unknown-part', part);
  const [, plan = '', volumeText = '', period = ''] = m;
  const planId = PLANS.find((p) => p === plan);
  const periodId = PERIODS.find((p) => p === period);
  if (!planId) return fail('unknown-plan', part);
  if (!periodId) return fail('unknown-period', part);
  const volume = parseVolume(volumeText);
  if (!volume.ok) return fail(volume.code === 'too-large' ? 'volume-too-large' : 'bad-volume', part);
  const values: Partial<Record<(typeof OPTION_KEYS)[OptionKey], string>> = {};
  for (const option of options) {
    const o = /^([a-z]+):(.+)$/.exec(option);
    const key = (Object.keys(OPTION_KEYS) as OptionKey[]).find((k) => k === o?.[1]);
    if (!o || !key) return fail('bad-option', option);
    const value = key === 'ret' ? parseVolume(o[2]!) : parseDecimalInput(o[2]!, { maxPlaces: 6 });
    if (!value.ok) return fail('bad-option', option);
    values[OPTION_KEYS[key]] = value.value;
  }
  return { plan: planId, volume: volume.value, period: periodId, ...values };
}
