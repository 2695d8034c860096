import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatCount } from '../../src/i18n/format.js';
import { parseDecimalInput, parseVolume } from '../../src/i18n/parse.js';
import type { DecimalInputOptions, ParseErrorCode, ParseResult } from '../../src/i18n/parse.js';

const MAX = 10n ** 18n;
const CODES: readonly ParseErrorCode[] = ['empty', 'not-a-number', 'negative', 'not-whole', 'grouping', 'too-large', 'too-precise', 'too-long'];

/** Writes an ASCII string in full-width forms (`12万` → `１２万`), the way a Chinese IME types it. */
const fullWidth = (s: string): string =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

/** `ok` result or error code, so a table reads `t('12000', '12,000')` and `t('grouping', '1,2')`. */
const outcome = (r: ParseResult): string => (r.ok ? r.value : r.code);

describe('parseVolume', () => {
  const t = (expected: string, input: string) =>
    it(`should read ${JSON.stringify(input)} as ${expected}`, () => {
      expect(outcome(parseVolume(input))).to.equal(expected);
    });

  describe('plain and grouped digits', () => {
    t('12000', '12000');
    t('12000', '12,000');
    t('12000', ' 12000 ');
    t('3000', ' 3000 ');
    t('3000', '\u30003000\u3000');
    t('12000', '１２０００');
    t('12000', '１２，０００');
    t('0', '0');
    t('0', '000');
    t('7', '007');
    t('5', '+5');
    t('5', '5.');
    t('5', '5.000');
    t('1234567', '1,234,567');
    t('12000', '12 000');
    t('12000', '12\u00a0000');
    t('12000', '12\u2009000');
    t('12000', '12\u202f000');
    t('1234567', '1 234 567');
    t('1000000000000000000', '1000000000000000000');
    t('1000000000000000000', '1,000,000,000,000,000,000');
    t('0', '-0');
  });

  describe('multipliers', () => {
    t('12000', '1.2万');
    t('50000', '5万');
    t('150000000', '1.5亿');
    t('12000', '12k');
    t('12000', '12K');
    t('3500000', '3.5m');
    t('3500000', '3.5M');
    t('50000', '5万次');
    t('50000', '5 万 次');
    t('50000', '5w');
    t('50000', '5W');
    t('3000', '3千');
    t('3000000', '3百万');
    t('30000000', '3千万');
    t('2000000000', '2b');
    t('2000000000', '2bn');
    t('2000000000', '2 BN');
    t('3000000000000', '3万亿');
    t('500', '0.5k');
    t('500', '.5k');
    t('12345', '1.2345万');
    t('12340000', '1,234万');
    t('12000', '１２ｋ');
    t('12000', '１．２万');
    t('12000', '12000次');
    t('1000000000000000000', '1000000万亿');
    t('1000000000000000000', '1000000000b');
  });

  describe('English words', () => {
    t('1200000', '1.2 million');
    t('1200000', '1.2million');
    t('1200000', '1.2 Million');
    t('1200000', '1.2 MILLION');
    t('3500000', '3.5 million 次');
    t('2000000000', '2 billion');
    t('2500000000', '2.5Billion');
    t('12000', '12 thousand');
    t('12500', '12.5 Thousand');
    t('1200000', '1,200 thousand');
    t('1200000', '１.２ ｍｉｌｌｉｏｎ');
    t('1000000000000000000', '1000000000 billion');
    t('too-large', '1000000001 billion');
    t('not-whole', '1.2345 thousand');
    t('not-a-number', '1.2 millions');
    t('not-a-number', 'million');
    t('not-a-number', '1.2 mil lion');
    t('not-a-number', '1.2 million million');
    t('negative', '-1 million');
    t('too-long', `1${' '.repeat(60)}million`);
  });

  describe('error codes', () => {
    t('empty', '');
    t('empty', '   ');
    t('empty', '\u3000');
    t('not-a-number', 'abc');
    t('not-a-number', '12abc');
    t('not-a-number', '1.2.3');
    t('not-a-number', '.');
    t('not-a-number', '万');
    t('not-a-number', 'k');
    t('not-a-number', '次');
    t('not-a-number', '万次');
    t('not-a-number', '5万万');
    t('not-a-number', '5次万');
    t('not-a-number', '1e5');
    t('not-a-number', '0x10');
    t('not-a-number', '--5');
    t('not-a-number', '+-5');
    t('not-a-number', '- 5');
    t('not-a-number', 'NaN');
    t('not-a-number', 'Infinity');
    t('not-a-number', '-Infinity');
    t('not-a-number', '١٢٣');
    t('not-a-number', '1٢3');
    t('not-a-number', '一万');
    t('not-a-number', '👍');
    t('not-a-number', '5👍');
    t('not-a-number', "1'234");
    t('not-a-number', '1_234');
    t('not-a-number', '12\t000');
    t('not-a-number', '5%');
    t('negative', '-5');
    t('negative', '-5万');
    t('negative', '\u22125');
    t('negative', '－５');
    t('negative', '-1.5');
    t('not-whole', '1.5');
    t('not-whole', '1.23456万');
    t('not-whole', '0.0001k');
    t('grouping', '1,2');
    t('grouping', '12,34');
    t('grouping', '1,2345,6789');
    t('grouping', '1234,567');
    t('grouping', '1,234,56');
    t('grouping', '1,,234');
    t('grouping', '1,234,');
    t('grouping', '1,234 567');
    t('grouping', '12  000');
    t('grouping', '1 2');
    t('grouping', '1,234.5,6');
    t('grouping', '1.234,5');
    t('too-large', '1000000000000000001');
    t('too-large', '1000000000000000000.5');
    t('too-large', '1000001万亿');
    t('too-large', '99999999999999999999999999999999');
    t('too-large', '1' + '0'.repeat(63));
    t('too-long', '1' + '0'.repeat(64));
    t('too-long', '1' + '0'.repeat(10000));
    t('too-long', '1' + ' '.repeat(100000) + 'z');
    t('too-long', '1' + '\u3000'.repeat(64) + '万');
    t('too-long', 'too-long'.repeat(9));
    t('not-a-number', 'too-long');
    // Blanks around the text do not count towards the 64 characters; blanks inside it do.
    t('12000', ' '.repeat(1000) + '12000' + '\u3000'.repeat(1000));
    t('5000', '5 ' + ' '.repeat(60) + '千');
    t('not-a-number', '1' + ' '.repeat(60) + 'z');
    // Suffixes are taken off with any blank before them, longest first.
    t('50000', '5\u00a0万\u2003次');
    t('5000000000000', '5 万亿');
    t('5000000000', '5 bn');
    t('not-a-number', '5 万 万');
  });

  it('should give no leading zeros and no fraction on success', () => {
    for (const input of ['0007', '0.5k', '012', '1.50万', '0,012']) {
      const r = parseVolume(input);
      expect(r.ok && /^(0|[1-9]\d*)$/.test(r.value), input).to.equal(true);
    }
  });

  describe('properties', () => {
    /** Counts that reach every zh-CN form: plain, 万, 亿, 万亿, and the 10^18 ceiling. */
    const countArb = fc.oneof(
      fc.bigInt({ min: 0n, max: MAX }),
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 16 }))
        .map(([m, e]) => m * 10n ** BigInt(e))
        .filter((n) => n <= MAX),
      fc.constantFrom(0n, 1n, 9999n, 10000n, 10n ** 8n, 10n ** 12n, MAX),
    );

    it('should read back every count formatCount writes, in both locales', () => {
      fc.assert(
        fc.property(countArb, (n) => {
          for (const locale of ['en', 'zh-CN'] as const) {
            const shown = formatCount(n.toString(), locale);
            expect(parseVolume(shown), `${locale} ${shown}`).to.deep.equal({ ok: true, value: n.toString() });
          }
        }),
      );
    });

    const suffixes: readonly (readonly [string, number])[] = [
      ['k', 3], ['千', 3], ['w', 4], ['万', 4], ['m', 6], ['百万', 6], ['千万', 7], ['亿', 8], ['b', 9], ['bn', 9], ['万亿', 12],
      ['thousand', 3], ['million', 6], ['billion', 9],
    ];
    const space = fc.constantFrom('', ' ', '  ', '\u3000', '\u00a0', '\t');

    it('should read m × 10^e written with any multiplier, point, spacing, case and width', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 9n }),
          fc.constantFrom(...suffixes),
          fc.integer({ min: 0, max: 12 }),
          fc.record({ before: space, inner: fc.constantFrom('', ' ', '\u3000'), after: space }),
          fc.boolean(),
          fc.boolean(),
          fc.boolean(),
          (digits, [suffix, power], pointAt, sp, upper, wide, times) => {
            // The typed mantissa is digits / 10^p with p ≤ power, so the oracle value digits × 10^(power − p) is whole.
            const p = Math.min(pointAt, power);
            const padded = digits.toString().padStart(p + 1, '0');
            const mantissa = p === 0 ? padded : `${padded.slice(0, -p)}.${padded.slice(-p)}`;
            const expected = digits * 10n ** BigInt(power - p);
            let written = `${mantissa}${sp.inner}${upper ? suffix.toUpperCase() : suffix}${times ? '次' : ''}`;
            if (wide) written = fullWidth(written);
            const r = parseVolume(`${sp.before}${written}${sp.after}`);
            expect(r).to.deep.equal(expected > MAX ? { ok: false, code: 'too-large' } : { ok: true, value: expected.toString() });
          },
        ),
      );
    });

    it('should never throw and always give a canonical count or a known code', () => {
      const junk = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.string({ unit: fc.constantFrom(...'0123456789,. -+万亿k次%eE'), maxLength: 25 }),
      );
      fc.assert(
        fc.property(junk, (text) => {
          const r = parseVolume(text);
          if (r.ok) {
            expect(r.value).to.match(/^(0|[1-9]\d*)$/);
            expect(BigInt(r.value) <= MAX).to.equal(true);
          } else {
            expect(CODES).to.include(r.code);
          }
        }),
      );
    });
  });
});

describe('parseDecimalInput', () => {
  const t = (expected: string, input: string, options: DecimalInputOptions = {}) =>
    it(`should read ${JSON.stringify(input)} ${JSON.stringify(options)} as ${expected}`, () => {
      expect(outcome(parseDecimalInput(input, options))).to.equal(expected);
    });
  const pct = { percent: true };
  const mb = { unit: ['MB'] };

  describe('accepted forms', () => {
    t('95', '95', pct);
    t('95', '95%', pct);
    t('95', '95 %', pct);
    t('95', '９５％', pct);
    t('99.5', '99.5', pct);
    t('99.5', '99.50%', pct);
    t('0.1', '0.1');
    t('0.5', '.5');
    t('0.5', '0.500000');
    t('5', '5.');
    t('5', '005');
    t('0', '0.000');
    t('0', '-0');
    t('0.1', '0.1MB', mb);
    t('0.1', '0.1 mb', mb);
    t('0.1', '０．１ＭＢ', mb);
    t('0.1', ' 0.1 ', mb);
    t('1234.5', '1,234.5');
    t('1234.5', '１，２３４．５');
    t('0.123456', '0.123456');
    t('0.12345678', '0.12345678', { maxPlaces: 8 });
    t('1', '1.0000000000');
    t('1000000000000000000', '1000000000000000000');
    t('2', '2MB', { unit: ['M', 'MB'] });
  });

  describe('error codes', () => {
    t('empty', '');
    t('empty', ' \u3000 ');
    t('not-a-number', '%', pct);
    t('not-a-number', 'MB', mb);
    t('not-a-number', '95%');
    t('not-a-number', '0.1MB');
    t('not-a-number', '0.1 GB', mb);
    t('not-a-number', '95%%', pct);
    t('not-a-number', '1.2.3');
    t('not-a-number', '1e5');
    t('not-a-number', '0x10');
    t('not-a-number', '--5');
    t('not-a-number', 'NaN');
    t('not-a-number', 'Infinity');
    t('not-a-number', '١٢٣');
    t('not-a-number', '5万');
    t('not-a-number', '5k');
    t('not-a-number', '🙂');
    t('negative', '-5', pct);
    t('negative', '-0.1');
    t('grouping', '1,2');
    t('grouping', '0,5');
    t('grouping', '12,34.5');
    t('too-large', '1000000000000000000.1');
    t('too-large', '1' + '0'.repeat(30));
    t('too-long', '0.' + '0'.repeat(70) + '1');
    t('too-long', '1' + '\u2009'.repeat(100000) + '%', pct);
    t('too-long', '1' + '\u00a0'.repeat(100000) + 'MB', mb);
    t('0.1', '0.1' + '\u202f'.repeat(40) + 'MB', mb);
    t('too-precise', '0.1234567');
    t('too-precise', '0.123', { maxPlaces: 2 });
    t('too-precise', '1.5', { maxPlaces: 0 });
  });

  describe('properties', () => {
    it('should read back any canonical decimal, with or without its % and in full width', () => {
      const canonical = fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
        .map(([n, places]) => {
          const padded = n.toString().padStart(places + 1, '0');
          const frac = padded.slice(padded.length - places).replace(/0+$/, '');
          const int = padded.slice(0, padded.length - places);
          return frac ? `${int}.${frac}` : int;
        });
      fc.assert(
        fc.property(canonical, fc.boolean(), fc.boolean(), (value, withSign, wide) => {
          const typed = `${value}${withSign ? '%' : ''}`;
          expect(parseDecimalInput(wide ? fullWidth(typed) : typed, pct)).to.deep.equal({ ok: true, value });
        }),
      );
    });
  });
});
