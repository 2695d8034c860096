import { expect } from '@open-wc/testing';
import { DEFAULT_RULES, bestPackMix, loadRules } from '../../src/engine/index.js';
import type { FamilyId } from '../../src/engine/index.js';
import { expectInputError } from '../helpers/throws.js';

/** "3×1500000 + 1×100000" for the items of a mix, trial marked. */
const packs = (family: FamilyId, units: number | string, firstPurchase = false): string =>
  bestPackMix(family, units, { firstPurchase })
    .items.map((i) => `${i.count}×${i.size}${i.trial ? ' trial' : ''}`)
    .join(' + ') || 'postpaid';

describe('bestPackMix (R5)', () => {
  const t = (family: FamilyId, units: number | string, expected: string, total: string, firstPurchase = false) =>
    it(`should buy ${expected} (¥${total}) for ${units} ${family} units${firstPurchase ? ', first purchase' : ''}`, () => {
      expect(packs(family, units, firstPurchase)).to.equal(expected);
      expect(bestPackMix(family, units, { firstPurchase }).total).to.equal(total);
    });

  // docs/pricing-rules.md §R5's own example: over-buying capacity can be cheapest.
  t('face-compare', 2_500_000, '1×3000000', '8100');
  t('face-compare', 1_000_000, '1×1000000', '3600');
  // 1.4M: 1M pack + 400,000 × 0.006 = 6000 < 8100.
  t('face-compare', 1_400_000, '1×1000000', '6000');
  // 2.25M: 1M + 1M + 250,000 × 0.006 = 8700 > 8100.
  t('face-compare', 2_250_000, '1×3000000', '8100');
  t('face-compare', 999_999, '1×1000000', '3600');
  t('face-compare', 600_000, '1×1000000', '3600');
  // Below 600,000 units postpaid wins: 599,999 × 0.006 = 3599.994.
  t('face-compare', 599_999, 'postpaid', '3599.994');
  t('idv', 0, 'postpaid', '0');
  t('idv', 30_000, 'postpaid', '30000');
  // A tie with postpaid at 50,000: the same units for the money, and pay-as-you-go pays nothing up front
  // (R5 tie rule 2), so the pack with no discount is not recommended; 49,999 is cheaper postpaid.
  t('idv', 50_000, 'postpaid', '50000');
  t('idv', 49_999, 'postpaid', '49999');
  t('idv', 90_000, '1×100000', '90000');
  t('idv', 100_000, '1×100000', '90000');
  // 149,999: 100k pack + 49,999 overage beats 100k + 50k pack by 1 元.
  t('idv', 149_999, '1×100000', '139999');
  // 250,000: 200k + 50k pack and 200k + overage both cost 210,000 for the same 250,000 units: less up front wins.
  t('idv', 250_000, '1×200000', '210000');
  // docs/pricing-rules.md §R5's example: 260,000: 200k + 60,000 pay-as-you-go, not + a 50k pack (both ¥220,000).
  t('idv', 260_000, '1×200000', '220000');
  // docs/pricing-rules.md §R5's example: liveness 170,000: one 200k pack (¥29,120) beats 100k + 70,000 pay-as-you-go at the
  // same ¥29,120: 30,000 more units for the money (tie rule 1).
  t('liveness', 170_000, '1×200000', '29120');
  // Headroom first, then up front: at 180,000 the 200k pack is cheaper outright (¥160,000 < ¥170,000).
  t('idv', 180_000, '1×200000', '160000');
  // Equal cost, equal coverage: one 1.5M pack beats three 500k packs (fewer packs).
  t('idv', 1_500_000, '1×1500000', '1050000');
  t('idv', 1_000_000, '2×500000', '700000');
  t('idv', 1_600_000, '1×100000 + 1×1500000', '1140000');
  // The last 50,000 costs the same in a no-discount pack or pay-as-you-go: pay-as-you-go (less up front).
  t('idv', 3_650_000, '1×100000 + 1×500000 + 2×1500000', '2590000');
  t('liveness', 650_000, '1×100000 + 1×500000', '89180');
  t('liveness', 400_000, '2×200000', '58240');
  t('idv', 1_000_000_000_000, '2×500000 + 666666×1500000', '700000000000');
  // Trial: free, once, first purchase only, never for face comparison.
  t('idv', 100, '1×100 trial', '0', true);
  t('idv', 150, '1×100 trial', '50', true);
  t('idv', 0, '1×100 trial', '0', true);
  t('idv', 100_100, '1×100 trial + 1×100000', '90000', true);
  t('liveness', 50, '1×100 trial', '0', true);
  t('face-compare', 100, 'postpaid', '0.6', true);
  t('idv', 100, 'postpaid', '100');

  it('should fill every field of the result consistently', () => {
    expect(bestPackMix('idv', 149_999)).to.deep.equal({
      items: [{ size: 100000, price: '90000', count: 1 }],
      packCost: '90000',
      coveredUnits: 100000,
      overageUnits: 49999,
      overageCost: '49999',
      total: '139999',
      postpaidTotal: '149999',
      savings: '10000',
    });
    expect(bestPackMix('liveness', 120_000)).to.deep.equal({
      items: [{ size: 100000, price: '16380', count: 1 }],
      packCost: '16380',
      coveredUnits: 100000,
      overageUnits: 20000,
      overageCost: '3640',
      total: '20020',
      postpaidTotal: '21840',
      savings: '1820',
    });
  });

  it('should stay exact beyond 2^53, giving counts and units as digit strings there', () => {
    const r = bestPackMix('face-compare', '1000000000000000000');
    expect(r.items).to.deep.equal([
      { size: 1000000, price: '3600', count: 1 },
      { size: 3000000, price: '8100', count: 333333333333 },
    ]);
    expect(r.coveredUnits).to.equal('1000000000000000000');
    expect(r.total).to.equal('2700000000000900');
    expect(r.postpaidTotal).to.equal('6000000000000000');
    expect(r.savings).to.equal('3299999999999100');
    const big = bestPackMix('idv', '100000000000000001');
    expect(big.overageUnits).to.equal(1);
    expect(big.total).to.equal('70000000000000001');
  });

  it('should plan for a custom catalogue, not just the bundled one', () => {
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    data.families.idv.packs = [
      { units: 3, price: '3', ratio: '1' },
      { units: 5, price: '4', ratio: '0.8' },
    ];
    const rules = loadRules(data);
    // 7 units: 5-pack + 2 overage = 6; two 5-packs = 8; 3 + 5 = 7; postpaid 7.
    expect(bestPackMix('idv', 7, {}, rules).total).to.equal('6');
    // 8 units: 3 + 5 = 7 and 5 + 3 pay-as-you-go = 7 for the same 8 units: the 3-pack (no discount) only
    // replaces pay-as-you-go, so less up front wins.
    expect(bestPackMix('idv', 8, {}, rules).items).to.deep.equal([{ size: 5, price: '4', count: 1 }]);
    // 10 units: two 5-packs (8) beat everything.
    expect(bestPackMix('idv', 10, {}, rules).items).to.deep.equal([{ size: 5, price: '4', count: 2 }]);
    // A family with no packs at all is plain postpaid.
    data.families.idv.packs = [];
    expect(bestPackMix('idv', 12345, { firstPurchase: true }, loadRules(data)).total).to.equal('12345');
  });

  it('should sell a paid pack of the trial’s size beside the trial (docs/pricing-rules.md §R4)', () => {
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    data.families.idv.packs.push({ units: 100, price: '95', ratio: '0.95' });
    const rules = loadRules(data);
    expect(rules.families.idv.packs.slice(0, 2)).to.deep.equal([
      { units: 100, price: '0', ratio: '0', trial: true },
      { units: 100, price: '95', ratio: '0.95' },
    ]);
    const mix = (units: number, firstPurchase: boolean) => bestPackMix('idv', units, { firstPurchase }, rules);
    // 200 on a first purchase: the trial (free) + one paid 100 pack (¥95), listed trial first.
    expect(mix(200, true).items).to.deep.equal([
      { size: 100, price: '0', count: 1, trial: true },
      { size: 100, price: '95', count: 1 },
    ]);
    expect(mix(200, true).total).to.equal('95');
    expect(mix(300, false).items).to.deep.equal([{ size: 100, price: '95', count: 3 }]);
    expect(mix(150, false).total).to.equal('145');
  });

  it('should price plausible custom ladders the old planner refused, exactly', () => {
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    // 100 / 1,000 / 10,000 / 100,000 / 1,000,000 at 0.99 → 0.6, at ¥1 a unit.
    data.families.idv.packs = [
      { units: 100, price: '99', ratio: '0.99' },
      { units: 1000, price: '900', ratio: '0.9' },
      { units: 10000, price: '8000', ratio: '0.8' },
      { units: 100000, price: '70000', ratio: '0.7' },
      { units: 1000000, price: '600000', ratio: '0.6' },
    ];
    // Two packs: 999 at 0.9 and 1,000 at 0.8 (liveness, ¥0.182 a unit).
    data.families.liveness.packs = [
      { units: 999, price: '163.6362', ratio: '0.9' },
      { units: 1000, price: '145.6', ratio: '0.8' },
    ];
    const rules = loadRules(data);
    const items = (family: FamilyId, units: number | string) =>
      bestPackMix(family, units, {}, rules).items.map((i) => `${i.count}×${i.size}`).join(' + ') || 'postpaid';
    // 987,654: 1,000,000 (¥600,000) beats 9×100,000 + 8×10,000 + … (over ¥870,000).
    expect(items('idv', 987_654)).to.equal('1×1000000');
    // 1,234,567: 1,000,000 + 2×100,000 + 3×10,000 + 4×1,000 + 5×100 + 67 pay-as-you-go.
    expect(items('idv', 1_234_567)).to.equal('5×100 + 4×1000 + 3×10000 + 2×100000 + 1×1000000');
    // 600,000 + 140,000 + 24,000 + 3,600 + 495 + 67.
    expect(bestPackMix('idv', 1_234_567, {}, rules).total).to.equal('768162');
    // 999 units: the 1,000 pack is cheaper (¥145.6 < ¥163.6362).
    expect(items('liveness', 999)).to.equal('1×1000');
    expect(items('liveness', '1000000000000')).to.equal('1000000000×1000');
  });

  it('should not depend on the order packs are listed in', () => {
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    data.families.idv.packs.reverse();
    const rules = loadRules(data);
    for (const u of [0, 149_999, 250_000, 3_650_000, 123_456_789]) {
      expect(bestPackMix('idv', u, { firstPurchase: true }, rules)).to.deep.equal(bestPackMix('idv', u, { firstPurchase: true }));
    }
  });

  it('should refuse bad input with a field and a code', () => {
    expectInputError(() => bestPackMix('gold' as FamilyId, 1), 'family', 'unknown-family');
    expectInputError(() => bestPackMix('__proto__' as FamilyId, 1), 'family', 'unknown-family');
    expectInputError(() => bestPackMix('idv', -1), 'units', 'negative');
    expectInputError(() => bestPackMix('idv', 0.5), 'units', 'not-integer');
    expectInputError(() => bestPackMix('idv', NaN), 'units', 'not-a-number');
    expectInputError(() => bestPackMix('idv', -Infinity), 'units', 'not-finite');
    expectInputError(() => bestPackMix('idv', ''), 'units', 'empty');
    expectInputError(() => bestPackMix('idv', '5万'), 'units', 'not-a-number');
    expectInputError(() => bestPackMix('idv', '10000000000000000000'), 'units', 'out-of-range');
    expectInputError(() => bestPackMix('idv', true as unknown as number), 'units', 'type');
    expectInputError(() => bestPackMix('idv', 1, { firstPurchase: 'yes' as unknown as boolean }), 'options.firstPurchase', 'type');
  });
});
