/**
 * A thousand lifetimes leave nothing behind, measured the way DevTools does: after a forced garbage
 * collection, the renderer's own counters of live DOM nodes, JS event listeners and documents
 * (`Memory.getDOMCounters`) and the V8 heap in use (`Runtime.getHeapUsage`), read over the DevTools protocol
 * by scripts/wtr-cdp-plugin.mjs. Unlike the cycles in many.test.ts, which patch globals to count what the
 * element registers, these see everything: a removed element kept alive by anything at all (a listener on
 * window, a closure in a cache, an observer, a pending promise) keeps its whole shadow tree alive and shows
 * up as hundreds of nodes per cycle.
 *
 * Each element gets warmed up (JIT, Lit's template cache, stylesheets, Intl formatters), then a baseline is
 * read and two batches of mount / work / unmount cycles run, each followed by a reading: 1,000 a batch for
 * the calculator, 500 a batch (1,000 in all) for each of the six others; the calculator's cycles also mount
 * each of the six others as one of its "More tools", about 40 times a batch each. Every cycle sets attributes, renders, changes a property or attribute and renders again;
 * every 4th also does what a visitor does (types into a field with the `input` event the browser fires,
 * picks from a select, clicks a button, in the calculator opens a tool) and forces style and layout.
 * The first test checks the meter itself: the same cycles with the elements and a window listener each kept
 * must show the growth, and releasing them must bring the counters back.
 *
 * Depth (test/helpers/depth.ts): those counts are `npm run test:deep` (about 75 s alone). `npm test` runs a
 * quarter (250 a batch for the calculator, each tool about 10 times; 125 for the others; about 20 s): a node
 * or a listener kept per cycle, or per full cycle, still adds 30 or more, above the noise allowed below.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { DEEP, runs } from '../helpers/depth.js';

interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  jsHeapUsed: number;
  layoutObjects: number | null;
}

/** Collects garbage (full GCs until the node count stops falling), then reads the counters. */
const measure = (): Promise<Counters> => executeServerCommand<Counters, { gc: boolean }>('cdp-heap-counters', { gc: true });

const CYCLES = runs(1000);
const SMALL_CYCLES = runs(500);
const WARM_UP = 50;
/**
 * The meter check's cycles: 50 kept calculators hold about 50,000 nodes, 1,400 listeners and 2 MB of heap, far
 * above what each check below allows.
 */
const METER_CYCLES = 50;
/** Every 4th cycle is a full one: a visitor's edits, a click, a pick, layout (and a tool in the calculator). */
const FULL_EVERY = 4;

/**
 * What is allowed to differ after a batch, in absolute terms (never per cycle). A removed calculator kept
 * alive is about 1,000 nodes and 28 listeners (the meter check measures it), so keeping one per cycle adds
 * about a million nodes per batch, and keeping even one listener or one node per cycle adds 250 to 1,000.
 * Documents must not change at all. Readings do differ by a few: a template rendered for the first time
 * late in a batch (Lit keeps each one as a <template> for good) added 9 nodes once, and the listener count
 * has moved by 1 between readings; hence a handful, not zero.
 */
const NODE_NOISE = 20;
const LISTENER_NOISE = 5;
/**
 * V8 heap: after warm-up, code and inline caches are compiled, and a leaked element holds tens of kilobytes
 * (its template instances, quote objects, Decimal values: 100 kept calculators measure about 4.4 MB). The
 * first batch may still tier up code (optimised code and feedback live on the heap), so it gets 1 MB; the
 * second batch runs the same code and gets 256 KB plus 192 bytes a cycle (448 KB for 1,000 cycles), far less
 * than one leaked element a cycle. Most second batches grow by 1 to 60 KB, but code can still tier up late:
 * one <idv-compare> batch of 125 cycles grew by 235 KB on a machine busy with the rest of the suite. A leaked
 * listener closure alone is smaller than that, but the listener counter catches it.
 */
const FIRST_BATCH_HEAP = 1024 * 1024;
const secondBatchHeap = (cycles: number): number => 256 * 1024 + 192 * cycles;

// ---- driving an element like a page and a visitor ----------------------------------------------------------

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

function need<T extends Element>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
}

/** What the browser does when a visitor types: a new value, then a bubbling, composed input event. */
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** What the browser does when a visitor picks an option. */
function pick(select: HTMLSelectElement, index: number): void {
  select.selectedIndex = index % select.options.length;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Renders everything queued, and what that queued in turn (events follow updateComplete). */
async function settle(el: Lit): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const PLANS = ['app', 'h5', 'alipay-mini', 'app'] as const;

/** Opens a <details> and waits for its toggle event (a task the browser queues). */
function open(details: HTMLDetailsElement): Promise<void> {
  return new Promise((resolve) => {
    details.addEventListener('toggle', () => resolve(), { once: true });
    details.open = true;
  });
}

interface Workload {
  tag: string;
  /** Cycles per batch. */
  cycles: number;
  /** Mounts an element into `host`, works it, removes it; keeps no reference to it. */
  cycle(host: HTMLElement, i: number, full: boolean): Promise<void>;
}

const WORKLOADS: Workload[] = [
  {
    tag: 'idv-pricing-calculator',
    cycles: CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-pricing-calculator') as Lit & { volume: string };
      el.setAttribute('plan', PLANS[i % PLANS.length]!);
      el.setAttribute('volume', String(1000 + i));
      el.setAttribute('period', i % 2 ? 'month' : 'day');
      if (i % 3 === 0) el.setAttribute('lang', 'zh-CN');
      el.addEventListener('idv-change', () => undefined);
      host.append(el);
      await settle(el);
      el.volume = String(2000 + i);
      await settle(el);
      type(need(el, 'input[id$="-volume"]'), String(3000 + i));
      await settle(el);
      pick(need(el, 'select[id$="-plan"]'), i);
      await settle(el);
      if (full) {
        // One of the six tools in turn: over a batch, every nested element is mounted and dropped with it.
        const tools = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.tool')];
        await open(tools[(i / FULL_EVERY) % tools.length]!);
        await settle(el);
        const nested = shadow(el).querySelector<Lit>('details.tool[open] > :not(summary)');
        if (nested) await settle(nested);
        void el.offsetHeight; // style and layout, as a visible element gets
      }
      el.remove();
    },
  },
  {
    tag: 'idv-estimate',
    cycles: SMALL_CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-estimate') as Lit & { lines: unknown };
      el.lines = [{ plan: PLANS[i % PLANS.length]!, volume: String(1000 + i), period: 'month' }];
      host.append(el);
      await settle(el);
      el.toggleAttribute('first-purchase', true);
      await settle(el);
      if (full) {
        need<HTMLButtonElement>(el, 'button[part~="add"]').click();
        await settle(el);
        type(need(el, 'input[type="text"]'), String(3000 + i));
        await settle(el);
        void el.offsetHeight; // style and layout, as a visible element gets
      }
      el.remove();
    },
  },
  {
    tag: 'idv-compare',
    cycles: SMALL_CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-compare') as Lit & { scenarios: unknown };
      el.scenarios = [
        { plan: 'app', volume: String(1000 + i), period: 'month' },
        { plan: 'h5', volume: String(1000 + i), period: 'month' },
      ];
      host.append(el);
      await settle(el);
      el.lang = i % 2 ? 'zh-CN' : 'en';
      await settle(el);
      if (full) {
        const add = shadow(el).querySelector<HTMLButtonElement>('button[part~="add"]');
        add?.click();
        await settle(el);
        type(need(el, 'input[type="text"]'), String(3000 + i));
        await settle(el);
        pick(need(el, 'select'), i);
        await settle(el);
        void el.offsetHeight; // style and layout, as a visible element gets
      }
      el.remove();
    },
  },
  {
    tag: 'idv-cost-chart',
    cycles: SMALL_CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-cost-chart') as Lit;
      el.setAttribute('plan', PLANS[i % PLANS.length]!);
      el.setAttribute('units', String(10000 + i));
      el.style.width = `${300 + (i % 5) * 40}px`;
      host.append(el);
      await settle(el);
      el.setAttribute('units', String(20000 + i));
      el.toggleAttribute('first-purchase', i % 2 === 0);
      await settle(el);
      if (full) {
        // Layout fires the ResizeObserver, which schedules a frame: both must go with the element.
        void el.offsetHeight;
        el.style.width = `${500 + (i % 5) * 40}px`;
        void el.offsetHeight;
      }
      el.remove();
    },
  },
  {
    tag: 'idv-quota-planner',
    cycles: SMALL_CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-quota-planner') as Lit;
      el.setAttribute('daily-usage', String(100 + i));
      el.setAttribute('threshold', String(10 + (i % 30)));
      host.append(el);
      await settle(el);
      el.setAttribute('daily-usage', String(300 + i));
      await settle(el);
      if (full) {
        need<HTMLButtonElement>(el, 'button[id$="-add"]').click();
        await settle(el);
        type(need(el, 'input[type="text"]'), String(500 + i));
        await settle(el);
        void el.offsetHeight; // style and layout, as a visible element gets
      }
      el.remove();
    },
  },
  {
    tag: 'idv-refund-estimator',
    cycles: SMALL_CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-refund-estimator') as Lit;
      el.setAttribute('paid', String(1000 + i));
      el.setAttribute('used-units', String(i));
      el.setAttribute('mode', 'days');
      el.setAttribute('days-since-purchase', String(i % 300));
      host.append(el);
      await settle(el);
      el.setAttribute('used-units', String(2 * i));
      await settle(el);
      if (full) {
        type(need(el, 'input[type="text"]'), String(2000 + i));
        await settle(el);
        pick(need(el, 'select'), i);
        await settle(el);
        void el.offsetHeight; // style and layout, as a visible element gets
      }
      el.remove();
    },
  },
  {
    tag: 'idv-billing-calendar',
    cycles: SMALL_CYCLES,
    async cycle(host, i, full) {
      const el = document.createElement('idv-billing-calendar') as Lit;
      el.setAttribute('month', `2025-${String((i % 12) + 1).padStart(2, '0')}`);
      el.setAttribute('daily-bill', String(10 + (i % 90)));
      el.setAttribute('balance', String(1000 + i));
      host.append(el);
      await settle(el);
      el.setAttribute('balance', String(2000 + i));
      await settle(el);
      if (full) {
        shadow(el).querySelectorAll<HTMLButtonElement>('button.step')[1]?.click();
        await settle(el);
        const amounts = shadow(el).querySelectorAll<HTMLInputElement>('input[inputmode="decimal"]');
        type(amounts[amounts.length - 1]!, String(3000 + i));
        await settle(el);
        void el.offsetHeight; // style and layout, as a visible element gets
      }
      el.remove();
    },
  },
];

// ---- measuring -----------------------------------------------------------------------------------------------

interface Delta {
  documents: number;
  nodes: number;
  listeners: number;
  heap: number;
  layout: number;
}

const delta = (from: Counters, to: Counters): Delta => ({
  documents: to.documents - from.documents,
  nodes: to.nodes - from.nodes,
  listeners: to.jsEventListeners - from.jsEventListeners,
  heap: to.jsHeapUsed - from.jsHeapUsed,
  layout: (to.layoutObjects ?? 0) - (from.layoutObjects ?? 0),
});

const signed = (n: number): string => (n >= 0 ? `+${n}` : String(n));
const kb = (bytes: number): string => `${signed(Math.round(bytes / 1024))} KB`;
const show = (d: Delta): string =>
  `nodes ${signed(d.nodes)}, listeners ${signed(d.listeners)}, documents ${signed(d.documents)}, layout objects ${signed(d.layout)}, heap ${kb(d.heap)}`;
const absolute = (c: Counters): string =>
  `nodes ${c.nodes}, listeners ${c.jsEventListeners}, documents ${c.documents}, layout objects ${c.layoutObjects}, heap ${Math.round(c.jsHeapUsed / 1024)} KB`;

function expectNoGrowth(batch: string, d: Delta): void {
  expect(d.documents, `${batch}: documents`).to.equal(0);
  expect(d.nodes, `${batch}: DOM nodes`).to.be.at.most(NODE_NOISE);
  expect(d.listeners, `${batch}: JS event listeners`).to.be.at.most(LISTENER_NOISE);
}

/** Runs `count` cycles in a fresh host; nothing of them stays reachable from here once it resolves. */
async function run(workload: Workload, count: number, from: number): Promise<void> {
  const host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  try {
    for (let i = from; i < from + count; i++) await workload.cycle(host, i, i % FULL_EVERY === 0);
  } finally {
    host.remove();
  }
  // Let a task pass: whatever a removal queued (a toggle event, a resize frame, a microtask chain) runs now.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe(`${DEEP ? 'a thousand' : 'hundreds of'} mount / unmount cycles, measured with the DevTools protocol`, () => {
  it('the meter sees a leak: the same cycles with the removed elements and a listener per cycle kept', async function () {
    this.timeout(30000);
    const calculator = WORKLOADS[0]!;
    await run(calculator, WARM_UP, 0);
    const base = await measure();
    // The leaks a page makes: removed elements kept in an array, and a window listener added per mount.
    const kept: Element[] = [];
    const listeners: (() => void)[] = [];
    const realRemove = Element.prototype.remove;
    Element.prototype.remove = function (this: Element) {
      if (this.localName === calculator.tag) {
        kept.push(this);
        const listener = (): void => undefined;
        listeners.push(listener);
        window.addEventListener('resize', listener);
      }
      realRemove.call(this);
    };
    try {
      await run(calculator, METER_CYCLES, WARM_UP);
    } finally {
      Element.prototype.remove = realRemove;
    }
    const leaked = delta(base, await measure());
    for (const listener of listeners.splice(0)) window.removeEventListener('resize', listener);
    kept.length = 0;
    const released = delta(base, await measure());
    console.log(`heap: meter check, ${METER_CYCLES} calculator cycles with the elements and a listener each kept: ${show(leaked)}; released: ${show(released)}`);
    expect(leaked.nodes, `nodes of ${METER_CYCLES} kept calculators`).to.be.above(METER_CYCLES * 100);
    expect(leaked.listeners, `listeners of ${METER_CYCLES} kept calculators`).to.be.at.least(METER_CYCLES);
    expect(leaked.heap, `heap of ${METER_CYCLES} kept calculators`).to.be.above(FIRST_BATCH_HEAP);
    expect(released.nodes, 'nodes once released').to.be.at.most(NODE_NOISE);
    expect(released.listeners, 'listeners once released').to.be.at.most(LISTENER_NOISE);
  });

  for (const workload of WORKLOADS) {
    it(`<${workload.tag}>: ${workload.cycles} cycles, twice, leave nodes, listeners, documents and heap at the baseline`, async function () {
      this.timeout(60000);
      const started = performance.now();
      await run(workload, WARM_UP, 0);
      const base = await measure();
      await run(workload, workload.cycles, WARM_UP);
      const first = await measure();
      const d1 = delta(base, first);
      const report = (batch2: string): void =>
        console.log(
          `heap: <${workload.tag}> baseline ${absolute(base)} | batch 1 (${workload.cycles} cycles): ${show(d1)} | ${batch2} | ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      // A leak fails here, before a second batch would slow down under its weight.
      try {
        expectNoGrowth('batch 1', d1);
        expect(d1.heap, 'batch 1: JS heap growth').to.be.below(FIRST_BATCH_HEAP);
      } catch (error) {
        report('batch 2 not run');
        throw error;
      }
      await run(workload, workload.cycles, WARM_UP + workload.cycles);
      const second = await measure();
      const d2 = delta(first, second);
      report(`batch 2 (${workload.cycles} cycles): ${show(d2)} | after both: ${absolute(second)}`);
      expectNoGrowth('batch 2', d2);
      expectNoGrowth('both batches', delta(base, second));
      expect(d2.heap, 'batch 2: JS heap growth').to.be.below(secondBatchHeap(workload.cycles));
    });
  }
});
