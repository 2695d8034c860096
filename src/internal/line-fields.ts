/**
 * The text fields of one priced line (volume and the plan's options) as <idv-estimate> and <idv-compare>
 * edit them: how each is parsed, which engine input it feeds, and what its error says. Not API.
 */
import type { InputErrorCode } from '../engine/index.js';
import { parseDecimalInput, parseVolume } from '../i18n/parse.js';
import type { ParseErrorCode, ParseResult } from '../i18n/parse.js';
import type { FieldErrorCode, Translation } from '../i18n/translation.js';
import { textFromCode } from './coerce.js';

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

/** What an empty line starts with: the engine's defaults (R2 pass rate 100 %, R10 0.1 MB kept 30 days, no QPS check). */
export const FIELD_DEFAULTS: FieldTexts = { volume: '0', passRate: '100', photoSize: '0.1', retention: '30', peakShare: '' };

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
 * A field as code gave it, as text (see textFromCode): numbers as their decimal text, null and undefined as
 * missing (the default), anything else as an empty field (a required one shows its message).
 */
export const textOf = textFromCode;

/** Texts (as given, defaults for what is missing) and their parsed values, for a line set from code. */
export function fieldsFrom(given: Partial<Record<LineField, unknown>>): {
  texts: FieldTexts;
  values: FieldValues;
  errors: FieldErrors;
} {
  const texts = { ...FIELD_DEFAULTS };
  const values: Record<LineField, string | null> = { ...FIELD_DEFAULTS };
  const errors: Partial<Record<LineField, FieldError>> = {};
  for (const field of Object.keys(FIELD_DEFAULTS) as LineField[]) {
    const text = textOf(given[field]);
    if (text === undefined) continue;
    texts[field] = text;
    const parsed = parseLineField(field, text);
    if (parsed.ok) values[field] = parsed.value;
    else {
      values[field] = null;
      errors[field] = { code: parsed.code, source: 'parse' };
    }
  }
  return { texts, values, errors };
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

/** A line's editable state, as <idv-estimate> rows and <idv-compare> columns keep it. */
export interface EditedLine {
  readonly texts: FieldTexts;
  readonly values: FieldValues;
  readonly errors: FieldErrors;
}

/**
 * The line after a visitor typed `text` into `field`: the text is kept as typed, a value that parses becomes
 * the field's value, and one that does not leaves the last valid value with a parse error beside it.
 */
export function withText<L extends EditedLine>(line: L, field: LineField, text: string): L {
  const parsed = parseLineField(field, text);
  const errors = { ...line.errors };
  delete errors[field];
  if (!parsed.ok) errors[field] = { code: parsed.code, source: 'parse' };
  return {
    ...line,
    texts: { ...line.texts, [field]: text },
    values: parsed.ok ? { ...line.values, [field]: parsed.value } : line.values,
    errors,
  };
}

/**
 * What a live region says for the first invalid field of a line (its plan first, then its fields in form
 * order), or null when the line is valid: "<line> · <field>: <message>", and, when the line has figures on
 * screen (`kept`), "Figures are still for the last valid input."
 */
export function lineErrorAnnouncement(
  t: Translation,
  line: { readonly name: string; readonly plan: string; readonly fields: readonly LineField[]; readonly retentionLabel: string },
  errorOf: (field: LineField | 'plan') => FieldError | undefined,
  kept: boolean,
): string | null {
  const labels: Record<LineField | 'plan', string> = {
    plan: t.plan,
    volume: t.volume,
    passRate: t.passRate,
    photoSize: t.photoSize,
    retention: line.retentionLabel,
    peakShare: t.peakShare,
  };
  for (const field of ['plan', ...line.fields] as const) {
    const error = errorOf(field);
    const message = field === 'plan' ? (error ? t.unknownPlan(line.plan) : null) : fieldErrorText(t, field, error);
    if (message) return t.announceError(`${line.name} · ${labels[field]}`, message, kept);
  }
  return null;
}
