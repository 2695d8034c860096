/**
 * Showing the engine's ISO dates and times (`2021-02-28`, `2021-02-28T00:00:00+08:00`) in zh-CN or en.
 *
 * The engine gives dates and times as wall-clock values in the billing time zone (Beijing) with the offset
 * written out; they are shown as written, whatever the visitor's own time zone: a pack expires at midnight
 * Beijing time, and that is what the widget says (with "Beijing time" next to it). So the parts are read off
 * the string and handed to Intl as a UTC date formatted in UTC: no time-zone conversion happens anywhere.
 */
import type { Locale } from './format.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

const ISO_RE = /^(\d{4,5})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** The wall-clock instant an ISO string spells, as a UTC Date (null when it is not ISO). */
function wallClock(iso: string): Date | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar date: `Feb 27, 2020` / `2020年2月27日`; with `weekday`, `Thu, Feb 27, 2020` / `2020年2月27日周四`;
 * `short` leaves out the year: `Feb 27` / `2月27日`. Text that is not an ISO date is returned as is.
 */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'short' | 'weekday' = 'long'): string {
  const date = wallClock(iso);
  if (!date) return iso;
  return formatter(locale, {
    ...(style === 'short' ? {} : { year: 'numeric' }),
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    ...(style === 'weekday' ? { weekday: 'short' } : {}),
  }).format(date);
}

/** A date and time, 24-hour: `Feb 28, 2021, 00:00` / `2021年2月28日 00:00`; seconds when they are not zero. */
export function formatDateTime(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const date = wallClock(iso);
  if (!date) return iso;
  return `${formatDate(iso, locale, style)}${locale === 'en' ? ', ' : ' '}${formatTime(iso)}`;
}

/** The time of day of an ISO date and time: `10:00`, or `10:48:56` when the seconds are not zero. */
export function formatTime(iso: string): string {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  if (!m) return '';
  return m[3] && m[3] !== '00' ? `${m[1]}:${m[2]}:${m[3]}` : `${m[1]}:${m[2]}`;
}

/** A month and year: `January 2020` / `2020年1月`. */
export function formatMonth(year: number, month: number, locale: Locale): string {
  return formatter(locale, { year: 'numeric', month: 'long' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Month names, January first: `January` / `一月`. */
export function monthNames(locale: Locale): string[] {
  const f = formatter(locale, { month: 'long' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2021, i, 1))));
}

/** Weekday names, Monday first: `Mon` / `周一` (`short`), or `Monday` / `星期一` (`long`). */
export function weekdayNames(locale: Locale, style: 'short' | 'long' = 'short'): string[] {
  const f = formatter(locale, { weekday: style });
  // 2021-03-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2021, 2, 1 + i))));
}
