/**
 * The calculator's three uses (issue 10): the compact marketing default with depth behind one "details"
 * disclosure, the read-only docs view that a reader can open, and the sales view with the toolbar and tools on
 * the first screen; the host's call to action; the equal-cost alternative; stale figures marked everywhere.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvPricingCalculator } from '../../../src/components/pricing-calculator/pricing-calculator.js';
import { parseScenarioString } from '../../../src/share/scenario-string.js';
import { formatMoney } from '../../../src/i18n/format.js';
import { control, controls, norm, part, parts, root, text } from '../../helpers/dom.js';
import { engineQuote, settle, typeInto } from '../../helpers/calculator.js';
import { en, zhCN } from '../../helpers/strings.js';

async function make(markup: string): Promise<IdvPricingCalculator> {
  const el = await fixture<IdvPricingCalculator>(markup);
  await settle(el);
  return el;
}

/** Whether a node is rendered (not inside a closed <details>, not display: none). */
const shown = (node: Element): boolean => (node as HTMLElement).checkVisibility();

const details = (el: IdvPricingCalculator): HTMLDetailsElement => root(el).querySelector<HTMLDetailsElement>('details.details')!;

describe('<idv-pricing-calculator> uses', () => {
  describe('marketing default', () => {
    it('shows the headline, packs and first-screen costs, and keeps everything else behind one closed disclosure', async () => {
      const el = await make('<idv-pricing-calculator lang="en"></idv-pricing-calculator>');
      const q = engineQuote({ plan: 'app', volume: '10000', period: 'day' });
      expect(shown(part(el, 'summary'))).to.equal(true);
      expect(text(part(el, 'summary'))).to.include(norm(formatMoney(q.totals.bestYear, 'en')));
      const d = details(el);
      expect(d.open, 'details start closed').to.equal(false);
      expect(text(d.querySelector('summary'))).to.equal(norm(en.detailsTitle));
      // The toolbar, the working, the tools and the peak-load field are all inside it, so not on the first screen.
      for (const inside of [part(el, 'toolbar'), part(el, 'how'), part(el, 'tools'), control(el, en.peakShare)]) {
        expect(d.contains(inside), 'inside details').to.equal(true);
        expect(shown(inside), 'hidden while details are closed').to.equal(false);
      }
      // Only one disclosure at the top level of the figures: the tools' own disclosures are inside it.
      const topLevel = [...root(el).querySelectorAll('details')].filter((x) => !x.parentElement?.closest('details'));
      expect(topLevel).to.have.length(1);
      d.open = true;
      await settle(el);
      expect(shown(part(el, 'toolbar'))).to.equal(true);
      expect(shown(control(el, en.peakShare))).to.equal(true);
    });

    it('says when a mix of the same total pays less up front, with the amount (liveness, 170,000 a year)', async () => {
      const el = await make('<idv-pricing-calculator lang="en" plan="liveness-verify" volume="170000" period="year"></idv-pricing-calculator>');
      const f = engineQuote({ plan: 'liveness-verify', volume: '170000', period: 'year' }).families[0]!;
      expect(f.alternative, 'the engine finds one').to.not.equal(null);
      const line = part(el, 'alternative');
      expect(shown(line)).to.equal(true);
      expect(text(line)).to.include(norm(formatMoney(f.alternative!.upFrontLess, 'en')));
      expect(text(line)).to.include('100,000').and.include('70,000');
      // The default scenario has none: no line.
      const plain = await make('<idv-pricing-calculator lang="zh-CN"></idv-pricing-calculator>');
      expect(parts(plain, 'alternative')).to.have.length(0);
    });

    it('marks every figure as stale after bad input, not only the headline', async () => {
      const el = await make('<idv-pricing-calculator lang="en"></idv-pricing-calculator>');
      const figures = (): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('.big, [part~="line-item__price"]')].filter(shown);
      const colours = (): string[] => figures().map((f) => getComputedStyle(f).color);
      const fresh = colours();
      expect(fresh.length).to.be.greaterThan(4);
      await typeInto(el, control(el, en.volume), 'abc');
      const muted = getComputedStyle(root(el).querySelector('.layout')!).getPropertyValue('--idv-color-muted').trim();
      const stale = colours();
      expect(stale).to.have.length(fresh.length);
      stale.forEach((c, i) => expect(c, `figure ${i} changes`).to.not.equal(fresh[i]));
      expect(new Set(stale).size, 'all in one muted colour').to.equal(1);
      expect(muted).to.not.equal('');
      for (const f of figures()) expect(getComputedStyle(f).textDecorationLine).to.include('line-through');
    });
  });

  describe('docs (readonly)', () => {
    it('shows a fixed scenario as text with its figures and no inputs, until the reader opens them', async () => {
      const el = await make('<idv-pricing-calculator lang="zh-CN" readonly plan="face-compare" volume="250万" period="year"></idv-pricing-calculator>');
      const q = engineQuote({ plan: 'face-compare', volume: '2500000', period: 'year' });
      expect(root(el).querySelectorAll('input[type="text"], select')).to.have.length(0);
      const scenario = part(el, 'scenario');
      expect(text(scenario)).to.include('250万').and.include(norm(zhCN.perPeriod.year));
      expect(text(part(el, 'summary'))).to.include(norm(formatMoney(q.totals.bestYear, 'zh-CN')));
      const open = part(el, 'edit-button') as HTMLButtonElement;
      expect(text(open)).to.equal(zhCN.editInputs);
      open.click();
      await settle(el);
      const volume = control(el, zhCN.volume);
      expect(volume.value).to.equal('250万');
      expect(root(el).activeElement, 'focus moves to the volume').to.equal(volume);
      await typeInto(el, volume, '300万');
      expect(text(part(el, 'summary'))).to.include(
        norm(formatMoney(engineQuote({ plan: 'face-compare', volume: '3000000', period: 'year' }).totals.bestYear, 'zh-CN')),
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('sales', () => {
    it('puts the toolbar and the named tools on the first screen; no-toolbar removes the toolbar everywhere', async () => {
      const el = await make('<idv-pricing-calculator lang="en" toolbar tools="chart quota"></idv-pricing-calculator>');
      const d = details(el);
      const toolbar = part(el, 'toolbar');
      expect(d.contains(toolbar)).to.equal(false);
      expect(shown(toolbar)).to.equal(true);
      const [first, inDetails] = parts(el, 'tools');
      const names = (scope: HTMLElement | undefined): string[] => [...(scope?.querySelectorAll('summary') ?? [])].map((s) => text(s));
      expect(names(first)).to.deep.equal([en.tools.chart, en.tools.quota]);
      expect(d.contains(first!)).to.equal(false);
      expect(names(inDetails)).to.deep.equal([en.tools.estimate, en.tools.compare, en.tools.refund, en.tools.billing]);

      const all = await make('<idv-pricing-calculator lang="en" tools="all"></idv-pricing-calculator>');
      expect(parts(all, 'tools')).to.have.length(1);
      expect(details(all).contains(part(all, 'tools'))).to.equal(false);
      expect(text(details(all).querySelector('summary')), 'no tools left to name').to.equal(en.detailsTitleNoTools);

      const none = await make('<idv-pricing-calculator lang="en" no-toolbar toolbar></idv-pricing-calculator>');
      expect(parts(none, 'toolbar')).to.have.length(0);
      const noneInDetails = await make('<idv-pricing-calculator lang="en" no-toolbar></idv-pricing-calculator>');
      expect(parts(noneInDetails, 'toolbar')).to.have.length(0);
    });
  });

  describe('call to action', () => {
    it('fills {scenario} in cta-href with the URL-encoded scenario string, and follows edits', async () => {
      const el = await make(
        '<idv-pricing-calculator lang="en" plan="h5" volume="20000" period="month" cta-href="https://example.com/contact?quote={scenario}&amp;src=calc"></idv-pricing-calculator>',
      );
      const link = (): HTMLAnchorElement => part(el, 'cta') as HTMLAnchorElement;
      const quoted = (): string => new URL(link().href).searchParams.get('quote') ?? '';
      expect(text(link())).to.equal(en.cta);
      expect(new URL(link().href).searchParams.get('src')).to.equal('calc');
      const parsed = parseScenarioString(quoted());
      expect(parsed.ok).to.equal(true);
      if (parsed.ok) expect(parsed.scenario.lines[0]).to.include({ plan: 'h5', volume: '20000', period: 'month' });
      await typeInto(el, control(el, en.volume), '35000');
      const again = parseScenarioString(quoted());
      expect(again.ok && again.scenario.lines[0]!.volume).to.equal('35000');
    });

    it('takes the host its text through the cta slot, and never renders a javascript: link', async () => {
      const el = await make(
        '<idv-pricing-calculator lang="en" cta-href="https://example.com/?q={scenario}"><span slot="cta">Talk to us</span></idv-pricing-calculator>',
      );
      const slot = part(el, 'cta').querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Talk to us']);
      const evil = await make('<idv-pricing-calculator lang="en" cta-href="javascript:alert(1)//{scenario}"></idv-pricing-calculator>');
      expect(parts(evil, 'cta')).to.have.length(0);
      expect([...root(evil).querySelectorAll('a')].some((a) => a.href.startsWith('javascript:'))).to.equal(false);
      // Without cta-href a slotted link of the page's own is shown as it is.
      const own = await make('<idv-pricing-calculator lang="en"><a slot="cta" href="#contact">Contact</a></idv-pricing-calculator>');
      const ownSlot = root(own).querySelector<HTMLSlotElement>('slot[name="cta"]')!;
      expect(shown(ownSlot.parentElement!)).to.equal(true);
      const empty = await make('<idv-pricing-calculator lang="en"></idv-pricing-calculator>');
      expect(shown(root(empty).querySelector<HTMLSlotElement>('slot[name="cta"]')!.parentElement!), 'no empty box').to.equal(false);
      expect(controls(empty).length).to.be.greaterThan(0);
    });
  });
});
