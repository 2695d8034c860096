// Depth: `npm test` runs a quarter of each property's runs, `npm run test:deep` all of them (test/helpers/depth.ts).
import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { DEFAULT_RULES, bestPackMix, loadRules } from '../../src/engine/index.js';
import type { Family, FamilyId, Rules } from '../../src/engine/index.js';
import { costCurve } from '../../src/engine/cost-curve.js';
import type { OutlineVertex } from '../../src/engine/cost-curve.js';
import { catalogueArb, rulesDataWith } from '../arbitraries/rules.js';
import { toMinor } from '../helpers/oracle.js';
import { runs } from '../helpers/depth.js';
import { expectInputError } from '../helpers/throws.js';

// Arithmetic for the oracles only: a clone, so nothing here depends on decimal.js's global settings.
const D = DecimalJs.clone({ precision: 100 });

const vertices = (outline: readonly OutlineVertex[], upTo: number): string[] =>
  outline.filter((v) => D(v.units).lte(upTo)).map((v) => `${v.units}:${v.best}`);

/** Rules whose three families are all `family`. */
const rulesOf = (family: Family): Rules => loadRules(rulesDataWith({ idv: family, liveness: family, 'face-compare': family }));

describe('costCurve', () => {
  describe('span and grid', () => {
    const t = (family: FamilyId, from: number, to: number) =>
      it(`should span ${from} to ${to} units for ${family} (a decade beyond its packs)`, () => {
        const c = costCurve(family);
        expect([c.fromUnits, c.toUnits]).to.deep.equal([from, to]);
        expect([c.points[0]!.units, c.points[c.points.length - 1]!.units]).to.deep.equal([from, to]);
      });
    t('idv', 1000, 100_000_000);
    t('liveness', 1000, 100_000_000);
    t('face-compare', 100_000, 100_000_000);

    it('should put 3 round volumes a decade on the grid, plus every pack size and break-even', () => {
      expect(costCurve('idv').points.map((p) => p.units)).to.deep.equal([
        1000, 2000, 5000, 10_000, 20_000, 50_000, 90_000, 100_000, 160_000, 200_000, 350_000, 500_000, 1_000_000,
        1_050_000, 1_500_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000,
      ]);
      expect(costCurve('face-compare').points.map((p) => p.units)).to.deep.equal([
        100_000, 200_000, 500_000, 600_000, 1_000_000, 1_350_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000,
        20_000_000, 50_000_000, 100_000_000,
      ]);
    });

    it('should take the grid size and span asked for', () => {
      const c = costCurve('face-compare', { points: 2, fromUnits: 10, toUnits: '1000' });
      expect(c.points.map((p) => p.units)).to.deep.equal([10, 1000]);
      // Two a decade: 10^0.5 → 3 (one significant digit).
      expect(costCurve('idv', { points: 5, fromUnits: 1, toUnits: 100 }).points.map((p) => p.units)).to.deep.equal([
        1, 3, 10, 30, 100,
      ]);
      // Denser grids keep more digits: 10 a decade gives 1.3, 1.6, 2, 2.5, 3.2, 4, 5, 6.3, 7.9.
      expect(costCurve('idv', { points: 11, fromUnits: 1000, toUnits: 10_000 }).points.map((p) => p.units)).to.deep.equal([
        1000, 1300, 1600, 2000, 2500, 3200, 4000, 5000, 6300, 7900, 10_000,
      ]);
    });

    it('should widen an end not given by whole decades to take in the mark', () => {
      const t2 = (mark: number | string, from: number | string, to: number | string) => {
        const c = costCurve('idv', { mark });
        expect([c.fromUnits, c.toUnits], `mark ${mark}`).to.deep.equal([from, to]);
        expect(c.points.some((p) => String(p.units) === String(mark)), `mark ${mark} in points`).to.equal(true);
      };
      t2(365_000, 1000, 100_000_000);
      t2(100_000_000, 1000, 100_000_000);
      t2(100_000_001, 1000, 1_000_000_000);
      t2(5_000_000_000, 1000, 10_000_000_000);
      t2(500, 100, 100_000_000);
      t2(1, 1, 100_000_000);
      t2('123456789012345678', 1000, '1000000000000000000');
      // An end given stays put: the mark outside it is priced but not plotted.
      const c = costCurve('idv', { mark: 10, fromUnits: 1000 });
      expect(c.fromUnits).to.equal(1000);
      expect(c.mark?.units).to.equal(10);
      expect(c.points.some((p) => p.units === 10)).to.equal(false);
    });

    it('should keep a decade between the ends when only one is given', () => {
      expect(costCurve('idv', { fromUnits: 1_000_000_000 }).toUnits).to.equal(10_000_000_000);
      expect(costCurve('idv', { toUnits: 100 }).fromUnits).to.equal(10);
      expectInputError(() => costCurve('idv', { toUnits: 1 }), 'options.toUnits', 'out-of-range');
    });
  });

  describe('points', () => {
    const t = (family: FamilyId, units: number, best: string, postpaid: string, mixLabel: string, firstPurchase = false) =>
      it(`should price ${units} ${family} units at ${best} with ${mixLabel}${firstPurchase ? ' (first purchase)' : ''}`, () => {
        const m = costCurve(family, { mark: units, firstPurchase }).mark!;
        expect({ best: m.best, postpaid: m.postpaid, mixLabel: m.mixLabel }).to.deep.equal({ best, postpaid, mixLabel });
      });
    t('idv', 30_000, '30000', '30000', 'postpaid');
    t('idv', 90_000, '90000', '90000', '1×100000');
    t('idv', 95_000, '90000', '95000', '1×100000');
    // R5 ties (revised): a no-discount 50,000 pack that only replaces pay-as-you-go is not bought.
    t('idv', 365_000, '315000', '365000', '1×100000 + 1×200000');
    t('idv', 3_650_000, '2590000', '3650000', '1×100000 + 1×500000 + 2×1500000');
    t('idv', 1000, '900', '1000', '1×100 trial', true);
    t('liveness', 100_000, '16380', '18200', '1×100000');
    t('face-compare', 2_500_000, '8100', '15000', '1×3000000');
    t('face-compare', 599_999, '3599.994', '3599.994', 'postpaid');

    it('should give every field of a point', () => {
      expect(costCurve('idv', { mark: 149_999 }).mark).to.deep.equal({
        units: 149_999,
        postpaid: '149999',
        best: '139999',
        savings: '10000',
        items: [{ size: 100000, price: '90000', count: 1 }],
        overageUnits: 49_999,
        mixLabel: '1×100000',
      });
    });
  });

  describe('break-evens and tiers', () => {
    it('should give price ÷ unit price for each regular pack, exactly', () => {
      const units = (family: FamilyId) => costCurve(family).breakEvens.map((b) => [b.size, b.units]);
      expect(units('idv')).to.deep.equal([
        [50_000, '50000'],
        [100_000, '90000'],
        [200_000, '160000'],
        [500_000, '350000'],
        [1_500_000, '1050000'],
      ]);
      // 16,380 ÷ 0.182 = 90,000: the same volumes at the liveness price.
      expect(units('liveness')).to.deep.equal(units('idv'));
      expect(units('face-compare')).to.deep.equal([
        [1_000_000, '600000'],
        [3_000_000, '1350000'],
      ]);
    });

    it('should list every pack as a tier with its ratio, the trial flagged', () => {
      expect(costCurve('idv').tiers.map((x) => `${x.size}@${x.ratio}${x.trial ? ' trial' : ''}`)).to.deep.equal([
        '100@0 trial',
        '50000@1',
        '100000@0.9',
        '200000@0.8',
        '500000@0.7',
        '1500000@0.7',
      ]);
      expect(costCurve('face-compare').tiers.every((x) => !x.trial)).to.equal(true);
    });

    it('should say from where packs save and how far down they go', () => {
      const t = (family: FamilyId, savesFrom: string | null, lowestRatio: string | null) =>
        expect([costCurve(family).savesFrom, costCurve(family).lowestRatio], family).to.deep.equal([savesFrom, lowestRatio]);
      t('idv', '90000', '0.7');
      t('face-compare', '600000', '0.45');
      // Packs at list price only: they never save, so nothing to say.
      const flat = rulesOf({
        name: { zh: '无折扣', en: 'No discount' },
        unitPrice: '1',
        packs: [{ units: 1000, price: '1000', ratio: '1' }],
      });
      expect([costCurve('idv', {}, flat).savesFrom, costCurve('idv', {}, flat).lowestRatio]).to.deep.equal([null, '1']);
    });
  });

  describe('outline', () => {
    // Worked by hand from docs/pricing-rules.md §R4/R5: flat inside a pack's units, rising at ¥1 beyond, and meeting the
    // next mix's price where that mix takes over (e.g. 200k + 100k packs = ¥250,000 from 290,000 units).
    it('should give the exact corners of the idv best-mix staircase', () => {
      expect(vertices(costCurve('idv').outline, 500_000)).to.deep.equal([
        '1000:1000',
        '90000:90000',
        '100000:90000',
        '170000:160000',
        '200000:160000',
        '290000:250000',
        '300000:250000',
        '370000:320000',
        '400000:320000',
        '430000:350000',
        '500000:350000',
      ]);
    });

    it('should give the exact corners for face comparison, where over-buying pays', () => {
      expect(vertices(costCurve('face-compare').outline, 3_000_000)).to.deep.equal([
        '100000:600',
        '600000:3600',
        '1000000:3600',
        '1600000:7200',
        '2000000:7200',
        '2150000:8100',
        '3000000:8100',
      ]);
    });

    it('should shift by the free trial pack on a first purchase', () => {
      expect(vertices(costCurve('idv', { firstPurchase: true }).outline, 200_100)).to.deep.equal([
        '1000:900',
        '90100:90000',
        '100100:90000',
        '170100:160000',
        '200100:160000',
      ]);
    });

    it('should be one straight line where no pack saves', () => {
      const flat = rulesOf({
        name: { zh: '无折扣', en: 'No discount' },
        unitPrice: '0.5',
        packs: [{ units: 1000, price: '500', ratio: '1' }],
      });
      const c = costCurve('idv', {}, flat);
      for (const p of c.points) expect(p.best).to.equal(p.postpaid);
      const first = c.outline[0]!;
      const last = c.outline[c.outline.length - 1]!;
      expect([first.units, last.units]).to.deep.equal(['100', '10000']);
      // Every corner lies on the pay-as-you-go line.
      for (const v of c.outline) expect(D(v.best).eq(D(v.units).times('0.5')), `${v.units}`).to.equal(true);
    });

    it('should stay a few hundred corners long over the whole supported range', () => {
      const c = costCurve('idv', { toUnits: '1000000000000000000', firstPurchase: true });
      expect(c.outline.length).to.be.below(5000);
      expect(c.outline[c.outline.length - 1]).to.deep.equal({
        units: '1000000000000000000',
        best: bestPackMix('idv', '1000000000000000000', { firstPurchase: true }).total,
      });
    });
  });

  describe('bad input', () => {
    it('should refuse what it cannot chart, naming the option', () => {
      expectInputError(() => costCurve('nope' as FamilyId), 'family', 'unknown-family');
      expectInputError(() => costCurve('idv', { fromUnits: 0 }), 'options.fromUnits', 'out-of-range');
      expectInputError(() => costCurve('idv', { fromUnits: -5 }), 'options.fromUnits', 'negative');
      expectInputError(() => costCurve('idv', { fromUnits: 'lots' }), 'options.fromUnits', 'not-a-number');
      expectInputError(() => costCurve('idv', { toUnits: 1.5 }), 'options.toUnits', 'not-integer');
      expectInputError(() => costCurve('idv', { fromUnits: 100, toUnits: 100 }), 'options.toUnits', 'out-of-range');
      expectInputError(() => costCurve('idv', { toUnits: '10000000000000000000' }), 'options.toUnits', 'out-of-range');
      expectInputError(() => costCurve('idv', { points: 1 }), 'options.points', 'out-of-range');
      expectInputError(() => costCurve('idv', { points: 2.5 }), 'options.points', 'out-of-range');
      expectInputError(() => costCurve('idv', { points: 1001 }), 'options.points', 'out-of-range');
      expectInputError(() => costCurve('idv', { mark: -1 }), 'options.mark', 'negative');
      expectInputError(() => costCurve('idv', { firstPurchase: 'yes' as unknown as boolean }), 'options.firstPurchase', 'type');
    });
  });

  it('should end a flat step at the volume the packs cover before the line rises again (found by a property)', () => {
    // Counterexample of "through the best total at every volume": packs 1 @ ¥1 and 2 @ ¥1, volumes 1 to 4. From
    // 2 units the best total meets the rising line at 3 and stays flat at ¥2 to 4, which must be a vertex.
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    data.families.idv.packs = [
      { units: 1, price: '1', ratio: '1' },
      { units: 2, price: '1', ratio: '0.5' },
    ];
    const curve = costCurve('idv', { fromUnits: 1, toUnits: 4 }, loadRules(data));
    expect(curve.outline).to.deep.equal([
      { units: '1', best: '1' },
      { units: '2', best: '1' },
      { units: '3', best: '2' },
      { units: '4', best: '2' },
    ]);
  });

  it('should end the outline at the last volume when a corner falls just before it (found by a property)', () => {
    // Counterexample of "through the best total at every volume": packs 1 @ ¥1 and 3 @ ¥1.02, volumes 4 to 8.
    // The line from 6 units meets three 3-packs (¥3.06) at 7.02; the flat from there to 8 was not drawn.
    const data = JSON.parse(JSON.stringify(DEFAULT_RULES));
    data.families.idv.packs = [
      { units: 1, price: '1', ratio: '1' },
      { units: 3, price: '1.02', ratio: '0.34' },
    ];
    const curve = costCurve('idv', { fromUnits: 4, toUnits: 8 }, loadRules(data));
    expect(curve.outline).to.deep.equal([
      { units: '4', best: '2.02' },
      { units: '5', best: '2.04' },
      { units: '6', best: '2.04' },
      { units: '7.02', best: '3.06' },
      { units: '8', best: '3.06' },
    ]);
  });

  describe('properties', () => {
    const curveArb = fc
      .record({
        family: catalogueArb({ grains: [1, 7, 1000, 50_000], maxPacks: 4 }),
        from: fc.bigInt({ min: 1n, max: 10n ** 7n }),
        factor: fc.bigInt({ min: 2n, max: 10n ** 4n }),
        firstPurchase: fc.boolean(),
        points: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
        probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
      })
      .map((r) => {
        const rules = rulesOf(r.family);
        const to = r.from * r.factor;
        const curve = costCurve(
          'idv',
          { fromUnits: r.from.toString(), toUnits: to.toString(), firstPurchase: r.firstPurchase, points: r.points },
          rules,
        );
        return { ...r, rules, to, curve };
      });

    /** The family's unit price as BigInt minor units, with the scale every price of the family fits. */
    const minor = (family: Family) => {
      const scale = 8;
      return { scale, unit: toMinor(family.unitPrice, scale), of: (s: string) => toMinor(s, scale) };
    };

    it('should give ascending points in the span, best ≤ postpaid = units × unit price, best = bestPackMix', () => {
      fc.assert(
        fc.property(curveArb, ({ family, from, to, firstPurchase, rules, curve }) => {
          const m = minor(family);
          const units = curve.points.map((p) => BigInt(p.units));
          expect(units[0]).to.equal(from);
          expect(units[units.length - 1]).to.equal(to);
          units.slice(1).forEach((u, i) => expect(u > units[i]!, 'strictly ascending').to.equal(true));
          for (const p of curve.points) {
            const u = BigInt(p.units);
            expect(m.of(p.postpaid)).to.equal(u * m.unit);
            expect(m.of(p.best) <= m.of(p.postpaid), `best ≤ postpaid at ${u}`).to.equal(true);
            expect(p.best).to.equal(bestPackMix('idv', p.units, { firstPurchase }, rules).total);
            expect(m.of(p.savings)).to.equal(m.of(p.postpaid) - m.of(p.best));
          }
        }),
        { numRuns: runs(60) },
      );
    });

    it('should put each break-even exactly where its pack starts to cost no more than pay-as-you-go', () => {
      fc.assert(
        fc.property(curveArb, ({ family, curve }) => {
          const m = minor(family);
          for (const b of curve.breakEvens) {
            // Exact: break-even units × unit price is the price, to the last digit.
            expect(D(b.units).times(family.unitPrice).eq(b.price), `${b.size}`).to.equal(true);
            const first = BigInt(D(b.units).ceil().toFixed(0));
            expect(m.of(b.price) <= first * m.unit, 'pays at the break-even').to.equal(true);
            if (first > 0n) expect(m.of(b.price) > (first - 1n) * m.unit, 'not a unit before').to.equal(true);
          }
        }),
        { numRuns: runs(60) },
      );
    });

    it('should draw the best-mix line through the best total at every volume, exactly between its corners', () => {
      fc.assert(
        fc.property(curveArb, ({ family, from, to, firstPurchase, rules, curve, probes }) => {
          const best = (u: bigint): DecimalJs => D(bestPackMix('idv', u.toString(), { firstPurchase }, rules).total);
          const outline = curve.outline.map((v) => ({ x: D(v.units), y: D(v.best) }));
          expect(outline[0]!.x.eq(from.toString()) && outline[outline.length - 1]!.x.eq(to.toString())).to.equal(true);
          outline.slice(1).forEach((v, i) => {
            expect(v.x.gt(outline[i]!.x), 'ascending').to.equal(true);
            expect(v.y.gte(outline[i]!.y), 'never falls').to.equal(true);
          });
          // Corners on whole volumes are the best total there; one between whole volumes starts a flat (R5).
          for (const v of outline) expect(v.y.eq(best(BigInt(v.x.ceil().toFixed(0)))), `corner ${v.x}`).to.equal(true);
          // Between corners the line is the best total exactly, except on segments the outline samples (1 %
          // of the volume or less), where it may cut a corner by no more than the unit price × the segment.
          for (const p of probes) {
            const u = from + BigInt(Math.floor(p * Number(to - from)));
            const k = outline.findIndex((v) => v.x.gte(u.toString()));
            const b = outline[k]!;
            const a = outline[Math.max(0, k - 1)]!;
            const line = b.x.eq(a.x) ? b.y : a.y.plus(b.y.minus(a.y).times(D(u.toString()).minus(a.x)).div(b.x.minus(a.x)));
            const gap = line.minus(best(u)).abs();
            if (!gap.isZero()) {
              const width = b.x.minus(a.x);
              expect(width.lte(a.x.div(100).floor().plus(1)), `sampled segment ${a.x}–${b.x}`).to.equal(true);
              expect(gap.lte(width.times(family.unitPrice)), `gap ${gap} at ${u}`).to.equal(true);
            }
          }
        }),
        { numRuns: runs(60) },
      );
    });

    it('should not change the rules it is given', () => {
      const before = JSON.stringify(DEFAULT_RULES);
      costCurve('idv', { mark: 123_456, firstPurchase: true });
      expect(JSON.stringify(DEFAULT_RULES)).to.equal(before);
    });
  });
});

