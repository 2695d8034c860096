/**
 * The text fields of one priced line (volume and the plan's options) as <idv-estimate> and <idv-compare>
 * edit them: how each is parsed, which engine input it feeds, and what its error says. Not API.
 */
import type { InputErrorCode } from '../engine/index.js';
import { parseDecimalInput, parseVolume } from '../i18n/parse.js';
import type { ParseErrorCode, ParseResult } from '../i18n/parse.js';
import type { FieldErrorCode, Translation } from '../i18n/translation.js';

export type LineField = 'volume' | 'passRate' | 'photoSize' | 'retention' | 'peakShare';

export interface FieldError {
  readonly code: ParseErrorCode | InputErrorCode;
  /** `parse`: the text is not a number (kept until retyped); `engine`: a valid number the rules refuse. */
  readonly source: 'parse' | 'engine';
}

/** A line field's last valid value (a canonical decimal string), or null when it never had one. */
export type FieldValues = Readonly<Record<LineField, string | null>>;
export type FieldTexts = Readonly<Record<LineField, string>>;
export type FieldErrors = Readonly<Partial<Record<LineField | 'plan', FieldError>>>;

/** Engine input names (the last part of an InputError's field) → the line's field. */
const ENGINE_FIELDS: Readonly<Record<string, LineField | 'plan'>> = {
  plan: 'plan',
  volume: 'volume',
  passRate: 'passRate',
  photoSizeMB: 'photoSize',
  retentionDays: 'retention',
  peakHourShare: 'peakShare',
};

/** Allowed ranges worded in an engine `out-of-range` message (the engine enforces them). */
const RANGES: Readonly<Record<LineField, readonly [string, string]>> = {
  volume: ['0', '10^18'],
  passRate: ['0', '100'],
  photoSize: ['0.001', '1024'],
  retention: ['0', '36500'],
  peakShare: ['0', '100'],
};

/** Parses a line field as typed: volumes like `1.2万`, percentages like `95%`, sizes like `0.1 MB`, days. */
export function parseLineField(field: LineField, text: string): ParseResult {
  switch (field) {
    case 'volume':
    case 'retention':
      return parseVolume(text);
    case 'passRate':
      return parseDecimalInput(text, { percent: true, maxPlaces: 4 });
    case 'photoSize':
      return parseDecimalInput(text, { unit: ['MB', 'M'], maxPlaces: 6 });
    case 'peakShare':
      return text.trim() === '' ? { ok: true, value: '' } : parseDecimalInput(text, { percent: true, maxPlaces: 4 });
  }
}

/**
 * Where an engine InputError belongs: `lines[2].passRate` → line 2, field passRate; `volume` (a single-line
 * scenario) → line null. Undefined when the error is about no line field.
 */
export function locateEngineError(path: string): { line: number | null; field: LineField | 'plan' } | undefined {
  const match = /^(?:lines\[(\d+)\]\.)?(\w+)$/.exec(path);
  const field = match ? ENGINE_FIELDS[match[2] ?? ''] : undefined;
  if (!match || !field) return undefined;
  return { line: match[1] === undefined ? null : Number(match[1]), field };
}

/** The message shown next to a field for its error. */
export function fieldErrorText(t: Translation, field: LineField | 'plan', error: FieldError | undefined): string | null {
  if (!error) return null;
  if (error.code === 'out-of-range' && error.source === 'engine' && field !== 'plan') return t.range(RANGES[field][0], RANGES[field][1]);
  return t.errors[error.code as FieldErrorCode] ?? t.errors.unknown;
}
