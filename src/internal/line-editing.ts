/**
 * Editing the lines of <idv-estimate> and <idv-compare>: a line's fields set from code, a visitor's typing,
 * and what a live region says for a line's first invalid field. Not API.
 */
import type { Translation } from '../i18n/translation.js';
import { textFromCode } from './coerce.js';
import { fieldErrorText, parseLineField } from './line-fields.js';
import type { FieldError, FieldErrors, FieldTexts, FieldValues, LineField } from './line-fields.js';

/** What an empty line starts with: the engine's defaults (R2 pass rate 100 %, R10 0.1 MB kept 30 days, no QPS check). */
export const FIELD_DEFAULTS: FieldTexts = { volume: '0', passRate: '100', photoSize: '0.1', retention: '30', peakShare: '' };

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
