import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  formatAverageCount,
  formatCount,
  formatDiscount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPrice,
} from '../../src/i18n/format.js';
import type { Locale } from '../../src/i18n/format.js';
import { inputError } from '../helpers/throws.js';

const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** The same expectation in both locales, where they agree. */
const both = (name: string, fn: (locale: Locale) => void) =>
  LOCALES.forEach((locale) => it(`${name} (${locale})`, () => fn(locale)));

/** An amount as zh-CN writes it (`¥1.50`), as `locale` writes it: en says CN¥, as Intl does for CNY in English. */
const inLocale = (zh: string, locale: Locale): string => (locale === 'en' ? zh.replace('¥', 'CN¥') : zh);

describe('formatMoney', () => {
  const t = (expected: string, amount: string, mode: 'payable' | 'estimate' = 'payable') =>
    both(`should show ${amount} ${mode} as ${expected} (CN¥ in en)`, (locale) => {
      expect(formatMoney(amount, locale, mode)).to.equal(inLocale(expected, locale));
    });
  t('¥1,234,567.89', '1234567.89');
  t('¥1,234,567.89', '1234567.899');
  t('¥1,234,567.90', '1234567.899', 'estimate');
  t('¥0.00', '0.006');
  t('¥0.01', '0.006', 'estimate');
  t('¥0.18', '0.18');
  t('¥0.99', '0.999');
  t('¥1.00', '0.999', 'estimate');
  t('¥3.51', '3.515625');
  t('¥3.52', '3.515625', 'estimate');
  t('¥2.00', '2.005');
  t('¥2.01', '2.005', 'estimate');
  t('¥2.00', '2.004999999999', 'estimate');
  t('¥120,000.00', '120000');
  t('¥0.00', '0');
  t('¥0.00', '-0.001');
  t('-¥1.50', '-1.5');
  t('¥1,000,000,000,000,000,000.00', '1000000000000000000.009');

  it('should default to payable (truncated to the fen)', () => {
    expect(formatMoney('29101.809', 'en')).to.equal('CN¥29,101.80');
  });

  it('should write CNY as CN¥ in English and ¥ in Chinese, as Intl does (a bare ¥ reads as the yen)', () => {
    expect(formatMoney('12000', 'en')).to.equal('CN¥12,000.00');
    expect(formatMoney('12000', 'zh-CN')).to.equal('¥12,000.00');
    expect(formatMoney('12000', 'en')).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' }).format(12000));
    expect(formatMoney('12000', 'zh-CN')).to.equal(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(12000));
    expect(formatMoney('-1.5', 'en')).to.equal('-CN¥1.50');
    expect(formatPrice('0.182', 'en')).to.equal('CN¥0.182');
    expect(formatPrice('0.182', 'zh-CN')).to.equal('¥0.182');
  });

  it('should refuse what is not a decimal string with the engine InputError', () => {
    for (const bad of ['', 'abc', 'NaN', 'Infinity', '1e5', '0x10', `0.${'0'.repeat(40)}1`]) {
      expect(inputError(() => formatMoney(bad, 'en')).field, bad).to.equal('amount');
    }
  });

  it('should show any exact engine figure, however many places its division took (up to 40)', () => {
    // ossStorage: 1 photo × 0.125 MB × 1 day ÷ 1024 × 0.12 is exactly 0.0000146484375 元.
    expect(formatMoney('0.0000146484375', 'en', 'estimate')).to.equal('CN¥0.00');
    expect(formatMoney('3.5156250000000000000000000000000000000001', 'en', 'estimate')).to.equal('CN¥3.52');
  });
});

describe('formatPrice', () => {
  const t = (expected: string, amount: string, maxPlaces?: number) =>
    both(`should show the unit price ${amount} (max ${maxPlaces ?? 'default'}) as ${expected} (CN¥ in en)`, (locale) => {
      expect(formatPrice(amount, locale, maxPlaces === undefined ? {} : { maxPlaces })).to.equal(inLocale(expected, locale));
    });
  t('¥0.182', '0.182');
  t('¥0.006', '0.006');
  t('¥1', '1');
  t('¥0.12', '0.12');
  t('¥0.7', '0.70');
  t('¥0.7095', '0.709589041095');
  t('¥0.9999', '0.99999999');
  t('¥1,050,000', '1050000');
  t('¥0.7', '0.709589041095', 2);
  t('¥0.709589', '0.709589041095', 6);
  t('¥0', '0.00001');
});

describe('formatCount', () => {
  const t = (expected: string, units: string, locale: Locale) =>
    it(`should show ${units} units in ${locale} as ${expected}`, () => {
      expect(formatCount(units, locale)).to.equal(expected);
    });

  describe('en', () => {
    t('3,650,000', '3650000', 'en');
    t('0', '0', 'en');
    t('999', '999', 'en');
    t('33.33', '33.333333333333', 'en');
    t('1.99', '1.999', 'en');
    t('12.1', '12.10', 'en');
    t('150,000,000', '150000000', 'en');
    t('1,000,000,000,000,000,000', '1000000000000000000', 'en');
  });

  describe('zh-CN', () => {
    t('365万', '3650000', 'zh-CN');
    t('4.8万', '48000', 'zh-CN');
    t('12.34万', '123400', 'zh-CN');
    t('1万', '10000', 'zh-CN');
    t('9,999', '9999', 'zh-CN');
    t('12,345', '12345', 'zh-CN');
    t('1,234,567', '1234567', 'zh-CN');
    t('1.5亿', '150000000', 'zh-CN');
    t('1亿', '100000000', 'zh-CN');
    t('10.01亿', '1001000000', 'zh-CN');
    t('12,345万', '123450000', 'zh-CN');
    t('100,010万', '1000100000', 'zh-CN');
    t('123,456,789', '123456789', 'zh-CN');
    t('1万亿', '1000000000000', 'zh-CN');
    t('2.5万亿', '2500000000000', 'zh-CN');
    t('1,000,000万亿', '1000000000000000000', 'zh-CN');
    t('33.33', '33.333333333333', 'zh-CN');
    t('36,500.5', '36500.5', 'zh-CN');
    t('3.65万', '36500.001', 'zh-CN');
    t('0', '0', 'zh-CN');
  });
});

describe('formatAverageCount', () => {
  const t = (expected: string, units: string, locale: Locale) =>
    it(`should show ${units} units in ${locale} as ${expected}`, () => {
      expect(formatAverageCount(units, locale)).to.equal(expected);
    });
  // 170,000 a year is 14,166.66… a month: a visitor counts whole verifications.
  t('≈ 14,167', '14166.666666666666666666', 'en');
  t('≈ 14,166', '14166.4', 'en');
  t('≈ 14,167', '14166.5', 'en');
  t('170,000', '170000', 'en');
  t('170,000', '170000.000', 'en');
  t('≈ 1', '0.5', 'en');
  t('≈ 0', '0.01', 'en');
  t('0', '0', 'en');
  t('≈ 14,167', '14166.666666666666666666', 'zh-CN');
  t('17万', '170000', 'zh-CN');
  t('≈ 10万', '99999.5', 'zh-CN');

  it('should never show a fraction', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...LOCALES), (n, places, locale) => {
        const digits = n.toString().padStart(places + 1, '0');
        const value = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
        // zh-CN writes exact counts in 万 / 亿 units with up to 2 decimals of the unit (1.2万 is 12,000): those
        // are whole counts; a decimal point anywhere else is a fraction of a verification.
        expect(formatAverageCount(value, locale)).not.to.match(/\.\d+(?![\d万亿])/);
      }),
    );
  });
});

describe('formatDiscount', () => {
  const t = (expected: string, ratio: string, locale: Locale) =>
    it(`should show the ratio ${ratio} in ${locale} as ${expected}`, () => {
      expect(formatDiscount(ratio, locale)).to.equal(expected);
    });
  t('10 % off', '0.9', 'en');
  t('9折', '0.9', 'zh-CN');
  t('40 % off', '0.6', 'en');
  t('6折', '0.6', 'zh-CN');
  t('14.5 % off', '0.855', 'en');
  t('8.55折', '0.855', 'zh-CN');
  t('1 % off', '0.99', 'en');
  t('no discount', '1', 'en');
  t('无折扣', '1', 'zh-CN');
  t('free', '0', 'en');
  t('免费', '0', 'zh-CN');

  it('should write no Chinese in English, for every ratio in hundredths', () => {
    for (let i = 0; i <= 100; i++) {
      const ratio = (i / 100).toFixed(2);
      expect(formatDiscount(ratio, 'en'), ratio).to.match(/^(\d+(\.\d+)? % off|no discount|free)$/);
    }
  });

  it('should refuse a ratio outside 0 to 1 with the engine InputError', () => {
    expect(inputError(() => formatDiscount('1.1', 'en')).field).to.equal('ratio');
  });
});

describe('formatPercent and formatNumber', () => {
  const t = (expected: string, value: string, maxPlaces?: number) =>
    both(`should show ${value}% (max ${maxPlaces ?? 2}) as ${expected}`, (locale) => {
      expect(formatPercent(value, locale, maxPlaces)).to.equal(expected);
    });
  t('29.04%', '29.04109589041');
  t('99.99%', '99.999');
  t('95%', '95');
  t('95%', '95.00');
  t('0%', '0');
  t('12%', '12.5', 0);
  t('0.001%', '0.001', 3);
  t('100%', '100');

  both('should group and truncate a plain number', (locale) => {
    expect(formatNumber('1234.5678', locale, 2)).to.equal('1,234.56');
    expect(formatNumber('-0.001', locale, 2)).to.equal('0');
  });
});

describe('properties', () => {
  /** A non-negative amount with 0–12 decimals: minor units n at `places`, so the BigInt oracle needs no parsing. */
  const amountArb = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }));
  /** n / 10^places as a plain decimal string, trailing zeros dropped: digit-string work, nothing to round. */
  const toPlain = (n: bigint, places: number): string => {
    const digits = n.toString().padStart(places + 1, '0');
    const frac = digits.slice(digits.length - places).replace(/0+$/, '');
    const int = digits.slice(0, digits.length - places);
    return frac ? `${int}.${frac}` : int;
  };
  /** The figure a formatted string shows: its digits, point and sign. */
  const shownOf = (s: string): string => s.replace(/[^\d.-]/g, '');

  it('should show money with exactly 2 decimals, truncated in payable mode and within half a fen as an estimate', () => {
    fc.assert(
      fc.property(amountArb, fc.constantFrom(...LOCALES), ([n, places], locale) => {
        const amount = toPlain(n, places);
        const payableShown = shownOf(formatMoney(amount, locale));
        const estimateShown = shownOf(formatMoney(amount, locale, 'estimate'));
        expect(payableShown).to.match(/^\d+\.\d{2}$/);
        expect(estimateShown).to.match(/^\d+\.\d{2}$/);
        // BigInt oracle at 12 places: the payable figure is the floor to the fen, the estimate is within half a fen.
        const exact = n * 10n ** BigInt(12 - places);
        const fen = 10n ** 10n;
        expect(BigInt(payableShown.replace('.', ''))).to.equal(exact / fen);
        expect(new Decimal(payableShown).lte(amount)).to.equal(true);
        const diff = BigInt(estimateShown.replace('.', '')) * fen - exact;
        expect(2n * (diff < 0n ? -diff : diff) <= fen).to.equal(true);
      }),
    );
  });

  it('should show counts as the BigInt truncation to 2 places, grouped (en)', () => {
    fc.assert(
      fc.property(amountArb, ([n, places]) => {
        const scaled = places <= 2 ? n * 10n ** BigInt(2 - places) : n / 10n ** BigInt(places - 2);
        const expected = toPlain(scaled, 2);
        const shown = formatCount(toPlain(n, places), 'en');
        expect(shown.replace(/,/g, '')).to.equal(expected);
        expect(shown).to.match(/^\d{1,3}(,\d{3})*(\.\d{1,2})?$/);
      }),
    );
  });

  it('should never show NaN, Infinity, undefined or an exponent', () => {
    const decimalArb = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, places]) => (n < 0n ? `-${toPlain(-n, places)}` : toPlain(n, places)));
    fc.assert(
      fc.property(decimalArb, fc.constantFrom(...LOCALES), fc.integer({ min: 0, max: 12 }), (value, locale, maxPlaces) => {
        const outputs = [
          formatMoney(value, locale),
          formatMoney(value, locale, 'estimate'),
          formatPrice(value, locale, { maxPlaces }),
          formatCount(value, locale),
          formatPercent(value, locale, maxPlaces),
          formatNumber(value, locale, maxPlaces),
        ];
        for (const out of outputs) expect(out, value).not.to.match(/NaN|Infinity|undefined|[eE]/);
      }),
    );
  });
});

describe('grouping (our string formatter against Intl.NumberFormat as the oracle)', () => {
  // Amounts the engine accepts are below 10^21. The widget groups digits itself (no Intl at first paint). Chromium's Intl, given the same exact decimal
  // string, is the reference for what en and zh-CN readers expect: same digits, same separators, same sign.
  const intl = (value: string, locale: Locale, places: number, currency: boolean): string =>
    (
      new Intl.NumberFormat(locale, {
        ...(currency ? { style: 'currency', currency: 'CNY' } : {}),
        minimumFractionDigits: places,
        maximumFractionDigits: places,
      }).format as unknown as (v: string) => string
    )(value);
  // The sign is drawn on its own, so '-0.07' (a negative with no whole part) comes up too.
  const moneyArb = fc
    .tuple(fc.boolean(), fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 21n - 1n })), fc.constantFrom(0n, 7n, 50n, 99n))
    .map(([negative, whole, fen]) => `${negative ? '-' : ''}${whole}.${fen.toString().padStart(2, '0')}`);

  it('should show money exactly as Intl shows the same string as CNY, in both locales', () => {
    fc.assert(
      fc.property(moneyArb, fc.constantFrom(...LOCALES), (amount, locale) => {
        fc.pre(!/^-0\.00$/.test(amount));
        expect(formatMoney(amount, locale)).to.equal(intl(amount, locale, 2, true));
      }),
    );
  });

  it('should show plain numbers exactly as Intl shows them, in both locales', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...LOCALES), (n, places, locale) => {
        const digits = n.toString().padStart(places + 1, '0');
        const value = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
        fc.pre(!value.endsWith('0') || places === 0);
        expect(formatNumber(value, locale, 2)).to.equal(intl(value, locale, places, false));
      }),
    );
  });
});
