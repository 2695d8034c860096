/**
 * A React 19 app built from React's npm packages (test/frameworks/react, built by scripts/build-frameworks.mjs
 * against the npm entry, dist/lib/index.js) drives <idv-pricing-calculator> like a user would: React state sets the
 * element's properties, the element's figures follow, and idv-change events reach React state and its DOM.
 */
import { expect } from '@open-wc/testing';
import type { Period, PlanId } from '../../src/engine/index.js';
import { control, parts } from '../helpers/dom.js';
import { engineQuote, expectFigures, figuresShown, recordChanges, settle, typeInto } from '../helpers/calculator.js';
import { appButton, appText, loadBuiltApp, untilAppShows } from './built-app.js';
import type { BuiltApp } from './built-app.js';
import { en } from '../helpers/strings.js';

/** What test/frameworks/react/app.tsx starts with and what its "H5" button sets. */
const START = { plan: 'face-compare' as PlanId, volume: '2000000', period: 'month' as Period };
const H5 = { plan: 'h5' as PlanId, volume: '500000', period: 'month' as Period };

describe('React 19 app (built) with <idv-pricing-calculator>', () => {
  let app: BuiltApp;
  before(async () => {
    app = await loadBuiltApp('react');
  });

  it('should show the figures for the plan, volume and period React passed at first render', () => {
    const el = app.calculator;
    expect(appText(app, 'changes')).to.equal('0');
    expectFigures(el, engineQuote(START));
    // React 19 set properties, not attributes (Lit does not reflect these), so the element's own values prove it.
    expect([el.plan, el.volume, el.period]).to.deep.equal([START.plan, START.volume, START.period]);
    expect(el.hasAttribute('plan') || el.hasAttribute('volume'), 'set as attributes').to.equal(false);
  });

  it('should follow React state: a button sets new properties and the figures change', async () => {
    const el = app.calculator;
    const before = figuresShown(el);
    appButton(app, 'H5, 500,000 a month').click();
    await untilPlan(H5.plan);
    expectFigures(el, engineQuote(H5));
    expect(figuresShown(el)).to.not.deep.equal(before);
    expect(appText(app, 'changes'), 'a property set by code fires no idv-change').to.equal('0');
  });

  it('should switch language when React sets lang', async () => {
    const el = app.calculator;
    appButton(app, '中文').click();
    await untilLang('zh-CN');
    expectFigures(el, engineQuote(H5), 'zh-CN');
    appButton(app, 'English').click();
    await untilLang('en');
    expectFigures(el, engineQuote(H5), 'en');
  });

  it('should set and remove the no-toolbar attribute from a boolean prop', async () => {
    const el = app.calculator;
    const box = app.root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(parts(el, 'toolbar').length, 'toolbar before').to.equal(1);
    box.click();
    await settleSoon();
    expect(el.hasAttribute('no-toolbar'), 'attribute set').to.equal(true);
    expect(parts(el, 'toolbar').length, 'toolbar hidden').to.equal(0);
    box.click();
    await settleSoon();
    expect(el.hasAttribute('no-toolbar'), 'attribute removed').to.equal(false);
    expect(parts(el, 'toolbar').length, 'toolbar back').to.equal(1);
  });

  it('should hand idv-change from typing in the element to React state, which the app shows', async () => {
    const el = app.calculator;
    const heard = recordChanges();
    try {
      await typeInto(el, control(el, en.volume), '20000');
      const q = engineQuote({ ...H5, volume: '20000' });
      expectFigures(el, q);
      expect(heard.events.length, 'idv-change events').to.be.greaterThan(0);
      await untilAppShows(app, 'changes', String(heard.events.length));
      await untilAppShows(app, 'last-change', `${H5.plan} 20000/${H5.period}: ${q.totals.bestYear} CNY`);
    } finally {
      heard.stop();
    }
  });

  async function untilPlan(plan: PlanId): Promise<void> {
    await untilAppShows(app, 'title', `React ${plan}`);
    await settle(app.calculator);
  }

  async function untilLang(lang: string): Promise<void> {
    await untilAppShows(app, 'lang', lang);
    await settle(app.calculator);
  }

  async function settleSoon(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle(app.calculator);
  }
});
