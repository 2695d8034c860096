import { aTimeout, expect, fixture, fixtureSync } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvPricingCalculator } from '../../../src/components/pricing-calculator/pricing-calculator.js';
import { DEFAULT_RULES, PLAN_IDS, loadRules } from '../../../src/engine/index.js';
import type { Period, PlanId } from '../../../src/engine/index.js';
import { formatCount, formatMoney, formatPrice } from '../../../src/i18n/format.js';
import {
  collectErrors,
  control,
  controls,
  describeFocus,
  findControl,
  focused,
  labelOf,
  messageOf,
  norm,
  part,
  parts,
  root,
  text,
} from '../../helpers/dom.js';
import {
  card,
  choose,
  engineQuote,
  expectFigures,
  expectSane,
  figuresShown,
  findCard,
  pasteInto,
  radio,
  recordChanges,
  resultsText,
  settle,
  showsKeptLast,
  typeInto,
} from '../../helpers/calculator.js';
import type { Inputs } from '../../helpers/calculator.js';
import { en, zhCN } from '../../helpers/strings.js';

/** Plans whose figures depend on a pass rate, that store photos, and whose family has a free trial pack (issue 3). */
const PASSED: readonly PlanId[] = ['alipay-mini', 'alipay-h5'];
const STORES_PHOTOS: readonly PlanId[] = ['app', 'h5', 'liveness-verify', 'liveness-detect'];
const NO_TRIAL: readonly PlanId[] = ['face-compare'];

/** The plan select's hint: the plan's price and what is billed. */
function planHint(locale: 'en' | 'zh-CN', plan: PlanId): string {
  const t = locale === 'en' ? en : zhCN;
  const p = DEFAULT_RULES.plans[plan];
  return norm(t.planHint(formatPrice(p.unitPrice, locale), p.metering));
}

/** Attributes of a fixture: `true` for a boolean attribute, null to leave one out. */
type Attributes = Readonly<Record<string, string | true | null>>;

/** `<idv-pricing-calculator …>` markup, in English unless `lang` says otherwise. */
function markup(attributes: Attributes): string {
  const attrs = Object.entries<string | true | null>({ lang: 'en', ...attributes })
    .filter(([, value]) => value !== null)
    .map(([name, value]) => (value === true ? name : `${name}="${String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`))
    .join(' ');
  return `<idv-pricing-calculator ${attrs}></idv-pricing-calculator>`;
}

/** A calculator with the attributes given. */
async function make(attributes: Attributes = {}): Promise<IdvPricingCalculator> {
  const el = await fixture<IdvPricingCalculator>(markup(attributes));
  await el.updateComplete;
  return el;
}

/**
 * A calculator inside a container `width` px wide. fixtureSync, then the element's own updateComplete: an
 * async fixture of a plain element waits for an animation frame, which a background page (wtr runs several
 * at once) may not get.
 */
async function makeAt(width: number, attributes: Attributes = {}): Promise<IdvPricingCalculator> {
  const wrapper = fixtureSync<HTMLDivElement>(`<div style="width: ${width}px">${markup(attributes)}</div>`);
  const el = wrapper.querySelector('idv-pricing-calculator')!;
  await el.updateComplete;
  return el;
}

/** Enters a scenario as a visitor: picks the plan, types the volume, clicks the period, fills the other fields. */
async function enter(el: IdvPricingCalculator, s: Inputs): Promise<void> {
  const plan = control<HTMLSelectElement>(el, en.plan);
  if (plan.value !== s.plan) await choose(el, plan, s.plan);
  await typeInto(el, control(el, en.volume), s.volume);
  radio(el, s.period).click();
  await settle(el);
  if (s.passRate !== undefined) await typeInto(el, control(el, en.passRate), s.passRate);
  if (s.photoSizeMB !== undefined) await typeInto(el, control(el, en.photoSize), s.photoSizeMB);
  if (s.retentionDays !== undefined) await typeInto(el, control(el, en.retention), s.retentionDays);
  if (s.peakHourShare !== undefined) await typeInto(el, control(el, en.peakShare), s.peakHourShare);
  const box = findControl(el, en.firstPurchase);
  if (box && box.checked !== (s.firstPurchase ?? false)) {
    box.click();
    await settle(el);
  }
}

/** The polite region that announces totals (the toolbar has its own status line for copy and download). */
const status = (el: IdvPricingCalculator): HTMLElement => root(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
const bg = (node: Element): string => getComputedStyle(node).backgroundColor;

/** Plain rules data (DEFAULT_RULES is frozen) with face comparison at ¥0.01 and its packs repriced to match (R4). */
function customRules(): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(DEFAULT_RULES)) as {
    version: string;
    plans: Record<string, { unitPrice: string }>;
    families: Record<string, { unitPrice: string; packs: { price: string }[] }>;
  };
  data.version = 'test-2024';
  data.plans['face-compare']!.unitPrice = '0.01';
  data.families['face-compare']!.unitPrice = '0.01';
  // R4: price = units × unit price × ratio: 1,000,000 × 0.01 × 0.6 and 3,000,000 × 0.01 × 0.45.
  const [small, large] = data.families['face-compare']!.packs;
  small!.price = '6000';
  large!.price = '13500';
  return data as unknown as Record<string, unknown>;
}

describe('<idv-pricing-calculator>', () => {
  describe('accessibility', () => {
    it('should be accessible by default', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });

    for (const plan of ['app', 'alipay-mini', 'server', 'liveness-detect', 'face-compare'] as const) {
      it(`should be accessible for the ${plan} plan with every optional field shown`, async () => {
        const el = await make({ plan, 'peak-share': '10', 'first-purchase': true });
        expectSane(el);
        await expect(el).to.be.accessible();
      });
    }

    it('should be accessible in the error state', async () => {
      const el = await make();
      await typeInto(el, control(el, en.volume), 'abc');
      expect(control(el, en.volume).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('should be accessible when the rules are invalid', async () => {
      const el = await make();
      el.rules = { version: 'broken' };
      await settle(el);
      expect(root(el).querySelector('[role="alert"]')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });

    it('should be accessible in zh-CN', async () => {
      const el = await make({ lang: 'zh-CN', plan: 'alipay-h5', 'peak-share': '10' });
      await expect(el).to.be.accessible();
    });

    it('should be accessible in en', async () => {
      const el = await make({ lang: 'en', plan: 'alipay-h5', 'peak-share': '10' });
      await expect(el).to.be.accessible();
    });

    it('should be accessible twice in a page main next to the page header', async () => {
      const page = fixtureSync<HTMLDivElement>(
        `<div><header><p>Site</p></header><main><idv-pricing-calculator lang="en"></idv-pricing-calculator>
        <idv-pricing-calculator lang="zh-CN" plan="face-compare"></idv-pricing-calculator></main></div>`,
      );
      for (const el of page.querySelectorAll('idv-pricing-calculator')) await el.updateComplete;
      await expect(page).to.be.accessible();
    });

    it('should add no banner landmark to a page without a main element', async () => {
      const page = fixtureSync<HTMLDivElement>(
        `<div><header><p>Site</p></header><div><idv-pricing-calculator lang="en"></idv-pricing-calculator>
        <idv-pricing-calculator lang="zh-CN" plan="face-compare"></idv-pricing-calculator></div></div>`,
      );
      for (const el of page.querySelectorAll('idv-pricing-calculator')) await el.updateComplete;
      await expect(page).to.be.accessible();
    });

    it('should be accessible when peak QPS is over the limit with a contact link', async () => {
      const el = await make({ volume: '1000000', 'peak-share': '20', 'contact-href': '#contact' });
      expect(root(el).querySelector('a[href="#contact"]')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });

    it('should be accessible with the how-is-this-calculated disclosure open', async () => {
      const el = await make({ 'peak-share': '10' });
      const details = part(el, 'how') as HTMLDetailsElement;
      details.open = true;
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('should be accessible in the dark theme', async () => {
      const el = await make({ theme: 'dark', 'peak-share': '10' });
      await expect(el).to.be.accessible();
    });

    it('should give every input and select a label', async () => {
      for (const plan of ['app', 'alipay-mini', 'server'] as const) {
        const el = await make({ plan, 'peak-share': '5' });
        const all = controls(el);
        expect(all.length).to.be.greaterThan(4);
        for (const c of all) expect(labelOf(c), `${plan}: ${c.outerHTML}`).to.not.equal('');
      }
    });

    it('should announce the new totals in the polite live region once typing pauses', async () => {
      const el = await make();
      const live = status(el);
      expect(live.getAttribute('aria-live')).to.equal('polite');
      await typeInto(el, control(el, en.volume), '20000');
      expect(text(live), 'not on every keystroke').to.equal('');
      await aTimeout(900);
      const q = engineQuote({ plan: 'app', volume: '20000', period: 'day' });
      expect(text(live)).to.equal(norm(en.announce(formatMoney(q.totals.bestYear, 'en'), formatMoney(q.totals.postpaid.year, 'en'))));
    });
  });

  describe('properties/attributes', () => {
    it('should start from the documented defaults and show them in the fields', async () => {
      const el = await make();
      expect(el.plan).to.equal('app');
      expect(el.volume).to.equal('10000');
      expect(el.period).to.equal('day');
      expect(el.passRate).to.equal('100');
      expect(el.photoSize).to.equal('0.1');
      expect(el.retentionDays).to.equal('30');
      expect(el.firstPurchase).to.equal(false);
      expect(el.peakShare).to.equal('');
      expect(el.contactHref).to.equal('');
      expect(el.theme).to.equal('auto');
      expect(el.rules).to.equal(null);
      expect(control<HTMLSelectElement>(el, en.plan).value).to.equal('app');
      expect(control(el, en.volume).value).to.equal('10000');
      expect(radio(el, 'day').checked).to.equal(true);
      expect(control(el, en.photoSize).value).to.equal('0.1');
      expect(control(el, en.retention).value).to.equal('30');
      expect(control<HTMLSelectElement>(el, en.retentionUnitLabel).value).to.equal('days');
      expect(control(el, en.firstPurchase).checked).to.equal(false);
      expect(control(el, en.peakShare).value).to.equal('');
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day' }));
    });

    it('should read every attribute into its property, its field and the figures', async () => {
      const el = await make({
        plan: 'liveness-verify',
        volume: '12000',
        period: 'month',
        'pass-rate': '90',
        'photo-size': '0.25',
        'retention-days': '60',
        'first-purchase': true,
        'peak-share': '15',
        'contact-href': 'https://example.com/contact',
        theme: 'dark',
      });
      expect([el.plan, el.volume, el.period, el.passRate, el.photoSize, el.retentionDays, el.firstPurchase, el.peakShare]).to.deep.equal([
        'liveness-verify',
        '12000',
        'month',
        '90',
        '0.25',
        '60',
        true,
        '15',
      ]);
      // The share string holds what the plan uses: liveness is billed per call, so no pass rate.
      expect(el.shareString).to.equal('v1;liveness-verify:12000/month,photo:0.25,ret:60,peak:15;first');
      expect(el.contactHref).to.equal('https://example.com/contact');
      expect(el.theme).to.equal('dark');
      expect(control<HTMLSelectElement>(el, en.plan).value).to.equal('liveness-verify');
      expect(control(el, en.volume).value).to.equal('12000');
      expect(radio(el, 'month').checked).to.equal(true);
      expect(control(el, en.photoSize).value).to.equal('0.25');
      expect(control(el, en.retention).value).to.equal('60');
      expect(control(el, en.firstPurchase).checked).to.equal(true);
      expect(control(el, en.peakShare).value).to.equal('15');
      expectFigures(
        el,
        engineQuote({
          plan: 'liveness-verify',
          volume: '12000',
          period: 'month',
          photoSizeMB: '0.25',
          retentionDays: '60',
          peakHourShare: '15',
          firstPurchase: true,
        }),
      );

      const alipay = await make({ plan: 'alipay-mini', volume: '20000', period: 'month', 'pass-rate': '85' });
      expect(control(alipay, en.passRate).value).to.equal('85');
      expectFigures(alipay, engineQuote({ plan: 'alipay-mini', volume: '20000', period: 'month', passRate: '85' }));
    });

    it('should update the fields and figures when properties are set from code', async () => {
      const el = await make();
      el.plan = 'h5';
      el.volume = '300000';
      el.period = 'month';
      el.photoSize = '0.2';
      el.retentionDays = '90';
      el.firstPurchase = true;
      el.peakShare = '10';
      await settle(el);
      expect(control<HTMLSelectElement>(el, en.plan).value).to.equal('h5');
      expect(control(el, en.volume).value).to.equal('300000');
      expect(radio(el, 'month').checked).to.equal(true);
      expect(radio(el, 'day').checked).to.equal(false);
      expect(control(el, en.photoSize).value).to.equal('0.2');
      expect(control(el, en.retention).value).to.equal('90');
      expect(control(el, en.firstPurchase).checked).to.equal(true);
      expect(control(el, en.peakShare).value).to.equal('10');
      expectFigures(
        el,
        engineQuote({
          plan: 'h5',
          volume: '300000',
          period: 'month',
          photoSizeMB: '0.2',
          retentionDays: '90',
          firstPurchase: true,
          peakHourShare: '10',
        }),
      );

      el.plan = 'alipay-h5';
      el.passRate = '80';
      el.volume = '20000';
      await settle(el);
      expect(control(el, en.passRate).value).to.equal('80');
      expectFigures(
        el,
        engineQuote({ plan: 'alipay-h5', volume: '20000', period: 'month', passRate: '80', firstPurchase: true, peakHourShare: '10' }),
      );
    });

    it('should update the figures when attributes change at run time', async () => {
      const el = await make();
      el.setAttribute('plan', 'server');
      el.setAttribute('volume', '8000000');
      el.setAttribute('period', 'year');
      await settle(el);
      expect(el.plan).to.equal('server');
      expect(el.volume).to.equal('8000000');
      expect(el.period).to.equal('year');
      expectFigures(el, engineQuote({ plan: 'server', volume: '8000000', period: 'year' }));
      el.setAttribute('first-purchase', '');
      await settle(el);
      expect(el.firstPurchase).to.equal(true);
      el.removeAttribute('first-purchase');
      await settle(el);
      expect(el.firstPurchase).to.equal(false);
      expectFigures(el, engineQuote({ plan: 'server', volume: '8000000', period: 'year' }));
    });

    it('should parse volume="5万" and price 50,000 verifications', async () => {
      const el = await make({ volume: '5万' });
      expect(el.volume).to.equal('50000');
      expect(control(el, en.volume).value).to.equal('5万');
      expect(control(el, en.volume).getAttribute('aria-invalid')).to.equal('false');
      expectFigures(el, engineQuote({ plan: 'app', volume: '50000', period: 'day' }));
      el.volume = '1.5亿';
      await settle(el);
      expect(el.volume).to.equal('150000000');
      expectFigures(el, engineQuote({ plan: 'app', volume: '150000000', period: 'day' }));
    });

    it('should show the field error and no NaN for an invalid volume attribute, and recover when it is fixed', async () => {
      const el = await make({ volume: 'lots' });
      const input = control(el, en.volume);
      expect(input.value).to.equal('lots');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, input))).to.equal(norm(en.errors['not-a-number']));
      expect(resultsText(el)).to.not.include('¥');
      expectSane(el);
      el.setAttribute('volume', '20000');
      await settle(el);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(text(messageOf(el, input))).to.equal(norm(en.volumeHint));
      expectFigures(el, engineQuote({ plan: 'app', volume: '20000', period: 'day' }));
    });

    it('should reflect theme to its attribute', async () => {
      const el = await make();
      el.theme = 'dark';
      await settle(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      el.setAttribute('theme', 'light');
      await settle(el);
      expect(el.theme).to.equal('light');
    });

    it('should expose quote, read-only, equal to the engine quote for the current scenario', async () => {
      const el = await make({ plan: 'alipay-mini', volume: '20000', period: 'month', 'pass-rate': '85', 'peak-share': '12' });
      const expected = engineQuote({ plan: 'alipay-mini', volume: '20000', period: 'month', passRate: '85', peakHourShare: '12' });
      expect(el.quote).to.deep.equal(expected);
      expect(Reflect.set(el, 'quote', null)).to.equal(false);
      expect(el.quote).to.deep.equal(expected);
      await typeInto(el, control(el, en.volume), '1.2万');
      expect(el.quote).to.deep.equal(
        engineQuote({ plan: 'alipay-mini', volume: '12000', period: 'month', passRate: '85', peakHourShare: '12' }),
      );
    });

    it('should price with custom valid rules', async () => {
      const el = await make({ plan: 'face-compare', volume: '1000000', period: 'month' });
      const rules = customRules();
      el.rules = rules;
      await settle(el);
      const q = engineQuote({ plan: 'face-compare', volume: '1000000', period: 'month' }, loadRules(rules));
      expect(q.totals.postpaid.year).to.equal('120000');
      expectFigures(el, q);
      expect(el.quote).to.deep.equal(q);
      expect(text(part(el, 'header'))).to.include('test-2024');
      // The plan's price is in the hint under the select (its options are plan names, so none is cut short).
      expect(text(messageOf(el, control<HTMLSelectElement>(el, en.plan)))).to.include('¥0.01');
    });

    it('should show an error state instead of numbers for invalid rules, throw nothing, and recover', async () => {
      const el = await make();
      const broken = customRules() as { families: Record<string, { packs: { price: string }[] }> };
      broken.families['idv']!.packs[1]!.price = '49999';
      const errors = await collectErrors(async () => {
        el.rules = broken;
        await settle(el);
        const alert = root(el).querySelector('[role="alert"]');
        expect(alert).to.be.instanceOf(Element);
        expect(text(alert)).to.include(norm(en.rulesErrorTitle)).and.include('families.idv.packs[1].price');
        expect(parts(el, 'results')).to.have.length(0);
        expect(text(root(el))).to.not.include('¥');
        expectSane(el);
        for (const bad of [42, 'rules', [], { ...broken, currency: 'USD' }]) {
          el.rules = bad;
          await settle(el);
          expect(root(el).querySelector('[role="alert"]'), JSON.stringify(bad).slice(0, 40)).to.be.instanceOf(Element);
          expect(text(root(el))).to.not.include('¥');
        }
        el.rules = customRules();
        await settle(el);
        expect(root(el).querySelector('[role="alert"]')).to.equal(null);
        expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day' }, loadRules(customRules())));
        el.rules = null;
        await settle(el);
        expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day' }));
      });
      expect(errors).to.deep.equal([]);
    });

    it('should show the pass rate only for plans billed per passed verification', async () => {
      const el = await make();
      for (const plan of PLAN_IDS) {
        el.plan = plan;
        await settle(el);
        expect(findControl(el, en.passRate) !== null, plan).to.equal(PASSED.includes(plan));
      }
    });

    it('should show photo size and retention only for plans that store photos, defaulting to 0.1 MB and 30 days', async () => {
      const el = await make();
      for (const plan of PLAN_IDS) {
        el.plan = plan;
        await settle(el);
        const stores = STORES_PHOTOS.includes(plan);
        expect(findControl(el, en.photoSize) !== null, `${plan} photo size`).to.equal(stores);
        expect(findControl(el, en.retention) !== null, `${plan} retention`).to.equal(stores);
        expect(findControl(el, en.retentionUnitLabel) !== null, `${plan} retention unit`).to.equal(stores);
        expect(resultsText(el).includes(norm(en.storageMonthlyLabel)), `${plan} storage row`).to.equal(stores);
        if (stores) {
          expect(control(el, en.photoSize).value).to.equal('0.1');
          expect(control(el, en.retention).value).to.equal('30');
          const unit = control<HTMLSelectElement>(el, en.retentionUnitLabel);
          expect([...unit.options].map((o) => o.value)).to.deep.equal(['days', 'months']);
          expect(unit.value).to.equal('days');
        }
      }
    });

    it('should show the first-purchase checkbox only where the family has a trial pack', async () => {
      const el = await make();
      for (const plan of PLAN_IDS) {
        el.plan = plan;
        await settle(el);
        expect(findControl(el, en.firstPurchase) !== null, plan).to.equal(!NO_TRIAL.includes(plan));
      }
    });

    it('should show a contact link with contact-href when peak QPS exceeds the limit', async () => {
      const el = await make({ volume: '1000000', 'peak-share': '20', 'contact-href': 'https://example.com/sales' });
      const qps = card(el, en.qpsTitle);
      expect(text(qps)).to.include(norm(en.qpsOver)).and.include(norm(en.qpsLimit('50')));
      const link = qps.querySelector('a')!;
      expect(link).to.be.instanceOf(Element);
      expect(link.getAttribute('href')).to.equal('https://example.com/sales');
      expect(text(link)).to.equal(norm(en.contactSales));

      el.contactHref = '';
      await settle(el);
      expect(card(el, en.qpsTitle).querySelector('a'), 'no link without contact-href').to.equal(null);

      el.contactHref = '/contact';
      el.peakShare = '1';
      await settle(el);
      expect(text(card(el, en.qpsTitle))).to.include(norm(en.qpsOk));
      expect(card(el, en.qpsTitle).querySelector('a'), 'no link under the limit').to.equal(null);
    });

    it('should say the server plan has no default QPS limit', async () => {
      const el = await make({ plan: 'server', volume: '1000000', 'peak-share': '20', 'contact-href': '#c' });
      const qps = card(el, en.qpsTitle);
      expect(text(qps)).to.include(norm(en.qpsNoLimit));
      expect(qps.querySelector('a')).to.equal(null);
      expect(findControl(el, en.peakShare)).to.be.instanceOf(Element);
    });

    it('should let a visitor enter a peak share for every plan, the server plan included', async () => {
      const el = await make({ volume: '1000000' });
      for (const plan of PLAN_IDS) {
        el.plan = plan;
        await settle(el);
        expect(findControl(el, en.peakShare), plan).to.be.instanceOf(HTMLInputElement);
      }
      el.plan = 'server';
      await settle(el);
      await typeInto(el, control(el, en.peakShare), '20');
      expect(text(card(el, en.qpsTitle))).to.include(norm(en.qpsNoLimit));
    });

    it('should keep the peak-share field, and the focus in it, while a visitor clears it', async () => {
      const el = await make({ plan: 'server', 'peak-share': '10' });
      const input = control(el, en.peakShare);
      await typeInto(el, input, '');
      expect(input.isConnected, 'the field is still on screen').to.equal(true);
      expect(focused(el), 'focus stays in the field').to.equal(input);
      expect(el.peakShare).to.equal('');
      expect(text(findCard(el, en.qpsTitle)), 'no peak figure without a share').to.not.include('QPS at the busiest hour');
    });

    it('should read retention in days or months with the unit select', async () => {
      const el = await make();
      const unit = control<HTMLSelectElement>(el, en.retentionUnitLabel);
      await choose(el, unit, 'months');
      expect(control(el, en.retention).value).to.equal('1');
      expect(el.retentionDays).to.equal('30');
      await typeInto(el, control(el, en.retention), '2');
      expect(el.retentionDays).to.equal('60');
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day', retentionDays: '60' }));
      await choose(el, control<HTMLSelectElement>(el, en.retentionUnitLabel), 'days');
      expect(control(el, en.retention).value).to.equal('60');
      expect(el.retentionDays).to.equal('60');
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day', retentionDays: '60' }));
    });

    it('should show retention set from code in days, whatever unit the visitor had picked', async () => {
      const el = await make();
      const unit = (): HTMLSelectElement => control<HTMLSelectElement>(el, en.retentionUnitLabel);
      await choose(el, unit(), 'months');
      el.retentionDays = '90';
      await settle(el);
      expect([control(el, en.retention).value, unit().value]).to.deep.equal(['90', 'days']);
      await choose(el, unit(), 'months');
      await choose(el, unit(), 'days');
      await choose(el, unit(), 'months');
      expect(control(el, en.retention).value).to.equal('3');
      el.retentionDays = '45';
      await settle(el);
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day', retentionDays: '45' }));
      expect([control(el, en.retention).value, unit().value], '45 shown as days').to.deep.equal(['45', 'days']);
    });

    it('should keep the plan select on the priced plan when code sets a plan the visitor had picked before', async () => {
      const el = await make();
      const select = control<HTMLSelectElement>(el, en.plan);
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(el.plan).to.equal('h5');
      el.plan = 'face-compare';
      await settle(el);
      expect(select.value).to.equal('face-compare');
      el.plan = 'h5';
      await settle(el);
      expectFigures(el, engineQuote({ plan: 'h5', volume: '10000', period: 'day' }));
      expect(select.value, 'the select shows the plan that is priced').to.equal('h5');
    });
  });

  describe('events', () => {
    it('should fire idv-change (bubbling, composed, with scenario, quote, total and currency) after typing', async () => {
      const el = await make();
      const rec = recordChanges();
      try {
        await typeInto(el, control(el, en.volume), '12000');
        expect(rec.events.length).to.be.greaterThan(0);
        const e = rec.events.at(-1)!;
        expect(e.type).to.equal('idv-change');
        expect(e.target).to.equal(el);
        expect(e.bubbles).to.equal(true);
        expect(e.composed).to.equal(true);
        const q = engineQuote({ plan: 'app', volume: '12000', period: 'day' });
        expect(e.detail.scenario).to.deep.equal({
          plan: 'app',
          volume: '12000',
          period: 'day',
          passRate: '100',
          photoSize: '0.1',
          retentionDays: '30',
          firstPurchase: false,
          peakShare: '',
        });
        expect(e.detail.quote).to.deep.equal(q);
        expect(e.detail.total).to.equal(q.totals.bestYear);
        expect(e.detail.currency).to.equal('CNY');
      } finally {
        rec.stop();
      }
    });

    it('should fire once for each pick, click and check, with the new scenario', async () => {
      const el = await make();
      const rec = recordChanges();
      try {
        await choose(el, control<HTMLSelectElement>(el, en.plan), 'liveness-detect');
        expect(rec.events).to.have.length(1);
        expect(rec.events[0]!.detail.scenario.plan).to.equal('liveness-detect');
        expect(rec.events[0]!.detail.quote).to.deep.equal(engineQuote({ plan: 'liveness-detect', volume: '10000', period: 'day' }));

        radio(el, 'year').click();
        await settle(el);
        expect(rec.events).to.have.length(2);
        expect(rec.events[1]!.detail.scenario.period).to.equal('year');

        control(el, en.firstPurchase).click();
        await settle(el);
        expect(rec.events).to.have.length(3);
        expect(rec.events[2]!.detail.scenario.firstPurchase).to.equal(true);

        await choose(el, control<HTMLSelectElement>(el, en.retentionUnitLabel), 'months');
        expect(rec.events).to.have.length(4);
        expect(rec.events[3]!.detail.scenario.retentionDays).to.equal('30');

        await typeInto(el, control(el, en.photoSize), '0.3');
        expect(rec.events.at(-1)!.detail.scenario.photoSize).to.equal('0.3');
        await typeInto(el, control(el, en.peakShare), '12');
        expect(rec.events.at(-1)!.detail.scenario.peakShare).to.equal('12');
        expect(rec.events.at(-1)!.detail.quote).to.deep.equal(
          engineQuote({ plan: 'liveness-detect', volume: '10000', period: 'year', photoSizeMB: '0.3', peakHourShare: '12', firstPurchase: true }),
        );
      } finally {
        rec.stop();
      }
    });

    it('should fire after typing a pass rate', async () => {
      const el = await make({ plan: 'alipay-mini' });
      const rec = recordChanges();
      try {
        await typeInto(el, control(el, en.passRate), '85%');
        expect(rec.events.at(-1)!.detail.scenario.passRate).to.equal('85');
      } finally {
        rec.stop();
      }
    });

    it('should not fire when properties or attributes are set from code', async () => {
      const el = await make();
      const rec = recordChanges();
      try {
        el.plan = 'alipay-h5';
        el.volume = '5万';
        el.period = 'month';
        el.passRate = '90';
        el.firstPurchase = true;
        el.peakShare = '10';
        await settle(el);
        el.setAttribute('plan', 'app');
        el.setAttribute('volume', '20000');
        el.setAttribute('period', 'year');
        el.setAttribute('photo-size', '0.2');
        el.setAttribute('retention-days', '60');
        el.setAttribute('contact-href', '#x');
        el.setAttribute('theme', 'dark');
        el.lang = 'zh-CN';
        el.rules = customRules();
        await settle(el);
        await aTimeout(50);
        expect(rec.events).to.have.length(0);
      } finally {
        rec.stop();
      }
    });

    it('should not fire for invalid text, and fire again once it is fixed', async () => {
      const el = await make();
      const rec = recordChanges();
      try {
        // Every prefix of these is invalid too, so no keystroke may fire.
        for (const bad of ['abc', '-5', ',000', 'x1']) await typeInto(el, control(el, en.volume), bad);
        await typeInto(el, control(el, en.photoSize), 'big');
        expect(rec.events).to.have.length(0);
        await typeInto(el, control(el, en.photoSize), '0.1');
        expect(rec.events, 'volume still invalid').to.have.length(0);
        await typeInto(el, control(el, en.volume), '7');
        expect(rec.events).to.have.length(1);
        expect(rec.events[0]!.detail.scenario.volume).to.equal('7');
      } finally {
        rec.stop();
      }
    });
  });

  describe('keyboard', () => {
    it('should reach the plan, volume, period and the other inputs in order with Tab', async () => {
      const el = await make({ 'peak-share': '5' });
      control<HTMLSelectElement>(el, en.plan).focus();
      const order = [describeFocus(el)];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(describeFocus(el));
      }
      const expected = [
        `select: ${en.plan}`,
        `input: ${en.volume}`,
        `input: ${en.periods.day}`,
        `input: ${en.photoSize}`,
        `input: ${en.retention}`,
        `select: ${en.retentionUnitLabel}`,
        `input: ${en.firstPurchase}`,
        `summary: ${en.detailsTitle}`,
      ];
      // The checkbox's name is its label alone: its hint is a description.
      expect(order.slice(0, 8)).to.deep.equal(expected);
      // Enter opens the details; the next stop is the first control inside.
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      expect(describeFocus(el)).to.equal(`input: ${en.peakShare} (${en.optional})`);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(describeFocus(el)).to.equal(`summary: ${en.detailsTitle}`);
    });

    it('should tab through the pass rate for a plan billed per passed verification', async () => {
      const el = await make({ plan: 'alipay-mini' });
      control<HTMLSelectElement>(el, en.plan).focus();
      const order = [describeFocus(el)];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(describeFocus(el));
      }
      expect(order.slice(0, 4)).to.deep.equal([
        `select: ${en.plan}`,
        `input: ${en.volume}`,
        `input: ${en.periods.day}`,
        `input: ${en.passRate}`,
      ]);
    });

    it('should move between the period radios with the arrow keys and update the figures', async () => {
      const el = await make();
      const rec = recordChanges();
      try {
        radio(el, 'day').focus();
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(radio(el, 'month').checked).to.equal(true);
        expect(focused(el)).to.equal(radio(el, 'month'));
        expect(el.period).to.equal('month');
        expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'month' }));
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(el.period).to.equal('year');
        expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'year' }));
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(el.period).to.equal('day');
        expect(radio(el, 'day').checked).to.equal(true);
        expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day' }));
        expect(rec.events.map((e) => e.detail.scenario.period)).to.deep.equal(['month', 'year', 'month', 'day']);
      } finally {
        rec.stop();
      }
    });

    it('should change the plan with the arrow keys on the select and update the metering hint', async () => {
      const el = await make();
      const select = control<HTMLSelectElement>(el, en.plan);
      select.focus();
      expect(text(messageOf(el, select))).to.equal(planHint('en', 'app'));
      const rec = recordChanges();
      try {
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
        await settle(el);
      } finally {
        rec.stop();
      }
      expect(rec.events.map((e) => e.detail.scenario.plan)).to.deep.equal(['h5', 'server', 'alipay-mini']);
      expect(select.value).to.equal('alipay-mini');
      expect(el.plan).to.equal('alipay-mini');
      expect(text(messageOf(el, select))).to.equal(planHint('en', 'alipay-mini'));
      expect(findControl(el, en.passRate)).to.be.instanceOf(Element);
      expectFigures(el, engineQuote({ plan: 'alipay-mini', volume: '10000', period: 'day' }));
    });

    it('should toggle the first-purchase checkbox with Space', async () => {
      const el = await make({ volume: '5', period: 'month' });
      const box = control(el, en.firstPurchase);
      box.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.firstPurchase).to.equal(true);
      expectFigures(el, engineQuote({ plan: 'app', volume: '5', period: 'month', firstPurchase: true }));
    });

    it('should open the how-is-this-calculated disclosure with Enter and Space on its summary', async () => {
      const el = await make();
      const outer = part(el, 'details') as HTMLDetailsElement;
      outer.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(outer.open, 'details open with Enter').to.equal(true);
      const details = part(el, 'how') as HTMLDetailsElement;
      const summary = details.querySelector('summary')!;
      expect(details.open).to.equal(false);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(true);
      expect(text(details)).to.include(norm(en.how.rounding));
    });
  });

  describe('parts and custom properties', () => {
    it('should expose its parts', async () => {
      const el = await make({ 'peak-share': '10' });
      for (const name of ['base', 'header', 'form', 'results', 'summary', 'card', 'line-item', 'line-item__price', 'how', 'input', 'field']) {
        expect(parts(el, name).length, name).to.be.greaterThan(0);
      }
      expect(parts(el, 'input').length).to.equal(controls(el).filter((c) => c.matches('input[type="text"], select')).length);
      await typeInto(el, control(el, en.volume), 'x');
      expect(text(part(el, 'error'))).to.equal(norm(en.errors['not-a-number']));
    });

    it('should apply a --idv-color-accent override on the host inside the shadow root', async () => {
      const el = await make();
      const best = formatMoney(engineQuote({ plan: 'app', volume: '10000', period: 'day' }).totals.bestYear, 'en');
      const figure = [...part(el, 'summary').querySelectorAll('span')].find((s) => text(s) === best)!;
      expect(figure, 'the headline figure').to.be.instanceOf(Element);
      const before = getComputedStyle(figure).color;
      el.style.setProperty('--idv-color-accent', 'rgb(1, 2, 3)');
      expect(before).to.not.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(figure).color).to.equal('rgb(1, 2, 3)');
    });

    it('should apply a --idv-radius override on the host to part=base', async () => {
      const el = await make();
      const base = part(el, 'base');
      expect(getComputedStyle(base).borderTopLeftRadius).to.equal('12px');
      el.style.setProperty('--idv-radius', '3px');
      expect(getComputedStyle(base).borderTopLeftRadius).to.equal('3px');
    });

    it('should darken part=base with theme="dark" and keep it light with theme="light"', async () => {
      const light = await make({ theme: 'light' });
      const dark = await make({ theme: 'dark' });
      expect(bg(part(light, 'base'))).to.equal('rgb(255, 255, 255)');
      expect(bg(part(dark, 'base'))).to.not.equal(bg(part(light, 'base')));
      expect(bg(part(dark, 'base'))).to.equal('rgb(22, 24, 29)');
      dark.theme = 'light';
      await settle(dark);
      expect(bg(part(dark, 'base'))).to.equal('rgb(255, 255, 255)');
    });

    it('should follow prefers-color-scheme with theme="auto" unless theme="light"', async () => {
      const auto = await make();
      const light = await make({ theme: 'light' });
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(bg(part(auto, 'base'))).to.equal('rgb(22, 24, 29)');
        expect(bg(part(light, 'base'))).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
      expect(bg(part(auto, 'base'))).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('layout', () => {
    const expectNoHorizontalOverflow = (el: IdvPricingCalculator, label: string): void => {
      const base = part(el, 'base');
      expect(base.scrollWidth, `${label}: part=base scrollWidth`).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
        const box = node.getBoundingClientRect();
        if (box.width > 1) expect(box.right, `${label}: ${node.tagName} ${text(node).slice(0, 40)}`).to.be.at.most(right + 0.5);
      }
    };

    it('should not overflow horizontally in a 320 px container', async () => {
      const el = await makeAt(320, { 'peak-share': '12', 'first-purchase': true });
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expectNoHorizontalOverflow(el, 'default');
      await typeInto(el, control(el, en.volume), '1.5亿');
      expectNoHorizontalOverflow(el, '1.5亿 a day');
      await typeInto(el, control(el, en.volume), 'not a number');
      expectNoHorizontalOverflow(el, 'error');
      el.lang = 'zh-CN';
      el.plan = 'alipay-mini';
      await settle(el);
      expectNoHorizontalOverflow(el, 'zh-CN alipay-mini');
    });

    it('should never break an amount across lines, from 320 to 1200 px (found at 800 px in the demo)', async () => {
      // The text of an amount on one line has one line box; broken mid-number ('¥300,000.0' / '0') it has two.
      for (const width of [320, 400, 480, 560, 640, 720, 800, 880, 960, 1040, 1200]) {
        const el = await makeAt(width, { volume: '10000', period: 'day' });
        for (const amount of root(el).querySelectorAll<HTMLElement>('[part~="line-item__price"]')) {
          const range = document.createRange();
          range.selectNodeContents(amount);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          expect(lines.size, `${width} px: ${text(amount)}`).to.equal(1);
        }
        el.remove();
      }
    });

    it('should put the form and the results side by side at 1200 px and stack them at 320 px', async () => {
      const wide = await makeAt(1200);
      // The form's box is its field groups (the <form> itself is display: contents so the headline can sit between them on a phone).
      const form = root(wide).querySelector('.fields.main')!.getBoundingClientRect();
      const results = part(wide, 'results').getBoundingClientRect();
      expect(results.left).to.be.greaterThan(form.left);
      expect(results.left).to.be.at.least(form.right);
      expect(results.top).to.be.below(form.bottom);

      const narrow = await makeAt(320);
      const nForm = root(narrow).querySelector('.fields.more')!.getBoundingClientRect();
      const nResults = part(narrow, 'results').getBoundingClientRect();
      expect(nResults.top).to.be.at.least(nForm.bottom);
    });
  });

  describe('i18n', () => {
    it('should render English with lang="en"', async () => {
      const el = await make({ lang: 'en' });
      expect(text(root(el).querySelector('h2'))).to.equal(en.title);
      expect(part(el, 'base').getAttribute('lang')).to.equal('en');
      expect(labelOf(control(el, en.volume))).to.equal(en.volume);
      expect(text(card(el, en.postpaidTitle, 'postpaid'))).to.include(norm(en.billableUnits('3,650,000')));
    });

    it('should render Chinese with lang="zh-CN", counting in 万', async () => {
      const el = await make({ lang: 'zh-CN' });
      expect(text(root(el).querySelector('h2'))).to.equal(zhCN.title);
      expect(part(el, 'base').getAttribute('lang')).to.equal('zh-CN');
      const select = control<HTMLSelectElement>(el, zhCN.plan);
      expect(text(select.selectedOptions[0])).to.include('APP 认证方案');
      expect(text(messageOf(el, select))).to.equal(planHint('zh-CN', 'app'));
      expect(text(card(el, zhCN.postpaidTitle, 'postpaid'))).to.include(norm(zhCN.billableUnits('365万')));
      expect(formatCount('3650000', 'zh-CN')).to.equal('365万');
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day' }), 'zh-CN');
      el.setAttribute('volume', '1.5亿');
      el.setAttribute('period', 'month');
      el.setAttribute('plan', 'alipay-mini');
      el.setAttribute('pass-rate', '85');
      await settle(el);
      expectFigures(el, engineQuote({ plan: 'alipay-mini', volume: '150000000', period: 'month', passRate: '85' }), 'zh-CN');
    });

    it('should show error messages in the element language', async () => {
      const el = await make({ lang: 'zh-CN' });
      const input = control(el, zhCN.volume);
      await typeInto(el, input, 'abc');
      expect(text(messageOf(el, input))).to.equal(norm(zhCN.errors['not-a-number']));
      expect(showsKeptLast(el, 'zh-CN')).to.equal(true);
    });

    /** Runs `fn`, then puts the page's own `<html lang>` back, whatever `fn` set it to. */
    async function keepingPageLang(fn: (html: HTMLElement) => Promise<void>): Promise<void> {
      const html = document.documentElement;
      const previous = html.getAttribute('lang');
      try {
        await fn(html);
      } finally {
        if (previous === null) html.removeAttribute('lang');
        else html.setAttribute('lang', previous);
      }
    }

    /** The element's heading once a lang change has been observed and rendered. */
    async function titleAfterChange(el: IdvPricingCalculator): Promise<string> {
      await aTimeout(0);
      await settle(el);
      return text(root(el).querySelector('h2'));
    }

    it('should fall back to document.documentElement.lang and follow it at run time', async () => {
      await keepingPageLang(async (html) => {
        html.lang = 'zh-CN';
        const el = await make({ lang: null });
        expect(el.hasAttribute('lang')).to.equal(false);
        expect(text(root(el).querySelector('h2'))).to.equal(zhCN.title);
        html.lang = 'en';
        expect(await titleAfterChange(el)).to.equal(en.title);
        html.lang = 'zh-Hant-TW';
        expect(await titleAfterChange(el)).to.equal(zhCN.title);
      });
    });

    it('should take the lang of the nearest ancestor when it has none', async () => {
      const wrapper = fixtureSync<HTMLDivElement>('<div lang="zh-CN"><div><idv-pricing-calculator></idv-pricing-calculator></div></div>');
      const el = wrapper.querySelector('idv-pricing-calculator')!;
      await el.updateComplete;
      expect(text(root(el).querySelector('h2'))).to.equal(zhCN.title);
      expect(part(el, 'base').getAttribute('lang')).to.equal('zh-CN');
    });

    it('should follow its ancestor when the ancestor’s lang changes at run time (a docs site’s language switch)', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        '<div lang="zh-CN"><section lang="en"><div><idv-pricing-calculator></idv-pricing-calculator></div></section></div>',
      );
      const el = wrapper.querySelector('idv-pricing-calculator')!;
      const section = wrapper.querySelector('section')!;
      await el.updateComplete;
      expect(text(root(el).querySelector('h2'))).to.equal(en.title);
      section.lang = 'zh-CN';
      expect(await titleAfterChange(el)).to.equal(zhCN.title);
      section.removeAttribute('lang');
      expect(await titleAfterChange(el), 'falls back to the outer ancestor').to.equal(zhCN.title);
      wrapper.lang = 'en';
      expect(await titleAfterChange(el)).to.equal(en.title);
    });

    it('should follow the page’s lang from inside another component’s shadow root', async () => {
      const host = fixtureSync<HTMLDivElement>('<div></div>');
      const el = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('idv-pricing-calculator'));
      await keepingPageLang(async (html) => {
        html.lang = 'en';
        await settle(el);
        expect(text(root(el).querySelector('h2'))).to.equal(en.title);
        html.lang = 'zh-CN';
        expect(await titleAfterChange(el)).to.equal(zhCN.title);
      });
    });

    it('should prefer its own lang over the page lang', async () => {
      await keepingPageLang(async (html) => {
        html.lang = 'zh-CN';
        const el = await make({ lang: 'en' });
        expect(text(root(el).querySelector('h2'))).to.equal(en.title);
      });
    });

    it('should re-render when lang changes at run time', async () => {
      const el = await make({ lang: 'en' });
      el.lang = 'zh-CN';
      await settle(el);
      expect(text(root(el).querySelector('h2'))).to.equal(zhCN.title);
      expect(text(card(el, zhCN.postpaidTitle, 'postpaid'))).to.include(norm(zhCN.billableUnits('365万')));
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(text(root(el).querySelector('h2'))).to.equal(en.title);
      expect(text(card(el, en.postpaidTitle, 'postpaid'))).to.include(norm(en.billableUnits('3,650,000')));
      expectSane(el);
    });
  });

  describe('figures', () => {
    const SCENARIOS: Readonly<Record<PlanId, readonly Omit<Inputs, 'plan'>[]>> = {
      app: [
        { volume: '10000', period: 'day' },
        { volume: '300000', period: 'month', photoSizeMB: '0.25', retentionDays: '90' },
        { volume: '8000000', period: 'year', firstPurchase: true },
      ],
      h5: [
        { volume: '50000', period: 'day', peakHourShare: '10' },
        { volume: '1234', period: 'month', firstPurchase: true },
        { volume: '1', period: 'year' },
      ],
      server: [
        { volume: '8000000', period: 'year' },
        { volume: '150', period: 'month', firstPurchase: true },
        { volume: '2500', period: 'day' },
      ],
      'alipay-mini': [
        { volume: '20000', period: 'month', passRate: '85' },
        { volume: '333', period: 'day', passRate: '99.5' },
        { volume: '1000000', period: 'year', passRate: '100', firstPurchase: true },
      ],
      'alipay-h5': [
        { volume: '7', period: 'day', passRate: '50' },
        { volume: '600000', period: 'month', passRate: '72.25' },
        { volume: '2000000', period: 'year' },
      ],
      'liveness-verify': [
        { volume: '15000', period: 'day', firstPurchase: true },
        { volume: '120000', period: 'month', photoSizeMB: '0.05', retentionDays: '365' },
        { volume: '99', period: 'year' },
      ],
      'liveness-detect': [
        { volume: '500', period: 'day', retentionDays: '0' },
        { volume: '3000000', period: 'month' },
        { volume: '36500', period: 'year', photoSizeMB: '1.5' },
      ],
      'face-compare': [
        { volume: '1', period: 'day' },
        { volume: '2500000', period: 'year' },
        { volume: '100000', period: 'day', peakHourShare: '5' },
      ],
    };

    for (const plan of PLAN_IDS) {
      it(`should show the engine's figures for the ${plan} plan`, async () => {
        for (const s of SCENARIOS[plan]) {
          const el = await make();
          const inputs: Inputs = { plan, ...s };
          await enter(el, inputs);
          expect(el.plan).to.equal(plan);
          expectFigures(el, engineQuote(inputs));
        }
      });
    }

    it('should show the document example: app, 10,000 a day, 0.1 MB kept 30 days costs ¥3.52 a month to store', async () => {
      const el = await make();
      await enter(el, { plan: 'app', volume: '10000', period: 'day', photoSizeMB: '0.1', retentionDays: '30' });
      const q = engineQuote({ plan: 'app', volume: '10000', period: 'day', photoSizeMB: '0.1', retentionDays: '30' });
      expect(formatMoney(q.lines[0]!.storage!.monthlyFee, 'en', 'estimate')).to.equal('CN¥3.52');
      expect(text(card(el, en.postpaidTitle, 'costs'))).to.include(`${en.storageMonthlyLabel} 29.29 GB CN¥3.52`);
      expectFigures(el, q);
    });

    it('should show face comparison at 1 a day as ¥0.00 a day and ¥0.18 a month', async () => {
      const el = await make();
      await enter(el, { plan: 'face-compare', volume: '1', period: 'day' });
      const rows = [...card(el, en.postpaidTitle, 'postpaid').querySelectorAll('[part~="line-item__price"]')].map((r) => text(r));
      expect(rows.slice(0, 2)).to.deep.equal(['CN¥0.00', 'CN¥0.18']);
      expectFigures(el, engineQuote({ plan: 'face-compare', volume: '1', period: 'day' }));
    });

    it('should price every accepted spelling of a volume', async () => {
      const el = await make();
      const input = control(el, en.volume);
      const cases: readonly (readonly [string, string])[] = [
        ['12000', '12000'],
        ['12,000', '12000'],
        ['１２０００', '12000'],
        ['12 000', '12000'],
        [' 12000 ', '12000'],
        ['1.2万', '12000'],
        ['5万', '50000'],
        ['5 万', '50000'],
        ['1.5亿', '150000000'],
        ['1.5 亿', '150000000'],
      ];
      for (const [typed, volume] of cases) {
        await typeInto(el, input, typed);
        expect(input.getAttribute('aria-invalid'), typed).to.equal('false');
        expect(el.volume, typed).to.equal(volume);
        expect(showsKeptLast(el), typed).to.equal(false);
        expectFigures(el, engineQuote({ plan: 'app', volume, period: 'day' }));
      }
    });

    it('should update the figures and the metering hint when the plan changes in the select', async () => {
      const el = await make({ volume: '20000', period: 'month' });
      const select = control<HTMLSelectElement>(el, en.plan);
      const groups = [...select.querySelectorAll('optgroup')];
      expect(groups.map((g) => g.label)).to.deep.equal(['ID verification packs', 'Liveness verification packs', 'Face comparison packs']);
      expect(select.options).to.have.length(8);
      // Options are plan names only (the price is in the hint), so the chosen one is never cut short.
      expect(text(select.querySelector('option[value="alipay-mini"]'))).to.equal('Alipay mini program');
      expect(text(select.querySelector('option[value="face-compare"]'))).to.equal('Face comparison');
      expect(text(messageOf(el, select))).to.equal(planHint('en', 'app'));
      await choose(el, select, 'alipay-h5');
      expect(text(messageOf(el, select))).to.equal(planHint('en', 'alipay-h5'));
      expectFigures(el, engineQuote({ plan: 'alipay-h5', volume: '20000', period: 'month' }));
      await typeInto(el, control(el, en.passRate), '85');
      expect(text(card(el, en.postpaidTitle, 'postpaid'))).to.include(norm(en.billableUnits('17,000')));
      expectFigures(el, engineQuote({ plan: 'alipay-h5', volume: '20000', period: 'month', passRate: '85' }));
      await choose(el, select, 'face-compare');
      expect(text(messageOf(el, select))).to.equal(planHint('en', 'face-compare'));
      expectFigures(el, engineQuote({ plan: 'face-compare', volume: '20000', period: 'month' }));
    });

    it('should list the free trial pack on a first purchase', async () => {
      const el = await make({ volume: '5', period: 'month' });
      control(el, en.firstPurchase).click();
      await settle(el);
      const q = engineQuote({ plan: 'app', volume: '5', period: 'month', firstPurchase: true });
      expect(q.families[0]!.packLines.some((p) => p.trial)).to.equal(true);
      expect(text(card(el, en.packsTitle))).to.include(norm(en.trialPack));
      expectFigures(el, q);
    });

    it('should show zero figures for a volume of 0', async () => {
      const el = await make();
      await typeInto(el, control(el, en.volume), '0');
      const q = engineQuote({ plan: 'app', volume: '0', period: 'day' });
      expect(q.totals.bestYear).to.equal('0');
      expectFigures(el, q);
      expect(text(part(el, 'summary'))).to.include('¥0.00');
    });

    it('should price the largest volume, 10^18 a day, in full', async () => {
      const el = await make({ plan: 'face-compare' });
      await pasteInto(el, control(el, en.volume), '1000000000000000000');
      expect(control(el, en.volume).getAttribute('aria-invalid')).to.equal('false');
      expectFigures(el, engineQuote({ plan: 'face-compare', volume: '1000000000000000000', period: 'day' }));
    });

    it('should update the figures when a period radio is clicked', async () => {
      const el = await make({ volume: '30000' });
      for (const period of ['month', 'year', 'day'] as Period[]) {
        radio(el, period).click();
        await settle(el);
        expectFigures(el, engineQuote({ plan: 'app', volume: '30000', period }));
      }
    });
  });

  describe('errors', () => {
    const INVALID: readonly (readonly [string, keyof typeof en.errors])[] = [
      ['abc', 'not-a-number'],
      ['1e5', 'not-a-number'],
      ['1.5', 'not-whole'],
      ['12,34', 'grouping'],
      ['-5', 'negative'],
      ['', 'empty'],
      ['10000000000000000000', 'too-large'],
    ];

    it('should explain invalid volume text next to the field and keep the last valid figures', async () => {
      const el = await make({ volume: '20000' });
      const input = control(el, en.volume);
      const before = figuresShown(el);
      const rec = recordChanges();
      try {
        for (const [typed, code] of INVALID) {
          await pasteInto(el, input, typed);
          expect(input.value, typed).to.equal(typed);
          expect(input.getAttribute('aria-invalid'), typed).to.equal('true');
          const message = messageOf(el, input);
          expect(text(message), typed).to.equal(norm(en.errors[code]));
          expect(message.getAttribute('part')).to.equal('error');
          expect(showsKeptLast(el), typed).to.equal(true);
          expect(figuresShown(el), `${typed}: figures unchanged`).to.deep.equal(before);
          expect(el.volume).to.equal('20000');
          expectSane(el);
        }
        expect(rec.events).to.have.length(0);
      } finally {
        rec.stop();
      }
      await typeInto(el, input, '30000');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(text(messageOf(el, input))).to.equal(norm(en.volumeHint));
      expect(showsKeptLast(el)).to.equal(false);
      expectFigures(el, engineQuote({ plan: 'app', volume: '30000', period: 'day' }));
    });

    it('should give out-of-range values their range and keep the last valid figures', async () => {
      const cases: readonly (readonly [PlanId, string, string, string])[] = [
        ['alipay-mini', en.passRate, '101', en.range('0', '100%')],
        ['app', en.photoSize, '2000', en.rangeAbove('0', '1024 MB')],
        ['app', en.retention, '40000', en.range('0', '36500 days')],
        ['app', en.peakShare, '150', en.range('0', '100%')],
      ];
      for (const [plan, label, typed, message] of cases) {
        const el = await make({ plan });
        const before = figuresShown(el);
        const input = control(el, label);
        await pasteInto(el, input, typed);
        expect(input.getAttribute('aria-invalid'), label).to.equal('true');
        expect(text(messageOf(el, input)), label).to.equal(norm(message));
        expect(showsKeptLast(el), label).to.equal(true);
        expect(figuresShown(el), label).to.deep.equal(before);
        expectSane(el);
        await typeInto(el, input, '50');
        expect(input.getAttribute('aria-invalid'), label).to.equal('false');
        expect(showsKeptLast(el), label).to.equal(false);
      }
    });

    it('should word the photo-size range as the field accepts it', async () => {
      const el = await make();
      const input = control(el, en.photoSize);
      await pasteInto(el, input, '0');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const message = text(messageOf(el, input));
      await pasteInto(el, input, '0.0005');
      expect(input.getAttribute('aria-invalid'), '0.0005 MB is accepted').to.equal('false');
      expect(message, 'so the range cannot start at 0.001').to.not.include('0.001');
    });

    it('should word a fractional retention as days, not verifications', async () => {
      const el = await make();
      const input = control(el, en.retention);
      await pasteInto(el, input, '1.5');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, input))).to.not.include('verification');
    });

    it('should word the retention range for the unit the visitor chose', async () => {
      const el = await make();
      await choose(el, control<HTMLSelectElement>(el, en.retentionUnitLabel), 'months');
      await pasteInto(el, control(el, en.retention), '1300');
      const message = text(messageOf(el, control(el, en.retention)));
      expect(control(el, en.retention).getAttribute('aria-invalid')).to.equal('true');
      expect(message, '1,300 months is over 36,500 days: say so in months or name the days').to.satisfy(
        (m: string) => m.includes(en.retentionUnits.days) || m.includes('1216'),
      );
    });

    it('should show the field error for invalid attributes without NaN', async () => {
      const el = await make({ plan: 'alipay-mini', 'pass-rate': 'most', 'peak-share': 'x' });
      expect(control(el, en.passRate).getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, control(el, en.passRate)))).to.equal(norm(en.errors['not-a-number']));
      expect(control(el, en.peakShare).getAttribute('aria-invalid')).to.equal('true');
      expectSane(el);
      const photo = await make({ 'photo-size': 'big', 'retention-days': '1.5' });
      expect(text(messageOf(photo, control(photo, en.photoSize)))).to.equal(norm(en.errors['not-a-number']));
      expect(control(photo, en.retention).getAttribute('aria-invalid')).to.equal('true');
      expectSane(photo);
    });

    it('should show an error next to the plan select for an unknown plan, and price once one is chosen', async () => {
      const el = await make({ plan: 'premium' });
      const select = control<HTMLSelectElement>(el, en.plan);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(text(messageOf(el, select))).to.equal(norm(en.unknownPlan('premium')));
      expect(resultsText(el)).to.not.include('¥');
      expectSane(el);
      await choose(el, select, 'server');
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expectFigures(el, engineQuote({ plan: 'server', volume: '10000', period: 'day' }));
    });

    it('should mark the figures as the last valid input when code sets an unknown plan', async () => {
      const el = await make();
      el.plan = 'premium' as PlanId;
      await settle(el);
      expect(text(messageOf(el, control(el, en.plan)))).to.equal(norm(en.unknownPlan('premium')));
      expect(showsKeptLast(el), 'the app figures are not for "premium"').to.equal(true);
    });

    it('should say an unknown period attribute needs a choice, check no radio, and price once one is picked', async () => {
      const el = await make({ period: 'week' });
      expectSane(el);
      const checked = (['day', 'month', 'year'] as const).filter((p) => radio(el, p).checked);
      expect(checked, 'no radio claims a period the figures do not use').to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('[role="alert"]')!)).to.equal(norm(en.errors['unknown-period']));
      radio(el, 'month').click();
      await settle(el);
      expect(el.period).to.equal('month');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'month' }));
    });

    it('should price a plan that does not use a field left invalid', async () => {
      const el = await make({ plan: 'alipay-mini' });
      await typeInto(el, control(el, en.passRate), 'abc');
      expect(showsKeptLast(el)).to.equal(true);
      await choose(el, control<HTMLSelectElement>(el, en.plan), 'app');
      expect(findControl(el, en.passRate), 'no pass-rate field on app').to.equal(null);
      expect(showsKeptLast(el), 'no hidden error keeps the figures stale').to.equal(false);
      expectFigures(el, engineQuote({ plan: 'app', volume: '10000', period: 'day' }));
    });

    it('should price a plan without photos when the photo size is out of range', async () => {
      const el = await make();
      await typeInto(el, control(el, en.photoSize), '0');
      expect(control(el, en.photoSize).getAttribute('aria-invalid')).to.equal('true');
      await choose(el, control<HTMLSelectElement>(el, en.plan), 'server');
      expect(findControl(el, en.photoSize)).to.equal(null);
      expect(showsKeptLast(el), 'no hidden error keeps the figures stale').to.equal(false);
      expectFigures(el, engineQuote({ plan: 'server', volume: '10000', period: 'day' }));
    });

    it('should not throw when the retention unit changes while retention-days is invalid', async () => {
      const el = await make({ 'retention-days': 'a month' });
      expect(control(el, en.retention).getAttribute('aria-invalid')).to.equal('true');
      const errors = await collectErrors(async () => {
        await choose(el, control<HTMLSelectElement>(el, en.retentionUnitLabel), 'months');
      });
      expect(errors.map(String)).to.deep.equal([]);
      expectSane(el);
    });
  });
});
