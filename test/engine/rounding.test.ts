import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  discountLabel,
  effectiveUnitPrice,
  ossEstimate,
  payable,
  quote,
  roundAmount,
} from '../../src/engine/index.js';
import type { RoundingModeName } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

describe('rounding for display (R8)', () => {
  const t = (expected: string, amount: string, scale: number, mode: RoundingModeName) =>
    it(`should round ${amount} ${mode} to ${scale} places as ${expected}`, () => {
      expect(roundAmount(amount, scale, mode)).to.equal(expected);
    });
  t('3.51', '3.515625', 2, 'down');
  t('3.52', '3.515625', 2, 'half-up');
  t('0.00', '0.006', 2, 'down');
  t('0.01', '0.006', 2, 'half-up');
  t('2.00', '2.005', 2, 'down');
  t('2.01', '2.005', 2, 'half-up');
  t('2.00', '2.004999999999', 2, 'half-up');
  t('120000.00', '120000', 2, 'down');
  t('29101.80', '29101.8', 2, 'down');
  t('0.18', '0.18', 2, 'down');
  t('-1.00', '-1.005', 2, 'down');
  t('-1.01', '-1.005', 2, 'half-up');
  t('1000000000000000000.00', '1000000000000000000.009', 2, 'down');
  t('33', '33.999', 0, 'down');

  it('should truncate amounts to pay to the fen: one face comparison a day is ¥0.00 a day and ¥0.18 a month', () => {
    const q = quote({ plan: 'face-compare', volume: 1, period: 'day' });
    expect(q.lines[0]!.postpaid.day).to.equal('0.006');
    expect(payable(q.lines[0]!.postpaid.day)).to.equal('0.00');
    expect(q.lines[0]!.postpaid.month).to.equal('0.18');
    expect(payable(q.lines[0]!.postpaid.month)).to.equal('0.18');
  });

  it('should refuse numbers with more than 12 decimal places (a binary float leaking in) rather than round them silently', () => {
    expectInputError(() => payable(0.1 + 0.2), 'amount', 'out-of-range');
    expectInputError(() => roundAmount(1e-13, 2, 'down'), 'amount', 'out-of-range');
  });

  it('should take every exact engine figure as a string (up to 40 places) and refuse more', () => {
    // ossStorage's exact 1 photo × 0.125 MB × 1 day ÷ 1024 has 13 places.
    expect(ossEstimate('0.0001220703125')).to.equal('0.00');
    expect(roundAmount(`0.${'0'.repeat(39)}1`, 2, 'down')).to.equal('0.00');
    expectInputError(() => roundAmount(`0.${'0'.repeat(40)}1`, 2, 'down'), 'amount', 'out-of-range');
  });

  it('should show the OSS estimate half-up as the document example does (3.515625 ≈ 3.52)', () => {
    expect(ossEstimate('3.515625')).to.equal('3.52');
    expect(payable('3.515625')).to.equal('3.51');
  });

  describe('properties', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, places]) => new Decimal(n.toString()).div(new Decimal(10).pow(places)).toFixed());

    it('should be idempotent and never move an amount by a fen or more', () => {
      fc.assert(
        fc.property(amount, fc.constantFrom<RoundingModeName>('down', 'half-up'), (a, mode) => {
          const once = roundAmount(a, 2, mode);
          expect(roundAmount(once, 2, mode)).to.equal(once);
          expect(once).to.match(/^\d+\.\d{2}$/);
          expect(new Decimal(a).minus(once).abs().lt('0.01')).to.equal(true);
          if (mode === 'down') expect(new Decimal(once).lte(a)).to.equal(true);
        }),
      );
    });
  });
});

describe('discountLabel (R4)', () => {
  const t = (ratio: string, kind: string, percent: string, zhe: string) =>
    it(`should label ratio ${ratio} as ${percent} / ${zhe || kind}`, () => {
      expect(discountLabel(ratio)).to.deep.equal({ kind, percent, zhe });
    });
  t('0.9', 'discount', '90 %', '9折');
  t('0.8', 'discount', '80 %', '8折');
  t('0.7', 'discount', '70 %', '7折');
  t('0.6', 'discount', '60 %', '6折');
  t('0.45', 'discount', '45 %', '4.5折');
  t('1', 'none', '100 %', '');
  t('0', 'free', '0 %', '');

  it('should refuse ratios outside 0–1', () => {
    expectInputError(() => discountLabel('1.5'), 'ratio', 'out-of-range');
    expectInputError(() => discountLabel(-0.1), 'ratio', 'out-of-range');
    expectInputError(() => discountLabel('九折'), 'ratio', 'not-a-number');
  });
});

describe('effectiveUnitPrice', () => {
  const t = (expected: string | null, total: string, units: number | string) =>
    it(`should give ${expected} per unit for ${total} over ${units}`, () => {
      expect(effectiveUnitPrice(total, units)).to.equal(expected);
    });
  t('0.7', '1050000', 1_500_000);
  t('0.0027', '8100', 3_000_000);
  t('0.333333333333', '1', 3);
  t('0.9', '90000', '100000');
  t(null, '0', 0);
});
