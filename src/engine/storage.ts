import { Decimal, parseDecimal, parseUnits, ratioOut } from './decimal.js';
import type { Ratio } from './decimal.js';
import { InputError } from './errors.js';
import { objectIn } from './guards.js';
import { DEFAULT_RULES } from './rules.js';
import type { DecimalInput, Rules, UnitsInput } from './types.js';

/** Largest photo the engine accepts, in MB: a face photo is a fraction of a MB; this only catches typos. */
export const MAX_PHOTO_MB = 1024;
/** Longest retention the engine accepts, in days (100 years). */
export const MAX_RETENTION_DAYS = 36_500;

/**
 * Steady-state storage and its fees. ÷ 1024 always ends, so every figure is exact to its last digit; only a
 * division by 30 or 365 that does not end (a monthly or yearly volume, the first year's ÷ 30 a day) is
 * truncated toward zero at 12 decimal places (see divOut).
 */
export interface StorageFigures {
  readonly storedMB: string;
  readonly storedGB: string;
  readonly monthlyFee: string;
  /** The first 365 days, with the ramp while the first retention period fills up (R10). */
  readonly firstYearFee: string;
}

export function parsePhotoSize(value: unknown, field: string): Decimal {
  const d = parseDecimal(value, field);
  if (d.isNegative()) throw new InputError(field, 'negative', 'a photo size cannot be negative.');
  if (d.isZero() || d.gt(MAX_PHOTO_MB)) {
    throw new InputError(field, 'out-of-range', `must be above 0 and at most ${MAX_PHOTO_MB} MB.`);
  }
  return d;
}

export function parseRetention(value: unknown, field: string): number {
  const n = parseUnits(value, field);
  if (n > BigInt(MAX_RETENTION_DAYS)) {
    throw new InputError(field, 'out-of-range', `must be at most ${MAX_RETENTION_DAYS} days.`);
  }
  return Number(n);
}

/**
 * Storage for `photos.num / photos.den` photos a day (a rational, so a month's volume ÷ 30 stays exact until
 * a figure is serialised). Internal: inputs already validated.
 */
export function storageRatios(
  photos: Ratio,
  sizeMB: Decimal,
  retentionDays: number,
  rules: Rules,
): Readonly<Record<keyof StorageFigures, Ratio>> {
  const { oss, packs } = rules;
  const perDayMB = photos.num.times(sizeMB);
  const price = new Decimal(oss.pricePerGBMonth);
  const gbDen = photos.den * oss.mbPerGB;
  // Day k of the first year holds min(k, retention) days of photos; OSS bills each GB-day at price ÷ 30.
  const year = packs.daysPerYear;
  const r = Math.min(retentionDays, year);
  const gbDays = new Decimal(r).times(r + 1).div(2).plus(new Decimal(year - r).times(retentionDays));
  return {
    storedMB: { num: perDayMB.times(retentionDays), den: photos.den },
    storedGB: { num: perDayMB.times(retentionDays), den: gbDen },
    monthlyFee: { num: perDayMB.times(retentionDays).times(price), den: gbDen },
    firstYearFee: { num: perDayMB.times(gbDays).times(price), den: gbDen * oss.daysPerMonth },
  };
}

export function storageFigures(photos: Ratio, sizeMB: Decimal, retentionDays: number, rules: Rules): StorageFigures {
  const r = storageRatios(photos, sizeMB, retentionDays, rules);
  return {
    storedMB: ratioOut(r.storedMB),
    storedGB: ratioOut(r.storedGB),
    monthlyFee: ratioOut(r.monthlyFee),
    firstYearFee: ratioOut(r.firstYearFee),
  };
}

/**
 * OSS storage for stored face photos at steady state (docs/pricing-rules.md §R10): photos a day × size × retention days,
 * in GB of 1024 MB, at the OSS standard-class price per GB-month. The customer's own OSS bill, not this product's.
 *
 * @param input.photosPerDay - Completed verifications a day (every verdict uploads a photo): a whole number.
 * @param input.photoSizeMB - Average photo size in MB (the document's example: 0.1).
 * @param input.retentionDays - Days a photo is kept (one month = 30).
 * @param rules - The bundled rules by default.
 * @returns `storedGB` and `monthlyFee` (元), exact to the last digit: photos a day are whole, so both only
 *   divide by 1024, which always ends (`photoSizeMB: '0.125'`, 1 photo, 1 day: `storedGB` '0.0001220703125').
 * @throws {InputError} `photosPerDay` (`negative`, `not-integer`, …), `photoSizeMB` (`out-of-range` unless
 *   0 < size ≤ 1024), `retentionDays` (`not-integer`, `out-of-range` above 36,500).
 * @example ossStorage({ photosPerDay: 10000, photoSizeMB: 0.1, retentionDays: 30 })
 *   // { storedGB: '29.296875', monthlyFee: '3.515625' }: ≈ ¥3.52 a month (the document rounds to 29 GB and says 3.48)
 */
export function ossStorage(
  input: { readonly photosPerDay: UnitsInput; readonly photoSizeMB: DecimalInput; readonly retentionDays: UnitsInput },
  rules: Rules = DEFAULT_RULES,
): { storedGB: string; monthlyFee: string } {
  objectIn(input, 'input');
  const photos = parseUnits(input.photosPerDay, 'photosPerDay');
  const size = parsePhotoSize(input.photoSizeMB, 'photoSizeMB');
  const days = parseRetention(input.retentionDays, 'retentionDays');
  const f = storageFigures({ num: new Decimal(photos.toString()), den: 1 }, size, days, rules);
  return { storedGB: f.storedGB, monthlyFee: f.monthlyFee };
}
