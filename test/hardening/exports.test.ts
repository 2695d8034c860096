/**
 * Page-supplied text in the exports (plan and family names and the version from custom rules, the link):
 * - CSV: no cell may start with a formula trigger, nor with a blank or invisible character a spreadsheet
 *   might skip before finding one, unless it is defused by a leading apostrophe; amounts stay numbers.
 * - Markdown: no such text may become a link, an image, an autolink, HTML, code, emphasis or a table break.
 * - Text: no control character may start a line of its own or reorder the figures after it.
 * One probe per class: every trigger × every lead, every metacharacter in every page-supplied field.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_RULES, loadRules, quote } from '../../src/engine/index.js';
import type { Quote, Rules } from '../../src/engine/index.js';
import type { Locale } from '../../src/i18n/format.js';
import { quoteToCsv, quoteToMarkdown, quoteToText } from '../../src/share/export.js';
import { readCsv } from '../helpers/csv.js';

const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '\u2212'];
/** Leads a spreadsheet may skip: nothing, controls, every blank, zero-width and format characters. */
const LEADS = [
  '', '\u0000', '\t', '\r', '\n', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', ' ', '  ', '\u00a0', '\u1680',
  '\u2000', '\u2003', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u2066', '\u180e', '\u3164',
  '\u0000 \u200b\u00a0',
];

/** Custom rules whose page-supplied texts (plan names, family names, version) are all `text`. */
function rulesNaming(text: string): Rules {
  const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
  for (const plan of Object.values(data.plans) as { name: { en: string; zh: string } }[]) plan.name = { en: text, zh: text };
  for (const family of Object.values(data.families) as { name: { en: string; zh: string } }[]) family.name = { en: text, zh: text };
  data.version = text.trim() === '' ? `x${text}` : text;
  return loadRules(data);
}

/** A quote that writes every kind of row: storage, packs, a trial, overage, several families. */
function quoteFor(rules: Rules): Quote {
  return quote(
    {
      lines: [
        { plan: 'app', volume: 123457, period: 'month' },
        { plan: 'liveness-detect', volume: 1000, period: 'day' },
        { plan: 'face-compare', volume: 5, period: 'day' },
      ],
      firstPurchase: true,
    },
    rules,
  );
}

const isTrigger = (c: string): boolean => TRIGGERS.includes(c);
const isInvisible = (c: string): boolean => /[\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/u.test(c);
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

describe('exports defuse page-supplied text', () => {
  describe('CSV: formula triggers behind every blank or invisible lead', () => {
    for (const lead of LEADS) {
      it(`should defuse every trigger after ${JSON.stringify(lead)}`, () => {
        for (const trigger of TRIGGERS) {
          const rules = rulesNaming(`${lead}${trigger}HYPERLINK("http://x.example","click")`);
          const q = quoteFor(rules);
          for (const locale of LOCALES) {
            const rows = readCsv(quoteToCsv(q, locale, rules));
            for (const row of rows) {
              expect(row).to.have.length(5);
              for (const cell of row) {
                const first = String.fromCodePoint(cell.codePointAt(0) ?? 0x41);
                expect(isTrigger(first) || isInvisible(first), `${JSON.stringify(cell.slice(0, 20))} (lead ${JSON.stringify(lead)}, trigger ${trigger})`).to.equal(false);
              }
            }
            // Plan sections start with the name: each is the name behind an apostrophe, otherwise unchanged.
            const named = rows.filter((r) => r[0]!.replace(/^'/, '').startsWith(`${lead}${trigger}HYPERLINK`));
            expect(named.length).to.be.above(0);
            for (const r of named) expect(r[0]!.startsWith(`'${lead}${trigger}`), JSON.stringify(r[0]!.slice(0, 20))).to.equal(true);
            // Amounts stay plain numbers.
            for (const r of rows.slice(1)) expect(r[4]).to.match(/^\d+\.\d{2}$/);
          }
        }
      });
    }

    it('should defuse a cell that starts with an invisible character even with no trigger after it', () => {
      for (const lead of LEADS.filter((l) => l !== '')) {
        const rules = rulesNaming(`${lead}Plan`);
        const rows = readCsv(quoteToCsv(quoteFor(rules), 'en', rules));
        const named = rows.filter((x) => x[0]!.replace(/^'/, '').startsWith(`${lead}Plan`));
        expect(named.length).to.be.above(0);
        for (const r of named) expect(r[0]!.startsWith(`'${lead}Plan`), JSON.stringify(lead)).to.equal(true);
      }
    });

    it('should leave the bundled rules’ cells as they were: no apostrophe, numbers as numbers', () => {
      const csv = quoteToCsv(quoteFor(DEFAULT_RULES), 'en');
      expect(csv).to.not.contain("'");
    });
  });

  describe('Markdown: metacharacters in every page-supplied field', () => {
    const PROBES = [
      '[x](javascript:alert(1))',
      '![i](http://e.example/x.png)',
      '[ref]: http://e.example',
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<http://e.example>',
      'https://e.example/path',
      'www.e.example',
      'someone@e.example',
      '`code`',
      '``double``',
      '*em* **strong** _em_ __strong__ ~~del~~',
      'a | b | c',
      '\\| escaped pipe',
      'back\\slash\\',
      '# heading',
      '&lt;b&gt; &#106;avascript',
      'line\nbreak | x | y |',
      'cr\r\n| --- |',
      '\u2028sep',
      '{curly} $math$ ^sup^ =eq=',
    ];

    /** Every ASCII punctuation character of `text` is preceded by a backslash in `md`: so none can act. */
    function escapedIn(md: string, text: string): boolean {
      const flat = text.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu, ' ');
      return md.includes(flat.replace(/[!-/:-@[-`{-~]/g, '\\$&'));
    }

    /** Pipes that are not escaped by a backslash (an odd run of backslashes before one escapes it). */
    const barePipes = (line: string): number => {
      let count = 0;
      for (let i = 0; i < line.length; i++) {
        if (line[i] !== '|') continue;
        let slashes = 0;
        for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
        if (slashes % 2 === 0) count++;
      }
      return count;
    };

    for (const probe of PROBES) {
      it(`should escape ${JSON.stringify(probe)} in plan names, family names and the version`, () => {
        const rules = rulesNaming(probe);
        const q = quoteFor(rules);
        for (const locale of LOCALES) {
          const md = quoteToMarkdown(q, locale, '', rules);
          expect(escapedIn(md, probe), md.slice(0, 400)).to.equal(true);
          // No raw link, image, autolink or tag opener survives from the probe.
          expect(md).to.not.match(/(^|[^\\])\]\(|(^|[^\\])!\[|(^|[^\\])<[a-z/!?]|(^|[^\\])<https?:/i);
          for (const line of md.split('\n')) {
            // Table rows keep exactly four cell borders; no line is a heading or table the probe started.
            if (line.startsWith('|')) expect(barePipes(line), line).to.equal(4);
            expect(line).to.not.match(/^\s*(\| --- \||#(?!## )|[-*+] |>)/);
          }
        }
      });
    }

    it('should write the link as an autolink only when it is a plain http(s) URL', () => {
      const q = quoteFor(DEFAULT_RULES);
      expect(quoteToMarkdown(q, 'en', 'https://e.example/?idv=v1;app:1/day')).to.contain('<https://e.example/?idv=v1;app:1/day>');
      for (const link of ['javascript:alert(1)', 'https://e.example/> [x](javascript:alert(1))', 'img src=x onerror=alert(1)', 'data:text/html,<b>x</b>']) {
        const md = quoteToMarkdown(q, 'en', link);
        expect(md, link).to.not.contain(`<${link}`);
        expect(escapedIn(md, link), link).to.equal(true);
      }
    });
  });

  describe('Text: control characters in page-supplied text', () => {
    it('should keep every page-supplied text on its own line and drop bidi overrides', () => {
      const plain = quoteToText(quoteFor(rulesNaming('Name')), 'en', 'https://e.example', rulesNaming('Name'));
      for (const bad of ['Na\nme', 'Na\r\nme', 'Na\u0000me', 'Na\u2028me', 'Na\u0085me', 'Na\u202eme', 'Na\u2066me', 'Na\tme', 'Na\u001bme']) {
        const rules = rulesNaming(bad);
        const text = quoteToText(quoteFor(rules), 'en', `https://e.example/${bad}`, rules);
        expect(text.split('\n').length, JSON.stringify(bad)).to.equal(plain.split('\n').length);
        // Nothing but our own line feeds: no other control, separator or bidi character.
        expect(text.replace(/\n/g, ''), JSON.stringify(bad)).to.not.match(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u);
      }
    });
  });
});
