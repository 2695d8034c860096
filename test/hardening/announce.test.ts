/**
 * What the polite live regions say is true. A visitor types at about 100 ms a key; once typing pauses (0.7 s)
 * the region says the figures, or, when the last key left a field invalid, that field's message and that the
 * figures on screen are the last valid ones: the pending figures of an earlier, valid keystroke are dropped.
 * <idv-compare> says each scenario's yearly total and which is cheapest after an edit. Both locales: `npm run
 * test:deep` runs each test in both, `npm test` each test in one of them, taking turns (test/helpers/depth.ts).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import DecimalJs from 'decimal.js';
import '../../src/index.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvEstimate } from '../../src/components/estimate/estimate.js';
import type { IdvCompare } from '../../src/components/compare/compare.js';
import { DEFAULT_RULES, quote } from '../../src/engine/index.js';
import type { Locale } from '../../src/i18n/format.js';
import { formatMoney } from '../../src/i18n/format.js';
import { alternateTests } from '../helpers/depth.js';
import { norm } from '../helpers/dom.js';
import { translation, pick, compareStrings, estimateStrings, refundEstimatorStrings, quotaPlannerStrings } from '../helpers/strings.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** The element's own polite live region (the frame's, not the toolbar's). */
function liveRegion(el: Updating): HTMLElement {
  const region = el.shadowRoot!.querySelector<HTMLElement>('.sr-only[role="status"][aria-live="polite"]');
  expect(region, 'the live region').to.not.equal(null);
  return region!;
}
const says = (el: Updating): string => norm(liveRegion(el).textContent ?? '');

/** The text input labelled `label` (the first one, or the one inside `scope`). */
function input(scope: ParentNode, label: string): HTMLInputElement {
  const found = [...scope.querySelectorAll<HTMLInputElement>('input[type="text"]')].find(
    (i) => norm(i.getRootNode() instanceof ShadowRoot ? ((i.getRootNode() as ShadowRoot).querySelector(`label[for="${i.id}"]`)?.textContent ?? '') : '') === label,
  );
  expect(found, `an input labelled ${label}`).to.not.equal(undefined);
  return found!;
}

/** Selects the field's text and types `keys` one at a time, `gap` ms apart, as a person does. */
async function typeSlowly(el: Updating, field: HTMLInputElement, keys: string, gap = 100): Promise<void> {
  field.focus();
  field.select();
  for (const key of keys) {
    await sendKeys({ type: key });
    await el.updateComplete;
    await aTimeout(gap);
  }
}

/** Waits out the pause after which the region speaks (0.7 s) and then some. */
const pause = (): Promise<void> => aTimeout(900);

for (const [n, locale] of (['en', 'zh-CN'] as const satisfies readonly Locale[]).entries()) {
  // `npm test` runs each test below in one locale, the next test in the other; `npm run test:deep` in both.
  const test = alternateTests(n);
  const t = translation(locale);
  const money = (amount: string): string => formatMoney(amount, locale);

  describe(`live regions (${locale})`, () => {
    test('<idv-pricing-calculator>: typing 5000abc says the error once typing pauses, never the figures of 5000', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang=${locale}></idv-pricing-calculator>`);
      const volume = input(el.shadowRoot!, t.volume);
      await typeSlowly(el, volume, '5000abc');
      expect(volume.getAttribute('aria-invalid')).to.equal('true');
      await pause();
      expect(says(el)).to.equal(t.announceError(t.volume, t.errors['not-a-number'], true));
      // Another invalid key: the same message, not said again (the region's text does not change).
      const region = liveRegion(el);
      const node = region.firstChild;
      volume.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      await pause();
      expect(says(el)).to.equal(t.announceError(t.volume, t.errors['not-a-number'], true));
      expect(region.firstChild, 'the same text node: nothing new to read').to.equal(node);
    });

    test('<idv-pricing-calculator>: with no figures yet, the error is said without claiming any are kept', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang=${locale} volume="lots"></idv-pricing-calculator>`);
      await typeSlowly(el, input(el.shadowRoot!, t.volume), 'zz');
      await pause();
      expect(el.quote).to.equal(null);
      expect(says(el)).to.equal(t.announceError(t.volume, t.errors['not-a-number'], false));
      expect(says(el)).to.not.contain(locale === 'en' ? 'last valid' : '上一次有效');
    });

    test('<idv-pricing-calculator>: a valid edit says the new figures', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang=${locale}></idv-pricing-calculator>`);
      await typeSlowly(el, input(el.shadowRoot!, t.volume), '20000');
      await pause();
      const q = quote({ plan: 'app', volume: '20000', period: 'day', photoSizeMB: '0.1', retentionDays: '30' });
      expect(says(el)).to.equal(t.announce(money(q.totals.bestYear), money(q.totals.postpaid.year)));
    });

    test('<idv-pricing-calculator>: a value the rules refuse (a pass rate of 150 %) says the range, not the old figures', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang=${locale} plan="alipay-mini"></idv-pricing-calculator>`);
      await typeSlowly(el, input(el.shadowRoot!, t.passRate), '150');
      await pause();
      expect(says(el)).to.equal(t.announceError(t.passRate, t.range('0', '100%'), true));
    });

    test('<idv-estimate>: an invalid volume says which line and field, and that the figures are the last valid ones', async () => {
      const el = await fixture<IdvEstimate>(html`<idv-estimate lang=${locale}></idv-estimate>`);
      const s = pick(estimateStrings, locale);
      await typeSlowly(el, input(el.shadowRoot!, t.volume), '3万x');
      await pause();
      const plan = DEFAULT_RULES.plans.app.name[locale === 'zh-CN' ? 'zh' : 'en'];
      expect(says(el)).to.equal(t.announceError(`${s.lineLegend(1, plan)} · ${t.volume}`, t.errors['not-a-number'], true));
      await typeSlowly(el, input(el.shadowRoot!, t.volume), '40000');
      await pause();
      const q = quote({ lines: [{ plan: 'app', volume: '40000', period: 'month', photoSizeMB: '0.1', retentionDays: '30' }] });
      expect(says(el)).to.equal(t.announce(money(q.totals.bestYear), money(q.totals.postpaid.year)));
    });

    test('<idv-refund-estimator>: an unreadable amount says the field’s message, not the refund of the keystroke before', async () => {
      const el = await fixture<Updating>(html`<idv-refund-estimator lang=${locale}></idv-refund-estimator>`);
      const s = pick(refundEstimatorStrings, locale);
      await typeSlowly(el, input(el.shadowRoot!, s.paid), '9000q');
      await pause();
      expect(says(el)).to.equal(t.announceError(s.paid, s.errors['not-a-number'], true));
    });

    test('<idv-quota-planner>: an unreadable daily usage says the field’s message, not the dates of the keystroke before', async () => {
      const el = await fixture<Updating>(html`<idv-quota-planner lang=${locale}></idv-quota-planner>`);
      const s = pick(quotaPlannerStrings, locale);
      await typeSlowly(el, input(el.shadowRoot!, s.dailyUsage), '300#');
      await pause();
      expect(says(el)).to.equal(t.announceError(s.dailyUsage, s.errors['not-a-number'], true));
    });

    test('<idv-compare>: an edit says each scenario’s yearly total and the cheapest; an invalid one says the error', async () => {
      const el = await fixture<IdvCompare>(html`<idv-compare lang=${locale}></idv-compare>`);
      const s = pick(compareStrings, locale);
      const columns = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="column"]')];
      await typeSlowly(el, input(columns[1]!, t.volume), '10000');
      await pause();
      const a = quote({ plan: 'app', volume: '30000', period: 'month', photoSizeMB: '0.1', retentionDays: '30' });
      const b = quote({ plan: 'alipay-mini', volume: '10000', period: 'month', passRate: '85' });
      const totals = [a.totals.bestYear, b.totals.bestYear];
      const cheapest = new DecimalJs(totals[0]!).lte(totals[1]!) ? 'A' : 'B';
      expect(says(el)).to.equal(
        s.announce(
          [
            [s.scenario('A'), money(totals[0]!)],
            [s.scenario('B'), money(totals[1]!)],
          ],
          [s.scenario(cheapest)],
        ),
      );
      expect(el.comparison?.totals).to.deep.equal(totals);

      await typeSlowly(el, input(columns[0]!, t.volume), '-5');
      await pause();
      expect(says(el)).to.equal(t.announceError(`${s.scenario('A')} · ${t.volume}`, t.errors.negative, true));
    });
  });
}
