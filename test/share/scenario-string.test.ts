import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_SCENARIO_LENGTH,
  encodeScenarioParam,
  formatScenarioString,
  parseScenarioString,
} from '../../src/share/scenario-string.js';
import type { SharedLine, SharedScenario } from '../../src/share/scenario-string.js';

const PLANS = ['app', 'h5', 'server', 'alipay-mini', 'alipay-h5', 'liveness-verify', 'liveness-detect', 'face-compare'] as const;
const decimal = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9999 }))
  .map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(4, '0')}`.replace(/0+$/, '')));
const lineArb: fc.Arbitrary<SharedLine> = fc.record(
  {
    plan: fc.constantFrom(...PLANS),
    volume: fc.bigInt({ min: 0n, max: 10n ** 18n }).map(String),
    period: fc.constantFrom('day', 'month', 'year' as const),
    passRate: decimal,
    photoSize: decimal.filter((d) => d !== '0'),
    retentionDays: fc.integer({ min: 0, max: 36500 }).map(String),
    peakShare: decimal,
  },
  { requiredKeys: ['plan', 'volume', 'period'] },
);
const scenarioArb: fc.Arbitrary<SharedScenario> = fc.record(
  { lines: fc.array(lineArb, { minLength: 1, maxLength: 10 }), firstPurchase: fc.boolean(), alertThreshold: decimal },
  { requiredKeys: ['lines', 'firstPurchase'] },
);

describe('scenario strings (share and reopen)', () => {
  it('should write a short, readable, versioned string', () => {
    const s = formatScenarioString({
      lines: [
        { plan: 'app', volume: '10000', period: 'day', photoSize: '0.1', retentionDays: '30', peakShare: '12' },
        { plan: 'h5', volume: '10000', period: 'month' },
      ],
      firstPurchase: true,
      alertThreshold: '20',
    });
    expect(s).to.equal('v1;app:10000/day,photo:0.1,ret:30,peak:12;h5:10000/month;first;alert:20');
  });

  it('should read what a person might type into a link', () => {
    const r = parseScenarioString(' v1;alipay-mini:2万/month,pass:85;face-compare:1.5亿/year ');
    expect(r).to.deep.equal({
      ok: true,
      scenario: {
        lines: [
          { plan: 'alipay-mini', volume: '20000', period: 'month', passRate: '85' },
          { plan: 'face-compare', volume: '150000000', period: 'year' },
        ],
        firstPurchase: false,
      },
    });
  });

  const bad = (code: string, text: string) =>
    it(`should refuse ${JSON.stringify(text.slice(0, 50))} as ${code}, without throwing`, () => {
      const r = parseScenarioString(text);
      expect(r.ok).to.equal(false);
      expect(r.ok ? null : r.code).to.equal(code);
    });
  bad('empty', '');
  bad('empty', '   ');
  bad('version-missing', 'app:10000/day');
  bad('version-newer', 'v2;app:10000/day');
  bad('version-unknown', 'v0;app:10000/day');
  bad('no-lines', 'v1;first');
  bad('unknown-plan', 'v1;gold:10000/day');
  bad('unknown-part', 'v1;__proto__:1/day');
  bad('unknown-plan', 'v1;toString:1/day'.toLowerCase());
  bad('unknown-period', 'v1;app:10000/week');
  bad('bad-volume', 'v1;app:-5/day');
  bad('bad-volume', 'v1;app:lots/day');
  bad('bad-volume', 'v1;app:1e999/day');
  bad('bad-option', 'v1;app:1/day,pass:abc');
  bad('bad-option', 'v1;app:1/day,constructor:1');
  bad('bad-option', 'v1;app:1/day;alert:x');
  bad('unknown-part', 'v1;<script>alert(1)</script>');
  bad('unknown-part', 'v1;app:1/day/month');
  bad('unknown-part', 'v1;javascript:alert(1)');
  bad('too-many-lines', `v1${';app:1/day'.repeat(11)}`);
  bad('too-long', `v1;${'x'.repeat(MAX_SCENARIO_LENGTH)}`);

  it('should keep the separators readable in a URL and survive URLSearchParams', () => {
    const s = 'v1;app:10000/day,photo:0.1;first';
    const param = encodeScenarioParam(s);
    expect(param).to.equal(s);
    expect(new URLSearchParams(`?idv=${param}`).get('idv')).to.equal(s);
    expect(encodeScenarioParam('v1;app:1万/day')).to.equal('v1;app:1%E4%B8%87/day');
  });

  describe('properties', () => {
    it('should give back every field of a generated scenario (round trip)', () => {
      fc.assert(
        fc.property(scenarioArb, (s) => {
          const text = formatScenarioString(s);
          const r = parseScenarioString(text);
          expect(r).to.deep.equal({ ok: true, scenario: s });
          expect(new URLSearchParams(`?idv=${encodeScenarioParam(text)}`).get('idv')).to.equal(text);
        }),
        { numRuns: 300 },
      );
    });

    it('should never throw on any text, and only accept lines it can price', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }).map((x) => `v1;${x}`)), (text) => {
          const r = parseScenarioString(text);
          if (r.ok) {
            for (const l of r.scenario.lines) {
              expect(PLANS).to.include(l.plan);
              expect(l.volume).to.match(/^\d+$/);
            }
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
