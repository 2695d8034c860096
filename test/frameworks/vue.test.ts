/**
 * A Vue 3 app built from Vue's npm package (test/frameworks/vue, built by scripts/build-frameworks.mjs against the
 * npm entry, dist/lib/index.js) drives <idv-pricing-calculator> like a user would: Vue state sets the element's
 * properties, the element's figures follow, and idv-change events reach Vue state and its DOM.
 */
import { expect } from '@open-wc/testing';
import type { Period, PlanId } from '../../src/engine/index.js';
import { control } from '../helpers/dom.js';
import { engineQuote, expectFigures, figuresShown, recordChanges, settle, typeInto } from '../helpers/calculator.js';
import { appButton, appText, loadBuiltApp, untilAppShows } from './built-app.js';
import type { BuiltApp } from './built-app.js';
import { en } from '../helpers/strings.js';

/** What test/frameworks/vue/app.ts starts with and what its buttons set. */
const START = { plan: 'alipay-mini' as PlanId, volume: '30000', period: 'month' as Period };
const H5 = { plan: 'h5' as PlanId, volume: '500000', period: 'month' as Period };

describe('Vue 3 app (built) with <idv-pricing-calculator>', () => {
  let app: BuiltApp;
  before(async () => {
    app = await loadBuiltApp('vue');
  });

  it('should show the figures for the plan, volume and period Vue passed at first render', () => {
    const el = app.calculator;
    expect(appText(app, 'changes')).to.equal('0');
    expectFigures(el, engineQuote(START));
    // Vue set DOM properties, not attributes (Lit does not reflect these): the element's own values prove it.
    expect([el.plan, el.volume, el.period, el.passRate]).to.deep.equal([START.plan, START.volume, START.period, '100']);
    expect(el.hasAttribute('plan') || el.hasAttribute('volume'), 'set as attributes').to.equal(false);
  });

  it('should set a camelCase property (passRate) from Vue state: the pass-rate-billed figures change', async () => {
    const el = app.calculator;
    const before = figuresShown(el);
    appButton(app, '85 % pass').click();
    await untilAppShows(app, 'pass-rate', '85');
    await settle(el);
    expect(el.passRate).to.equal('85');
    expectFigures(el, engineQuote({ ...START, passRate: '85' }));
    expect(figuresShown(el)).to.not.deep.equal(before);
  });

  it('should follow Vue state: a button sets new properties and the figures change', async () => {
    const el = app.calculator;
    const before = figuresShown(el);
    appButton(app, 'H5, 500,000 a month').click();
    await untilAppShows(app, 'title', `Vue ${H5.plan}`);
    await settle(el);
    expectFigures(el, engineQuote({ ...H5, passRate: '85' }));
    expect(figuresShown(el)).to.not.deep.equal(before);
    expect(appText(app, 'changes'), 'a property set by code fires no idv-change').to.equal('0');
  });

  it('should switch language when Vue sets lang', async () => {
    const el = app.calculator;
    appButton(app, '中文').click();
    await untilAppShows(app, 'lang', 'zh-CN');
    await settle(el);
    expectFigures(el, engineQuote({ ...H5, passRate: '85' }), 'zh-CN');
    appButton(app, 'English').click();
    await untilAppShows(app, 'lang', 'en');
    await settle(el);
    expectFigures(el, engineQuote({ ...H5, passRate: '85' }), 'en');
  });

  it('should hand idv-change from typing in the element to Vue state, which the app shows', async () => {
    const el = app.calculator;
    const heard = recordChanges();
    try {
      await typeInto(el, control(el, en.volume), '20000');
      const q = engineQuote({ ...H5, passRate: '85', volume: '20000' });
      expectFigures(el, q);
      expect(heard.events.length, 'idv-change events').to.be.greaterThan(0);
      await untilAppShows(app, 'changes', String(heard.events.length));
      await untilAppShows(app, 'last-change', `${H5.plan} 20000/${H5.period}: ${q.totals.bestYear} CNY`);
    } finally {
      heard.stop();
    }
  });
});
