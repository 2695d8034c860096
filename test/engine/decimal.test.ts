import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Decimal, ceilDiv, divOut, parseDecimal, toPlain } from '../../src/engine/decimal.js';
import { roundAmount } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

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
