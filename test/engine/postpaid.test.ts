import { expect } from '@open-wc/testing';
import { postpaidCost } from '../../src/engine/index.js';
import type { PlanId } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

describe('postpaidCost (R1, R3.1)', () => {
  const t = (expected: string, plan: PlanId, units: number | string) =>
    it(`should charge ${plan} × ${units} = ${expected}`, () => {
      expect(postpaidCost(plan, units)).to.equal(expected);
    });
  t('1', 'app', 1);
  t('12000', 'h5', 12000);
  t('0', 'server', 0);
  t('30000', 'alipay-mini', 30000);
  t('182', 'liveness-verify', 1000);
  t('0.182', 'liveness-detect', 1);
  t('0.006', 'face-compare', 1);
  t('0.18', 'face-compare', 30);
  t('6000000000', 'face-compare', 1_000_000_000_000);
  t('182000000000000000', 'liveness-verify', '1000000000000000000');
  t('9007199254740993', 'alipay-h5', '9007199254740993');

  it('should refuse unknown plans and bad unit counts with a field and a code', () => {
    expectInputError(() => postpaidCost('nope' as PlanId, 1), 'plan', 'unknown-plan');
    expectInputError(() => postpaidCost('toString' as PlanId, 1), 'plan', 'unknown-plan');
    expectInputError(() => postpaidCost('app', -1), 'units', 'negative');
    expectInputError(() => postpaidCost('app', '-5'), 'units', 'negative');
    expectInputError(() => postpaidCost('app', 1.5), 'units', 'not-integer');
    expectInputError(() => postpaidCost('app', '12.5'), 'units', 'not-integer');
    expectInputError(() => postpaidCost('app', NaN), 'units', 'not-a-number');
    expectInputError(() => postpaidCost('app', Infinity), 'units', 'not-finite');
    expectInputError(() => postpaidCost('app', ''), 'units', 'empty');
    expectInputError(() => postpaidCost('app', '  '), 'units', 'empty');
    expectInputError(() => postpaidCost('app', '1e5'), 'units', 'not-a-number');
    expectInputError(() => postpaidCost('app', 2 ** 53), 'units', 'out-of-range');
    expectInputError(() => postpaidCost('app', '1000000000000000001'), 'units', 'out-of-range');
    expectInputError(() => postpaidCost('app', null as unknown as number), 'units', 'type');
    expectInputError(() => postpaidCost('app', {} as unknown as number), 'units', 'type');
  });
});
