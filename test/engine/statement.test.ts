import { expect } from '@open-wc/testing';
import { statementWindow } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

describe('statementWindow (R8)', () => {
  const t = (year: number, month: number, from: string, to: string, days: number) =>
    it(`should cover ${from} to ${to} for ${year}-${month}`, () => {
      expect(statementWindow(year, month)).to.deep.equal({ from, to, days });
    });
  // The document's own example.
  t(2020, 1, '2019-12-31', '2020-01-30', 31);
  t(2020, 2, '2020-01-31', '2020-02-28', 29); // leap February: its 29th goes to March
  t(2020, 3, '2020-02-29', '2020-03-30', 31);
  t(2021, 3, '2021-02-28', '2021-03-30', 31);
  t(2021, 2, '2021-01-31', '2021-02-27', 28);
  t(2020, 12, '2020-11-30', '2020-12-30', 31);
  t(2021, 1, '2020-12-31', '2021-01-30', 31);
  t(2020, 4, '2020-03-31', '2020-04-29', 30);

  it('should give consecutive months back to back, covering every day once', () => {
    for (let m = 1; m < 12; m++) {
      const a = statementWindow(2024, m);
      const b = statementWindow(2024, m + 1);
      const next = new Date(`${a.to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(b.from).to.equal(next.toISOString().slice(0, 10));
    }
    const total = Array.from({ length: 12 }, (_, i) => statementWindow(2023, i + 1).days).reduce((s, d) => s + d);
    expect(total).to.equal(365);
  });

  it('should refuse months and years out of range', () => {
    expectInputError(() => statementWindow(2020, 0), 'month', 'out-of-range');
    expectInputError(() => statementWindow(2020, 13), 'month', 'out-of-range');
    expectInputError(() => statementWindow(2020, 1.5), 'month', 'not-integer');
    expectInputError(() => statementWindow(NaN, 1), 'year', 'type');
    expectInputError(() => statementWindow(1969, 1), 'year', 'out-of-range');
    expectInputError(() => statementWindow('2020' as unknown as number, 1), 'year', 'type');
  });
});
