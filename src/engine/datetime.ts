/**
 * Dates and times for the lifecycle rules (R6–R9), as plain ISO strings and whole numbers: instants are
 * milliseconds since the epoch (UTC) and calendar days are whole days since 1970-01-01 in the billing time
 * zone (`rules.settlement.utcOffsetHours`, Beijing UTC+8). Only `Date.UTC` arithmetic: no clock, no local
 * time zone of the machine running the engine, no Intl.
 */
import { quoted } from './decimal.js';
import { InputError } from './errors.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/**
 * `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:mm` or `HH:mm:ss`, optionally followed by `Z` or
 * an offset `±HH:mm` (only after a time). Whole seconds only: order times are printed to the second.
 */
/**
 * Longest date text (after trimming) read: 64 characters. The longest valid form,
 * `2020-02-27T10:48:56+08:00`, has 25; longer text is refused before the pattern runs.
 */
export const MAX_DATE_LENGTH = 64;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An instant (epoch ms) from an ISO date or datetime; without an offset it is read in the billing time zone.
 * Linear in the text's length: trimmed, refused as `too-long` past MAX_DATE_LENGTH, then one anchored
 * pattern of fixed-width fields. Error messages quote at most 40 characters of the text.
 */
export function parseInstant(value: unknown, field: string, offsetHours: number): number {
  if (typeof value !== 'string') {
    throw new InputError(field, 'type', 'must be an ISO date or date and time string such as 2020-02-27 10:48:56.');
  }
  const s = value.trim();
  if (s === '') throw new InputError(field, 'empty', 'is empty; give a date such as 2020-02-27.');
  if (s.length > MAX_DATE_LENGTH) {
    throw new InputError(field, 'too-long', `is ${s.length} characters long; a date has at most ${MAX_DATE_LENGTH} (2020-02-27 10:48:56 has 19).`);
  }
  const m = ISO_RE.exec(s);
  if (!m) throw new InputError(field, 'invalid-date', `${quoted(s)} is not a date such as 2020-02-27 or 2020-02-27 10:48:56.`);
  const [, ys, mos, ds, hs = '0', mis = '0', ss = '0', zone] = m;
  const [y, mo, d, h, mi, sec] = [ys, mos, ds, hs, mis, ss].map(Number) as [number, number, number, number, number, number];
  if (y < MIN_YEAR || y > MAX_YEAR) throw new InputError(field, 'out-of-range', `the year must be from ${MIN_YEAR} to ${MAX_YEAR}.`);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) {
    throw new InputError(field, 'invalid-date', `${quoted(s)} is not a date on the calendar.`);
  }
  let offsetMinutes = offsetHours * 60;
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone) {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) throw new InputError(field, 'invalid-date', `"${zone}" is not a time zone offset.`);
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, h, mi, sec) - offsetMinutes * 60_000;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, month: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The calendar day (days since 1970-01-01) an instant falls on in the billing time zone. */
export function localDay(ms: number, offsetHours: number): number {
  return Math.floor((ms + offsetHours * HOUR_MS) / DAY_MS);
}

/** The instant a calendar day starts (00:00 in the billing time zone). */
export function dayStart(day: number, offsetHours: number): number {
  return day * DAY_MS - offsetHours * HOUR_MS;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a calendar day (a year past 9999, reached only by adding a year to 9999, prints 5 digits). */
export function isoDate(day: number): string {
  const [y, m, d] = ymd(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The calendar day of `YYYY-MM-DD` parts (month 1–12; overflowing days roll into the next month). */
export function dayOf(y: number, month: number, d: number): number {
  return Date.UTC(y, month - 1, d) / DAY_MS;
}

/** Year, month (1–12) and day of a calendar day. */
export function ymd(day: number): [number, number, number] {
  const date = new Date(day * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** `+08:00` for 8; `-03:00` for −3. */
export function offsetText(offsetHours: number): string {
  const sign = offsetHours < 0 ? '-' : '+';
  return `${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

/** An instant as `YYYY-MM-DDTHH:mm:ss+08:00`, in the billing time zone. */
export function isoDateTime(ms: number, offsetHours: number): string {
  const local = ms + offsetHours * HOUR_MS;
  const day = Math.floor(local / DAY_MS);
  const seconds = Math.floor((local - day * DAY_MS) / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${isoDate(day)}T${time}${offsetText(offsetHours)}`;
}
