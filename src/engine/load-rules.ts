/**
 * Validating rules data: the bundled rules' shape, a host page's own prices, or a program's. Kept apart from
 * the bundled rules (rules.ts) so the elements load it only when a page passes custom rules. Every check names
 * the path of what is wrong.
 */
import { Decimal, toPlain } from './decimal.js';
import { RulesError } from './errors.js';
import { isPlannable, MAX_CANDIDATES, MAX_PACK_UNITS, MAX_PACKS } from './planning.js';
import { FAMILY_IDS, PLAN_IDS, ROUNDING_MODES, deepFreeze } from './rules.js';
import type { Family, FamilyId, LocalizedText, Pack, Plan, PlanId, Rules, RoundingModeName } from './types.js';

type Obj = Record<string, unknown>;

function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RulesError(path, value === undefined ? 'missing' : 'type', 'must be an object.');
  }
  return value as Obj;
}

/** The path of key `k` in the object at `path` ('' for the top level, whose keys are named alone: `version`). */
function child(path: string, k: string): string {
  if (k === '') return `${path}[""]`; // an empty key still gets a path that names it
  return path === '' ? k : `${path}.${k}`;
}

function exactKeys(o: Obj, keys: readonly string[], path: string, code: 'unknown-family' | 'type' = 'type'): void {
  for (const k of keys) if (!(k in o)) throw new RulesError(child(path, k), 'missing', 'is missing.');
  for (const k of Object.keys(o)) {
    if (!keys.includes(k)) throw new RulesError(child(path, k), code, `is not one of ${keys.join(', ')}.`);
  }
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RulesError(path, value === undefined ? 'missing' : 'type', 'must be a non-empty string.');
  }
  return value;
}

function dec(value: unknown, path: string, min: 'positive' | 'non-negative'): Decimal {
  let d: Decimal;
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  // At most 15 whole digits and 8 decimals: enough for any price, and keeps every product exact (decimal.ts).
  if (typeof s === 'string' && /^\d{1,15}(\.\d{1,8})?$/.test(s.trim())) d = new Decimal(s.trim());
  else {
    throw new RulesError(
      path,
      value === undefined ? 'missing' : 'type',
      'must be a decimal string such as "0.182" (at most 15 digits before the point and 8 after).',
    );
  }
  if (d.isNegative() || (min === 'positive' && d.isZero())) {
    throw new RulesError(path, 'not-positive', `must be ${min === 'positive' ? 'greater than 0' : '0 or more'}.`);
  }
  return d;
}

function int(value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RulesError(path, value === undefined ? 'missing' : 'type', 'must be a whole number.');
  }
  if (value < min || value > max) {
    throw new RulesError(path, 'not-positive', `must be between ${min} and ${max}.`);
  }
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new RulesError(path, value === undefined ? 'missing' : 'type', 'must be true or false.');
  return value;
}

function text(value: unknown, path: string): LocalizedText {
  const o = obj(value, path);
  exactKeys(o, ['zh', 'en'], path);
  return { zh: str(o.zh, `${path}.zh`), en: str(o.en, `${path}.en`) };
}

function mode(value: unknown, path: string): RoundingModeName {
  if (!ROUNDING_MODES.includes(value as RoundingModeName)) {
    throw new RulesError(path, 'rounding-mode', `must be one of ${ROUNDING_MODES.join(', ')}.`);
  }
  return value as RoundingModeName;
}

function pack(value: unknown, path: string, unitPrice: Decimal): Pack {
  const o = obj(value, path);
  for (const k of Object.keys(o)) {
    if (!['units', 'price', 'ratio', 'trial'].includes(k)) throw new RulesError(child(path, k), 'type', 'is not a pack field.');
  }
  const units = int(o.units, `${path}.units`, 1);
  if (units > MAX_PACK_UNITS) {
    throw new RulesError(
      `${path}.units`,
      'too-large',
      `${units} units is more than a price list sells in one pack; use at most 1,000,000,000,000 (10^12) units.`,
    );
  }
  const price = dec(o.price, `${path}.price`, 'non-negative');
  const ratio = dec(o.ratio, `${path}.ratio`, 'non-negative');
  const trial = o.trial === undefined ? false : bool(o.trial, `${path}.trial`);
  if (trial) {
    if (!price.isZero()) throw new RulesError(`${path}.price`, 'trial', 'a free trial pack must cost 0.');
    if (!ratio.isZero()) throw new RulesError(`${path}.ratio`, 'trial', 'a free trial pack has ratio 0.');
  } else if (ratio.isZero() || ratio.gt(1)) {
    // A pack dearer than pay-as-you-go is no discount; a free pack that is not the trial would be unlimited.
    throw new RulesError(`${path}.ratio`, 'ratio-out-of-range', 'must be above 0 and at most 1 (1 = no discount).');
  }
  const expected = unitPrice.times(units).times(ratio);
  if (!price.eq(expected)) {
    throw new RulesError(
      `${path}.price`,
      'price-mismatch',
      `${toPlain(price)} is not units × unit price × ratio = ${units} × ${toPlain(unitPrice)} × ${toPlain(ratio)} = ${toPlain(expected)} (docs/pricing-rules.md §R4).`,
    );
  }
  const out: Pack = { units, price: toPlain(price), ratio: toPlain(ratio) };
  return trial ? { ...out, trial: true } : out;
}

function family(value: unknown, path: string): Family {
  const o = obj(value, path);
  exactKeys(o, ['name', 'unitPrice', 'packs'], path);
  const unitPrice = dec(o.unitPrice, `${path}.unitPrice`, 'positive');
  if (!Array.isArray(o.packs)) throw new RulesError(`${path}.packs`, 'type', 'must be an array.');
  if (o.packs.length > MAX_PACKS) {
    throw new RulesError(
      `${path}.packs`,
      'too-many-packs',
      `has ${o.packs.length} packs; a family may have at most ${MAX_PACKS} (the trial included): drop or merge some.`,
    );
  }
  const packs = o.packs.map((p, i) => pack(p, `${path}.packs[${i}]`, unitPrice));
  // Two paid packs of one size are one too many; a paid pack may share its size with the free trial (R4).
  const seen = new Set<number>();
  packs.forEach((p, i) => {
    if (p.trial) return;
    if (seen.has(p.units)) {
      throw new RulesError(`${path}.packs[${i}].units`, 'duplicate-size', `${p.units}: two paid packs of this size; keep one.`);
    }
    seen.add(p.units);
  });
  if (packs.filter((p) => p.trial).length > 1) {
    throw new RulesError(`${path}.packs`, 'trial', 'a family has at most one free trial pack.');
  }
  // Ascending by size; the trial before a paid pack of its size.
  const sorted = [...packs].sort((a, b) => a.units - b.units || (a.trial ? -1 : b.trial ? 1 : 0));
  const f: Family = { name: text(o.name, `${path}.name`), unitPrice: toPlain(unitPrice), packs: sorted };
  // A catalogue the planner cannot plan exactly and fast is refused here, not on first use.
  if (!isPlannable(f)) {
    throw new RulesError(
      `${path}.packs`,
      'too-fine',
      `these ${f.packs.length} packs combine in too many ways that could each be the cheapest (more than ` +
        `${MAX_CANDIDATES.toLocaleString('en')} to compare) to plan exactly and fast; use fewer packs, sizes closer to ` +
        'one another and multiples of one another (e.g. 1,000 / 10,000 / 100,000), or discounts that differ more between sizes.',
    );
  }
  return f;
}

function plan(value: unknown, path: string, families: Record<FamilyId, Family>): Plan {
  const o = obj(value, path);
  exactKeys(o, ['name', 'family', 'unitPrice', 'metering', 'storesPhotos', 'qpsLimit'], path);
  const fam = o.family;
  if (typeof fam !== 'string' || !FAMILY_IDS.includes(fam as FamilyId)) {
    throw new RulesError(`${path}.family`, 'unknown-family', `must be one of ${FAMILY_IDS.join(', ')}.`);
  }
  const unitPrice = dec(o.unitPrice, `${path}.unitPrice`, 'positive');
  const famPrice = new Decimal(families[fam as FamilyId].unitPrice);
  if (!unitPrice.eq(famPrice)) {
    // Overage on pooled packs is billed at one price per family; two prices would make that ambiguous.
    throw new RulesError(
      `${path}.unitPrice`,
      'unit-price-mismatch',
      `${toPlain(unitPrice)} differs from its pack family's unit price ${toPlain(famPrice)}.`,
    );
  }
  if (o.metering !== 'calls' && o.metering !== 'passed') {
    throw new RulesError(`${path}.metering`, 'unknown-metering', 'must be "calls" or "passed".');
  }
  const qps = o.qpsLimit === null ? null : int(o.qpsLimit, `${path}.qpsLimit`, 1);
  return {
    name: text(o.name, `${path}.name`),
    family: fam as FamilyId,
    unitPrice: toPlain(unitPrice),
    metering: o.metering,
    storesPhotos: bool(o.storesPhotos, `${path}.storesPhotos`),
    qpsLimit: qps,
  };
}


/**
 * Validates rules data (the bundled rules, or a host page's own prices) and returns a frozen, normalised copy.
 *
 * @param data - JSON-compatible rules, shaped like {@link DEFAULT_RULES}.
 * @returns The rules, safe to pass to every engine function.
 * @throws {RulesError} naming the path of the first problem, e.g. `families.idv.packs[2].price` with code
 *   `price-mismatch` when a price is not units × unit price × ratio (docs/pricing-rules.md §R4).
 * @example
 * const custom = loadRules({ ...DEFAULT_RULES, version: 'my-quote' });
 */
export function loadRules(data: unknown): Rules {
  try {
    return readRules(data);
  } catch (e) {
    // instanceof itself can throw (a revoked Proxy thrown as the exception): then it is not ours.
    let ours = false;
    try {
      ours = e instanceof RulesError;
    } catch {
      // not ours
    }
    if (ours) throw e;
    // The page's data fought back while it was read: a getter that throws, a revoked Proxy, a Proxy trap that
    // throws, nesting too deep for the stack. None of it is JSON-compatible data; say so rather than crash.
    let reason = 'an exception';
    try {
      if (e instanceof Error) reason = `${String(e.name)}: ${String(e.message)}`.slice(0, 200);
    } catch {
      // An exception whose name or message is itself a trap: keep the plain wording.
    }
    throw new RulesError('rules', 'unreadable', `could not be read (${reason}); pass plain JSON-compatible data, e.g. JSON.parse of a rules file.`);
  }
}

function readRules(data: unknown): Rules {
  const o = obj(data, 'rules');
  exactKeys(o, ['version', 'currency', 'plans', 'families', 'packs', 'oss', 'rounding', 'settlement', 'refund', 'sources'], '');
  const version = str(o.version, 'version');
  if (o.currency !== 'CNY') throw new RulesError('currency', 'type', 'must be "CNY".');

  const famObj = obj(o.families, 'families');
  exactKeys(famObj, FAMILY_IDS, 'families', 'unknown-family');
  const families = {} as Record<FamilyId, Family>;
  for (const id of FAMILY_IDS) families[id] = family(famObj[id], `families.${id}`);

  const planObj = obj(o.plans, 'plans');
  exactKeys(planObj, PLAN_IDS, 'plans');
  const plans = {} as Record<PlanId, Plan>;
  for (const id of PLAN_IDS) plans[id] = plan(planObj[id], `plans.${id}`, families);

  const p = obj(o.packs, 'packs');
  exactKeys(p, ['lifetimeDays', 'daysPerYear', 'monthsPerYear', 'daysPerMonth'], 'packs');
  const oss = obj(o.oss, 'oss');
  exactKeys(oss, ['pricePerGBMonth', 'mbPerGB', 'daysPerMonth', 'hoursPerDay', 'defaultPhotoSizeMB', 'defaultRetentionDays'], 'oss');
  const r = obj(o.rounding, 'rounding');
  exactKeys(r, ['scale', 'payable', 'ossEstimate'], 'rounding');
  const s = obj(o.settlement, 'settlement');
  exactKeys(s, ['dailyBillingSince', 'utcOffsetHours', 'billAfterHours', 'arrearsGraceHours'], 'settlement');
  const bill = s.billAfterHours;
  if (!Array.isArray(bill) || bill.length !== 2) {
    throw new RulesError('settlement.billAfterHours', 'type', 'must be [earliest, latest] hours.');
  }
  const billFrom = int(bill[0], 'settlement.billAfterHours[0]', 0, 48);
  const billTo = int(bill[1], 'settlement.billAfterHours[1]', billFrom, 48);
  const f = obj(o.refund, 'refund');
  exactKeys(f, ['fullRefundDays', 'supportDays'], 'refund');
  const fullRefundDays = int(f.fullRefundDays, 'refund.fullRefundDays', 0);
  const src = obj(o.sources, 'sources');
  const sources: Record<string, string> = {};
  for (const [k, v] of Object.entries(src)) sources[k] = str(v, child('sources', k));

  return deepFreeze({
    version,
    currency: 'CNY',
    plans,
    families,
    packs: {
      lifetimeDays: int(p.lifetimeDays, 'packs.lifetimeDays', 1),
      daysPerYear: int(p.daysPerYear, 'packs.daysPerYear', 1),
      monthsPerYear: int(p.monthsPerYear, 'packs.monthsPerYear', 1),
      daysPerMonth: int(p.daysPerMonth, 'packs.daysPerMonth', 1),
    },
    oss: {
      pricePerGBMonth: toPlain(dec(oss.pricePerGBMonth, 'oss.pricePerGBMonth', 'non-negative')),
      mbPerGB: int(oss.mbPerGB, 'oss.mbPerGB', 1),
      daysPerMonth: int(oss.daysPerMonth, 'oss.daysPerMonth', 1),
      hoursPerDay: int(oss.hoursPerDay, 'oss.hoursPerDay', 1),
      defaultPhotoSizeMB: toPlain(dec(oss.defaultPhotoSizeMB, 'oss.defaultPhotoSizeMB', 'positive')),
      defaultRetentionDays: int(oss.defaultRetentionDays, 'oss.defaultRetentionDays', 0),
    },
    rounding: {
      scale: int(r.scale, 'rounding.scale', 0, 8),
      payable: mode(r.payable, 'rounding.payable'),
      ossEstimate: mode(r.ossEstimate, 'rounding.ossEstimate'),
    },
    settlement: {
      dailyBillingSince: str(s.dailyBillingSince, 'settlement.dailyBillingSince'),
      utcOffsetHours: int(s.utcOffsetHours, 'settlement.utcOffsetHours', -12, 14),
      billAfterHours: [billFrom, billTo] as const,
      arrearsGraceHours: int(s.arrearsGraceHours, 'settlement.arrearsGraceHours', 0),
    },
    refund: {
      fullRefundDays,
      supportDays: int(f.supportDays, 'refund.supportDays', fullRefundDays),
    },
    sources,
  });
}
