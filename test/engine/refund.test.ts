import { expect } from '@open-wc/testing';
import { packRefund } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

describe('packRefund (R9)', () => {
  const t = (
    kind: string,
    amount: string,
    paid: number | string,
    usedUnits: number,
    daysSincePurchase: number | string,
    unitPrice: number | string = 1,
  ) =>
    it(`should give ${kind} ${amount} for paid ${paid}, used ${usedUnits}, day ${daysSincePurchase}`, () => {
      expect(packRefund({ paid, usedUnits, daysSincePurchase, unitPrice })).to.deep.equal({ kind, amount });
    });
  // Within 5 days, unused: everything paid comes back, on both sides of the limit.
  t('full', '90000', 90000, 0, 0);
  t('full', '90000', 90000, 0, 5);
  t('full', '89.5', '89.5', 0, '4.99');
  // Within 5 days, used: paid − used × the postpaid price, never below 0.
  t('partial', '89000', 90000, 1000, 3);
  t('partial', '89999', 90000, 1, 5);
  t('partial', '0', 90000, 100000, 5);
  t('partial', '0', 90000, 200000, 1);
  t('partial', '16198', 16380, 1000, 2, '0.182');
  t('partial', '3594', 3600, 1000, 1, '0.006');
  // Cash paid excludes vouchers: a 90000 pack paid 80000 in cash refunds from 80000.
  t('partial', '79000', 80000, 1000, 1);
  // After 5 days and up to 180: no automatic refund, contact support.
  t('support', '0', 90000, 0, '5.0001');
  t('support', '0', 90000, 0, 6);
  t('support', '0', 90000, 500, 180);
  // Beyond 180 days: nothing, even unused.
  t('none', '0', 90000, 0, '180.5');
  t('none', '0', 90000, 0, 181);
  t('none', '0', 90000, 0, 1000);

  it('should refuse negative or malformed inputs', () => {
    const ok = { paid: 1, usedUnits: 0, daysSincePurchase: 1, unitPrice: 1 };
    expectInputError(() => packRefund({ ...ok, paid: -1 }), 'paid', 'negative');
    expectInputError(() => packRefund({ ...ok, paid: 'abc' }), 'paid', 'not-a-number');
    expectInputError(() => packRefund({ ...ok, usedUnits: -3 }), 'usedUnits', 'negative');
    expectInputError(() => packRefund({ ...ok, usedUnits: 2.5 }), 'usedUnits', 'not-integer');
    expectInputError(() => packRefund({ ...ok, daysSincePurchase: -1 }), 'daysSincePurchase', 'negative');
    expectInputError(() => packRefund({ ...ok, daysSincePurchase: NaN }), 'daysSincePurchase', 'not-a-number');
    expectInputError(() => packRefund({ ...ok, unitPrice: 0 }), 'unitPrice', 'out-of-range');
    expectInputError(() => packRefund(null as never), 'input', 'type');
  });
});
