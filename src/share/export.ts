/**
 * A quote handed over as plain text, Markdown or CSV, in the visitor's locale. Figures are the engine's,
 * formatted by src/i18n/format.ts exactly as on screen; the JSON download is the Quote itself.
 */
import { DEFAULT_RULES, ossEstimate, payable } from '../engine/index.js';
import type { Quote, Rules } from '../engine/index.js';
import { formatCount, formatMoney, formatPercent } from '../i18n/format.js';
import type { Locale } from '../i18n/format.js';
import { pick } from '../i18n/section.js';
import { exportStrings } from '../i18n/sections/export.js';

interface Row {
  readonly section: string;
  readonly item: string;
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

/** The quote as rows: one model behind the text, Markdown and CSV forms so they never disagree. */
function rows(q: Quote, locale: Locale, rules: Rules): Row[] {
  const s = pick(exportStrings, locale);
  const name = (o: { zh: string; en: string }) => (locale === 'zh-CN' ? o.zh : o.en);
  const out: Row[] = [];
  for (const l of q.lines) {
    const section = s.line(name(rules.plans[l.plan].name), formatCount(l.input.volume, locale), l.input.period);
    for (const p of ['day', 'month', 'year'] as const) {
      out.push({ section, item: `${s.postpaid}, ${s.periods[p]}`, units: formatCount(l.units[p], locale), ...money(l.postpaid[p], locale) });
    }
    if (l.storage) {
      out.push({ section, item: `${s.storage}, ${s.storageMonthly}`, units: '', ...money(l.storage.monthlyFee, locale, 'estimate') });
      out.push({ section, item: `${s.storage}, ${s.storageFirstYear}`, units: '', ...money(l.storage.firstYearFee, locale, 'estimate') });
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
  }
  out.push({ section: s.grandTotal, item: s.postpaid, units: '', ...money(q.totals.postpaid.year, locale) });
  out.push({ section: s.grandTotal, item: s.withPacks, units: '', ...money(q.totals.bestYear, locale) });
  return out;
}

/** Plain text, one figure a line, for chat and e-mail. */
export function quoteToText(q: Quote, locale: Locale, link = '', rules: Rules = DEFAULT_RULES): string {
  const s = pick(exportStrings, locale);
  const lines = [s.heading(q.rulesVersion)];
  let section = '';
  for (const r of rows(q, locale, rules)) {
    if (r.section !== section) lines.push('', (section = r.section));
    lines.push(`  ${r.item}${r.units ? ` (${r.units})` : ''}: ${r.amount}`);
  }
  lines.push('', s.note);
  if (link) lines.push(`${s.link}: ${link}`);
  return lines.join('\n');
}

/** Markdown cells cannot hold a pipe or a newline. */
const md = (text: string): string => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** A Markdown table, for docs, tickets and wikis. */
export function quoteToMarkdown(q: Quote, locale: Locale, link = '', rules: Rules = DEFAULT_RULES): string {
  const s = pick(exportStrings, locale);
  const [, item, units, amount] = s.csvHeader;
  const out = [`**${md(s.heading(q.rulesVersion))}**`, ''];
  let section = '';
  for (const r of rows(q, locale, rules)) {
    if (r.section !== section) {
      out.push('', `### ${md((section = r.section))}`, '', `| ${item} | ${units} | ${amount} |`, '|---|---:|---:|');
    }
    out.push(`| ${md(r.item)} | ${md(r.units)} | ${md(r.amount)} |`);
  }
  out.push('', `_${md(s.note)}_`);
  if (link) out.push('', `${s.link}: <${link}>`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * RFC 4180 CSV with a header row. A cell that a spreadsheet would read as a formula (=, +, -, @) gets a
 * leading apostrophe, so a plan name from custom rules can never run as one.
 */
export function quoteToCsv(q: Quote, locale: Locale, rules: Rules = DEFAULT_RULES): string {
  const s = pick(exportStrings, locale);
  const cell = (text: string): string => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const body = rows(q, locale, rules).map((r) => [r.section, r.item, r.units, r.amount, r.plain].map(cell).join(','));
  return [[...s.csvHeader, 'CNY'].map(cell).join(','), ...body].join('\r\n') + '\r\n';
}
