import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_RULES, loadRules, quote } from '../../src/engine/index.js';
import { quoteToCsv, quoteToMarkdown, quoteToText } from '../../src/share/export.js';
import { readCsv } from '../helpers/csv.js';

const doc = quote({ plan: 'app', volume: 10000, period: 'day' });

describe('quote export (copy and download)', () => {
  it('should write the figures on screen as plain text in Chinese', () => {
    const text = quoteToText(doc, 'zh-CN', 'https://example.com/?idv=v1;app:10000/day');
    expect(text).to.contain('金融级实人认证报价（定价文档 20210112）');
    expect(text).to.contain('APP 认证方案：每天 1万 次认证');
    expect(text).to.contain('按量付费，每年 (365万): ¥3,650,000.00');
    expect(text).to.contain('2 个 150万 次流量包 (300万): ¥2,100,000.00');
    expect(text).to.contain('OSS 照片存储（由 OSS 收费，估算），每月: ¥3.52');
    expect(text).to.contain('合计 (365万): ¥2,590,000.00');
    expect(text).to.contain('场景: https://example.com/?idv=v1;app:10000/day');
  });

  it('should write a Markdown table in English', () => {
    const mdText = quoteToMarkdown(doc, 'en');
    expect(mdText).to.contain('### App SDK: 10,000 verifications a day');
    expect(mdText).to.contain('| item | units | amount (CNY) |');
    expect(mdText).to.contain('| Pay as you go, a month | 300,000 | CN¥300,000.00 |');
    expect(mdText).to.contain('| Savings (29.04%) |  | CN¥1,060,000.00 |');
  });

  it('should write CSV whose every row has five cells and whose plain amounts sum like the screen', () => {
    const rows = readCsv(quoteToCsv(doc, 'en'));
    expect(rows[0]).to.deep.equal(['section', 'item', 'units', 'amount (CNY)', 'CNY']);
    for (const r of rows) expect(r).to.have.length(5);
    const packs = rows.filter((r) => r[1]!.includes('-unit pack')).map((r) => r[4]!);
    // R5 ties: the 50,000 pack has no discount, so the last 50,000 units are paid as they go (same total, less up front).
    expect(packs).to.deep.equal(['90000.00', '350000.00', '2100000.00']);
    expect(rows.find((r) => r[1] === 'Total')![4]).to.equal('2590000.00');
  });

  describe('derived counts (a month or a day of a yearly volume)', () => {
    // 170,000 a year is 14,166.66… a month and 465.75… a day: averages, shown whole as `≈ 14,167`.
    const yearly = quote({ plan: 'app', volume: 170_000, period: 'year' });
    const FRACTION = /\d\.\d/;

    it('should write them as `≈ 14,167` in text, Markdown and CSV, and whole counts as they are', () => {
      expect(yearly.lines[0]!.units.month).to.match(/^14166\.6+/);
      const text = quoteToText(yearly, 'en');
      expect(text).to.contain('Pay as you go, a month (≈ 14,167): ');
      expect(text).to.contain('Pay as you go, a day (≈ 466): ');
      expect(text).to.contain('Pay as you go, a year (170,000): ');
      const mdText = quoteToMarkdown(yearly, 'en');
      expect(mdText).to.match(/\| Pay as you go, a month \| ≈ 14,167 \| CN¥[\d,]+\.\d{2} \|/);
      expect(mdText).to.contain('| Pay as you go, a year | 170,000 |');
      const rows = readCsv(quoteToCsv(yearly, 'en'));
      const units = (item: string): string => rows.find((r) => r[1] === item)![2]!;
      expect(units('Pay as you go, a month')).to.equal('≈ 14,167');
      expect(units('Pay as you go, a day')).to.equal('≈ 466');
      expect(units('Pay as you go, a year')).to.equal('170,000');
      // The plain amount column is unchanged: the engine's amount at the fen.
      expect(rows.find((r) => r[1] === 'Pay as you go, a month')![4]).to.match(/^\d+\.\d{2}$/);
    });

    it('should never show a count with a fraction, in either locale', () => {
      for (const locale of ['en', 'zh-CN'] as const) {
        const unitsShown = [
          ...quoteToText(yearly, locale)
            .split('\n')
            .flatMap((l) => /\(([^)]*)\):/.exec(l)?.slice(1) ?? [])
            // Not the savings' percentage: `Savings (5.88%)` is a share, not a count.
            .filter((u) => !u.endsWith('%')),
          ...readCsv(quoteToCsv(yearly, locale)).slice(1).map((r) => r[2]!),
          ...quoteToMarkdown(yearly, locale)
            .split('\n')
            .filter((l) => l.startsWith('| ') && !l.startsWith('|---'))
            .map((l) => l.split(' | ')[1]!),
        ];
        expect(unitsShown.filter((u) => FRACTION.test(u)), locale).to.deep.equal([]);
      }
      expect(quoteToText(yearly, 'zh-CN')).to.contain('按量付费，每月 (≈ 14,167): ');
      expect(readCsv(quoteToCsv(yearly, 'zh-CN')).find((r) => r[1] === '按量付费，每天')![2]).to.equal('≈ 466');
    });
  });

  describe('the equal-cost alternative (same total, less up front, no headroom)', () => {
    // Liveness 170,000 a year: one 200,000 pack (¥29,120), or one 100,000 pack (¥16,380) + 70,000 units
    // pay-as-you-go (¥12,740) for the same total.
    const alt = quote({ plan: 'liveness-verify', volume: 170_000, period: 'year' });

    it('should say it in one line in English: what it is, how much less up front, no headroom', () => {
      const line = 'Less paid up front with 1 × 100,000-unit pack + 70,000 units pay-as-you-go instead (same total, no headroom)';
      const text = quoteToText(alt, 'en');
      const found = text.split('\n').filter((l) => l.includes('Less paid up front'));
      expect(found).to.have.length(1);
      expect(found[0]!.trim()).to.match(new RegExp(`^${line.replace(/[()+]/g, '\\$&')}: \\D*12,740\\.00$`));
      expect(text).to.not.match(/[\u4e00-\u9fff]|R5/);
      expect(quoteToMarkdown(alt, 'en')).to.contain(`| ${line} |  |`);
      const row = readCsv(quoteToCsv(alt, 'en')).find((r) => r[1] === line);
      expect(row![4]).to.equal('12740.00');
      expect(row![0]).to.equal('Best pack mix for a year: Liveness verification packs');
    });

    it('should say it in one line in Chinese', () => {
      const line = '改买 1 个 10万 次流量包 + 7万 次按量付费（合计相同，无余量）可少预付';
      const text = quoteToText(alt, 'zh-CN');
      expect(text.split('\n').filter((l) => l.includes('可少预付'))).to.deep.equal([`  ${line}: ¥12,740.00`]);
      expect(quoteToMarkdown(alt, 'zh-CN')).to.contain(`| ${line} |  | ¥12,740.00 |`);
      expect(readCsv(quoteToCsv(alt, 'zh-CN')).find((r) => r[1] === line)![4]).to.equal('12740.00');
    });

    it('should leave it out when there is none (the default scenario)', () => {
      expect(doc.families[0]!.alternative).to.equal(null);
      for (const locale of ['en', 'zh-CN'] as const) {
        expect(quoteToText(doc, locale)).to.not.match(/Less paid up front|可少预付/);
        expect(quoteToCsv(doc, locale)).to.not.match(/Less paid up front|可少预付/);
      }
    });
  });

  it('should truncate amounts to pay and round the storage estimate, as on screen', () => {
    const fc1 = quote({ plan: 'face-compare', volume: 1, period: 'day' });
    const rows = readCsv(quoteToCsv(fc1, 'en'));
    expect(rows.find((r) => r[1] === 'Pay as you go, a day')![4]).to.equal('0.00');
    expect(rows.find((r) => r[1] === 'Pay as you go, a month')![4]).to.equal('0.18');
    const storage = readCsv(quoteToCsv(doc, 'en')).find((r) => r[1]!.endsWith('a month') && r[1]!.startsWith('OSS'));
    expect(storage![4]).to.equal('3.52');
  });

  it('should defuse spreadsheet formulas and Markdown pipes in plan names from custom rules', () => {
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    data.plans.app.name.en = '=HYPERLINK("http://x.example","click") | boom';
    const rules = loadRules(data);
    const q = quote({ plan: 'app', volume: 1 }, rules);
    const rows = readCsv(quoteToCsv(q, 'en', rules));
    expect(rows[1]![0]!.startsWith("'=HYPERLINK")).to.equal(true);
    const mdText = quoteToMarkdown(q, 'en', '', rules);
    expect(mdText).to.contain('\\| boom');
  });

  describe('properties', () => {
    it('should never write NaN, undefined or an exponent, and keep CSV rows rectangular', () => {
      const plan = fc.constantFrom(...(Object.keys(DEFAULT_RULES.plans) as (keyof typeof DEFAULT_RULES.plans)[]));
      fc.assert(
        fc.property(
          fc.array(fc.record({ plan, volume: fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String), period: fc.constantFrom('day', 'month', 'year' as const) }), {
            minLength: 1,
            maxLength: 4,
          }),
          fc.boolean(),
          fc.constantFrom('en', 'zh-CN' as const),
          (lines, firstPurchase, locale) => {
            const q = quote({ lines, firstPurchase });
            for (const text of [quoteToText(q, locale), quoteToMarkdown(q, locale), quoteToCsv(q, locale)]) {
              expect(text).to.not.match(/NaN|undefined|Infinity|\de[+-]\d/);
            }
            const rows = readCsv(quoteToCsv(q, locale));
            for (const r of rows) expect(r).to.have.length(5);
            for (const r of rows.slice(1)) expect(r[4]).to.match(/^\d+\.\d{2}$/);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
