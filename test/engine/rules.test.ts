import { expect } from '@open-wc/testing';
import Decimal from 'decimal.js';
import { DEFAULT_RULES, FAMILY_IDS, PLAN_IDS, discountLabel, loadRules } from '../../src/engine/index.js';
import { DEFAULT_RULES_DATA } from '../../src/rules/default-rules.js';
import type { FamilyId, PlanId } from '../../src/engine/index.js';
import { rulesError } from '../helpers/throws.js';

/** A deep copy of the bundled rules, typed loosely on purpose: each test breaks it in one place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const copy = (): Loose => JSON.parse(JSON.stringify(DEFAULT_RULES));


/** The bundled idv and liveness paid packs as [units, ratio to pay-as-you-go] (docs/pricing-rules.md §R4). */
const BUNDLED_RATIOS: readonly [number, string][] = [
  [50000, '1'],
  [100000, '0.9'],
  [200000, '0.8'],
  [500000, '0.7'],
  [1500000, '0.7'],
];
describe('bundled rules', () => {
  it('should hold the bundled rules already in the form loadRules gives them (they are not validated at load)', () => {
    const validated = loadRules(DEFAULT_RULES_DATA);
    expect(validated).to.deep.equal(DEFAULT_RULES);
    expect(JSON.stringify(validated)).to.equal(JSON.stringify(DEFAULT_RULES)); // same key order, so the same exports
    expect(Object.isFrozen(DEFAULT_RULES.families.idv.packs[0])).to.equal(true);
  });

  it('should carry the pricing document version 20210112 and CNY', () => {
    expect(DEFAULT_RULES.version).to.equal('20210112');
    expect(DEFAULT_RULES.currency).to.equal('CNY');
  });

  describe('R1 plans', () => {
    const t = (id: PlanId, zh: string, en: string, unitPrice: string, metering: string, family: FamilyId, storesPhotos: boolean) =>
      it(`should price ${id} at ${unitPrice} 元 per ${metering === 'calls' ? 'successful call' : 'passed verification'}`, () => {
        const p = DEFAULT_RULES.plans[id];
        expect(p).to.deep.include({ unitPrice, metering, family, storesPhotos });
        expect(p.name).to.deep.equal({ zh, en });
      });
    t('app', 'APP 认证方案', 'App SDK', '1', 'calls', 'idv', true);
    t('h5', 'PC或移动端H5网页认证方案', 'PC / mobile H5 web', '1', 'calls', 'idv', true);
    t('server', '纯服务端接入方案', 'Server-side only', '1', 'calls', 'idv', false);
    t('alipay-mini', '支付宝小程序接入方案', 'Alipay mini program', '1', 'passed', 'idv', false);
    t('alipay-h5', '支付宝H5页面接入方案', 'Alipay H5 page', '1', 'passed', 'idv', false);
    t('liveness-verify', '活体人脸验证方案', 'Liveness + face verification', '0.182', 'calls', 'liveness', true);
    t('liveness-detect', '活体检测方案', 'Liveness detection', '0.182', 'calls', 'liveness', true);
    t('face-compare', '人脸比对方案', 'Face comparison', '0.006', 'calls', 'face-compare', false);

    it('should have exactly the 8 plans and 3 families', () => {
      expect(Object.keys(DEFAULT_RULES.plans)).to.have.members([...PLAN_IDS]);
      expect(Object.keys(DEFAULT_RULES.families)).to.have.members([...FAMILY_IDS]);
    });
  });

  describe('R3 QPS limits (published outside the document, source noted)', () => {
    const t = (id: PlanId, limit: number | null) =>
      it(`should give ${id} a default limit of ${limit ?? 'none'}`, () => {
        expect(DEFAULT_RULES.plans[id].qpsLimit).to.equal(limit);
      });
    t('app', 50);
    t('h5', 50);
    t('alipay-h5', 50);
    t('alipay-mini', 50);
    t('liveness-verify', 50);
    t('liveness-detect', 50);
    t('face-compare', 10);
    t('server', null);

    it('should say where every number not from the document comes from', () => {
      for (const key of ['plans.*.qpsLimit', 'packs.lifetimeDays', 'oss.mbPerGB', 'rounding.payable', 'rounding.ossEstimate']) {
        expect(DEFAULT_RULES.sources[key], key).to.be.a('string').and.have.length.above(20);
      }
    });
  });

  describe('R4 pack catalogue', () => {
    const t = (family: FamilyId, units: number, price: string, discount: string) =>
      it(`should sell ${family} ${units} units for ${price} 元 (${discount})`, () => {
        const pack = DEFAULT_RULES.families[family].packs.find((p) => p.units === units);
        expect(pack, `${family} ${units}`).to.not.equal(undefined);
        expect(pack!.price).to.equal(price);
        const label = discountLabel(pack!.ratio);
        expect(label.kind === 'discount' ? `${label.zhe} / ${label.percent}` : label.kind).to.equal(discount);
        // R4: every price is units × unit price × ratio, exactly.
        const unitPrice = DEFAULT_RULES.families[family].unitPrice;
        expect(new Decimal(units).times(unitPrice).times(pack!.ratio).eq(price)).to.equal(true);
      });
    t('idv', 100, '0', 'free');
    t('idv', 50000, '50000', 'none');
    t('idv', 100000, '90000', '9折 / 90 %');
    t('idv', 200000, '160000', '8折 / 80 %');
    t('idv', 500000, '350000', '7折 / 70 %');
    t('idv', 1500000, '1050000', '7折 / 70 %');
    t('liveness', 100, '0', 'free');
    t('liveness', 50000, '9100', 'none');
    t('liveness', 100000, '16380', '9折 / 90 %');
    t('liveness', 200000, '29120', '8折 / 80 %');
    t('liveness', 500000, '63700', '7折 / 70 %');
    t('liveness', 1500000, '191100', '7折 / 70 %');
    t('face-compare', 1000000, '3600', '6折 / 60 %');
    t('face-compare', 3000000, '8100', '4.5折 / 45 %');

    it('should have exactly these packs, the trial only in idv and liveness', () => {
      const sizes = (f: FamilyId) => DEFAULT_RULES.families[f].packs.map((p) => `${p.units}${p.trial ? ' trial' : ''}`);
      expect(sizes('idv')).to.deep.equal(['100 trial', '50000', '100000', '200000', '500000', '1500000']);
      expect(sizes('liveness')).to.deep.equal(['100 trial', '50000', '100000', '200000', '500000', '1500000']);
      expect(sizes('face-compare')).to.deep.equal(['1000000', '3000000']);
    });
  });

  it('should follow R6, R8, R9 and R10 numbers', () => {
    expect(DEFAULT_RULES.packs).to.deep.equal({ lifetimeDays: 365, daysPerYear: 365, monthsPerYear: 12, daysPerMonth: 30 });
    expect(DEFAULT_RULES.oss).to.deep.include({ pricePerGBMonth: '0.12', mbPerGB: 1024, daysPerMonth: 30, hoursPerDay: 24 });
    expect(DEFAULT_RULES.refund).to.deep.equal({ fullRefundDays: 5, supportDays: 180 });
    expect(DEFAULT_RULES.rounding).to.deep.equal({ scale: 2, payable: 'down', ossEstimate: 'half-up' });
    expect(DEFAULT_RULES.settlement).to.deep.equal({
      dailyBillingSince: '2019-12-25T00:00:00+08:00',
      utcOffsetHours: 8,
      billAfterHours: [10, 12],
      arrearsGraceHours: 24,
    });
  });
});

describe('loadRules', () => {
  it('should round-trip the bundled rules through JSON', () => {
    expect(loadRules(JSON.parse(JSON.stringify(DEFAULT_RULES)))).to.deep.equal(DEFAULT_RULES);
  });

  it('should return frozen rules and leave its input alone', () => {
    const data = copy();
    const before = JSON.stringify(data);
    const r = loadRules(data);
    expect(Object.isFrozen(r.families.idv.packs[0])).to.equal(true);
    expect(JSON.stringify(data)).to.equal(before);
  });

  it('should accept custom prices that keep R4 true, normalising numbers to strings', () => {
    const data = copy();
    data.families['face-compare'].packs = [{ units: 2000000, price: 6000, ratio: 0.5 }];
    const r = loadRules(data);
    expect(r.families['face-compare'].packs).to.deep.equal([{ units: 2000000, price: '6000', ratio: '0.5' }]);
  });

  const t = (what: string, path: string, code: string, breakIt: (d: Loose) => void) =>
    it(`should refuse ${what} at ${path} (${code})`, () => {
      const data = copy();
      breakIt(data);
      const e = rulesError(() => loadRules(data));
      expect({ path: e.path, code: e.code }, e.message).to.deep.equal({ path, code });
      expect(e.message).to.contain(path);
    });
  t('a price that breaks units × unit price × ratio', 'families.idv.packs[2].price', 'price-mismatch', (d) => {
    d.families.idv.packs[2].price = '90001';
  });
  t('a ratio that does not match its price', 'families.liveness.packs[3].price', 'price-mismatch', (d) => {
    d.families.liveness.packs[3].ratio = '0.75';
  });
  t('a zero pack size', 'families.idv.packs[1].units', 'not-positive', (d) => {
    d.families.idv.packs[1].units = 0;
  });
  t('a negative pack size', 'families.idv.packs[1].units', 'not-positive', (d) => {
    d.families.idv.packs[1].units = -50000;
  });
  t('a fractional pack size', 'families.idv.packs[1].units', 'type', (d) => {
    d.families.idv.packs[1].units = 50000.5;
  });
  t('a duplicate pack size', 'families.idv.packs[5].units', 'duplicate-size', (d) => {
    d.families.idv.packs[5] = { ...d.families.idv.packs[4] };
  });
  t('a pack dearer than postpaid', 'families.idv.packs[1].ratio', 'ratio-out-of-range', (d) => {
    d.families.idv.packs[1] = { units: 50000, price: '60000', ratio: '1.2' };
  });
  t('a free pack that is not the trial', 'families.idv.packs[1].ratio', 'ratio-out-of-range', (d) => {
    d.families.idv.packs[1] = { units: 50000, price: '0', ratio: '0' };
  });
  t('a trial pack with a price', 'families.idv.packs[0].price', 'trial', (d) => {
    d.families.idv.packs[0].price = '1';
  });
  t('two trial packs', 'families.idv.packs', 'trial', (d) => {
    d.families.idv.packs.push({ units: 200, price: '0', ratio: '0', trial: true });
  });
  t('a price in the wrong type', 'families.idv.packs[2].price', 'type', (d) => {
    d.families.idv.packs[2].price = { amount: 90000 };
  });
  t('a negative price', 'families.idv.packs[2].price', 'type', (d) => {
    d.families.idv.packs[2].price = '-90000';
  });
  t('packs that are not an array', 'families.idv.packs', 'type', (d) => {
    d.families.idv.packs = {};
  });
  t('an unknown family on a plan', 'plans.app.family', 'unknown-family', (d) => {
    d.plans.app.family = 'gold';
  });
  t('an unknown family', 'families.gold', 'unknown-family', (d) => {
    d.families.gold = d.families.idv;
  });
  t('a missing family', 'families.liveness', 'missing', (d) => {
    delete d.families.liveness;
  });
  t('a missing plan', 'plans.server', 'missing', (d) => {
    delete d.plans.server;
  });
  t('a plan priced unlike its pack family', 'plans.h5.unitPrice', 'unit-price-mismatch', (d) => {
    d.plans.h5.unitPrice = '2';
  });
  t('an unknown metering', 'plans.app.metering', 'unknown-metering', (d) => {
    d.plans.app.metering = 'minutes';
  });
  t('a zero unit price', 'families.idv.unitPrice', 'not-positive', (d) => {
    d.families.idv.unitPrice = '0';
  });
  t('a non-boolean photo flag', 'plans.app.storesPhotos', 'type', (d) => {
    d.plans.app.storesPhotos = 'yes';
  });
  t('a zero QPS limit', 'plans.app.qpsLimit', 'not-positive', (d) => {
    d.plans.app.qpsLimit = 0;
  });
  t('a missing plan name in one language', 'plans.app.name.en', 'missing', (d) => {
    delete d.plans.app.name.en;
  });
  t('an unknown rounding mode', 'rounding.payable', 'rounding-mode', (d) => {
    d.rounding.payable = 'banker';
  });
  t('a zero GB size', 'oss.mbPerGB', 'not-positive', (d) => {
    d.oss.mbPerGB = 0;
  });
  t('a support window shorter than the full-refund window', 'refund.supportDays', 'not-positive', (d) => {
    d.refund.supportDays = 3;
  });
  t('an empty version', 'version', 'type', (d) => {
    d.version = '';
  });
  t('another currency', 'currency', 'type', (d) => {
    d.currency = 'USD';
  });
  t('pack sizes that combine in too many ways to plan exactly and fast', 'families.idv.packs', 'too-fine', (d) => {
    // Equal rates, sizes with no common factor: every mix of the smaller three could be the cheapest somewhere.
    d.families.idv.packs = [
      { units: 999961, price: '499980.5', ratio: '0.5' },
      { units: 999979, price: '499989.5', ratio: '0.5' },
      { units: 999983, price: '499991.5', ratio: '0.5' },
      { units: 1000000, price: '500000', ratio: '0.5' },
    ];
  });
  t('more than 50 packs in a family', 'families.idv.packs', 'too-many-packs', (d) => {
    d.families.idv.packs = Array.from({ length: 51 }, (_, i) => ({ units: 1000 * (i + 1), price: String(1000 * (i + 1)), ratio: '1' }));
  });
  t('a pack above 10^12 units', 'families.idv.packs[3].units', 'too-large', (d) => {
    d.families.idv.packs[3] = { units: 2_000_000_000_000, price: '1600000000000', ratio: '0.8' };
  });
  t('two paid packs of one size, even beside a trial of that size', 'families.idv.packs[7].units', 'duplicate-size', (d) => {
    d.families.idv.packs.push({ units: 100, price: '90', ratio: '0.9' }, { units: 100, price: '80', ratio: '0.8' });
  });

  it('should say what to change when it refuses a catalogue as too large or too complex', () => {
    const tooMany = copy();
    tooMany.families.idv.packs = Array.from({ length: 51 }, (_, i) => ({ units: 100 * (i + 1), price: String(100 * (i + 1)), ratio: '1' }));
    expect(rulesError(() => loadRules(tooMany)).message).to.match(/at most 50/);
    const tooLarge = copy();
    tooLarge.families.idv.packs[3] = { units: 2_000_000_000_000, price: '1600000000000', ratio: '0.8' };
    expect(rulesError(() => loadRules(tooLarge)).message).to.match(/at most 1,000,000,000,000/);
    const fine = copy();
    fine.families.idv.packs = [
      { units: 999961, price: '499980.5', ratio: '0.5' },
      { units: 999979, price: '499989.5', ratio: '0.5' },
      { units: 999983, price: '499991.5', ratio: '0.5' },
      { units: 1000000, price: '500000', ratio: '0.5' },
    ];
    expect(rulesError(() => loadRules(fine)).message).to.match(/fewer packs|multiples of one another/);
  });

  describe('plausible catalogues (docs/pricing-rules.md §R4, settled): all accepted', () => {
    /** Packs at these sizes and ratios, priced exactly (units × unit price × ratio), as `family`'s catalogue. */
    const accept = (what: string, family: FamilyId, unitPrice: string, packs: [number, string][], trial: number | null = null) =>
      it(`should accept ${what}`, () => {
        const d = copy();
        d.families[family].unitPrice = unitPrice;
        for (const id of PLAN_IDS) if (d.plans[id].family === family) d.plans[id].unitPrice = unitPrice;
        d.families[family].packs = packs.map(([units, ratio]) => ({
          units,
          ratio,
          price: new Decimal(units).times(unitPrice).times(ratio).toFixed(),
        }));
        if (trial !== null) d.families[family].packs.push({ units: trial, price: '0', ratio: '0', trial: true });
        const r = loadRules(d);
        expect(r.families[family].packs.length).to.equal(packs.length + (trial === null ? 0 : 1));
      });
    const ladder: [number, string][] = [
      [100, '0.99'],
      [1000, '0.9'],
      [10000, '0.8'],
      [100000, '0.7'],
      [1000000, '0.6'],
    ];
    accept('a round ladder 100 … 1,000,000 at 0.99 → 0.6, ¥1 a unit', 'idv', '1', ladder);
    accept('a round ladder 100 … 1,000,000 at 0.99 → 0.6, ¥0.182 a unit', 'liveness', '0.182', ladder, 100);
    accept('a round ladder 100 … 1,000,000 at 0.99 → 0.6, ¥0.006 a unit', 'face-compare', '0.006', ladder);
    accept('two packs, 999 at 0.9 and 1,000 at 0.8', 'idv', '1', [
      [999, '0.9'],
      [1000, '0.8'],
    ]);
    accept('the ladder of docs/pricing-rules.md, 200 … 2,000,000 at falling ratios', 'idv', '1', [
      [200, '0.95'],
      [2000, '0.9'],
      [20000, '0.85'],
      [200000, '0.75'],
      [2000000, '0.65'],
    ], 100);
    for (const ratio of ['1', '0.99', '0.95', '0.9', '0.85', '0.8', '0.75', '0.7', '0.65', '0.6', '0.5', '0.3']) {
      accept(`the bundled idv packs plus a 200-unit top-up at ${ratio}`, 'idv', '1', [[200, ratio], ...BUNDLED_RATIOS], 100);
    }
    accept('a paid pack the size of the free trial', 'liveness', '0.182', [[100, '1'], ...BUNDLED_RATIOS], 100);
    // 50 packs of 1,000 … 50,000 at 0.99 … 0.50, one point down per size.
    accept('50 packs', 'idv', '1', Array.from({ length: 50 }, (_, i): [number, string] => [1000 * (i + 1), String((99 - i) / 100)]));
    accept('a pack of 10^12 units', 'face-compare', '0.006', [
      [100000000000, '0.4'],
      [1000000000000, '0.3'],
    ]);
  });

  it('should refuse data that is not an object', () => {
    for (const bad of [null, undefined, 42, 'rules', []]) {
      expect(rulesError(() => loadRules(bad)).path).to.equal('rules');
    }
  });
});
