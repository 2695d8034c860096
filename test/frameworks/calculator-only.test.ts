/**
 * A Vite app that uses only the calculator (`import 'idv-pricing/calculator'`, built by
 * scripts/build-frameworks.mjs from this package's `exports`, test/frameworks/calculator-only/) ships none of
 * the other six elements' code up front: their code is in chunks the app fetches when a visitor opens a tool.
 * Each element is recognised by strings of its own (from its section of strings) that the calculator's
 * strings do not hold.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import { part, root, text } from '../helpers/dom.js';
import { engineQuote, settle } from '../helpers/calculator.js';
import { formatMoney } from '../../src/i18n/format.js';
import { billingCalendarStrings, compareStrings, costChartStrings, estimateStrings, quotaPlannerStrings, refundEstimatorStrings, en, zhCN } from '../helpers/strings.js';

const BASE = new URL('/.cache/frameworks/calculator-only/assets/', location.href);

/** Every string (not function) in a strings object, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const CALCULATOR_TEXT = [...strings(en), ...strings(zhCN)].join('\n');

/** Up to three strings only this element's section holds (at least 14 characters, not in the calculator's strings). */
function markers(section: unknown): string[] {
  return strings(section)
    .filter((s) => s.length >= 14 && !CALCULATOR_TEXT.includes(s) && !/[\\"'`${}]/.test(s))
    .slice(0, 3);
}

const OTHERS = {
  'idv-estimate': estimateStrings,
  'idv-compare': compareStrings,
  'idv-cost-chart': costChartStrings,
  'idv-quota-planner': quotaPlannerStrings,
  'idv-refund-estimator': refundEstimatorStrings,
  'idv-billing-calendar': billingCalendarStrings,
};

async function source(file: string): Promise<string> {
  const response = await fetch(new URL(file, BASE));
  expect(response.ok, `${file} of the built calculator-only app (node scripts/build-frameworks.mjs)`).to.equal(true);
  return response.text();
}

/** The entry and every chunk it imports statically (not the `import()`ed ones), as the page loads them. */
async function upFront(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = ['app.js'];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = await source(file);
    seen.set(file, code);
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g)) queue.push(m[1]!);
  }
  return seen;
}

describe('a Vite app that imports only idv-pricing/calculator', () => {
  it('should load none of the other elements up front, and have each in a chunk of its own', async () => {
    const first = await upFront();
    const firstCode = [...first.values()].join('\n');
    // Chunks named by an import() anywhere in what is loaded, transitively: the tools' chunks are named by the
    // calculator's own lazy chunk (what is past its first screen), not by the entry.
    const lazy: string[] = [];
    const named = (code: string): string[] => [...code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
    const queue = [...first.values()].flatMap(named);
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (first.has(file) || lazy.includes(file)) continue;
      lazy.push(file);
      queue.push(...named(await source(file)));
    }
    expect(lazy.length, 'chunks loaded on demand').to.be.greaterThan(5);
    const lazyCode = (await Promise.all(lazy.map(source))).join('\n');
    for (const [tag, section] of Object.entries(OTHERS)) {
      const own = markers(section);
      expect(own.length, `${tag} has strings of its own`).to.be.greaterThan(0);
      for (const marker of own) {
        expect(firstCode.includes(marker), `${tag}'s "${marker}" is not loaded up front`).to.equal(false);
        expect(lazyCode.includes(marker), `${tag}'s "${marker}" is in a chunk loaded when its tool opens`).to.equal(true);
      }
    }
  });

  it('should price in the page, and load a tool when its disclosure opens', async () => {
    const host = document.createElement('div');
    host.id = 'root';
    document.body.append(host);
    await import(new URL('app.js', BASE).href);
    await waitUntil(() => host.querySelector('idv-pricing-calculator')?.shadowRoot?.querySelector('[part~="summary"]'), 'the calculator renders');
    const el = host.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
    await settle(el);
    expect(text(part(el, 'summary'))).to.include(formatMoney(engineQuote({ plan: 'app', volume: '10000', period: 'day' }).totals.bestYear, 'en'));
    expect(customElements.get('idv-cost-chart'), 'the chart is not defined before its tool opens').to.equal(undefined);
    (part(el, 'details') as HTMLDetailsElement).open = true;
    root(el).querySelector<HTMLElement>('details.tool > summary')!.click();
    await customElements.whenDefined('idv-cost-chart');
    await waitUntil(() => root(el).querySelector('idv-cost-chart')?.shadowRoot, 'the chart renders');
    host.remove();
  });
});
