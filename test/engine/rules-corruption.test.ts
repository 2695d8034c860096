/**
 * Random corruptions of the bundled rules data: one value replaced, one key deleted or one unknown key (or
 * array element) added, anywhere in the JSON tree. `loadRules` must either refuse the data with a RulesError
 * naming the corrupted place (or the field it has to agree with), or accept it, and then only when the data
 * is valid for that field, with every other figure unchanged: a text change (names, sources, version) or a
 * value equal to the old one (`'1.0'` for `'1'`) prices every scenario exactly as the bundled rules do.
 *
 * Whether a corruption is valid is decided here from the field table below (the documented schema), not by
 * asking the engine.
 *
 * Depth: `npm test` runs a quarter of the random corruptions, `npm run test:deep` all 1,500 (test/helpers/depth.ts);
 * the walk of every field takes every value in every place either way.
 */
import { expect } from '@open-wc/testing';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { DEFAULT_RULES, InputError, RulesError, loadRules, quote } from '../../src/engine/index.js';
import type { Rules, Scenario } from '../../src/engine/index.js';
import { runs } from '../helpers/depth.js';

type Json = unknown;
type Seg = string | number;
type Path = readonly Seg[];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

type Corruption =
  | { readonly kind: 'replace'; readonly path: Path; readonly value: Json }
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'add'; readonly path: Path; readonly key: string; readonly value: Json };

const copy = (): Loose => JSON.parse(JSON.stringify(DEFAULT_RULES));
const BASE: Loose = copy();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `families.idv.packs[2].price`, the engine's spelling; the root is `rules`. */
function fmt(path: Path): string {
  if (path.length === 0) return 'rules';
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : k === '' ? `${s}[""]` : s === '' ? k : `${s}.${k}`), '');
}

function getAt(root: Loose, path: Path): Loose {
  return path.reduce<Loose>((node, k) => node[k], root);
}

/** Every node of the tree (the root, objects, arrays and leaves), as paths. */
function allPaths(node: Json, path: Path = []): Path[] {
  const children: Path[] = Array.isArray(node)
    ? node.flatMap((v, i) => allPaths(v, [...path, i]))
    : isObject(node)
      ? Object.entries(node).flatMap(([k, v]) => allPaths(v, [...path, k]))
      : [];
  return [path, ...children];
}

/** The corrupted copy of the bundled data (the bundled rules themselves are never touched). */
function apply(c: Corruption): Loose {
  const data = copy();
  if (c.path.length === 0) {
    if (c.kind === 'replace') return c.value;
  }
  const parent = c.path.length === 0 ? null : getAt(data, c.path.slice(0, -1));
  const last = c.path[c.path.length - 1]!;
  if (c.kind === 'replace') {
    if (parent === null) return c.value;
    Object.defineProperty(parent, last, { value: c.value, enumerable: true, writable: true, configurable: true });
  } else if (c.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = getAt(data, c.path);
    if (Array.isArray(target)) target.push(c.value);
    // defineProperty, so a key such as `__proto__` becomes an own key, as JSON.parse would make it.
    else Object.defineProperty(target, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
  }
  return data;
}

/** The path a corruption touched: the replaced or deleted node, or the new key / element. */
function touched(c: Corruption): string {
  if (c.kind !== 'add') return fmt(c.path);
  const target = getAt(BASE, c.path);
  return fmt([...c.path, Array.isArray(target) ? target.length : c.key]);
}

// ---- the documented schema, independently of src/engine/rules.ts ------------------------------------------

/** A decimal as rules take it: a number, or a string of at most 15 digits and 8 decimals (spaces around allowed). */
function decimalOf(v: unknown): Decimal | null {
  const s = typeof v === 'number' && Number.isFinite(v) ? String(v) : v;
  return typeof s === 'string' && /^\d{1,15}(\.\d{1,8})?$/.test(s.trim()) ? new Decimal(s.trim()) : null;
}
const wholeIn = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const nonEmptyText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const sameDecimal = (v: unknown, old: string): boolean => decimalOf(v)?.eq(old) ?? false;
const isText = (v: unknown): boolean =>
  isObject(v) && Object.keys(v).length === 2 && nonEmptyText(v.zh) && nonEmptyText(v.en);

/** The field's path with ids and indices as `*`: `families.*.packs[*].price`. */
function pattern(path: Path): string {
  const generic = path.map((k, i) => {
    if (typeof k === 'number') return '[*]';
    if (i === 1 && (path[0] === 'plans' || path[0] === 'families' || path[0] === 'sources')) return '*';
    return k;
  });
  return fmt(generic).replaceAll('.[*]', '[*]');
}

/**
 * Whether the corrupted data is valid (and so must load), from the schema: only one place changed, so
 * every other field keeps its bundled value. 'either' only where the schema here does not decide.
 */
function valid(c: Corruption): boolean | 'either' {
  if (c.kind === 'delete') {
    const p = pattern(c.path);
    // A source note may go; so may a pack (the rest of the catalogue stays consistent).
    return p === 'sources.*' || p === 'families.*.packs[*]';
  }
  if (c.kind === 'add') {
    const p = pattern(c.path);
    if (p === 'sources') return nonEmptyText(c.value);
    return false; // every other object has exact keys; a random extra pack or bill hour is not valid
  }
  const v = c.value;
  const old = getAt(BASE, c.path);
  if (JSON.stringify(v) === JSON.stringify(old) && typeof v === typeof old) return true;
  const p = pattern(c.path);
  const at = (k: Seg): Loose => getAt(BASE, [...c.path.slice(0, -1), k]);
  switch (p) {
    case 'version':
    case 'plans.*.name.zh':
    case 'plans.*.name.en':
    case 'families.*.name.zh':
    case 'families.*.name.en':
    case 'settlement.dailyBillingSince':
    case 'sources.*':
      return nonEmptyText(v);
    case 'plans.*.name':
    case 'families.*.name':
      return isText(v);
    case 'sources':
      return isObject(v) && Object.values(v).every(nonEmptyText);
    case 'currency':
      return v === 'CNY';
    case 'plans.*.family':
      return v === old; // every other family has another unit price
    case 'plans.*.unitPrice':
    case 'families.*.unitPrice':
      return sameDecimal(v, old); // must agree with the family's price and its packs' prices
    case 'plans.*.metering':
      return v === 'calls' || v === 'passed';
    case 'plans.*.storesPhotos':
      return typeof v === 'boolean';
    case 'plans.*.qpsLimit':
      return v === null || wholeIn(v, 1);
    case 'families.*.packs':
      return Array.isArray(v) ? (v.length === 0 ? true : 'either') : false;
    case 'families.*.packs[*].units': {
      if (at('trial') !== true) return wholeIn(v, 1) && v === old; // price = units × unit price × ratio
      // docs/pricing-rules.md §R4 (settled): a paid pack may share the trial's size; no pack above 10^12 units.
      return wholeIn(v, 1, 1_000_000_000_000);
    }
    case 'families.*.packs[*].price':
    case 'families.*.packs[*].ratio':
      return sameDecimal(v, old);
    case 'families.*.packs[*].trial':
      return v === old || (v === false && at('trial') !== true);
    case 'packs.lifetimeDays':
    case 'packs.daysPerYear':
    case 'packs.monthsPerYear':
    case 'packs.daysPerMonth':
    case 'oss.mbPerGB':
    case 'oss.daysPerMonth':
    case 'oss.hoursPerDay':
      return wholeIn(v, 1);
    case 'oss.pricePerGBMonth':
      return decimalOf(v) !== null;
    case 'oss.defaultPhotoSizeMB':
      return decimalOf(v)?.gt(0) ?? false;
    case 'oss.defaultRetentionDays':
    case 'settlement.arrearsGraceHours':
      return wholeIn(v, 0);
    case 'rounding.scale':
      return wholeIn(v, 0, 8);
    case 'rounding.payable':
    case 'rounding.ossEstimate':
      return v === 'down' || v === 'half-up';
    case 'settlement.utcOffsetHours':
      return wholeIn(v, -12, 14);
    case 'settlement.billAfterHours':
      return Array.isArray(v) && v.length === 2 && wholeIn(v[0], 0, 48) && wholeIn(v[1], v[0] as number, 48);
    case 'settlement.billAfterHours[*]':
      return c.path[2] === 0 ? wholeIn(v, 0, BASE.settlement.billAfterHours[1]) : wholeIn(v, BASE.settlement.billAfterHours[0], 48);
    case 'refund.fullRefundDays':
      return wholeIn(v, 0, BASE.refund.supportDays);
    case 'refund.supportDays':
      return wholeIn(v, BASE.refund.fullRefundDays);
    default:
      return false; // the root, plans, families, a plan, a family, a pack, packs, oss, …: any other value breaks it
  }
}

// ---- what the engine said ---------------------------------------------------------------------------------

const within = (inner: string, outer: string): boolean =>
  outer === 'rules' || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

/** The record whose fields must agree with one another: a family (its packs), a plan, the refund windows, the bill hours. */
function scope(path: string): string | null {
  return /^(families\.[^.[]+|plans\.[^.[]+|refund|settlement\.billAfterHours)/.exec(path)?.[1] ?? null;
}

/** Codes for two fields that disagree: the engine names one of them, not necessarily the corrupted one. */
const AGREEMENT = new Set(['price-mismatch', 'unit-price-mismatch', 'ratio-out-of-range', 'trial', 'duplicate-size', 'too-fine', 'not-positive']);

/** Whether the error's path names the corrupted place, a node above or below it, or a field it must agree with. */
function names(errorPath: string, code: string, changed: string): boolean {
  if (within(errorPath, changed) || within(changed, errorPath)) return true;
  if (!AGREEMENT.has(code)) return false;
  const s = scope(changed);
  if (s !== null && s === scope(errorPath)) return true;
  // A family's unit price is also every one of its plans' price.
  const family = /^families\.([^.[]+)\.unitPrice$/.exec(changed)?.[1];
  const plan = /^plans\.([^.[]+)\.unitPrice$/.exec(errorPath)?.[1];
  return code === 'unit-price-mismatch' && family !== undefined && plan !== undefined && (BASE.plans[plan]?.family as string) === family;
}

/** Fixed scenarios covering every plan, metering, storage, QPS, the trial packs and pooled lines. */
const SCENARIOS: readonly Scenario[] = [
  { plan: 'app', volume: 10000, period: 'day', photoSizeMB: '0.1', retentionDays: 30, peakHourShare: '12' },
  { plan: 'alipay-mini', volume: '20000', period: 'month', passRate: '85', firstPurchase: true },
  { plan: 'face-compare', volume: '2500000', period: 'year' },
  { plan: 'liveness-verify', volume: '300000', period: 'month', photoSizeMB: '0.2', retentionDays: 60, peakHourShare: '5' },
  { plan: 'server', volume: 1, period: 'day', firstPurchase: true },
  {
    lines: [
      { plan: 'h5', volume: '7', period: 'day' },
      { plan: 'alipay-h5', volume: '123457', period: 'year', passRate: '33.3' },
      { plan: 'liveness-detect', volume: '999', period: 'month' },
    ],
    firstPurchase: true,
  },
];

/** The quote, or the InputError code the engine refused it with; anything else thrown fails the test. */
function priced(s: Scenario, rules: Rules): unknown {
  try {
    const q = quote(s, rules);
    expect(q.rulesVersion).to.equal(rules.version);
    // The version is a label (any text); every other field is a figure, a code or a flag.
    const json = JSON.stringify({ ...q, rulesVersion: '(any)' });
    expect(json, 'quote').to.not.match(/NaN|Infinity|undefined/);
    return JSON.parse(json);
  } catch (e) {
    if (e instanceof InputError) return { error: e.code, field: e.field };
    throw e;
  }
}
const BUNDLED = SCENARIOS.map((s) => priced(s, DEFAULT_RULES));

/** The rules minus what carries no price: names, notes and the version label. */
function pricing(r: Rules): unknown {
  const data: Loose = JSON.parse(JSON.stringify(r));
  delete data.sources;
  delete data.version;
  for (const p of Object.values<Loose>(data.plans)) delete p.name;
  for (const f of Object.values<Loose>(data.families)) delete f.name;
  return data;
}

/** Leaves of two JSON trees that differ, as engine paths. */
function diff(a: Json, b: Json, path: Path = []): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [fmt(path)];
    return a.flatMap((v, i) => diff(v, b[i], [...path, i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => (k in a && k in b ? diff(a[k], b[k], [...path, k]) : [fmt([...path, k])]));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [fmt(path)];
}

const describeCorruption = (c: Corruption): string =>
  `${c.kind} ${touched(c)}${'value' in c ? ` = ${String(JSON.stringify(c.value))}` : ''}`;

/** Loads the corrupted data and checks what came back against the schema; returns what happened. */
function check(c: Corruption): 'accepted' | 'refused' {
  const data = apply(c);
  const changed = touched(c);
  const label = describeCorruption(c);
  const expected = valid(c);
  let rules: Rules;
  try {
    rules = loadRules(data);
  } catch (e) {
    expect(e, `${label}: ${String(e)}`).to.be.instanceOf(RulesError);
    const err = e as RulesError;
    expect(err.path, `${label}: path`).to.be.a('string').and.not.equal('');
    expect(err.code, `${label}: code`).to.be.a('string').and.not.equal('');
    expect(names(err.path, err.code, changed), `${label}: refused at ${err.path} (${err.code}), not at ${changed}`).to.equal(true);
    expect(err.message, `${label}: message`).to.contain(err.path);
    expect(expected, `${label}: valid data refused: ${err.message}`).to.not.equal(true);
    return 'refused';
  }
  expect(expected, `${label}: invalid data accepted`).to.not.equal(false);

  // Only the corrupted place may differ from the bundled rules (a catalogue is re-sorted as a whole).
  const catalogue = /^families\.[^.[]+\.packs/.exec(changed)?.[0];
  for (const where of diff(JSON.parse(JSON.stringify(rules)), JSON.parse(JSON.stringify(DEFAULT_RULES)))) {
    const ok = within(where, changed) || within(changed, where) || (catalogue !== undefined && within(where, catalogue));
    expect(ok, `${label}: ${where} changed too`).to.equal(true);
  }
  if (c.kind === 'replace' && c.path[0] === 'version') expect(rules.version).to.equal(c.value);

  const figures = SCENARIOS.map((s) => priced(s, rules));
  if (JSON.stringify(pricing(rules)) === JSON.stringify(pricing(DEFAULT_RULES))) {
    figures.forEach((f, i) => expect(f, `${label}: scenario ${i}`).to.deep.equal(BUNDLED[i]));
  }
  return 'accepted';
}

// ---- arbitraries ------------------------------------------------------------------------------------------

/** Values anyone might put anywhere. */
const GENERIC: readonly Json[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  -2.25,
  7,
  1e21,
  1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  '1e5',
  ' 1',
  '1 ',
  '-1',
  '+1',
  '0x10',
  '1,000',
  '１２',
  '1.',
  '.5',
  '0.000000001',
  '1234567890123456',
  'abc',
  'down',
  'half-up',
  'calls',
  'passed',
  'CNY',
  'idv',
  'liveness',
  [],
  [1],
  [10, 12],
  ['10', '12'],
  {},
  { zh: '名', en: 'name' },
  { units: 1 },
];

/** Values near the old one: the same in another spelling, a little off, the wrong type. */
function near(old: Json): Json[] {
  if (typeof old === 'number') return [old, old + 1, old - 1, old * 2, -old, old + 0.5, String(old), ` ${old}`, `${old}.0`];
  if (typeof old === 'string') {
    const d = decimalOf(old);
    const around = [old, ` ${old} `, old.toUpperCase(), `${old}x`, old.repeat(2)];
    if (d === null) return around;
    return [
      ...around,
      Number(old),
      `${old.includes('.') ? old : `${old}.`}0000`,
      `${old.includes('.') ? old : `${old}.`}000000000`,
      `-${old}`,
      d.plus(1).toFixed(),
      d.times(2).toFixed(),
      d.plus('0.00000001').toFixed(),
      d.toExponential(),
    ];
  }
  if (typeof old === 'boolean') return [old, !old, String(old), old ? 1 : 0];
  return [old];
}

const PATHS = allPaths(BASE);
const ODD_KEYS = ['extra', '__proto__', 'constructor', 'toString', '', 'trial ', 'Units', 'plans.*.qpsLimit'];

const corruptionArb: fc.Arbitrary<Corruption> = fc.constantFrom(...PATHS).chain((path) => {
  const node = getAt(BASE, path);
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...GENERIC) },
    { weight: 3, arbitrary: fc.constantFrom(...near(node)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
  const options: fc.Arbitrary<Corruption>[] = [value.map((v) => ({ kind: 'replace', path, value: v }) as const)];
  if (path.length > 0) options.push(fc.constant({ kind: 'delete', path } as const));
  if (typeof node === 'object' && node !== null) {
    options.push(
      fc
        .record({ key: fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ minLength: 1, maxLength: 8 })), value })
        .filter(({ key }) => Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, key))
        .map(({ key, value: v }) => ({ kind: 'add', path, key, value: v }) as const),
    );
  }
  return fc.oneof(...options);
});

// ---- tests ------------------------------------------------------------------------------------------------

describe('loadRules against corrupted data', () => {
  describe('examples', () => {
    const t = (c: Corruption, outcome: 'accepted' | 'refused') =>
      it(`should have ${outcome} ${describeCorruption(c)}`, () => {
        expect(check(c)).to.equal(outcome);
      });
    t({ kind: 'replace', path: ['families', 'idv', 'unitPrice'], value: '1.00' }, 'accepted');
    t({ kind: 'replace', path: ['families', 'idv', 'unitPrice'], value: 1 }, 'accepted');
    t({ kind: 'replace', path: ['families', 'idv', 'unitPrice'], value: '2' }, 'refused');
    t({ kind: 'replace', path: ['families', 'idv', 'packs', 2, 'price'], value: ' 90000 ' }, 'accepted');
    t({ kind: 'replace', path: ['families', 'idv', 'packs', 2, 'price'], value: '9e4' }, 'refused');
    t({ kind: 'replace', path: ['families', 'idv', 'packs', 0, 'units'], value: 50000 }, 'accepted');
    t({ kind: 'replace', path: ['families', 'idv', 'packs', 0, 'units'], value: 1_000_000_000_001 }, 'refused');
    t({ kind: 'replace', path: ['families', 'idv', 'packs', 0, 'units'], value: 7 }, 'accepted');
    t({ kind: 'delete', path: ['families', 'idv', 'packs', 0, 'trial'] }, 'refused');
    t({ kind: 'replace', path: ['plans', 'h5', 'family'], value: 'liveness' }, 'refused');
    t({ kind: 'replace', path: ['plans', 'app', 'name', 'en'], value: '<img src=x onerror=alert(1)>' }, 'accepted');
    t({ kind: 'replace', path: ['plans', 'app', 'name', 'zh'], value: '\u202e' }, 'accepted');
    t({ kind: 'replace', path: ['oss', 'mbPerGB'], value: Number.NaN }, 'refused');
    t({ kind: 'replace', path: ['oss', 'pricePerGBMonth'], value: 0.1 + 0.2 }, 'refused');
    t({ kind: 'replace', path: ['refund', 'fullRefundDays'], value: 181 }, 'refused');
    t({ kind: 'replace', path: ['settlement', 'billAfterHours', 0], value: 13 }, 'refused');
    t({ kind: 'add', path: ['sources'], key: '__proto__', value: 'a note' }, 'accepted');
    t({ kind: 'add', path: ['plans', 'app'], key: '__proto__', value: {} }, 'refused');
    t({ kind: 'add', path: ['families', 'idv', 'packs'], value: null, key: '' }, 'refused');
    t({ kind: 'delete', path: ['sources', 'oss.mbPerGB'] }, 'accepted');
    t({ kind: 'replace', path: ['sources'], value: {} }, 'accepted');
    t({ kind: 'replace', path: ['version'], value: 'my prices' }, 'accepted');
    t({ kind: 'delete', path: ['version'] }, 'refused');
    t({ kind: 'add', path: [], key: 'extra', value: 1 }, 'refused');
    t({ kind: 'replace', path: [], value: [] }, 'refused');
  });

  describe('counterexamples', () => {
    // Found by the property: a missing or unknown top-level key was reported as `rules.version` /
    // `rules.extra` while every other top-level problem says `version`, `currency`, `families`, ….
    const t = (what: string, path: string, code: string, breakIt: (d: Loose) => void) =>
      it(`should name ${what} ${path} (${code}), like every other top-level field`, () => {
        const data = copy();
        breakIt(data);
        let caught: unknown = null;
        try {
          loadRules(data);
        } catch (e) {
          caught = e;
        }
        expect(caught).to.be.instanceOf(RulesError);
        const e = caught as RulesError;
        expect({ path: e.path, code: e.code }, e.message).to.deep.equal({ path, code });
        expect(e.message.startsWith(`${path}: `), e.message).to.equal(true);
      });
    t('a missing version', 'version', 'missing', (d) => delete d.version);
    t('a missing currency', 'currency', 'missing', (d) => delete d.currency);
    t('missing sources', 'sources', 'missing', (d) => delete d.sources);
    t('an unknown top-level key', 'extra', 'type', (d) => (d.extra = 1));
    t('an empty version', 'version', 'type', (d) => (d.version = ''));
    // Then an empty top-level key was named by an empty path.
    t('an empty top-level key', '[""]', 'type', (d) => (d[''] = 1));
    t('an empty key in a plan', 'plans.app[""]', 'type', (d) => (d.plans.app[''] = 1));
    t('an empty key in a pack', 'families.idv.packs[1][""]', 'type', (d) => (d.families.idv.packs[1][''] = 1));
  });

  describe('every field', () => {
    // Thousands of loadRules and quote calls (about 7 s alone on a 2-core machine): not a timing test, so
    // mocha's 10 s default is no limit for it on a loaded CI box.
    it('should refuse or accept each generic value in each place as the schema says', function () {
      this.timeout(60000);
      let refused = 0;
      for (const path of PATHS) {
        for (const value of [...GENERIC, ...near(getAt(BASE, path))]) {
          if (check({ kind: 'replace', path, value }) === 'refused') refused++;
        }
        if (path.length > 0) check({ kind: 'delete', path });
        const node = getAt(BASE, path);
        if (typeof node === 'object' && node !== null) {
          for (const key of ODD_KEYS) if (Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, key)) check({ kind: 'add', path, key, value: 1 });
        }
      }
      expect(refused).to.be.above(PATHS.length);
    });
  });

  describe('properties', () => {
    it('should refuse a random corruption at its path with a RulesError, or price exactly as before when nothing priced changed', () => {
      fc.assert(
        fc.property(corruptionArb, (c) => {
          check(c);
        }),
        { numRuns: runs(1500) },
      );
    });
  });
});
