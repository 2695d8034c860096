import { expect } from '@open-wc/testing';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { ossEstimate, ossStorage, quote } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

describe('ossStorage (R10)', () => {
  it('should reproduce the document example exactly: 29.296875 GB, 3.515625 元 (≈ ¥3.52) a month', () => {
    const r = ossStorage({ photosPerDay: 10000, photoSizeMB: 0.1, retentionDays: 30 });
    expect(r).to.deep.equal({ storedGB: '29.296875', monthlyFee: '3.515625' });
    expect(ossEstimate(r.monthlyFee)).to.equal('3.52');
  });

  it('should not reproduce the document rounding error: ¥3.48 is 29 GB × 0.12, the volume rounded first', () => {
    const r = ossStorage({ photosPerDay: 10000, photoSizeMB: '0.1', retentionDays: 30 });
    expect(new Decimal(29).times('0.12').toFixed()).to.equal('3.48');
    expect(r.monthlyFee).to.not.equal('3.48');
    expect(new Decimal(r.storedGB).toDecimalPlaces(0).toFixed()).to.equal('29');
  });

  const t = (storedGB: string, monthlyFee: string, photosPerDay: number | string, photoSizeMB: number | string, retentionDays: number) =>
    it(`should store ${storedGB} GB for ${photosPerDay}/day × ${photoSizeMB} MB × ${retentionDays} days`, () => {
      expect(ossStorage({ photosPerDay, photoSizeMB, retentionDays })).to.deep.equal({ storedGB, monthlyFee });
    });
  t('0', '0', 0, '0.1', 30);
  t('0', '0', 10000, '0.1', 0);
  t('1', '0.12', 1024, 1, 1);
  t('0.0009765625', '0.0001171875', 1, 1, 1);
  t('292.96875', '35.15625', 100000, '0.1', 30);
  t('3564.453125', '427.734375', 10000, '0.1', 3650);
  t('9765625000', '1171875000', '1000000000000', '0.5', 20);

  describe('exactness: ÷ 1024 always ends, so every figure is exact to its last digit', () => {
    // Before the fix these were cut at 12 places: storedGB 0.000122070312, monthlyFee 0.000014648437.
    t('0.0001220703125', '0.0000146484375', 1, '0.125', 1);
    t('0.0000000000000009765625', '0.0000000000000001171875', 1, '0.000000000001', 1);
    t('36500000000000000000000', '4380000000000000000000', '1000000000000000000', '1024', 36500);

    /** storedGB and monthlyFee from BigInt: photos × size × days ÷ 1024 (× 0.12), as exact decimals. */
    function oracle(photos: bigint, size: string, days: bigint): { storedGB: string; monthlyFee: string } {
      const [int = '0', frac = ''] = size.split('.');
      const sizeN = BigInt(int + frac);
      const out = (num: bigint, places: number): string => {
        // num / 10^places / 1024: multiply by 5^10 and shift the point 10 more places.
        const n = num * 5n ** 10n;
        const p = places + 10;
        const digits = n.toString().padStart(p + 1, '0');
        const f = digits.slice(digits.length - p).replace(/0+$/, '');
        const i = digits.slice(0, digits.length - p);
        return f ? `${i}.${f}` : i;
      };
      const stored = photos * sizeN * days;
      return { storedGB: out(stored, frac.length), monthlyFee: out(stored * 12n, frac.length + 2) };
    }

    it('should match a BigInt oracle up to 10^18 photos a day, 12-place sizes and 36,500 days', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 18n }),
          fc.tuple(fc.integer({ min: 0, max: 1024 }), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n })).map(([i, f]) =>
            i === 1024 ? '1024' : `${i}.${f.toString().padStart(12, '0')}`,
          ),
          fc.bigInt({ min: 0n, max: 36_500n }),
          (photos, size, days) => {
            fc.pre(new Decimal(size).gt(0));
            const r = ossStorage({ photosPerDay: photos.toString(), photoSizeMB: size, retentionDays: days.toString() });
            expect(r, `${photos} × ${size} × ${days}`).to.deep.equal(oracle(photos, size, days));
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  it('should refuse bad photo sizes, retention and counts', () => {
    const ok = { photosPerDay: 1, photoSizeMB: 0.1, retentionDays: 30 };
    expectInputError(() => ossStorage({ ...ok, photoSizeMB: 0 }), 'photoSizeMB', 'out-of-range');
    expectInputError(() => ossStorage({ ...ok, photoSizeMB: 2000 }), 'photoSizeMB', 'out-of-range');
    expectInputError(() => ossStorage({ ...ok, photoSizeMB: -0.1 }), 'photoSizeMB', 'negative');
    expectInputError(() => ossStorage({ ...ok, photoSizeMB: '0.1MB' }), 'photoSizeMB', 'not-a-number');
    expectInputError(() => ossStorage({ ...ok, retentionDays: 1.5 }), 'retentionDays', 'not-integer');
    expectInputError(() => ossStorage({ ...ok, retentionDays: 40000 }), 'retentionDays', 'out-of-range');
    expectInputError(() => ossStorage({ ...ok, photosPerDay: -1 }), 'photosPerDay', 'negative');
    expectInputError(() => ossStorage({ ...ok, photosPerDay: Infinity }), 'photosPerDay', 'not-finite');
  });

  describe('first year, with the ramp while the first retention period fills (via quote)', () => {
    const firstYear = (retentionDays: number) =>
      quote({ plan: 'app', volume: 10000, period: 'day', retentionDays }).lines[0]!.storage!.firstYearFee;

    it('should bill day k for min(k, retention) days of photos at the monthly rate ÷ 30 a day', () => {
      // 1000 MB a day = 0.9765625 GB; GB-days = 30·31/2 + 335·30 = 10515; × 0.12 ÷ 30.
      expect(firstYear(30)).to.equal(new Decimal('0.9765625').times(10515).times('0.12').div(30).toFixed());
      expect(firstYear(30)).to.equal('41.07421875');
    });

    it('should never reach steady state within the year when retention is longer than a year', () => {
      expect(firstYear(400)).to.equal(new Decimal('0.9765625').times((365 * 366) / 2).times('0.12').div(30).toFixed());
    });

    it('should fall short of a steady year by exactly the photos not yet stored in the first retention period', () => {
      const s = quote({ plan: 'app', volume: 10000, period: 'day', retentionDays: 30 }).lines[0]!.storage!;
      const steadyYear = new Decimal(s.monthlyFee).times(365).div(30);
      // Day k < 30 lacks (30 − k) days of photos: Σ = 29·30/2 = 435 GB-days of 0.9765625 GB at 0.12 ÷ 30.
      const missing = new Decimal('0.9765625').times(435).times('0.12').div(30);
      expect(new Decimal(s.firstYearFee).toFixed()).to.equal(steadyYear.minus(missing).toFixed());
    });
  });
});
