/**
 * Many calculators on one page, and many lifetimes of one: fifty calculators keep their own figures,
 * events, locale and plan while their neighbours change; all fifty can be removed and added back; and
 * hundreds of mount / change / unmount cycles leave no document listener, no locale observer and no
 * pending timer behind, and nothing fires from a removed element.
 *
 * Depth: `npm test` runs 80 of those cycles, `npm run test:deep` 320 (test/helpers/depth.ts).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import { PLAN_IDS } from '../../src/engine/index.js';
import type { Period, PlanId } from '../../src/engine/index.js';
import type { Locale } from '../../src/i18n/format.js';
import { collectErrors, control, root, text } from '../helpers/dom.js';
import { choose, engineQuote, expectFigures, figuresShown, recordChanges, settle, typeInto } from '../helpers/calculator.js';
import type { Inputs } from '../helpers/calculator.js';
import { en, zhCN } from '../helpers/strings.js';
import { runs } from '../helpers/depth.js';

const COUNT = 50;
const PERIODS: readonly Period[] = ['day', 'month', 'year'];

/** Calculator i's own scenario and locale: every plan, period and both locales appear. */
function inputsOf(i: number): Inputs & { lang: Locale } {
  return {
    plan: PLAN_IDS[i % PLAN_IDS.length]!,
    volume: String(1000 * (i + 1) + i),
    period: PERIODS[i % PERIODS.length]!,
    lang: i % 2 === 0 ? 'en' : 'zh-CN',
  };
}

const t = (locale: Locale) => (locale === 'en' ? en : zhCN);

/** Fifty calculators in one container, each with its own plan, volume, period and lang. */
async function page(): Promise<{ host: HTMLElement; calcs: IdvPricingCalculator[] }> {
  const host = await fixture<HTMLElement>(html`
    <div>
      ${Array.from({ length: COUNT }, (_, i) => {
        const s = inputsOf(i);
        return html`<idv-pricing-calculator
          data-i=${i}
          lang=${s.lang}
          plan=${s.plan}
          volume=${s.volume}
          period=${s.period}
          no-toolbar
        ></idv-pricing-calculator>`;
      })}
    </div>
  `);
  const calcs = [...host.querySelectorAll<IdvPricingCalculator>('idv-pricing-calculator')];
  await Promise.all(calcs.map((c) => settle(c)));
  return { host, calcs };
}

/** The calculator shows its own scenario, in its own locale, with its own plan selected. */
function expectOwn(el: IdvPricingCalculator, i: number, inputs: Inputs = inputsOf(i), locale: Locale = inputsOf(i).lang): void {
  expect(el.plan, `#${i} plan`).to.equal(inputs.plan);
  expect(control<HTMLSelectElement>(el, t(locale).plan).value, `#${i} plan select`).to.equal(inputs.plan);
  expect(root(el).querySelector('.base')?.getAttribute('lang'), `#${i} locale`).to.equal(locale);
  expect(text(root(el).querySelector('h2')), `#${i} title`).to.equal(t(locale).title);
  expectFigures(el, engineQuote(inputs), locale);
}

describe('many calculators on one page', () => {
  it('should change only #17 when a visitor types into its volume, with idv-change from #17 alone', async () => {
    const { calcs } = await page();
    const before = calcs.map((c) => figuresShown(c));
    const target = calcs[17]!;
    const fromTarget: Event[] = [];
    target.addEventListener('idv-change', (e) => fromTarget.push(e));
    const changes = recordChanges();
    const errors = await collectErrors(async () => {
      await typeInto(target, control(target, t(inputsOf(17).lang).volume), '1.2万');
    });
    changes.stop();
    expect(errors.map(String)).to.deep.equal([]);

    expect(changes.events.length, 'idv-change events').to.be.above(0);
    expect(changes.events.every((e) => e.target === target), 'every idv-change from #17').to.equal(true);
    expect(fromTarget.length).to.equal(changes.events.length);
    expect(changes.events.at(-1)!.detail.scenario.volume).to.equal('12000');

    calcs.forEach((c, i) => {
      if (i === 17) {
        expect(figuresShown(c), '#17 changed').to.not.deep.equal(before[i]);
        expectOwn(c, i, { ...inputsOf(i), volume: '12000' });
      } else {
        expect(figuresShown(c), `#${i} unchanged`).to.deep.equal(before[i]);
      }
    });
    // Spot-check the figures of neighbours and far ones against the engine.
    for (const i of [0, 16, 18, 49]) expectOwn(calcs[i]!, i);
  });

  it('should keep each locale and plan while others change theirs, and while the page changes its lang', async () => {
    const { calcs } = await page();
    const changes = recordChanges();
    const docLang = document.documentElement.lang;
    try {
      // #3 (zh-CN) switches to en by attribute; #5 (a visitor) picks another plan; #8 is set from code.
      calcs[3]!.setAttribute('lang', 'en');
      await choose(calcs[5]!, control<HTMLSelectElement>(calcs[5]!, t(inputsOf(5).lang).plan), 'face-compare');
      calcs[8]!.plan = 'server';
      document.documentElement.lang = 'zh-CN';
      await Promise.all(calcs.map((c) => settle(c)));
      document.documentElement.lang = 'en';
      await Promise.all(calcs.map((c) => settle(c)));

      expect(changes.events.map((e) => (e.target as HTMLElement).dataset.i), 'only the visitor’s change is an event').to.deep.equal(['5']);
      calcs.forEach((c, i) => {
        if (i === 3) expectOwn(c, i, inputsOf(i), 'en');
        else if (i === 5) expectOwn(c, i, { ...inputsOf(i), plan: 'face-compare' as PlanId });
        else if (i === 8) expectOwn(c, i, { ...inputsOf(i), plan: 'server' });
        else expectOwn(c, i);
      });
    } finally {
      document.documentElement.lang = docLang;
      changes.stop();
    }
  });

  it('should survive removing all fifty and adding them back, keeping each one’s state', async () => {
    const { host, calcs } = await page();
    await typeInto(calcs[17]!, control(calcs[17]!, t(inputsOf(17).lang).volume), '777');
    const before = calcs.map((c) => figuresShown(c));
    const changes = recordChanges();
    const errors = await collectErrors(async () => {
      for (const c of calcs) c.remove();
      await aTimeout(0);
      expect(host.children.length).to.equal(0);
      for (const c of calcs) host.append(c);
      await Promise.all(calcs.map((c) => settle(c)));
    });
    expect(errors.map(String)).to.deep.equal([]);
    expect(changes.events, 'no idv-change from moving elements').to.have.length(0);
    calcs.forEach((c, i) => expect(figuresShown(c), `#${i} after re-adding`).to.deep.equal(before[i]));
    expectOwn(calcs[17]!, 17, { ...inputsOf(17), volume: '777' });

    // Still live and still independent after coming back.
    await typeInto(calcs[40]!, control(calcs[40]!, t(inputsOf(40).lang).volume), '5000');
    changes.stop();
    expect(changes.events.length).to.be.above(0);
    expect(changes.events.every((e) => e.target === calcs[40])).to.equal(true);
    calcs.forEach((c, i) => {
      if (i !== 40) expect(figuresShown(c), `#${i}`).to.deep.equal(before[i]);
    });
    expectOwn(calcs[40]!, 40, { ...inputsOf(40), volume: '5000' });
  });
});

describe('mounting and unmounting a calculator many times', () => {
  /**
   * Counts what the page gives out while `fn` runs: listeners added to document and window and not removed,
   * MutationObservers observing and not disconnected, timers set and neither cleared nor run yet.
   */
  async function tracked(fn: () => Promise<void>): Promise<{ listeners: number; observers: number; timers: number; fired: number }> {
    // A listener is identified as the browser does: target, type, capture flag and the listener itself.
    const listeners = new Set<string>();
    const listenerIds = new Map<unknown, number>();
    const idOf = (l: unknown): number => listenerIds.get(l) ?? listenerIds.set(l, listenerIds.size).get(l)!;
    const key = (target: string, type: string, l: unknown, options: unknown): string =>
      `${target}|${type}|${typeof options === 'boolean' ? options : Boolean((options as EventListenerOptions | undefined)?.capture)}|${idOf(l)}`;
    const patched: (() => void)[] = [];
    for (const [name, target] of [
      ['document', document],
      ['window', window],
    ] as const) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      target.addEventListener = function (this: EventTarget, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | AddEventListenerOptions) {
        listeners.add(key(name, type, l, o));
        return add.call(this, type, l as EventListenerOrEventListenerObject, o);
      } as typeof add;
      target.removeEventListener = function (this: EventTarget, type: string, l: EventListenerOrEventListenerObject | null, o?: boolean | EventListenerOptions) {
        listeners.delete(key(name, type, l, o));
        return remove.call(this, type, l as EventListenerOrEventListenerObject, o);
      } as typeof remove;
      patched.push(() => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      });
    }

    const observing = new Set<MutationObserver>();
    const proto = MutationObserver.prototype;
    const observe = proto.observe;
    const disconnect = proto.disconnect;
    proto.observe = function (this: MutationObserver, ...args: Parameters<typeof observe>) {
      observing.add(this);
      return observe.apply(this, args);
    };
    proto.disconnect = function (this: MutationObserver) {
      observing.delete(this);
      return disconnect.call(this);
    };
    patched.push(() => {
      proto.observe = observe;
      proto.disconnect = disconnect;
    });

    const pending = new Set<number>();
    let fired = 0;
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id: number = realSet(
        (...a: unknown[]) => {
          pending.delete(id);
          fired++;
          if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...rest,
      );
      pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      realClear(id);
    }) as typeof window.clearTimeout;
    patched.push(() => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    });

    try {
      await fn();
      return { listeners: listeners.size, observers: observing.size, timers: pending.size, fired };
    } finally {
      for (const undo of patched.reverse()) undo();
      for (const id of pending) realClear(id);
    }
  }

  const CYCLES = runs(320);

  it(`should leave no listener, observer or timer behind after ${CYCLES} mount / change / unmount cycles`, async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const removed: IdvPricingCalculator[] = [];
    const heard: string[] = [];
    const errors = await collectErrors(async () => {
      const counts = await tracked(async () => {
        for (let i = 0; i < CYCLES; i++) {
          const el = document.createElement('idv-pricing-calculator');
          el.addEventListener('idv-change', () => heard.push(`#${i}`));
          el.setAttribute('plan', PLAN_IDS[i % PLAN_IDS.length]!);
          el.setAttribute('volume', String(100 + i));
          if (i % 2) el.setAttribute('lang', 'zh-CN');
          host.append(el);
          // Every way a lifetime can end: before the first render, right after it, after a change from
          // code (which schedules the 700 ms announcement) and with that change's update still pending.
          switch (i % 4) {
            case 0:
              break;
            case 1:
              await el.updateComplete;
              break;
            case 2:
              await el.updateComplete;
              el.volume = String(200 + i);
              await el.updateComplete;
              break;
            default:
              await el.updateComplete;
              el.volume = String(300 + i);
          }
          el.remove();
          removed.push(el);
        }
        // Let any update queued by the last removals run.
        await Promise.all(removed.slice(-4).map((el) => el.updateComplete));
      });
      expect(counts.listeners, 'document and window listeners still added').to.equal(0);
      expect(counts.observers, 'locale observers still observing').to.equal(0);
      expect(counts.timers, 'timers still pending').to.equal(0);
      expect(counts.fired, 'timers run').to.equal(0);
    });
    expect(errors.map(String)).to.deep.equal([]);
    expect(heard, 'idv-change from code or from removed elements').to.deep.equal([]);
  });

  it('should announce nothing and fire nothing from an element removed right after a visitor’s edit', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const startUrl = location.href;
    const removed: IdvPricingCalculator[] = [];
    const heard: string[] = [];
    try {
      const errors = await collectErrors(async () => {
        const counts = await tracked(async () => {
          for (let i = 0; i < 40; i++) {
            const el = document.createElement('idv-pricing-calculator');
            el.toggleAttribute('sync-url', true);
            el.addEventListener('idv-change', () => heard.push(`#${i}`));
            host.append(el);
            await el.updateComplete;
            // A visitor's edit (an input event), and the element is gone before its update runs.
            const input = control(el, en.volume);
            input.value = String(5000 + i);
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            el.remove();
            removed.push(el);
          }
          await Promise.all(removed.map((el) => el.updateComplete));
          await new Promise<void>((resolve) => queueMicrotask(resolve));
        });
        expect(counts.timers, 'timers still pending').to.equal(0);
        expect(counts.listeners, 'listeners still added').to.equal(0);
        expect(counts.observers, 'observers still observing').to.equal(0);
      });
      expect(errors.map(String)).to.deep.equal([]);
      expect(heard, 'idv-change from removed elements').to.deep.equal([]);
      expect(location.href, 'the URL, written by a removed element').to.equal(startUrl);
      for (const el of removed) expect(text(root(el).querySelector('[aria-live]')), 'announcement').to.equal('');
    } finally {
      history.replaceState(null, '', startUrl);
    }
  });
  // The five planning elements follow the same lifetime rules: a visitor's edit, then the host removes
  // the element before its update runs. The control run (not removed) shows the same edit does fire.
  const PLANNING = [
    ['idv-estimate', 'idv-estimate-change'],
    ['idv-compare', 'idv-compare-change'],
    ['idv-quota-planner', 'idv-quota-change'],
    ['idv-refund-estimator', 'idv-refund-change'],
    ['idv-billing-calendar', 'idv-billing-change'],
  ] as const;

  /** The first text field showing a plain number, and a different number a visitor could type into it. */
  function numberField(el: HTMLElement): { input: HTMLInputElement; next: string } {
    const input = [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input') ?? [])].find(
      (i) => i.type !== 'radio' && i.type !== 'checkbox' && /^\d+$/.test(i.value),
    );
    if (!input) throw new Error(`<${el.localName}> has no number field`);
    return { input, next: String(Number(input.value) + 7) };
  }

  for (const [tag, eventName] of PLANNING) {
    it(`<${tag}> should fire ${eventName} for a visitor's edit, and nothing once removed right after it`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const heard: string[] = [];
      // Control: the same edit on an element that stays.
      const kept = document.createElement(tag);
      kept.addEventListener(eventName, () => heard.push('kept'));
      host.append(kept);
      await (kept as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const field = numberField(kept);
      field.input.value = field.next;
      field.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await (kept as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await aTimeout(0);
      expect(heard, `${eventName} from the element that stayed`).to.deep.equal(['kept']);
      kept.remove();
      heard.length = 0;

      const removed: (HTMLElement & { updateComplete: Promise<boolean> })[] = [];
      const errors = await collectErrors(async () => {
        const counts = await tracked(async () => {
          for (let i = 0; i < 12; i++) {
            const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
            el.addEventListener(eventName, () => heard.push(`#${i}`));
            host.append(el);
            await el.updateComplete;
            const { input, next } = numberField(el);
            input.value = next;
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            el.remove();
            removed.push(el);
          }
          await Promise.all(removed.map((el) => el.updateComplete));
          await aTimeout(0);
        });
        expect(counts.timers, 'timers still pending').to.equal(0);
        expect(counts.listeners, 'listeners still added').to.equal(0);
        expect(counts.observers, 'observers still observing').to.equal(0);
      });
      expect(errors.map(String)).to.deep.equal([]);
      expect(heard, `${eventName} from removed elements`).to.deep.equal([]);
    });
  }
});

describe('regressions', () => {
  it('should not announce from a calculator removed with a change from code still to render', async () => {
    // Found by the cycles above: `el.volume = '300'; el.remove()` still ran the update, which scheduled the
    // 700 ms announcement after disconnectedCallback had cleared the timers; it fired on the removed element.
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
    el.volume = '300';
    el.remove();
    await el.updateComplete;
    expect(el.quote?.lines[0]?.input.volume, 'the update ran').to.equal('300');
    await aTimeout(800);
    await el.updateComplete;
    expect(text(root(el).querySelector('[aria-live]'))).to.equal('');
  });

  it('should neither fire idv-change nor write ?idv= from a sync-url calculator removed right after a visitor’s edit', async () => {
    // Found by the cycles above: an input event and then removal (e.g. a page leaving the view as a
    // visitor types) still dispatched idv-change from the removed element and replaced the page's URL.
    const startUrl = location.href;
    try {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" sync-url></idv-pricing-calculator>`);
      const heard: Event[] = [];
      el.addEventListener('idv-change', (e) => heard.push(e));
      const input = control(el, en.volume);
      input.value = '5000';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.remove();
      await el.updateComplete;
      await aTimeout(0);
      expect(heard).to.have.length(0);
      expect(location.href).to.equal(startUrl);
    } finally {
      history.replaceState(null, '', startUrl);
    }
  });
});
