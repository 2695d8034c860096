/**
 * Layout budgets of <idv-pricing-calculator> in real Chromium: how tall the default view is, that the
 * headline stays on screen while a visitor types on a phone, that no figure or select's text is split or
 * clipped from 320 to 1,440 px, that 200 % text cuts nothing off and never hides the focus, that controls
 * have 3:1 non-text contrast (light and dark), what shows under forced colours, and two accessible names.
 * Sizes are measured, never timed.
 */
import { expect, fixtureSync, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvPricingCalculator } from '../../../src/components/pricing-calculator/pricing-calculator.js';
import type { Locale } from '../../../src/i18n/format.js';
import { $, $$, root } from '../../helpers/dom.js';
import { translation } from '../../helpers/strings.js';

const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
/** Twice the default --idv-font-size (0.9375rem). */
const DOUBLE_TEXT = '--idv-font-size: 1.875rem';
/** What a figure is, wherever it shows. */
const FIGURES = '.amount, .big, [part~="line-item__price"], .units, .factor, .tag';

type Attributes = Readonly<Record<string, string | true>>;

function markup(attributes: Attributes): string {
  return Object.entries(attributes)
    .map(([name, value]) => (value === true ? name : `${name}="${value.replaceAll('"', '&quot;')}"`))
    .join(' ');
}

/** The element at the top-left of the page, as wide as the viewport (the page's margin is taken away). */
async function make(attributes: Attributes, before = ''): Promise<IdvPricingCalculator> {
  document.body.style.margin = '0';
  const wrapper = fixtureSync<HTMLDivElement>(`<div>${before}<idv-pricing-calculator ${markup(attributes)}></idv-pricing-calculator></div>`);
  const el = wrapper.querySelector('idv-pricing-calculator')!;
  await el.updateComplete;
  await settle(el);
  return el;
}

/** A rendered update, then a frame, so what is measured is what is painted. */
async function settle(el: IdvPricingCalculator): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

async function viewport(el: IdvPricingCalculator, width: number, height = 900): Promise<void> {
  await setViewport({ width, height });
  window.scrollTo(0, 0);
  await settle(el);
  expect(window.innerWidth, 'viewport width').to.equal(width);
}


async function openDetails(el: IdvPricingCalculator): Promise<void> {
  $<HTMLDetailsElement>(el, 'details.details').open = true;
  await settle(el);
}

/** Rendered (inside an open disclosure, not display: none). */
const shown = (node: Element): boolean => node.getClientRects().length > 0 && node.checkVisibility();

const describe1 = (node: Element): string => `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** The line boxes a node's text takes: a figure on one line gives rects that all share one line. */
function lineCount(node: Element): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const lines: DOMRect[] = [];
  for (const r of rects) {
    const mid = r.top + r.height / 2;
    if (!lines.some((l) => mid > l.top && mid < l.bottom)) lines.push(r);
  }
  return lines.length;
}

/** Whether two boxes overlap by more than half a pixel each way. */
const intersects = (a: DOMRect, b: DOMRect): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Every figure on one line and inside the element's box. */
function expectFiguresWhole(el: IdvPricingCalculator, where: string): number {
  const host = el.getBoundingClientRect();
  let checked = 0;
  for (const figure of $$(el, FIGURES).filter(shown)) {
    expect(lineCount(figure), `${where}: ${describe1(figure)} on one line`).to.equal(1);
    const box = figure.getBoundingClientRect();
    expect(box.left, `${where}: ${describe1(figure)} left edge in the element`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${where}: ${describe1(figure)} right edge in the element`).to.be.at.most(host.right + 0.5);
    checked++;
  }
  return checked;
}

/** Each select's chosen text, measured in its own font, fits its content box less ~24 px for the arrow. */
function expectSelectsFit(el: IdvPricingCalculator, where: string): void {
  const ctx = document.createElement('canvas').getContext('2d')!;
  for (const select of $$<HTMLSelectElement>(el, 'select').filter(shown)) {
    const style = getComputedStyle(select);
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const chosen = select.selectedOptions[0]?.text ?? '';
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
    expect(ctx.measureText(chosen).width, `${where}: "${chosen}" fits its select (${room.toFixed(1)} px of text room)`).to.be.at.most(room);
  }
}

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// ---- colour -------------------------------------------------------------------------------------------

type Rgba = [number, number, number, number];

function rgba(color: string): Rgba {
  const m = color.match(/^rgba?\(([^)]+)\)$/);
  expect(m, `an rgb() colour, not "${color}"`).to.not.equal(null);
  const [r, g, b, a = '1'] = m![1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const opaque = (color: string): boolean => rgba(color)[3] === 1;

/** The colour painted behind a node: its own background if opaque, else the nearest opaque one up the tree. */
function backdrop(node: Element | null): string {
  for (let n: Element | null = node; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(n).backgroundColor;
    if (opaque(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);

describe('<idv-pricing-calculator> layout', () => {
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  describe('1. height of the default view', () => {
    for (const lang of LOCALES) {
      it(`should stay within its height budgets and leave no empty column (${lang})`, async () => {
        const el = await make({ lang });
        for (const width of [320, 390, 768, 1100, 1280]) {
          await viewport(el, width);
          const height = el.getBoundingClientRect().height;
          if (width === 390) expect(height, `height at ${width} px`).to.be.at.most(1000);
          if (width >= 1100) expect(height, `height at ${width} px`).to.be.at.most(700);
          const layout = $(el, '.layout');
          const items = [...layout.querySelectorAll<HTMLElement>(':scope > :not(.form):not(.sr-only), :scope > .form > *')].filter(shown);
          const lefts = [...new Set(items.map((i) => Math.round(i.getBoundingClientRect().left)))].sort((a, b) => a - b);
          if (width >= 768) {
            expect(lefts.length, `two columns at ${width} px`).to.equal(2);
            const bottom = layout.getBoundingClientRect().bottom - parseFloat(getComputedStyle(layout).paddingBottom);
            for (const left of lefts) {
              const column = items.filter((i) => Math.round(i.getBoundingClientRect().left) === left);
              const end = Math.max(...column.map((i) => i.getBoundingClientRect().bottom));
              expect(bottom - end, `empty space under the column at x=${left}, ${width} px`).to.be.at.most(200);
            }
          } else {
            expect(lefts.length, `one column at ${width} px`).to.equal(1);
          }
        }
      });
    }
  });

  describe('2. typing on a phone', () => {
    for (const lang of LOCALES) {
      it(`should keep the headline and the volume field on screen while typing 5万 at 390 × 844 (${lang})`, async () => {
        const el = await make({ lang });
        await viewport(el, 390, 844);
        const input = $$<HTMLInputElement>(el, 'input[type="text"]')[0]!;
        input.focus();
        input.select();
        await sendKeys({ type: '5万' });
        await settle(el);
        expect(input.value).to.equal('5万');
        expect(el.volume, 'the typed volume was taken').to.equal('50000');
        const big = $(el, '[part~="summary"] .big').getBoundingClientRect();
        expect(big.top, 'headline top').to.be.at.least(0);
        expect(big.bottom, 'headline bottom').to.be.at.most(844);
        expect(deepActive(), 'the volume input keeps focus').to.equal(input);
        const box = input.getBoundingClientRect();
        expect(box.top, 'input top').to.be.at.least(0);
        expect(box.bottom, 'input bottom').to.be.at.most(844);
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        expect(document.elementFromPoint(x, y), 'the host is on top at the input').to.equal(el);
        const hit = root(el).elementFromPoint(x, y);
        expect(hit === input || hit === input.parentElement, `the input is not covered (found ${hit ? describe1(hit) : 'nothing'})`).to.equal(true);
      });
    }
  });

  describe('3. no figure split, no select clipped, 320 to 1,440 px', () => {
    const widths: number[] = [];
    for (let w = 320; w <= 1440; w += 40) widths.push(w);
    for (const lang of LOCALES) {
      for (const open of [false, true]) {
        it(`should keep every figure on one line and every select's text whole (${lang}, details ${open ? 'open' : 'closed'})`, async () => {
          const el = await make({ lang });
          if (open) await openDetails(el);
          let checked = 0;
          for (const width of widths) {
            await viewport(el, width);
            checked += expectFiguresWhole(el, `${width} px`);
            expectSelectsFit(el, `${width} px`);
          }
          expect(checked, 'figures checked').to.be.greaterThan(widths.length * (open ? 15 : 8));
        });
      }
      it(`should show the longest plan name whole in its select (${lang})`, async () => {
        const el = await make({ lang });
        const plan = $<HTMLSelectElement>(el, 'select');
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = getComputedStyle(plan).font;
        const longest = [...plan.options].reduce((a, b) => (ctx.measureText(b.text).width > ctx.measureText(a.text).width ? b : a));
        el.plan = longest.value as IdvPricingCalculator['plan'];
        await settle(el);
        expect(plan.selectedOptions[0]!.text).to.equal(longest.text);
        for (const width of widths) {
          await viewport(el, width);
          expectSelectsFit(el, `${longest.text}, ${width} px`);
        }
      });
    }
  });

  describe('4. text at 200 %', () => {
    for (const lang of LOCALES) {
      for (const width of [320, 390]) {
        it(`should cut nothing off and keep amounts whole and clear of their labels at ${width} px (${lang})`, async () => {
          const el = await make({ lang, style: DOUBLE_TEXT });
          await viewport(el, width);
          const base = $(el, '.base');
          expect(parseFloat(getComputedStyle(base).fontSize), 'text at twice its size').to.be.closeTo(30, 0.5);
          for (const open of [false, true]) {
            if (open) await openDetails(el);
            const where = `${width} px, details ${open ? 'open' : 'closed'}`;
            expect(base.scrollWidth, `${where}: .base content not wider than its box`).to.be.at.most(base.clientWidth);
            for (const node of $$(el, '*').filter(shown)) {
              const style = getComputedStyle(node);
              if (node.classList.contains('sr-only') || !/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) continue;
              expect(node.scrollWidth, `${where}: ${describe1(node)} clips nothing`).to.be.at.most(node.clientWidth);
            }
            expectFiguresWhole(el, where);
            const rows = $$(el, '.item, .item-row, .period, .headline').filter(shown);
            expect(rows.length, 'rows with an amount').to.be.greaterThan(open ? 8 : 5);
            for (const row of rows) {
              const amount = row.querySelector(':scope > .amount, :scope > .big');
              if (!amount) continue;
              const a = amount.getBoundingClientRect();
              for (const label of [...row.children].filter((c) => c !== amount && shown(c))) {
                // The label's text as painted (it can spill out of a squeezed box), not just its box.
                const range = document.createRange();
                range.selectNodeContents(label);
                for (const box of [label.getBoundingClientRect(), ...range.getClientRects()]) {
                  expect(intersects(a, box), `${where}: ${describe1(amount)} clear of ${describe1(label)}`).to.equal(false);
                }
              }
            }
          }
        });
      }
    }
  });

  describe('5. focus never hidden while tabbing at 200 % text', () => {
    for (const [width, height] of [[1280, 900], [768, 700]] as const) {
      for (const lang of LOCALES) {
        it(`should keep each focused control on screen at ${width} × ${height} (${lang})`, async () => {
          const el = await make({ lang, style: DOUBLE_TEXT }, '<button type="button">before</button>');
          await viewport(el, width, height);
          await openDetails(el);
          (el.previousElementSibling as HTMLButtonElement).focus();
          const visited: Element[] = [];
          for (let press = 0; press < 80; press++) {
            await sendKeys({ press: 'Tab' });
            const active = deepActive();
            if (!active || active.getRootNode() !== root(el)) break;
            visited.push(active);
            const box = (active.matches('.segment input') ? active.parentElement! : active).getBoundingClientRect();
            const what = `${describe1(active)} after ${press + 1} Tab`;
            expect(box.top, `${what}: top`).to.be.at.least(-0.5);
            expect(box.bottom, `${what}: bottom`).to.be.at.most(height + 0.5);
            expect(box.left, `${what}: left`).to.be.at.least(-0.5);
            expect(box.right, `${what}: right`).to.be.at.most(width + 0.5);
            // Nothing sticky over it and no overflow clipping it: what is at its centre is the control itself,
            // something inside it, or its label.
            const hit = root(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            const labels = [...((active as HTMLInputElement).labels ?? [])];
            const reached = hit !== null && (hit === active || active.contains(hit) || labels.some((l) => l.contains(hit)));
            expect(reached, `${what}: not covered or clipped (found ${hit ? describe1(hit) : 'nothing'})`).to.equal(true);
          }
          // Plan, volume, period, photo size, retention and its unit, first purchase, details, peak load, six
          // toolbar buttons, "how", six tools.
          expect(visited.length, 'controls reached by Tab').to.be.at.least(22);
        });
      }
    }
  });

  describe('6. non-text contrast of controls', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`should give inputs, selects and the period control 3:1 contrast (${theme})`, async () => {
        const el = await make({ lang: 'en', theme });
        await viewport(el, 390);
        const checks: [string, Element][] = [
          ['text input wrapper', $(el, '.input-wrap')],
          ...$$<HTMLSelectElement>(el, 'select').map((s, i): [string, Element] => [`select ${i + 1}`, s]),
          ['period control', $(el, '.segmented')],
        ];
        for (const [what, node] of checks) {
          const style = getComputedStyle(node);
          expect(style.borderTopStyle, `${what} has a border`).to.not.equal('none');
          expect(parseFloat(style.borderTopWidth), `${what} border width`).to.be.at.least(1);
          const border = style.borderTopColor;
          const outside = backdrop(parentOf(node));
          expect(contrast(border, outside), `${what} border ${border} against ${outside}`).to.be.at.least(3);
          const inside = style.backgroundColor;
          if (opaque(inside)) expect(contrast(border, inside), `${what} border ${border} against its fill ${inside}`).to.be.at.least(3);
        }
        const track = backdrop($(el, '.segmented'));
        const chosen = $(el, '.segment input:checked + span');
        const style = getComputedStyle(chosen);
        const marks = [
          ...(opaque(style.backgroundColor) ? [style.backgroundColor] : []),
          ...(style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 2 ? [style.borderTopColor] : []),
        ];
        const best = Math.max(0, ...marks.map((c) => contrast(c, track)));
        expect(best, `the selected period (${marks.join(', ') || 'no mark'}) against its track ${track}`).to.be.at.least(3);
        // Its label stays readable on whatever marks it.
        expect(contrast(style.color, backdrop(chosen)), 'selected period text').to.be.at.least(4.5);
        for (const other of $$(el, '.segment input:not(:checked) + span')) {
          expect(contrast(getComputedStyle(other).color, backdrop(other)), 'other period text').to.be.at.least(4.5);
        }
      });
    }
  });

  describe('7. forced colours', () => {
    afterEach(async () => {
      await executeServerCommand('cdp-forced-colors', { active: false });
    });

    it('should mark the selected period with a fill, not a focus-like ring', async () => {
      const el = await make({ lang: 'en' });
      await executeServerCommand('cdp-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      await settle(el);
      const chosen = getComputedStyle($(el, '.segment input:checked + span'));
      const other = getComputedStyle($(el, '.segment input:not(:checked) + span'));
      const track = backdrop($(el, '.segmented'));
      expect(chosen.outlineStyle, 'no outline on the selected period').to.equal('none');
      expect(chosen.backgroundColor, 'the selected period is filled').to.not.equal(track);
      expect(opaque(chosen.backgroundColor), 'an opaque fill').to.equal(true);
      expect(chosen.color, 'its text is not the fill').to.not.equal(chosen.backgroundColor);
      expect(other.backgroundColor, 'the others are not filled').to.not.equal(chosen.backgroundColor);
    });

    it('should border the entered period row and keep the warning card bordered', async () => {
      const el = await make({ lang: 'en', plan: 'app', volume: '1000000', period: 'day', 'peak-share': '50' });
      await openDetails(el);
      expect($$(el, '.card.qps.warn').length, 'the peak load is over the limit').to.equal(1);
      await executeServerCommand('cdp-forced-colors', { active: true });
      await settle(el);
      const entered = getComputedStyle($(el, '.period.entered'));
      const other = getComputedStyle($(el, '.period:not(.entered)'));
      expect(entered.borderTopStyle, 'the entered row has a border').to.not.equal('none');
      const width = (s: CSSStyleDeclaration): number => (s.borderTopStyle === 'none' ? 0 : parseFloat(s.borderTopWidth));
      expect(width(entered), 'the entered row border is heavier than the others').to.be.greaterThan(width(other));
      const warn = $(el, '.card.qps.warn');
      const style = getComputedStyle(warn);
      const fill = backdrop(warn);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), `warning card ${side} border`).to.not.equal('none');
        expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), `warning card ${side} border width`).to.be.at.least(1);
        expect(style.getPropertyValue(`border-${side.toLowerCase()}-color`), `warning card ${side} border colour`).to.not.equal(fill);
      }
    });
  });

  describe('8. names', () => {
    for (const lang of LOCALES) {
      it(`should name the period group in full and keep the hint out of the first-purchase name (${lang})`, async () => {
        const t = translation(lang);
        const el = await make({ lang });
        const group = $(el, '[role="radiogroup"]');
        const name = group.getAttribute('aria-label') ?? '';
        expect(name).to.equal(t.periodGroup);
        expect(['Per', '每', 'per'], 'more than a preposition').to.not.include(name.trim());
        const box = $<HTMLInputElement>(el, 'input[type="checkbox"]');
        const label = [...(box.labels ?? [])].map((l) => l.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
        expect(label).to.equal(t.firstPurchase);
        const hint = root(el).getElementById(box.getAttribute('aria-describedby') ?? '');
        expect(hint, 'the hint describes the box').to.be.instanceOf(HTMLElement);
        expect(label, 'the hint is not in the name').to.not.include((hint!.textContent ?? '').trim());
      });
    }
  });
});
