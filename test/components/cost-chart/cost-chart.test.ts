import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/cost-chart/cost-chart.js';
import { IdvCostChart } from '../../../src/components/cost-chart/cost-chart.js';
import { DEFAULT_RULES } from '../../../src/engine/index.js';
import type { FamilyId } from '../../../src/engine/index.js';
import { costCurve } from '../../../src/engine/cost-curve.js';
import type { CostPoint } from '../../../src/engine/cost-curve.js';
import { formatCount, formatMoney } from '../../../src/i18n/format.js';
import type { Locale } from '../../../src/i18n/format.js';
import { $, $$, focused, part, root } from '../../helpers/dom.js';
import { costChartStrings } from '../../helpers/strings.js';

const en = costChartStrings.en;
const zh = costChartStrings['zh-CN'];

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const points = (el: IdvCostChart): SVGCircleElement[] => $$<SVGCircleElement>(el, '[part~="point"]');
const readout = (el: IdvCostChart): string => norm(part(el, 'readout').textContent);

/** Waits for the element and the ResizeObserver's first measurement to settle. */
async function settle(el: IdvCostChart): Promise<void> {
  await el.updateComplete;
  await aTimeout(50);
  await el.updateComplete;
}

async function make(attrs = 'lang="en"', width?: number): Promise<IdvCostChart> {
  const markup = `<idv-cost-chart ${attrs}></idv-cost-chart>`;
  const host = await fixture<HTMLElement>(width ? `<div style="width:${width}px">${markup}</div>` : markup);
  const el = (host instanceof IdvCostChart ? host : host.querySelector('idv-cost-chart'))!;
  await settle(el);
  // The chart measures its width in the frame after it draws and lays its labels out for it the frame after.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await settle(el);
  return el;
}

/** The scale toggle's radio labelled `label`. */
function scaleRadio(el: IdvCostChart, label: string): HTMLInputElement {
  const radio = $$<HTMLInputElement>(el, '[part~="scale"] input[type="radio"]').find((r) => norm(r.closest('label')!.textContent) === label);
  expect(radio, `a radio labelled ${label}`).to.be.instanceOf(HTMLInputElement);
  return radio!;
}

/** Switches to the log view as a visitor does: a click on its label. */
async function showLog(el: IdvCostChart): Promise<void> {
  scaleRadio(el, en.scaleLog).closest('label')!.click();
  await settle(el);
}

/** A point whose neighbours are at least `gap` px away, so the pointer finds it and no other. */
function separatePoint(el: IdvCostChart, gap = 12): number {
  const xs = points(el).map((p) => p.getBoundingClientRect().x);
  const i = xs.findIndex((x, k) => k > 0 && k < xs.length - 1 && x - xs[k - 1]! >= gap && xs[k + 1]! - x >= gap);
  expect(i, 'a point apart from its neighbours').to.be.greaterThan(0);
  return i;
}

const liveRegion = (el: IdvCostChart): string => norm($(el, '.sr-only[role="status"][aria-live="polite"]').textContent);

/** What the readout must say for a point: the engine's figures as format.ts shows them. */
function expectReadout(el: IdvCostChart, p: CostPoint, locale: Locale = 'en'): void {
  const text = readout(el);
  for (const figure of [formatCount(String(p.units), locale), formatMoney(p.postpaid, locale), formatMoney(p.best, locale), formatMoney(p.savings, locale)]) {
    expect(text, `readout shows ${figure}`).to.include(norm(figure));
  }
}

describe('<idv-cost-chart>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('accessibility', () => {
    it('should be accessible by default', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });

    it('should be accessible with a volume marked, a point focused and the table open, in both locales and themes', async () => {
      for (const attrs of ['lang="en" plan="app" units="365000"', 'lang="zh-CN" family="face-compare" units="2500000" theme="dark"']) {
        const el = await make(attrs);
        points(el)[3]!.focus();
        $<HTMLDetailsElement>(el, 'details').open = true;
        await settle(el);
        await expect(el).to.be.accessible();
      }
    });

    it('should be accessible with a message shown', async () => {
      const el = await make('lang="en" family="nope" units="lots"');
      await expect(el).to.be.accessible();
    });

    it('should name the chart by its title and describe it in words', async () => {
      const el = await make('lang="en" family="face-compare" units="2500000"');
      const chart = part(el, 'chart');
      expect(chart.getAttribute('role')).to.equal('group');
      const title = root(el).getElementById(chart.getAttribute('aria-labelledby')!)!;
      // Described by the summary, then the keyboard hint.
      const [descId, keysId] = chart.getAttribute('aria-describedby')!.split(' ');
      const desc = root(el).getElementById(descId!)!;
      expect(norm(root(el).getElementById(keysId!)?.textContent)).to.equal(en.keyboardHint);
      expect(norm(title.textContent)).to.equal(en.title('Face comparison packs'));
      const c = costCurve('face-compare', { mark: 2_500_000 });
      expect(norm(desc.textContent)).to.include('600,000').and.include('45 %').and.include(norm(formatMoney(c.mark!.best, 'en')));
      // A figure around it, so the caption names it too.
      expect($(el, 'figure figcaption')).to.be.instanceOf(HTMLElement);
    });

    it('should give every point an accessible name with its exact figures, and one tab stop', async () => {
      const el = await make('lang="en" family="idv" units="95000"');
      const c = costCurve('idv', { mark: 95_000 });
      // The linear view shows the points up to a round volume past the largest pack; the log view shows all.
      let circles = points(el);
      expect(circles.length).to.be.within(10, c.points.length - 1);
      await showLog(el);
      circles = points(el);
      expect(circles.length).to.equal(c.points.length);
      circles.forEach((circle, i) => {
        const p = c.points[i]!;
        const label = norm(circle.getAttribute('aria-label'));
        expect(circle.getAttribute('role')).to.equal('img');
        expect(label).to.include(formatCount(String(p.units), 'en')).and.include(norm(formatMoney(p.best, 'en')));
        expect(label).to.include(norm(formatMoney(p.postpaid, 'en')));
      });
      expect(circles.filter((c2) => c2.getAttribute('tabindex') === '0').length).to.equal(1);
      const mine = circles.find((c2) => c2.getAttribute('tabindex') === '0')!;
      expect(norm(mine.getAttribute('aria-label'))).to.match(/^Your volume, 95,000 units a year/);
      expect(norm(mine.getAttribute('aria-label'))).to.include(`best pack mix ${norm(formatMoney('90000', 'en'))} (1 × 100,000-unit pack)`);
    });

    it('should name the figure by its title and say the keyboard hint once, for the chart, not for each point', async () => {
      for (const [attrs, t] of [['lang="en" units="95000"', en], ['lang="zh-CN" units="95000"', zh]] as const) {
        const el = await make(attrs);
        const figure = $(el, 'figure[part~="base"]');
        const title = root(el).getElementById(figure.getAttribute('aria-labelledby') ?? '');
        expect(norm(title?.textContent), 'the figure is named by its title').to.equal(t.title(t === en ? 'ID verification packs' : '金融级实人认证流量包'));
        // The hint is written once in the shadow root, and only the chart's group refers to it.
        const text = root(el).textContent ?? '';
        expect(text.split(t.keyboardHint).length - 1, 'the hint occurs once').to.equal(1);
        const hint = [...root(el).querySelectorAll('[id]')].find((n) => norm(n.textContent) === t.keyboardHint)!;
        const referrers = $$(el, '[aria-describedby]').filter((n) => n.getAttribute('aria-describedby')!.split(' ').includes(hint.id));
        expect(referrers).to.deep.equal([part(el, 'chart')]);
        for (const p of points(el)) {
          expect(p.hasAttribute('aria-describedby'), 'a point has no description of its own').to.equal(false);
          expect(p.getAttribute('aria-label')).to.not.include(t.keyboardHint);
        }
      }
    });

    it('should ship a forced-colors block', () => {
      const css = IdvCostChart.styles.map((s) => ('cssText' in s ? s.cssText : '')).join('');
      expect(css).to.include('@media (forced-colors: active)');
    });
  });

  describe('savings band and scale', () => {
    const band = (el: IdvCostChart): SVGPathElement => $<SVGPathElement>(el, 'svg.chart path.savings-area');

    it('should show the savings band by default: linear scales, the band tall and filled', async () => {
      const el = await make('lang="en" plan="app" units="3650000"');
      expect(scaleRadio(el, en.scaleLinear).checked).to.equal(true);
      expect(scaleRadio(el, en.scaleLog).checked).to.equal(false);
      const box = band(el).getBBox();
      const plot = part(el, 'chart').getBoundingClientRect();
      expect(box.height, 'the band is a band, not a hairline').to.be.greaterThan(plot.height * 0.25);
      expect(band(el).getBoundingClientRect().height).to.be.greaterThan(60);
      expect(getComputedStyle(band(el)).fill).to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
      const swatch = $<SVGRectElement>(el, '[part~="legend"] .savings-area');
      expect(swatch.getBoundingClientRect().height).to.be.greaterThan(6);
      expect(getComputedStyle(swatch).fill).to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
      expect(norm($(el, '.axis').textContent)).to.include(en.xAxis(false));
    });

    it('should switch the scale with the keyboard, labelled and announced, in both locales', async () => {
      for (const [lang, t] of [['en', en], ['zh-CN', zh]] as const) {
        const host = await fixture<HTMLElement>(`<div><button>before</button><idv-cost-chart lang="${lang}" plan="app" units="3650000"></idv-cost-chart></div>`);
        const el = host.querySelector('idv-cost-chart')!;
        await settle(el);
        const group = part(el, 'scale');
        expect(group.getAttribute('role')).to.equal('radiogroup');
        expect(group.getAttribute('aria-label')).to.equal(t.scale);
        const linearHeight = band(el).getBBox().height;
        host.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(scaleRadio(el, t.scaleLinear));
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(scaleRadio(el, t.scaleLog).checked).to.equal(true);
        expect(norm($(el, '.axis').textContent)).to.include(t.xAxis(true));
        expect(norm($(el, '[id$="-desc"]').textContent)).to.include(t === en ? 'both axes on log scales' : '对数刻度');
        expect(band(el).getBBox().height, 'the log view squeezes the band').to.be.lessThan(linearHeight);
        await aTimeout(300);
        expect(liveRegion(el)).to.equal(t.scaleChanged(true));
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(scaleRadio(el, t.scaleLinear).checked).to.equal(true);
        await aTimeout(300);
        expect(liveRegion(el)).to.equal(t.scaleChanged(false));
        await expect(el).to.be.accessible();
      }
    });

    it('should keep the band and its swatch under forced colours', async () => {
      const el = await make('lang="en" plan="app" units="3650000"');
      try {
        await executeServerCommand('cdp-forced-colors', { active: true });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        for (const node of [band(el), $<SVGRectElement>(el, '[part~="legend"] .savings-area')]) {
          const style = getComputedStyle(node);
          expect(style.fill, 'a fill').to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
          expect(style.fill, 'not the canvas colour').to.not.equal(getComputedStyle(part(el, 'base')).backgroundColor);
          expect(Number(style.fillOpacity)).to.be.greaterThan(0.2);
          expect(style.display).to.not.equal('none');
          expect(style.visibility).to.equal('visible');
        }
        expect(band(el).getBBox().height).to.be.greaterThan(60);
      } finally {
        await executeServerCommand('cdp-forced-colors', { active: false });
      }
    });
  });

  describe('properties and attributes', () => {
    const t = (attrs: string, family: FamilyId) =>
      it(`should chart the ${family} family for ${attrs}`, async () => {
        const el = await make(`lang="en" ${attrs}`);
        expect(el.data?.family).to.equal(family);
        expect(norm(part(el, 'header').querySelector('.title')!.textContent)).to.equal(en.title(DEFAULT_RULES.families[family].name.en));
      });
    t('', 'idv');
    t('plan="h5"', 'idv');
    t('plan="liveness-detect"', 'liveness');
    t('plan="face-compare"', 'face-compare');
    t('family="face-compare"', 'face-compare');
    t('family="liveness" plan="app"', 'liveness');

    it('should mark the visitor volume and read out its exact figures', async () => {
      const el = await make('lang="en" plan="app" units="3650000"');
      const c = costCurve('idv', { mark: 3_650_000 });
      expectReadout(el, c.mark!);
      expect(readout(el)).to.include(en.visitor);
      expect($$(el, '.visitor').length).to.equal(1);
    });

    it('should read volumes typed as people write them (1.2万)', async () => {
      const el = await make('lang="en" units="1.2万"');
      expect(el.data?.mark?.units).to.equal(12_000);
    });

    it('should follow first-purchase (the free trial pack)', async () => {
      const el = await make('lang="en" units="1000" first-purchase');
      expect(el.data?.mark?.best).to.equal('900');
      el.firstPurchase = false;
      await settle(el);
      expect(el.data?.mark?.best).to.equal('1000');
      expectReadout(el, costCurve('idv', { mark: 1000 }).mark!);
    });

    it('should price with custom rules and keep the last valid ones when rules are bad', async () => {
      const el = await make('lang="en" family="face-compare" units="1000000"');
      const rules = JSON.parse(JSON.stringify(DEFAULT_RULES)) as { families: Record<string, { packs: { price: string; ratio: string }[] }> };
      rules.families['face-compare']!.packs[0]! = { ...rules.families['face-compare']!.packs[0]!, price: '3000', ratio: '0.5' };
      el.rules = rules;
      await settle(el);
      expect(el.data?.mark?.best).to.equal('3000');
      el.rules = { nonsense: true };
      await settle(el);
      expect(el.data?.mark?.best).to.equal('3000');
      expect(norm(part(el, 'message').textContent)).to.equal(en.rulesError);
      el.rules = null;
      await settle(el);
      expect(el.data?.mark?.best).to.equal(costCurve('face-compare', { mark: 1_000_000 }).mark!.best);
      expect($$(el, '[part~="message"]').length).to.equal(0);
    });

    it('should say so and keep the last chart for an unknown family or plan', async () => {
      const el = await make('lang="en" family="face-compare"');
      el.family = 'nope' as FamilyId;
      await settle(el);
      expect(el.data?.family).to.equal('face-compare');
      expect(norm(part(el, 'message').textContent)).to.equal(en.unknownFamily('nope'));
      el.family = '';
      el.plan = 'bogus' as never;
      await settle(el);
      expect(norm(part(el, 'message').textContent)).to.equal(en.unknownFamily('bogus'));
      el.plan = 'app';
      await settle(el);
      expect(el.data?.family).to.equal('idv');
      expect($$(el, '[part~="message"]').length).to.equal(0);
    });

    it('should explain a volume it cannot plot, and never show NaN', async () => {
      const t2 = async (units: string, message: string) => {
        const el = await make(`lang="en" units="${units}"`);
        expect(norm(part(el, 'message').textContent), units).to.equal(message);
        expect(el.data?.mark).to.equal(null);
        expect(root(el).textContent).not.to.match(/NaN|Infinity|undefined/);
        expect(points(el).every((p) => !/NaN/.test(p.getAttribute('cy') ?? 'NaN'))).to.equal(true);
      };
      await t2('lots', en.badUnits('lots'));
      await t2('-5', en.badUnits('-5'));
      await t2('0', en.zeroUnits);
      await t2('99999999999999999999', en.badUnits('99999999999999999999'));
    });

    it('should widen the chart to take in a volume beyond the catalogue', async () => {
      const el = await make('lang="en" units="5000000000"');
      expect(el.data?.toUnits).to.equal(10_000_000_000);
      expect($$(el, '.axis text').map((n) => norm(n.textContent))).to.include('6B');
      await showLog(el);
      const xs = $$(el, '.axis text').map((n) => norm(n.textContent));
      expect(xs).to.include('10B');
    });
  });

  describe('drawing', () => {
    it('should draw with Lit svg templates: both lines, tier guides, break-evens and the visitor', async () => {
      const el = await make('lang="en" family="idv" units="365000"', 1000);
      await showLog(el);
      expect($(el, 'path.line.postpaid').getAttribute('d')).to.match(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
      expect($(el, 'path.line.best').getAttribute('d')).to.match(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/);
      expect($$(el, '.tiers line').length).to.equal(5);
      expect($$(el, '.tiers text').map((n) => norm(n.textContent))).to.deep.equal([
        '50K 100 %',
        '100K 90 %',
        '200K 80 %',
        '500K 70 %',
        '1.5M 70 %',
      ]);
      expect($$(el, '.break-evens .diamond').length).to.equal(5);
      expect($$(el, '.break-evens text').map((n) => norm(n.textContent))).to.include('90K');
      expect(norm($(el, '.visitor text').textContent)).to.equal(en.legendVisitor);
    });

    it('should label tiers 9折 in Chinese and keep labels from overlapping at 320 px', async () => {
      const el = await make('lang="zh-CN" family="idv"', 320);
      const labels = $$<SVGTextElement>(el, '.tiers text');
      expect(labels.map((n) => norm(n.textContent)).some((s) => s.endsWith('9折'))).to.equal(true);
      const boxes = labels.map((n) => n.getBoundingClientRect());
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, 'tier labels overlap').to.equal(true);
        }),
      );
    });

    for (const width of [320, 1200]) {
      it(`should fit ${width} px with text at its real size`, async () => {
        const el = await make('lang="en" plan="app" units="365000"', width);
        const svgEl = part(el, 'chart') as unknown as SVGSVGElement;
        const box = svgEl.getBoundingClientRect();
        expect(box.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        // The viewBox follows the measured width, so 11px labels stay 11px on a phone.
        expect(svgEl.viewBox.baseVal.width).to.be.closeTo(box.width, 1.5);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      });
    }
  });

  describe('keyboard', () => {
    it('should tab to the visitor point, move with the arrow keys, Home and End, and read out each point', async () => {
      const host = await fixture<HTMLElement>(
        html`<div><button>before</button><idv-cost-chart lang="en" family="face-compare" units="2500000"></idv-cost-chart></div>`,
      );
      const el = host.querySelector('idv-cost-chart')!;
      await settle(el);
      const c = costCurve('face-compare', { mark: 2_500_000 });
      const mine = c.points.findIndex((p) => p.units === 2_500_000);
      host.querySelector('button')!.focus();
      // The scale toggle first, then the chart's one tab stop.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(scaleRadio(el, en.scaleLinear));
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(focused(el)?.getAttribute('data-index')).to.equal(String(mine));
      expectReadout(el, c.points[mine]!);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el)?.getAttribute('data-index')).to.equal(String(mine + 1));
      expectReadout(el, c.points[mine + 1]!);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expectReadout(el, c.points[mine - 1]!);
      // End: the last point the linear view shows (the log view and the table go on a decade further).
      const last = points(el).length - 1;
      expect(c.points[last + 1], 'the linear view ends before the grid does').to.not.equal(undefined);
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focused(el)?.getAttribute('data-index')).to.equal(String(last));
      expectReadout(el, c.points[last]!);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el)?.getAttribute('data-index')).to.equal(String(last));
      await sendKeys({ press: 'Home' });
      await settle(el);
      expectReadout(el, c.points[0]!);
      // The tab stop stays on the point last read, so Shift+Tab and Tab come back to it.
      expect(points(el).filter((p) => p.getAttribute('tabindex') === '0').map((p) => p.getAttribute('data-index'))).to.deep.equal(['0']);
      expect(points(el)[0]!.classList.contains('active')).to.equal(true);
    });

    it('should show a visible focus ring on the focused point', async () => {
      const el = await make('lang="en"');
      const before = getComputedStyle(points(el)[0]!).stroke;
      points(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const now = focused(el) as SVGCircleElement;
      expect(now.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(now).stroke).not.to.equal(before);
      expect(getComputedStyle(now).strokeWidth).to.equal('3px');
    });
  });

  describe('pointer', () => {
    it('should read out the point nearest the pointer, and the visitor volume again when it leaves', async () => {
      const el = await make('lang="en" family="face-compare" units="2500000"');
      const c = costCurve('face-compare', { mark: 2_500_000 });
      const i = separatePoint(el);
      const target = points(el)[i]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(target.x + target.width / 2 + 2), Math.round(target.y + 20)] });
      await settle(el);
      expectReadout(el, c.points[i]!);
      expect($$(el, '.crosshair').length).to.equal(1);
      await sendMouse({ type: 'move', position: [1, 1] });
      await settle(el);
      expectReadout(el, c.mark!);
      expect($$(el, '.crosshair').length).to.equal(0);
    });

    it('should move the focus to the point clicked', async () => {
      const el = await make('lang="en" family="idv"');
      const i = separatePoint(el);
      const target = points(el)[i]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(target.x + target.width / 2), Math.round(target.y + target.height / 2)] });
      await settle(el);
      expect(focused(el)?.getAttribute('data-index')).to.equal(String(i));
    });
  });

  describe('data table', () => {
    it('should give the same figures as the chart in a captioned table', async () => {
      const el = await make('lang="en" family="liveness" units="650000"');
      const c = costCurve('liveness', { mark: 650_000 });
      const details = $<HTMLDetailsElement>(el, 'details[part~="table"]');
      expect(norm(details.querySelector('summary')!.textContent)).to.equal(en.showTable);
      details.querySelector('summary')!.click();
      await settle(el);
      expect(details.open).to.equal(true);
      const [table, packs] = [...details.querySelectorAll('table')];
      expect(norm(table!.caption!.textContent)).to.equal(en.tableCaption('Liveness verification packs'));
      const rows = [...table!.tBodies[0]!.rows];
      expect(rows.length).to.equal(c.points.length);
      rows.forEach((row, i) => {
        const p = c.points[i]!;
        const cells = [...row.cells].map((cell) => norm(cell.textContent));
        expect(cells.slice(0, 3)).to.deep.equal([formatCount(String(p.units), 'en'), norm(formatMoney(p.postpaid, 'en')), norm(formatMoney(p.best, 'en'))]);
      });
      const mine = rows.find((r) => r.classList.contains('mine'))!;
      expect(norm(mine.cells[4]!.textContent)).to.equal(en.visitor);
      // R5 ties (revised): the last 50,000 cost the same in a no-discount pack or pay-as-you-go; less up front wins.
      expect(norm(mine.cells[3]!.textContent)).to.equal('1 × 100,000-unit pack + 1 × 500,000-unit pack + 50,000 units at the pay-as-you-go price');
      const packRows = [...packs!.tBodies[0]!.rows].map((r) => [...r.cells].map((cell) => norm(cell.textContent)));
      expect(packRows[1]).to.deep.equal(['100,000', norm(formatMoney('16380', 'en')), '90 %', '90,000']);
    });
  });

  describe('parts and custom properties', () => {
    it('should expose its parts', async () => {
      const el = await make('lang="en" units="lots"');
      for (const name of ['base', 'header', 'legend', 'readout', 'chart', 'point', 'table', 'message']) {
        expect(root(el).querySelector(`[part~="${name}"]`), name).to.be.instanceOf(Element);
      }
    });

    it('should let --idv-cost-chart-best-color restyle the best-mix line', async () => {
      const el = await make('lang="en"');
      el.style.setProperty('--idv-cost-chart-best-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'path.line.best')).stroke).to.equal('rgb(1, 2, 3)');
    });

    it('should follow theme and prefers-color-scheme', async () => {
      const el = await make('lang="en" theme="dark"');
      expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgb(22, 24, 29)');
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
      el.theme = 'auto';
      await settle(el);
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgb(22, 24, 29)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('i18n', () => {
    it('should speak Chinese with zh figures, and switch with lang', async () => {
      const el = await make('lang="zh-CN" plan="app" units="3650000"');
      const c = costCurve('idv', { mark: 3_650_000 });
      expect(norm($(el, '.title').textContent)).to.equal(zh.title('金融级实人认证流量包'));
      expectReadout(el, c.mark!, 'zh-CN');
      expect(readout(el)).to.include('365万');
      expect($$(el, '.axis text').map((n) => norm(n.textContent))).to.include('200万');
      scaleRadio(el, zh.scaleLog).click();
      await settle(el);
      expect($$(el, '.axis text').map((n) => norm(n.textContent))).to.include('1万');
      expect(norm($(el, 'summary').textContent)).to.equal(zh.showTable);
      el.lang = 'en';
      await settle(el);
      expect(norm($(el, '.title').textContent)).to.equal(en.title('ID verification packs'));
      expectReadout(el, c.mark!, 'en');
    });

    describe('currency sign on the axis', () => {
      /** The amount axis's labels (right-aligned left of the plot), as SVG text elements. */
      const yLabels = (el: IdvCostChart): SVGTextElement[] => $$<SVGTextElement>(el, '.axis text[text-anchor="end"]:not(.axis-title)');
      /** Every text and every aria-label in the shadow root. */
      const everything = (el: IdvCostChart): string[] => [
        norm(root(el).textContent),
        ...$$(el, '[aria-label]').map((n) => norm(n.getAttribute('aria-label'))),
      ];

      it('should write CN¥ on the amount axis in English, as every figure does, and ¥ in Chinese', async () => {
        const el = await make('lang="en" units="5000000000"');
        const en1 = yLabels(el).map((n) => norm(n.textContent));
        expect(en1).to.include('CN¥6B').and.include('CN¥0');
        expect(en1.every((t) => t.startsWith('CN¥')), en1.join(' ')).to.equal(true);
        await showLog(el);
        expect(yLabels(el).map((n) => norm(n.textContent)).every((t) => t.startsWith('CN¥'))).to.equal(true);
        // No bare ¥ anywhere an English reader reads or hears: the figures, the axis, the points' names.
        for (const text of everything(el)) expect(text, 'a bare ¥ in English').to.not.match(/(^|[^N])¥/);
        el.lang = 'zh-CN';
        await settle(el);
        const zh1 = yLabels(el).map((n) => norm(n.textContent));
        expect(zh1.every((t) => t.startsWith('¥')), zh1.join(' ')).to.equal(true);
        for (const text of everything(el)) expect(text).to.not.include('CN¥');
      });

      it('should keep every amount label inside the chart at 320 and 1,200 px, in both locales and scales', async () => {
        for (const width of [320, 1200]) {
          for (const attrs of ['lang="en" plan="app" units="365000"', 'lang="en" units="5000000000"', 'lang="zh-CN" plan="app" units="365000"']) {
            const el = await make(attrs, width);
            for (const scale of ['linear', 'log']) {
              if (scale === 'log') {
                $<HTMLInputElement>(el, '[part~="scale"] input[value="log"]').click();
                await settle(el);
              }
              const chart = part(el, 'chart').getBoundingClientRect();
              const axis = $<SVGLineElement>(el, '.axis line:nth-of-type(2)').getBoundingClientRect();
              for (const label of yLabels(el)) {
                const box = label.getBoundingClientRect();
                expect(box.left, `${width} px, ${attrs} ${scale}: ${label.textContent} starts inside the chart`).to.be.at.least(chart.left - 0.5);
                expect(box.right, `${width} px, ${attrs} ${scale}: ${label.textContent} ends left of the axis`).to.be.at.most(axis.left + 0.5);
              }
            }
          }
        }
      });
    });

    it('should follow the page language when it has none of its own', async () => {
      const previous = document.documentElement.lang;
      try {
        document.documentElement.lang = 'zh-CN';
        const el = await make('');
        expect(norm($(el, 'summary').textContent)).to.equal(zh.showTable);
      } finally {
        document.documentElement.lang = previous;
      }
    });

    it('should fire no events of its own: it only reads', async () => {
      const el = await make('lang="en" units="1000"');
      const seen: string[] = [];
      for (const type of ['idv-change', 'change', 'input']) el.addEventListener(type, () => seen.push(type));
      points(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      el.units = '2000';
      await settle(el);
      expect(seen).to.deep.equal([]);
    });
  });
});

