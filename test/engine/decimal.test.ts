import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Decimal, ceilDiv, divOut, parseDecimal, parseUnits, toPlain } from '../../src/engine/decimal.js';
import { InputError, roundAmount } from '../../src/engine/index.js';
import { expectInputError, inputError } from '../helpers/throws.js';

/** Oracle: n/d rounded to the fen with BigInt minor units. */
function fen(n: bigint, d: bigint, mode: 'down' | 'half-up'): string {
  const q = mode === 'down' ? (n * 100n) / d : (n * 200n + d) / (2n * d);
  const s = q.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

describe('decimal helpers', () => {
  it('should serialise in plain notation, never with an exponent', () => {
    expect(toPlain(new Decimal('1e30'))).to.equal('1000000000000000000000000000000');
    expect(toPlain(new Decimal('1e-20'))).to.equal('0.00000000000000000001');
    expect(toPlain(new Decimal('-0'))).to.equal('0');
  });

  it('should keep a number’s shortest decimal form (0.1 stays 0.1)', () => {
    expect(toPlain(parseDecimal(0.1, 'x'))).to.equal('0.1');
    // A binary float leaking through (17 places) is refused rather than silently rounded.
    expectInputError(() => parseDecimal(0.1 + 0.2, 'x'), 'x', 'out-of-range');
    expectInputError(() => parseDecimal('1e21', 'x'), 'x', 'not-a-number');
    expectInputError(() => parseDecimal(1e21, 'x'), 'x', 'out-of-range');
    expect(toPlain(parseDecimal(' 12.50 ', 'x'))).to.equal('12.5');
    expectInputError(() => parseDecimal('1,000', 'x'), 'x', 'not-a-number');
    expectInputError(() => parseDecimal('0x10', 'x'), 'x', 'not-a-number');
  });

  it('should divide exactly when the quotient ends and truncate at 12 places when not', () => {
    expect(divOut(new Decimal(3000), 1024)).to.equal('2.9296875');
    expect(divOut(new Decimal(1), 3)).to.equal('0.333333333333');
    expect(divOut(new Decimal(2), 3)).to.equal('0.666666666666');
    expect(divOut(new Decimal(365), 365)).to.equal('1');
  });

  it('should give a quotient that ends exactly, to its last digit, however many places past 12', () => {
    // Cut at 12 places before the fix: 0.000122070312.
    expect(divOut(new Decimal('0.125'), 1024)).to.equal('0.0001220703125');
    expect(divOut(new Decimal('0.000000000001'), 1024 * 1024)).to.equal('0.00000000000000000095367431640625');
    expect(divOut(new Decimal('1000000000000000000.000000000001'), 1024)).to.equal('976562500000000.0000000000000009765625');
    expect(divOut(new Decimal(3), 30)).to.equal('0.1');
    expect(divOut(new Decimal('0.000000000003'), 30 * 1024)).to.equal('0.00000000000000009765625');
    expect(divOut(new Decimal('-1'), 1024)).to.equal('-0.0009765625');
    expect(divOut(new Decimal('1'), new Decimal('0.0008'))).to.equal('1250');
  });

  it('should truncate a quotient that never ends toward zero at 12 places, even at 10^18 scale', () => {
    expect(divOut(new Decimal('1000000000000000000'), 365)).to.equal('2739726027397260.273972602739');
    expect(divOut(new Decimal('1000000000000000000000000000000000000000001'), 3)).to.equal('333333333333333333333333333333333333333333.666666666666');
    expect(divOut(new Decimal('-2'), 3)).to.equal('-0.666666666666');
    // A quotient that ends only after 40 places is cut like one that never ends.
    expect(divOut(new Decimal(1), 2n ** 41n)).to.equal('0');
    expect(divOut(new Decimal(3), 2n ** 41n)).to.equal('0.000000000001');
    expect(divOut(new Decimal(1), 2n ** 40n)).to.equal('0.0000000000009094947017729282379150390625');
  });

  describe('parseUnits and parseDecimal messages name the actual problem', () => {
    const cases: [unknown, string, RegExp][] = [
      ['10000000000000000001', 'out-of-range', /too large: the largest number of units supported is 10\^18/],
      ['10000000000000000000.5', 'out-of-range', /too large.*10\^18/],
      ['1000000000000000000.5', 'out-of-range', /too large.*10\^18/],
      ['99999999999999999999.9', 'out-of-range', /too large.*10\^18/],
      [1e19, 'out-of-range', /too large.*10\^18/],
      [1.5e19, 'out-of-range', /too large.*10\^18/],
      [1e300, 'out-of-range', /too large.*10\^18/],
      [10n ** 18n + 1n, 'out-of-range', /too large.*10\^18/],
      [2 ** 53 + 2, 'out-of-range', /beyond 2\^53; pass it as a string/],
      ['1.5', 'not-integer', /"1\.5" is not a whole number of units/],
      ['5.0', 'not-integer', /has a decimal point/],
      [1.5, 'not-integer', /not a whole number/],
      ['-5', 'negative', /negative/],
      ['-1.5', 'negative', /negative/],
      ['+5', 'not-a-number', /no sign/],
      ['1e19', 'not-a-number', /not a string of digits/],
      ['12,000', 'not-a-number', /not a string of digits/],
      ['', 'empty', /empty/],
      ['1'.repeat(65), 'too-long', /is 65 characters long; a number has at most 64/],
    ];
    for (const [input, code, message] of cases) {
      it(`should refuse ${typeof input === 'string' ? JSON.stringify(input) : String(input)} as ${code}`, () => {
        const e = inputError(() => parseUnits(input, 'units'));
        expect(e.code, e.message).to.equal(code);
        expect(e.message).to.match(message);
      });
    }

    it('should read -0 as zero, as a string as it does as a number', () => {
      expect(parseUnits('-0', 'u')).to.equal(0n);
      expect(parseUnits('-000', 'u')).to.equal(0n);
      expect(parseUnits(-0, 'u')).to.equal(0n);
      expect(parseUnits(' 007 ', 'u')).to.equal(7n);
      expect(parseUnits('1000000000000000000', 'u')).to.equal(10n ** 18n);
    });

    it('should name the limit when a decimal is too large and quote at most 40 characters of bad text', () => {
      expect(inputError(() => parseDecimal('1000000000000000000000', 'x')).message).to.match(/too large: it must be below 10\^21/);
      const e = inputError(() => parseDecimal(`${'x'.repeat(60)}`, 'x'));
      expect(e.code).to.equal('not-a-number');
      expect(e.message.length).to.be.below(100);
      expect(inputError(() => parseDecimal(`1${'0'.repeat(64)}`, 'x')).code).to.equal('too-long');
      expect(e).to.be.instanceOf(InputError);
    });
  });

  it('should take exact ceilings', () => {
    expect(ceilDiv(new Decimal(10), new Decimal(5))).to.equal(2n);
    expect(ceilDiv(new Decimal(11), new Decimal(5))).to.equal(3n);
    expect(ceilDiv(new Decimal('1825000'), new Decimal(10000))).to.equal(183n);
    // A quotient whose fraction sits beyond 40 significant digits still rounds up.
    expect(ceilDiv(new Decimal('1000000000000000000000000000000000000000001'), new Decimal(10).pow(40))).to.equal(101n);
  });

  describe('properties', () => {
    it('should round a 12-place truncated quotient to the fen exactly as the true quotient (R8)', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 18n }),
          fc.constantFrom(3n, 7n, 12n, 30n, 365n, 1024n, 30n * 1024n, 365n * 30n * 1024n),
          (n, d) => {
            const shown = divOut(new Decimal(n.toString()), d);
            expect(roundAmount(shown, 2, 'down')).to.equal(fen(n, d, 'down'));
            expect(roundAmount(shown, 2, 'half-up')).to.equal(fen(n, d, 'half-up'));
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
