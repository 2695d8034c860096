/**
 * The host page is not ours: its URL, its rules objects and its lists are whatever it happens to have.
 * - sync-url changes only the widget's own query parameter; every other byte of the query and the hash stays;
 * - rules that fight back while read (a throwing getter, a throwing or revoked Proxy, a cycle) show the rules
 *   error state in every element, never a blank widget or an exception;
 * - lines from code take numbers, and an estimate holds at most 50 lines, with a message for the rest.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { DEFAULT_RULES, quote } from '../../src/engine/index.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvEstimate } from '../../src/components/estimate/estimate.js';
import type { IdvCompare } from '../../src/components/compare/compare.js';
import { withQueryParam } from '../../src/internal/query.js';
import { formatMoney } from '../../src/i18n/format.js';
import { collectErrors, control, text } from '../helpers/dom.js';
import { typeInto } from '../helpers/calculator.js';
import { pick, costChartStrings, en } from '../helpers/strings.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
const TAGS = [
  'idv-pricing-calculator',
  'idv-cost-chart',
  'idv-estimate',
  'idv-compare',
  'idv-quota-planner',
  'idv-refund-estimator',
  'idv-billing-calendar',
] as const;
const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(DEFAULT_RULES)) as Record<string, unknown>;

describe('sync-url keeps the host page’s own query and hash byte for byte', () => {
  const original = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => history.replaceState(null, '', original));

  const ODD = '?flag&path=a/b&q=x%20y&plus=a+b&enc=a%2Fb&rep=1&rep=2&empty=&=nokey&u=%E4%B8%87&&last';

  it('should replace only its own parameter, in place, when the link has one', async () => {
    history.replaceState(null, '', `${ODD.replace('&rep=2', '&rep=2&idv=v1;app:5/day')}#top/of?page=1`);
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" sync-url></idv-pricing-calculator>`);
    expect(el.volume).to.equal('5');
    await typeInto(el, control(el, en.volume), '20000');
    expect(location.search).to.equal(ODD.replace('&rep=2', '&rep=2&idv=v1;app:20000/day,photo:0.1,ret:30'));
    expect(location.hash).to.equal('#top/of?page=1');
  });

  it('should add its parameter at the end when the page has none, and drop repeats of its own', async () => {
    history.replaceState(null, '', `${ODD}#h`);
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" sync-url></idv-pricing-calculator>`);
    await typeInto(el, control(el, en.volume), '30000');
    expect(location.search).to.equal(`${ODD}&idv=v1;app:30000/day,photo:0.1,ret:30`);
    expect(location.hash).to.equal('#h');

    history.replaceState(null, '', '?a=1&idv=v1;app:7/day&b=%2F&idv=v1;h5:9/day');
    const again = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" sync-url></idv-pricing-calculator>`);
    expect(again.volume, 'the first idv wins, as URLSearchParams reads it').to.equal('7');
    await typeInto(again, control(again, en.volume), '8');
    expect(location.search).to.equal('?a=1&idv=v1;app:8/day,photo:0.1,ret:30&b=%2F');
  });

  it('should keep every other part of any query byte for byte (property)', () => {
    const part = fc.stringMatching(/^[a-zA-Z0-9%+=/;:,.~!*'()-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.boolean(), (parts, withOwn) => {
        const others = parts.filter((p) => {
          const key = (p.split('=')[0] ?? '').replaceAll('+', ' ');
          try {
            return decodeURIComponent(key) !== 'idv';
          } catch {
            return true;
          }
        });
        const query = withOwn ? [...others.slice(0, 2), 'idv=old', ...others.slice(2)] : others;
        const out = withQueryParam(query.length > 0 ? `?${query.join('&')}` : '', 'idv', 'new');
        const kept = out.slice(1).split('&');
        expect(kept.filter((p) => p !== 'idv=new')).to.deep.equal(others);
        expect(kept.filter((p) => p === 'idv=new')).to.have.length(1);
        if (withOwn) expect(kept.indexOf('idv=new')).to.equal(Math.min(2, others.length));
      }),
      { numRuns: 300 },
    );
  });
});

/** Rules objects that fight back while they are read. */
function hostileRules(): [string, () => unknown][] {
  return [
    [
      'a getter that throws',
      () => {
        const r = clone();
        Object.defineProperty(r, 'families', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        });
        return r;
      },
    ],
    [
      'a getter that throws a revoked Proxy',
      () => {
        const r = clone();
        Object.defineProperty(r, 'oss', {
          enumerable: true,
          get() {
            const { proxy, revoke } = Proxy.revocable({}, {});
            revoke();
            throw proxy;
          },
        });
        return r;
      },
    ],
    [
      'a Proxy whose get trap throws',
      () =>
        new Proxy(clone(), {
          get() {
            throw new TypeError('trap');
          },
        }),
    ],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable(clone(), {});
        revoke();
        return proxy;
      },
    ],
    [
      'a cycle',
      () => {
        const r = clone();
        (r.families as Record<string, Record<string, unknown>>).idv!.packs = r;
        return r;
      },
    ],
    [
      'an exception whose message is a trap',
      () => {
        const r = clone();
        Object.defineProperty(r, 'plans', {
          enumerable: true,
          get() {
            const e = new Error('x');
            Object.defineProperty(e, 'message', {
              get() {
                throw new Error('again');
              },
            });
            throw e;
          },
        });
        return r;
      },
    ],
  ];
}

describe('rules that fight back while read', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows the rules error state with a message for each, then prices again with the bundled rules`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const el = document.createElement(tag) as unknown as Updating;
      host.append(el);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await el.updateComplete;
      const fresh = text(el.shadowRoot);
      for (const [kind, make] of hostileRules()) {
        const errors = await collectErrors(async () => {
          el.rules = make();
          await el.updateComplete;
        });
        expect(errors.map(String), kind).to.deep.equal([]);
        if (tag === 'idv-cost-chart') {
          // The chart's own rules state: it keeps drawing with the last valid rules and says so.
          const notes = [...el.shadowRoot!.querySelectorAll('[part~="message"]')].map((n) => text(n));
          expect(notes, kind).to.include(pick(costChartStrings, 'en').rulesError);
          el.rules = null;
          await el.updateComplete;
          // The chart places its axis labels a frame after it draws.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          await el.updateComplete;
          expect(text(el.shadowRoot), `${kind}, then rules = null`).to.equal(fresh);
          continue;
        }
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, `${kind}: the rules error state`).to.not.equal(null);
        expect(text(alert), kind).to.contain(en.rulesErrorTitle);
        expect(text(alert!.querySelector('code')), `${kind}: says what is wrong`).to.match(/^(rules|families|plans)\S*: \S/);
        el.rules = null;
        await el.updateComplete;
        expect(text(el.shadowRoot), `${kind}, then rules = null`).to.equal(fresh);
      }
    });
  }

  it('should price with a Proxy that only passes reads through, like plain data', async () => {
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
    const before = text(el.shadowRoot);
    el.rules = new Proxy(clone(), {});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(text(el.shadowRoot)).to.equal(before);
  });
});

describe('lines from code', () => {
  it('<idv-estimate>: a line with numbers prices like the same line with strings', async () => {
    const el = await fixture<IdvEstimate>(html`<idv-estimate lang="en"></idv-estimate>`);
    el.lines = [{ plan: 'app', volume: 20000 as unknown as string, period: 'month' }, { plan: 'liveness-detect', volume: 5e5 as unknown as string, period: 'year' }];
    await el.updateComplete;
    const expected = quote({ lines: [{ plan: 'app', volume: '20000', period: 'month' }, { plan: 'liveness-detect', volume: '500000', period: 'year' }] });
    expect(el.quote?.totals.bestYear).to.equal(expected.totals.bestYear);
    expect(text(el.shadowRoot!.querySelector('[part~="summary"]'))).to.contain(formatMoney(expected.totals.bestYear, 'en'));
    expect(el.lines.map((l) => l.volume), 'read back as decimal text after a visitor edit').to.have.length(2);
  });

  it('<idv-compare>: scenarios with numbers price like the same with strings', async () => {
    const el = await fixture<IdvCompare>(html`<idv-compare lang="en"></idv-compare>`);
    el.scenarios = [
      { plan: 'app', volume: 30000 as unknown as string, period: 'month' },
      { plan: 'alipay-mini', volume: 30000 as unknown as string, period: 'month', passRate: 85 as unknown as string },
    ];
    await el.updateComplete;
    const a = quote({ plan: 'app', volume: '30000', period: 'month' });
    const b = quote({ plan: 'alipay-mini', volume: '30000', period: 'month', passRate: '85' });
    expect(el.comparison?.totals).to.deep.equal([a.totals.bestYear, b.totals.bestYear]);
  });

  it('<idv-estimate>: 10,000 lines from code show the first 50 with a message, and no more can be added', async () => {
    const el = await fixture<IdvEstimate>(html`<idv-estimate lang="en"></idv-estimate>`);
    const many = Array.from({ length: 10_000 }, (_, i) => ({ plan: 'app' as const, volume: String(i + 1), period: 'day' as const }));
    el.lines = many;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="line"]')).to.have.length(50);
    expect(root.querySelectorAll('input').length, 'inputs rendered').to.be.below(50 * 6);
    expect(text(root.querySelector('[part~="notice"]'))).to.equal(
      'Showing the first 50 of 10,000 lines: an estimate holds at most 50. Split the rest into another estimate.',
    );
    const fifty = quote({ lines: many.slice(0, 50) });
    expect(el.quote?.totals.bestYear, 'the 50 shown are what is priced').to.equal(fifty.totals.bestYear);
    const add = root.querySelector<HTMLButtonElement>('[part~="add"]')!;
    expect(add.disabled).to.equal(true);
    expect(text(root.getElementById(add.getAttribute('aria-describedby')!))).to.equal('An estimate holds at most 50 lines.');
    add.click();
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="line"]')).to.have.length(50);
    // Once the visitor edits what is shown (here: removes a line), the notice about the page's list goes.
    root.querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="line"]')).to.have.length(49);
    expect(root.querySelector('[part~="notice"]')).to.equal(null);
  });

  it('<idv-estimate>: a visitor who reaches 50 lines by adding sees the limit too', async () => {
    const el = await fixture<IdvEstimate>(html`<idv-estimate lang="zh-CN"></idv-estimate>`);
    el.lines = Array.from({ length: 49 }, () => ({ plan: 'app', volume: '1', period: 'day' as const }));
    await el.updateComplete;
    const add = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add"]')!;
    expect(add.disabled).to.equal(false);
    add.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="line"]')).to.have.length(50);
    expect(add.disabled).to.equal(true);
    expect(text(el.shadowRoot!.getElementById(add.getAttribute('aria-describedby')!))).to.equal('一份估算最多 50 项。');
    expect(el.shadowRoot!.querySelector('[part~="notice"]'), 'no notice: nothing was left out').to.equal(null);
  });
});

describe('packs from code', () => {
  it('<idv-quota-planner>: 1,000 packs from code show the first 12 with a message; numbers are read as text', async () => {
    const el = await fixture<Updating>(html`<idv-quota-planner lang="en"></idv-quota-planner>`);
    el.packs = Array.from({ length: 1000 }, () => ({ units: 100000, boughtAt: '2020-02-27' }));
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('ol.rows > li')).to.have.length(12);
    expect(text(root.querySelector('[part~="notice"]'))).to.equal('Showing the first 12 of 1,000 packs: the planner holds at most 12.');
    expect(root.querySelector('[aria-invalid="true"]'), 'no field in error: 100000 is a catalogue size').to.equal(null);
    el.packs = [{ units: 100000, boughtAt: '2020-02-27' }];
    await el.updateComplete;
    expect(root.querySelectorAll('ol.rows > li')).to.have.length(1);
    expect(root.querySelector('[part~="notice"]')).to.equal(null);
  });
});

describe('boolean properties from code', () => {
  it('<idv-pricing-calculator>: the strings "false", "0" and "" and wrong kinds read as false; "true" and 1 as true', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const make = async (value: unknown): Promise<IdvPricingCalculator> => {
      const el = document.createElement('idv-pricing-calculator') as IdvPricingCalculator;
      (el as unknown as Record<string, unknown>).firstPurchase = value;
      host.append(el);
      await el.updateComplete;
      return el;
    };
    for (const value of ['false', 'FALSE', '0', '', ' false ', NaN, {}, Symbol('x'), 0]) {
      const el = await make(value);
      expect(el.firstPurchase, String(typeof value === 'symbol' ? 'a symbol' : JSON.stringify(value))).to.equal(false);
      expect(el.quote?.families[0]?.mix.items.some((i) => i.trial === true)).to.equal(false);
    }
    for (const value of ['true', 'first-purchase', 1, true]) {
      const el = await make(value);
      expect(el.firstPurchase, String(value)).to.equal(true);
      expect(el.quote?.families[0]?.mix.items.some((i) => i.trial === true)).to.equal(true);
    }
  });
});
