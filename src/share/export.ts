/**
 * A quote handed over as plain text, Markdown or CSV, in the visitor's locale. Figures are the engine's,
 * formatted by src/i18n/format.ts exactly as on screen; the JSON download is the Quote itself.
 */
import { DEFAULT_RULES, ossEstimate, payable } from '../engine/index.js';
import type { Quote, Rules } from '../engine/index.js';
import { formatAverageCount, formatCount, formatMoney, formatPercent } from '../i18n/format.js';
import type { Locale } from '../i18n/format.js';
import type { ExportStrings } from '../i18n/sections/export.js';
import en from '../i18n/locales/en/export.js';
import zhCN from '../i18n/locales/zh-CN/export.js';

// The exports are synchronous functions, so both locales' (short) texts are imported here; the elements load the
// share module itself only when a visitor copies or downloads.
const stringsOf = (locale: Locale): ExportStrings => (locale === 'zh-CN' ? zhCN : en);

interface Row {
  readonly section: string;
  readonly item: string;
  /**
   * The units as a visitor reads them: whole counts as on screen (`300,000`, `365万`); a count derived from
   * another period (a month or a day of a yearly volume) is an average, written `≈ 14,167` (rounded half-up),
   * never `14,166.66`. The CSV's units column is this same text: there is no exact machine column for units.
   */
  readonly units: string;
  readonly amount: string;
  /** The same amount as a plain number at the fen ('2590000.00'), for spreadsheets. */
  readonly plain: string;
}

type Mode = 'payable' | 'estimate';
/** An amount as shown and as a plain number, rounded the same way (R8 for amounts to pay, R10 for storage). */
function money(amount: string, locale: Locale, mode: Mode = 'payable'): Pick<Row, 'amount' | 'plain'> {
  return { amount: formatMoney(amount, locale, mode), plain: mode === 'payable' ? payable(amount) : ossEstimate(amount) };
}

/**
 * Control characters (C0, C1, DEL), line and paragraph separators, and the bidi embeddings, overrides and
 * isolates: in page-supplied text they could start a new line that looks like ours or reorder the figures
 * after them, so the text and Markdown forms write a space instead (one per run).
 */
const CONTROLS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu;
const plainText = (text: string): string => text.replace(CONTROLS, ' ');

/**
 * Page-supplied text (plan and family names and the version from custom rules) for Markdown: controls as
 * above, then every ASCII punctuation character backslash-escaped. CommonMark reads any escaped ASCII
 * punctuation as itself, so no such text can open a link, an image, an autolink (`https\://`, `www\.`,
 * `a\@b`), HTML, code, emphasis, a heading or a table cell.
 */
const markdownText = (text: string): string => plainText(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** How page-supplied text is written into a row. */
type Escape = (text: string) => string;

/** The quote as rows: one model behind the text, Markdown and CSV forms so they never disagree. */
function rows(q: Quote, locale: Locale, rules: Rules, escape: Escape = (text) => text): Row[] {
  const s = stringsOf(locale);
  const name = (o: { zh: string; en: string }) => escape(locale === 'zh-CN' ? o.zh : o.en);
  const out: Row[] = [];
  for (const l of q.lines) {
    const section = s.line(name(rules.plans[l.plan].name), formatCount(l.input.volume, locale), l.input.period);
    for (const p of ['day', 'month', 'year'] as const) {
      // A period other than the one entered may be a fraction (170,000 a year is 14,166.66… a month): `≈ 14,167`.
      out.push({ section, item: s.item(s.postpaid, s.periods[p]), units: formatAverageCount(l.units[p], locale), ...money(l.postpaid[p], locale) });
    }
    if (l.storage) {
      out.push({ section, item: s.item(s.storage, s.storageMonthly), units: '', ...money(l.storage.monthlyFee, locale, 'estimate') });
      out.push({ section, item: s.item(s.storage, s.storageFirstYear), units: '', ...money(l.storage.firstYearFee, locale, 'estimate') });
    }
  }
  for (const f of q.families) {
    const section = s.bestMix(name(rules.families[f.family].name));
    for (const p of f.packLines) {
      out.push({
        section,
        item: p.trial ? s.trial : s.pack(formatCount(String(p.count), locale), formatCount(String(p.size), locale)),
        units: formatCount(String(BigInt(p.size) * BigInt(p.count)), locale),
        ...money(p.cost, locale),
      });
    }
    if (f.mix.overageUnits !== 0) {
      out.push({ section, item: s.overage(formatCount(String(f.mix.overageUnits), locale)), units: formatCount(String(f.mix.overageUnits), locale), ...money(f.mix.overageCost, locale) });
    }
    out.push({ section, item: s.total, units: formatCount(String(f.yearUnits), locale), ...money(f.mix.total, locale) });
    out.push({ section, item: `${s.savings} (${formatPercent(f.savingsPercent, locale)})`, units: '', ...money(f.mix.savings, locale) });
    const alt = f.alternative;
    if (alt) {
      // R5: the same total with less paid up front and no headroom; its amount is how much less up front.
      const parts = alt.packLines.map((p) => (p.trial ? s.trial : s.pack(formatCount(String(p.count), locale), formatCount(String(p.size), locale))));
      parts.push(s.payg(formatCount(String(alt.mix.overageUnits), locale)));
      out.push({ section, item: s.alternative(parts.join(' + ')), units: '', ...money(alt.upFrontLess, locale) });
    }
  }
  out.push({ section: s.grandTotal, item: s.postpaid, units: '', ...money(q.totals.postpaid.year, locale) });
  out.push({ section: s.grandTotal, item: s.withPacks, units: '', ...money(q.totals.bestYear, locale) });
  return out;
}

/** Plain text, one figure a line, for chat and e-mail. */
export function quoteToText(q: Quote, locale: Locale, link = '', rules: Rules = DEFAULT_RULES): string {
  const s = stringsOf(locale);
  const lines = [s.heading(plainText(q.rulesVersion))];
  let section = '';
  for (const r of rows(q, locale, rules, plainText)) {
    if (r.section !== section) lines.push('', (section = r.section));
    lines.push(`  ${r.item}${r.units ? ` (${r.units})` : ''}: ${r.amount}`);
  }
  lines.push('', s.note);
  if (link) lines.push(`${s.link}: ${plainText(link)}`);
  return lines.join('\n');
}

/** An http(s) URL with nothing that could end a CommonMark autolink early (blanks, `<`, `>`, controls). */
const AUTOLINK = /^https?:\/\/[^\s<>\p{Cc}\p{Cf}]+$/iu;

/**
 * A Markdown table, for docs, tickets and wikis. Our own words and figures hold no Markdown syntax; names
 * and the version from custom rules are escaped (see markdownText), and the link is an autolink only when it
 * is a plain http(s) URL, else escaped text.
 */
export function quoteToMarkdown(q: Quote, locale: Locale, link = '', rules: Rules = DEFAULT_RULES): string {
  const s = stringsOf(locale);
  const [, item, units, amount] = s.csvHeader;
  const out = [`**${s.heading(markdownText(q.rulesVersion))}**`, ''];
  let section = '';
  for (const r of rows(q, locale, rules, markdownText)) {
    if (r.section !== section) {
      out.push('', `### ${(section = r.section)}`, '', `| ${item} | ${units} | ${amount} |`, '|---|---:|---:|');
    }
    out.push(`| ${r.item} | ${r.units} | ${r.amount} |`);
  }
  out.push('', `_${s.note}_`);
  if (link) out.push('', `${s.link}: ${AUTOLINK.test(link) ? `<${link}>` : markdownText(link)}`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * Characters a spreadsheet may skip before it reads a cell as a formula: blanks of every kind (\s, which
 * includes no-break and ideographic spaces and line breaks), controls (NUL, tab, CR, C1), format characters
 * (zero-width space, U+2060, U+FEFF, soft hyphen, bidi marks) and blank-looking letters (Hangul fillers).
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
/** Combining marks that show nothing on their own: the grapheme joiner and the variation selectors. */
const isBlankMark = (code: number): boolean => code === 0x034f || (code >= 0xfe00 && code <= 0xfe0f);
/** Formula triggers: ASCII, full-width and small forms, and the minus sign. */
const TRIGGERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B', '\u2212']);

/**
 * Whether a cell needs a leading apostrophe: its first character is a trigger, or an invisible one (then
 * whatever follows: spreadsheets differ in what they skip, so none is trusted to skip nothing).
 */
function formulaLike(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  const c = String.fromCodePoint(first);
  return TRIGGERS.has(c) || INVISIBLE.test(c) || isBlankMark(first);
}

/**
 * RFC 4180 CSV with a header row: section, item, units and amount as on screen, then the amount as a plain
 * number at the fen (`CNY`, for sums). The units column is text as on screen (`300,000`, `365万`, and a
 * derived average as `≈ 14,167`); no column holds exact units.
 *
 * A cell that a spreadsheet could read as a formula gets a leading apostrophe, so a plan name from custom
 * rules can never run as one: a cell that starts with a formula trigger (`=`, `+`, `-`, `@`, their full-width
 * and small forms `＝＋－＠﹦﹢﹣﹫`, or `−`) or with any blank, control or invisible character (NUL, tab, CR,
 * LF, space, no-break space, U+200B, U+2060, U+FEFF, …). Our own cells never start so: amounts start with
 * `¥`, `CN¥` or a digit (money is never negative), units with a digit or `≈`, so the plain amount column
 * stays a number.
 */
export function quoteToCsv(q: Quote, locale: Locale, rules: Rules = DEFAULT_RULES): string {
  const s = stringsOf(locale);
  const cell = (text: string): string => {
    const safe = formulaLike(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const body = rows(q, locale, rules).map((r) => [r.section, r.item, r.units, r.amount, r.plain].map(cell).join(','));
  return [[...s.csvHeader, 'CNY'].map(cell).join(','), ...body].join('\r\n') + '\r\n';
}
