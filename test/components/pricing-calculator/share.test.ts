import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../../src/index.js';
import type { IdvPricingCalculator } from '../../../src/index.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { parseScenarioString } from '../../../src/share/scenario-string.js';
import { control, root, text } from '../../helpers/dom.js';
import { engineQuote, expectFigures, expectSane, recordChanges, settle, typeInto } from '../../helpers/calculator.js';
import { en } from '../../helpers/strings.js';

/** A toolbar button, its "details" disclosure opened first as a visitor would. */
const button = (el: IdvPricingCalculator, name: string): HTMLButtonElement => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name)!;
  const details = found.closest('details');
  if (details) details.open = true;
  return found;
};
const notice = (el: IdvPricingCalculator): HTMLElement | null => root(el).querySelector('[part~="notice"]');

/** Replaces one method of a browser object for a test; returns the undo. */
function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => (own ? Object.defineProperty(target, key, own) : delete (target as Record<PropertyKey, unknown>)[key as PropertyKey]);
}

describe('<idv-pricing-calculator> share and reopen', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  describe('scenario attribute', () => {
    it('should set every field from a share string and price it', async () => {
      const el = await fixture<IdvPricingCalculator>(
        html`<idv-pricing-calculator lang="en" scenario="v1;alipay-h5:2万/month,pass:85,peak:10;first"></idv-pricing-calculator>`,
      );
      expect([el.plan, el.volume, el.period, el.passRate, el.peakShare, el.firstPurchase]).to.deep.equal([
        'alipay-h5',
        '20000',
        'month',
        '85',
        '10',
        true,
      ]);
      expect(control(el, en.volume).value).to.equal('20000');
      expectFigures(el, engineQuote({ plan: 'alipay-h5', volume: '20000', period: 'month', passRate: '85', peakHourShare: '10', firstPurchase: true }));
      expect(notice(el)).to.equal(null);
    });

    it('should say why a malformed or hostile string cannot open, keep the defaults, and stay usable', async () => {
      for (const [bad, reason] of [
        ['v9;app:1/day', en.share.linkReasons['version-newer']],
        ['<img src=x onerror=alert(1)>', en.share.linkReasons['version-missing']],
        ['v1;gold:1/day', en.share.linkReasons['unknown-plan']],
        ['v1;app:-1/day', en.share.linkReasons['bad-volume']],
      ] as const) {
        const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" .scenario=${bad}></idv-pricing-calculator>`);
        expect(text(notice(el)), bad).to.equal(text(Object.assign(document.createElement('p'), { textContent: en.share.linkProblem(reason) })));
        expect(notice(el)!.getAttribute('role')).to.equal('alert');
        expect(root(el).querySelector('img'), 'markup in the string is text').to.equal(null);
        expect([el.plan, el.volume, el.period]).to.deep.equal(['app', '10000', 'day']);
        expectSane(el);
        await typeInto(el, control(el, en.volume), '30000');
        expectFigures(el, engineQuote({ plan: 'app', volume: '30000', period: 'day' }));
      }
    });

    it('should give back, as shareString, every field of a generated scenario set through it', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
      const plans = ['app', 'h5', 'server', 'alipay-mini', 'alipay-h5', 'liveness-verify', 'liveness-detect', 'face-compare'] as const;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...plans),
          fc.bigInt({ min: 0n, max: 10n ** 12n }),
          fc.constantFrom('day', 'month', 'year'),
          fc.integer({ min: 0, max: 100 }),
          fc.boolean(),
          async (plan, volume, period, share, first) => {
            const s = `v1;${plan}:${volume}/${period}${share ? `,peak:${share}` : ''}${first ? ';first' : ''}`;
            el.scenario = s;
            await settle(el);
            const back = parseScenarioString(el.shareString);
            const sent = parseScenarioString(s);
            expect(back.ok && sent.ok).to.equal(true);
            if (back.ok && sent.ok) {
              // The calculator adds the options its plan uses (photo size and retention for photo plans).
              const { plan: p, volume: v, period: d, peakShare } = back.scenario.lines[0]!;
              expect({ plan: p, volume: v, period: d, ...(peakShare ? { peakShare } : {}) }).to.deep.equal(sent.scenario.lines[0]);
              expect(back.scenario.firstPurchase).to.equal(first);
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  describe('sync-url', () => {
    it('should open the scenario in the page URL and keep the URL in step without adding history', async () => {
      history.replaceState(null, '', '?lang=en&idv=v1;face-compare:250%E4%B8%87/year');
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" sync-url></idv-pricing-calculator>`);
      expect([el.plan, el.volume, el.period]).to.deep.equal(['face-compare', '2500000', 'year']);
      const before = history.length;
      await typeInto(el, control(el, en.volume), '3000000');
      expect(history.length, 'replaceState, not pushState').to.equal(before);
      expect(new URLSearchParams(location.search).get('idv')).to.equal('v1;face-compare:3000000/year');
      expect(new URLSearchParams(location.search).get('lang'), 'other parameters kept').to.equal('en');
      expect(location.search).to.contain('idv=v1;face-compare:3000000/year');
    });

    it('should show the defaults and a message for a hostile link, and leave the URL alone until the visitor acts', async () => {
      history.replaceState(null, '', '?idv=javascript:alert(document.cookie)');
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" sync-url></idv-pricing-calculator>`);
      expect(notice(el)).to.not.equal(null);
      expect([el.plan, el.volume]).to.deep.equal(['app', '10000']);
      expect(location.search).to.equal('?idv=javascript:alert(document.cookie)');
      expectSane(el);
    });

    it('should not touch the URL without sync-url', async () => {
      history.replaceState(null, '', '?idv=v1;h5:5/day');
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
      expect(el.plan).to.equal('app');
      await typeInto(el, control(el, en.volume), '20000');
      expect(location.search).to.equal('?idv=v1;h5:5/day');
    });
  });

  describe('toolbar', () => {
    it('should copy the link and the quote as text and Markdown, in the element language', async () => {
      const copied: string[] = [];
      const undo = stub(navigator.clipboard, 'writeText', async (t: string) => void copied.push(t));
      try {
        const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" volume="20000"></idv-pricing-calculator>`);
        // The exports load on the first copy (they are not part of the first screen), so each copy is awaited.
        button(el, en.share.copyLink).click();
        await waitUntil(() => copied.length === 1, 'the link is copied');
        button(el, en.share.copyText).click();
        await waitUntil(() => copied.length === 2, 'the text is copied');
        button(el, en.share.copyMarkdown).click();
        await waitUntil(() => copied.length === 3, 'the Markdown is copied');
        await settle(el);
        expect(copied).to.have.length(3);
        expect(copied[0]).to.match(/^http:\/\/[^?]+\?(.+&)?idv=v1;app:20000\/day,photo:0\.1,ret:30$/);
        const q = engineQuote({ plan: 'app', volume: '20000', period: 'day' });
        expect(copied[1]).to.contain(formatMoney(q.totals.bestYear, 'en'));
        expect(copied[1]).to.contain(copied[0]);
        expect(copied[2]).to.contain('| item | units | amount (CNY) |');
        expect(text(root(el).querySelector('.toolbar-status'))).to.equal(en.share.copied.markdown);
      } finally {
        undo();
      }
    });

    it('should show the text selected for copying by hand when the clipboard is refused', async () => {
      const undo = stub(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      try {
        const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
        button(el, en.share.copyText).click();
        await waitUntil(() => root(el).querySelector('.manual-copy textarea'), 'the text to copy by hand is shown');
        await settle(el);
        await settle(el);
        const area = root(el).querySelector<HTMLTextAreaElement>('.manual-copy textarea')!;
        expect(area.value).to.contain('Financial-grade ID Verification quote');
        expect(root(el).activeElement).to.equal(area);
        expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
        expect(text(root(el).querySelector('.toolbar-status'))).to.equal(en.share.copyFailed);
        await expect(el).to.be.accessible();
      } finally {
        undo();
      }
    });

    it('should download CSV and JSON files holding the quote on screen', async () => {
      const files: { name: string; blob: Blob }[] = [];
      const blobs = new Map<string, Blob>();
      const create = URL.createObjectURL.bind(URL);
      const undoUrl = stub(URL, 'createObjectURL', (b: Blob) => {
        const url = create(b);
        blobs.set(url, b);
        return url;
      });
      const grab = (e: MouseEvent): void => {
        const a = (e.target as Element).closest?.('a[download]') as HTMLAnchorElement | null;
        if (!a) return;
        e.preventDefault();
        files.push({ name: a.download, blob: blobs.get(a.href)! });
      };
      document.addEventListener('click', grab, true);
      try {
        const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="zh-CN" plan="h5" volume="5万"></idv-pricing-calculator>`);
        button(el, 'CSV').click();
        button(el, 'JSON').click();
        await waitUntil(() => files.length === 2, 'both files are downloaded');
        expect(files.map((f) => [f.name, f.blob.type])).to.deep.equal([
          ['idv-quote-h5-50000-day.csv', 'text/csv;charset=utf-8'],
          ['idv-quote-h5-50000-day.json', 'application/json;charset=utf-8'],
        ]);
        const csv = await files[0]!.blob.text();
        const json = JSON.parse(await files[1]!.blob.text());
        const q = engineQuote({ plan: 'h5', volume: '50000', period: 'day' });
        expect(csv.split('\r\n')[0]).to.equal('部分,项目,次数,金额（元）,CNY');
        expect(csv).to.contain(`"${formatMoney(q.totals.bestYear, 'zh-CN')}"`);
        expect(json).to.deep.equal({ scenario: 'v1;h5:50000/day,photo:0.1,ret:30', quote: q });
        expect(document.querySelector('a[download]'), 'the temporary link is gone').to.equal(null);
      } finally {
        document.removeEventListener('click', grab, true);
        undoUrl();
      }
    });

    it('should print with the formulas open and restore the disclosure after', async () => {
      let during: { open: boolean; printing: boolean } | null = null;
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
      const undo = stub(window, 'print', () => {
        during = { open: root(el).querySelector<HTMLDetailsElement>('details.how')!.open, printing: el.hasAttribute('printing') };
      });
      try {
        button(el, en.share.print).click();
        await settle(el);
        await settle(el);
        expect(during).to.deep.equal({ open: true, printing: true });
        expect(root(el).querySelector<HTMLDetailsElement>('details.how')!.open).to.equal(false);
        expect(el.hasAttribute('printing')).to.equal(false);
      } finally {
        undo();
      }
    });

    it('should fire no idv-change for toolbar actions, and hide with no-toolbar', async () => {
      const rec = recordChanges();
      const undo = stub(navigator.clipboard, 'writeText', async () => undefined);
      try {
        const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
        button(el, en.share.copyLink).click();
        await settle(el);
        expect(rec.events).to.have.length(0);
        el.noToolbar = true;
        await settle(el);
        expect(root(el).querySelector('[part~="toolbar"]')).to.equal(null);
      } finally {
        undo();
        rec.stop();
      }
    });
  });
});

describe('<idv-pricing-calculator> more tools', () => {
  const tools = (el: IdvPricingCalculator): HTMLDetailsElement[] => [...root(el).querySelectorAll<HTMLDetailsElement>('details.tool')];

  it('should create each tool only when its disclosure opens, seeded with the scenario on screen', async () => {
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" plan="h5" volume="3万" period="month"></idv-pricing-calculator>`);
    expect(tools(el).map((d) => text(d.querySelector('summary')))).to.deep.equal([
      en.tools.chart,
      en.tools.estimate,
      en.tools.compare,
      en.tools.quota,
      en.tools.refund,
      en.tools.billing,
    ]);
    expect(root(el).querySelector('idv-cost-chart, idv-estimate, idv-compare, idv-quota-planner, idv-refund-estimator, idv-billing-calendar')).to.equal(null);
    for (const d of tools(el)) {
      d.querySelector('summary')!.click();
      await settle(el);
    }
    // Each tool's module loads when its disclosure first opens; its tag upgrades then.
    const tags = ['idv-cost-chart', 'idv-estimate', 'idv-compare', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await settle(el);
    const q = el.quote!;
    const chart = root(el).querySelector('idv-cost-chart')!;
    expect([chart.plan, chart.units, chart.lang]).to.deep.equal(['h5', String(q.families[0]!.yearUnits), 'en']);
    const estimate = root(el).querySelector('idv-estimate')!;
    await estimate.updateComplete;
    expect(estimate.quote!.totals.bestYear).to.equal(q.totals.bestYear);
    const compare = root(el).querySelector('idv-compare')!;
    expect(compare.scenarios.map((s) => s.plan)).to.deep.equal(['h5', 'server']);
    expect(root(el).querySelector('idv-quota-planner')!.dailyUsage).to.equal('1000');
    expect(root(el).querySelector('idv-refund-estimator')!.family).to.equal('idv');
    expect(root(el).querySelector('idv-billing-calendar')!.dailyBill).to.equal(q.lines[0]!.postpaid.day);
    await expect(el).to.be.accessible();
    tools(el)[0]!.querySelector('summary')!.click();
    await settle(el);
    expect(root(el).querySelector('idv-cost-chart'), 'closing removes it').to.equal(null);
  });
});

describe('<idv-pricing-calculator> host inputs it does not trust', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  it('should render contact-href only as a web or mail link', async () => {
    for (const [href, shown] of [
      ['https://example.com/sales', true],
      ['/contact', true],
      ['mailto:sales@example.com', true],
      ['javascript:alert(1)', false],
      [' JavaScript:alert(1)', false],
      ['data:text/html,<script>alert(1)</script>', false],
    ] as const) {
      const el = await fixture<IdvPricingCalculator>(
        html`<idv-pricing-calculator lang="en" plan="h5" volume="2000000" peak-share="10" .contactHref=${href}></idv-pricing-calculator>`,
      );
      const link = root(el).querySelector<HTMLAnchorElement>('a[href]');
      expect(link !== null, href).to.equal(shown);
      if (link) expect(link.getAttribute('href')).to.equal(href);
      expect(text(root(el).querySelector('[part~="details"]')), href).to.contain(en.qpsOver);
    }
  });

  it('should let the visitor\'s shared link win over the page\'s scenario attribute', async () => {
    history.replaceState(null, '', '?idv=v1;server:7777/month');
    const el = await fixture<IdvPricingCalculator>(
      html`<idv-pricing-calculator lang="en" sync-url scenario="v1;app:10000/day"></idv-pricing-calculator>`,
    );
    expect([el.plan, el.volume, el.period]).to.deep.equal(['server', '7777', 'month']);
    el.scenario = 'v1;h5:5/day';
    await settle(el);
    expect([el.plan, el.volume], 'a later scenario from code still applies').to.deep.equal(['h5', '5']);
  });
});

describe('<idv-pricing-calculator> print layout', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('should hide the form, the toolbar and the tools on paper and show what the figures are for', async () => {
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" plan="alipay-mini" volume="2万" period="month" pass-rate="85"></idv-pricing-calculator>`);
    const shown = (selector: string): boolean => getComputedStyle(root(el).querySelector(selector)!).display !== 'none';
    expect([shown('.form'), shown('.toolbar'), shown('.tools'), shown('.print-summary')]).to.deep.equal([true, true, true, false]);
    await emulateMedia({ media: 'print' });
    expect([shown('.form'), shown('.toolbar'), shown('.tools'), shown('.print-summary')]).to.deep.equal([false, false, false, true]);
    expect(text(root(el).querySelector('.print-summary'))).to.equal('Scenario: Alipay mini program · 20,000 · a month · Pass rate 85%');
    expect(shown('[part~="summary"]')).to.equal(true);
  });
});
