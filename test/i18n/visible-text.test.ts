/**
 * What a visitor reads, element by element: everything on screen (every <details> opened, nested elements
 * included), plus the names a screen reader speaks (aria-label, title, placeholder) and every <option>.
 *
 * - English pages carry no Chinese, except the rules' own Chinese names of plans and families where one is
 *   shown as a name (none is in English today; the allowance keeps a page that names a plan in Chinese legal).
 * - No page, in any locale, cites the internal rule codes (R1 … R10): visitors have the pricing document,
 *   whose sections have names, not our codes.
 * - No count of verifications or units is shown with a fraction (`14,166.66 次`): counts are whole, and a
 *   derived average is `≈ 14,167`.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/pricing-calculator/pricing-calculator.js';
import '../../src/components/estimate/estimate.js';
import '../../src/components/compare/compare.js';
import '../../src/components/cost-chart/cost-chart.js';
import '../../src/components/quota-planner/quota-planner.js';
import '../../src/components/refund-estimator/refund-estimator.js';
import '../../src/components/billing-calendar/billing-calendar.js';
import { DEFAULT_RULES } from '../../src/engine/index.js';
import type { Locale } from '../../src/i18n/format.js';

/** CJK symbols and punctuation, kana, CJK ideographs (U+3000–U+9FFF), and full-width forms (U+FF00–U+FFEF). */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const RULE_CODE = /\bR\d{1,2}\b/;
const FRACTIONAL_COUNT = /\d\.\d+\s*(次|billable|units)/;

/** The only Chinese an English page may show: the rules' Chinese names of plans and families, as names. */
const CHINESE_NAMES: readonly string[] = [
  ...Object.values(DEFAULT_RULES.plans).map((p) => p.name.zh),
  ...Object.values(DEFAULT_RULES.families).map((f) => f.name.zh),
].sort((a, z) => z.length - a.length);

const ATTRIBUTES = ['aria-label', 'title', 'placeholder'] as const;
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** Every node tree under `node`, shadow roots included. */
function* trees(node: Node): Generator<Element | ShadowRoot> {
  if (node instanceof Element || node instanceof ShadowRoot) yield node;
  const shadow = node instanceof Element ? node.shadowRoot : null;
  if (shadow) yield* trees(shadow);
  for (const child of node.childNodes) if (child instanceof Element) yield* trees(child);
}

const elementsIn = (root: Node): Element[] => [...trees(root)].filter((n): n is Element => n instanceof Element);

/** Opens every <details> (new ones may render inside what opened: nested tools), letting each update settle. */
async function openAll(host: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const closed = elementsIn(host).filter((e): e is HTMLDetailsElement => e instanceof HTMLDetailsElement && !e.open);
    for (const d of closed) d.open = true;
    // The toggle event is queued; what it renders is then an update away, in the element and in the ones it adds.
    await aTimeout(50);
    for (const e of elementsIn(host)) await (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (closed.length === 0) return;
  }
  throw new Error('details kept appearing after 10 rounds of opening them');
}

/** Whether a text node's element is rendered (screen-reader-only text is: it is clipped, not hidden). */
function shown(element: Element): boolean {
  if (element.closest('option, optgroup')) return true;
  return element.checkVisibility({ checkVisibilityCSS: true });
}

/** Every piece of text a visitor reads or hears under `host`, one string per text node or attribute. */
function visibleText(host: Element): string[] {
  const out: string[] = [];
  for (const tree of trees(host)) {
    if (tree instanceof Element) {
      if (SKIPPED.has(tree.tagName)) continue;
      for (const name of ATTRIBUTES) {
        const value = tree.getAttribute(name);
        if (value?.trim()) out.push(value.trim());
      }
      if (tree instanceof HTMLOptGroupElement && tree.label.trim()) out.push(tree.label.trim());
      if (tree instanceof HTMLOptionElement && tree.text.trim()) out.push(tree.text.trim());
    }
    for (const child of tree.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      const parent = child.parentElement;
      const value = child.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (!value || (parent && (SKIPPED.has(parent.tagName) || !shown(parent)))) continue;
      out.push(value);
    }
  }
  return out;
}

/** A text with the allowed Chinese names taken out. */
const withoutNames = (value: string): string => CHINESE_NAMES.reduce((rest, name) => rest.split(name).join(' '), value);

interface Case {
  readonly tag: string;
  /** Whether this spec's owner has fixed the element (the others are fixed by their owners, then enabled). */
  readonly ready: boolean;
  readonly render: (lang: Locale) => TemplateResult;
}

const CASES: readonly Case[] = [
  {
    tag: 'idv-pricing-calculator',
    ready: true,
    // A yearly volume whose month and day are averages (170,000 a year is 14,166.66… a month).
    render: (lang) => html`<idv-pricing-calculator lang=${lang} plan="app" volume="170000" period="year" peak-share="20"></idv-pricing-calculator>`,
  },
  {
    tag: 'idv-estimate',
    ready: true,
    render: (lang) => html`<idv-estimate
      lang=${lang}
      first-purchase
      .lines=${[
        { plan: 'app', volume: '170000', period: 'year', peakShare: '20' },
        { plan: 'h5', volume: '10000', period: 'month' },
        { plan: 'liveness-verify', volume: '3000', period: 'day', passRate: '95' },
        { plan: 'face-compare', volume: '2000000', period: 'month' },
      ]}
    ></idv-estimate>`,
  },
  {
    tag: 'idv-compare',
    ready: true,
    render: (lang) => html`<idv-compare
      lang=${lang}
      .scenarios=${[
        { plan: 'app', volume: '170000', period: 'year', firstPurchase: true },
        { plan: 'alipay-mini', volume: '30000', period: 'month', passRate: '85' },
        { plan: 'liveness-verify', volume: '500', period: 'day' },
      ]}
    ></idv-compare>`,
  },
  {
    tag: 'idv-cost-chart',
    ready: true,
    render: (lang) => html`<idv-cost-chart lang=${lang} plan="app" units="170000"></idv-cost-chart>`,
  },
  {
    tag: 'idv-quota-planner',
    ready: true,
    render: (lang) => html`<idv-quota-planner lang=${lang} family="idv" daily-usage="1000"></idv-quota-planner>`,
  },
  {
    tag: 'idv-refund-estimator',
    ready: true,
    render: (lang) => html`<idv-refund-estimator lang=${lang} mode="days" days-since-purchase="3" used-units="1000" paid="50000"></idv-refund-estimator>`,
  },
  {
    tag: 'idv-billing-calendar',
    ready: true,
    render: (lang) => html`<idv-billing-calendar lang=${lang} month="2024-01" daily-bill="100" balance="250.5"></idv-billing-calendar>`,
  },
];

async function textOf(c: Case, lang: Locale): Promise<string[]> {
  const el = await fixture(c.render(lang));
  await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  await openAll(el);
  const all = visibleText(el);
  expect(all.length, `${c.tag} shows something`).to.be.greaterThan(5);
  return all;
}

describe('visible text', () => {
  for (const c of CASES) {
    // The calculator: enabled once its owner's fixes land (the cost chart and quota planner's have).
    const test = c.ready ? it : it.skip;

    test(`${c.tag}: no Chinese on an English page but the rules' Chinese names`, async () => {
      const chinese = (await textOf(c, 'en')).filter((t) => CJK.test(withoutNames(t)));
      expect(chinese, `${c.tag} (en)`).to.deep.equal([]);
    });

    for (const lang of ['en', 'zh-CN'] as const) {
      test(`${c.tag}: no internal rule code (R1 … R10) and no fractional count (${lang})`, async () => {
        const all = await textOf(c, lang);
        expect(all.filter((t) => RULE_CODE.test(t)), `${c.tag} (${lang}) rule codes`).to.deep.equal([]);
        expect(all.filter((t) => FRACTIONAL_COUNT.test(t)), `${c.tag} (${lang}) fractional counts`).to.deep.equal([]);
      });
    }
  }

  it('should find what it looks for (the checks are not vacuous)', () => {
    expect(CJK.test('1.2万')).to.equal(true);
    expect(CJK.test('（')).to.equal(true);
    expect(CJK.test(withoutNames('App SDK · APP 认证方案'))).to.equal(false);
    expect(RULE_CODE.test('Refund rules (R9)')).to.equal(true);
    expect(RULE_CODE.test('退款规则（R9）')).to.equal(true);
    expect(RULE_CODE.test('[R6, R7]')).to.equal(true);
    expect(RULE_CODE.test('QR10 RR9')).to.equal(false);
    expect(FRACTIONAL_COUNT.test('14,166.66 次')).to.equal(true);
    expect(FRACTIONAL_COUNT.test('14,166.66 billable')).to.equal(true);
    expect(FRACTIONAL_COUNT.test('≈ 14,167 billable')).to.equal(false);
  });
});
