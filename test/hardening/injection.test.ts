/**
 * Hostile text everywhere a page, a shared link, custom rules or a visitor can put text: every attribute and
 * string property of the seven elements, plan and family names and the version in custom rules, the text
 * fields, and a `?idv=` link opened with `sync-url`. Nothing may run (window.__pwned stays unset), no
 * element the probe spells (`img`, `script`, `svg`, `style`, …) may appear beyond those the element renders
 * itself, text that is shown shows as the text it is, nothing is thrown, and the figures stay sane or a
 * clear error says what is wrong.
 *
 * Depth (test/helpers/depth.ts): `npm run test:deep` sends every probe everywhere. `npm test` sends each place
 * every other probe, the next place the others, so each probe still reaches every element and every kind of
 * place.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/pricing-calculator/pricing-calculator.js';
// The calculator loads these only when a tool opens; the probes drive them directly.
import '../../src/components/estimate/estimate.js';
import '../../src/components/compare/compare.js';
import '../../src/components/cost-chart/cost-chart.js';
import '../../src/components/quota-planner/quota-planner.js';
import '../../src/components/refund-estimator/refund-estimator.js';
import '../../src/components/billing-calendar/billing-calendar.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import { DEFAULT_RULES, FAMILY_IDS, PLAN_IDS } from '../../src/engine/index.js';
import { collectErrors, control, messageOf, norm, root, text } from '../helpers/dom.js';
import { choose, engineQuote, expectFigures, expectSane, pasteInto, resultsText, settle, showsKeptLast, typeInto } from '../helpers/calculator.js';
import { halfOf } from '../helpers/depth.js';
import { zhCN, en } from '../helpers/strings.js';
// Shared with the server-rendering probes (scripts/packed-ssr-probes.mjs, test/frameworks/ssr-probes.test.ts).
import { LONG_TEXT, PROBES } from './probes.mjs';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** The probes tried in each attribute of the other elements alone (every probe goes into all of them at once). */
const CORE: readonly string[] = [...PROBES.slice(0, 3), LONG_TEXT, '__proto__'];

/** Elements a probe spells; a shadow root may hold no more of them than the element renders on its own. */
const WATCHED = ['img', 'script', 'svg', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'foreignobject'];

/** Every element in `node`'s shadow root, and in the shadow roots inside it. */
function shadowElements(node: Element): Element[] {
  const sr = node.shadowRoot;
  if (!sr) return [];
  const inside = [...sr.querySelectorAll('*')];
  return [...inside, ...inside.flatMap((e) => shadowElements(e))];
}

function counts(el: Element): Record<string, number> {
  const all = shadowElements(el);
  return Object.fromEntries(WATCHED.map((tag) => [tag, all.filter((e) => e.localName.toLowerCase() === tag).length]));
}

/** What the probe could not have been allowed to create: handlers, script URLs, srcdoc. */
function expectNoActiveContent(el: Element, clean: Record<string, number>, label: string): void {
  const now = counts(el);
  for (const tag of WATCHED) expect(now[tag], `${label}: <${tag}> elements`).to.be.at.most(clean[tag] ?? 0);
  for (const e of [el, ...shadowElements(el)]) {
    for (const a of e.getAttributeNames()) {
      expect(a, `${label}: an event-handler attribute on <${e.localName}>`).to.not.match(/^on/i);
      expect(a, `${label}: srcdoc on <${e.localName}>`).to.not.equal('srcdoc');
    }
    const href = e.getAttribute('href') ?? e.getAttribute('xlink:href') ?? e.getAttribute('src') ?? e.getAttribute('action');
    // eslint-disable-next-line no-control-regex
    if (href !== null) expect(href.replace(/[\u0000-\u0020]/g, ''), `${label}: a link`).to.not.match(/^(javascript|data|vbscript):/i);
  }
}

/** No figure is NaN, Infinity, undefined, null or [object …] (the probe texts contain none of them). */
function expectSaneText(el: Element, label: string): void {
  const all = norm([el, ...shadowElements(el)].map((e) => (e.shadowRoot ? [...e.shadowRoot.childNodes].map((n) => n.textContent).join(' ') : '')).join(' '));
  expect(all, `${label}: shadow text`).to.not.match(/NaN|Infinity|undefined|\bnull\b|\[object/);
}

const PAGE_SCRIPTS = document.querySelectorAll('script').length;

/** Waits for what a probe could have started (an image's error, an SVG's load) and checks nothing ran. */
async function expectNothingRan(): Promise<void> {
  await aTimeout(50);
  expect(window.__pwned, 'window.__pwned').to.equal(undefined);
  expect(document.querySelectorAll('body img, body svg, body iframe, body style').length, 'markup in the page').to.equal(0);
  expect(document.querySelectorAll('script').length, 'scripts in the page').to.equal(PAGE_SCRIPTS);
}

/** Runs `fn`, then fails on any error it caused (thrown, or reported to the window). */
async function noErrors(fn: () => Promise<void>): Promise<void> {
  const errors = await collectErrors(async () => {
    await fn();
    // An <img> or <svg> a probe had created would fire its handler even after its element was removed.
    await expectNothingRan();
  });
  expect(errors.map(String)).to.deep.equal([]);
}

/** A container on the page for elements built one by one. */
async function stage(): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div lang="en"></div>`);
}

/** Lets an element render, run what follows its update, and render again. */
async function updated(el: HTMLElement): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await aTimeout(0);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** An element with `attrs`, mounted in `host` and rendered. */
async function mount<T extends HTMLElement>(host: HTMLElement, tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  host.append(el);
  await updated(el);
  return el;
}

/** Custom rules, valid, with every plan and family name and the version replaced by `probe`. */
function rulesNamed(probe: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const data: any = JSON.parse(JSON.stringify(DEFAULT_RULES));
  data.version = probe;
  for (const id of PLAN_IDS) data.plans[id].name = { zh: `${probe}·${id}`, en: `${probe}·${id}` };
  for (const id of FAMILY_IDS) data.families[id].name = { zh: probe, en: probe };
  return data;
}

const DEFAULTS = { plan: 'app', volume: '10000', period: 'day' } as const;

afterEach(() => {
  delete window.__pwned;
});

describe('injection probes', () => {
  describe('calculator attributes', () => {
    /** The attribute, and the others a case needs so the field it sets is on screen. */
    const CASES: readonly { attr: string; base: Record<string, string> }[] = [
      { attr: 'plan', base: {} },
      { attr: 'volume', base: {} },
      { attr: 'period', base: {} },
      { attr: 'pass-rate', base: { plan: 'alipay-mini' } },
      { attr: 'photo-size', base: {} },
      { attr: 'retention-days', base: {} },
      { attr: 'peak-share', base: {} },
      // Over the QPS limit, so the contact link would be rendered if the href were accepted.
      { attr: 'contact-href', base: { plan: 'h5', volume: '2000000', 'peak-share': '12' } },
      { attr: 'scenario', base: {} },
      { attr: 'lang', base: {} },
      { attr: 'theme', base: {} },
    ];
    const FIELDS: Record<string, string> = {
      volume: en.volume,
      'pass-rate': en.passRate,
      'photo-size': en.photoSize,
      'retention-days': en.retention,
      'peak-share': en.peakShare,
    };

    /** A valid value of each attribute, to go back to after a probe. */
    const VALID: Record<string, string> = {
      plan: 'app',
      volume: '10000',
      period: 'day',
      'pass-rate': '100',
      'photo-size': '0.1',
      'retention-days': '30',
      'peak-share': '',
      'contact-href': '',
      scenario: '',
      lang: 'en',
      theme: 'auto',
    };
    const hintOf = (attr: string): string =>
      // Photo size and retention show no hint (their line holds errors only).
      ({ volume: en.volumeHint, 'pass-rate': en.passRateHint, 'photo-size': '', 'retention-days': '', 'peak-share': en.peakShareHint })[attr] ?? '';

    for (const [n, { attr, base }] of CASES.entries()) {
      it(`should treat every probe in ${attr} as text`, async () => {
        const host = await stage();
        const clean = counts(await mount(host, 'idv-pricing-calculator', { lang: 'en', ...base }));
        // One element takes each probe after rendering (as a script sets it), and goes back to a valid value.
        const later = await mount<IdvPricingCalculator>(host, 'idv-pricing-calculator', { lang: 'en', ...base });
        await noErrors(async () => {
          for (const probe of halfOf(PROBES, n % 2)) {
            const label = `${attr}=${JSON.stringify(probe.slice(0, 40))}`;
            // A fresh one has it before its first render, as parsed markup does.
            const fresh = await mount<IdvPricingCalculator>(host, 'idv-pricing-calculator', { lang: 'en', ...base, [attr]: probe });
            later.setAttribute(attr, probe);
            await settle(later);
            for (const el of [fresh, later]) {
              expectSane(el);
              expectNoActiveContent(el, clean, label);
              const field = FIELDS[attr];
              if (field) {
                // The field shows what was set, as text; a probe that is no number is an error next to it.
                const input = control(el, field);
                expect(input.value, label).to.equal(probe);
                if (input.getAttribute('aria-invalid') === 'true') {
                  // Invalid from the start there are no figures yet; set later, the last valid ones stay.
                  if (el === fresh) expect(resultsText(el), `${label}: no figures yet`).to.include(norm(en.noQuote));
                  else expect(showsKeptLast(el), `${label}: figures kept`).to.equal(true);
                  expect(text(messageOf(el, input)), `${label}: a message`).to.not.equal(norm(hintOf(attr)));
                }
              }
              if (attr === 'plan') expect(text(root(el)), `${label}: unknown plan named`).to.include(norm(probe));
              if (attr === 'contact-href') {
                for (const a of root(el).querySelectorAll('a')) expect(['http:', 'https:', 'mailto:'], label).to.include(a.protocol);
              }
              if (attr === 'scenario') expect(root(el).querySelector('[part~="notice"]'), `${label}: link problem`).to.be.instanceOf(Element);
              if (attr === 'lang' || attr === 'theme' || attr === 'contact-href') expectFigures(el, engineQuote({ ...DEFAULTS, ...(attr === 'contact-href' ? { plan: 'h5', volume: '2000000', peakHourShare: '12' } : {}) }));
            }
            fresh.remove();
            later.setAttribute(attr, base[attr] ?? VALID[attr]!);
            await settle(later);
            expect(later.quote, `${label}: back to valid`).to.not.equal(null);
            expect(showsKeptLast(later), `${label}: back to valid`).to.equal(false);
          }
        });
      });
    }
  });

  describe('custom rules', () => {
    for (const [n, lang] of (['en', 'zh-CN'] as const).entries()) {
      it(`should show plan and family names and the version from rules as text (${lang})`, async () => {
        const host = await stage();
        const clean = counts(await mount(host, 'idv-pricing-calculator', { lang }));
        await noErrors(async () => {
          for (const probe of halfOf(PROBES, n)) {
            const label = `rules named ${JSON.stringify(probe.slice(0, 40))}`;
            const el = await mount<IdvPricingCalculator>(host, 'idv-pricing-calculator', { lang }, { rules: rulesNamed(probe) });
            await settle(el);
            expect(el.quote, `${label}: rules accepted`).to.not.equal(null);
            expectFigures(el, engineQuote(DEFAULTS), lang);
            expectNoActiveContent(el, clean, label);
            const select = control<HTMLSelectElement>(el, lang === 'en' ? en.plan : zhCN.plan);
            expect(text(select.selectedOptions[0]), `${label}: the plan's name`).to.include(norm(`${probe}·app`));
            expect([...select.querySelectorAll('optgroup')].map((g) => g.label), `${label}: family names`).to.deep.equal(FAMILY_IDS.map(() => probe));
            expect(text(root(el).querySelector('[part~="header"]')), `${label}: version`).to.include(norm(probe));
            // Another plan, picked from the select: its name shows too.
            await choose(el, select, 'face-compare');
            expect(text(select.selectedOptions[0]), label).to.include(norm(`${probe}·face-compare`));
            expectNoActiveContent(el, clean, label);
            el.remove();
          }
        });
      });
    }
  });

  describe('text fields typed by a visitor', () => {
    const FIELDS = [en.volume, en.passRate, en.photoSize, en.retention, en.peakShare];

    it('should keep every pasted probe as the field text, flag it and keep the last valid figures', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" plan="alipay-mini" volume="10000" period="day"></idv-pricing-calculator>`);
      await settle(el);
      const clean = counts(el);
      const expected = engineQuote({ plan: 'alipay-mini', volume: '10000', period: 'day' });
      await noErrors(async () => {
        for (const [n, label] of FIELDS.entries()) {
          for (const probe of halfOf(PROBES, n % 2)) {
            // The plan stores no photos: switch to one that shows those fields, and back.
            const plan = label === en.photoSize || label === en.retention ? 'app' : 'alipay-mini';
            if (el.plan !== plan) await choose(el, control<HTMLSelectElement>(el, en.plan), plan);
            const input = control(el, label);
            const before = input.value;
            await pasteInto(el, input, probe);
            const what = `${label} ← ${JSON.stringify(probe.slice(0, 40))}`;
            expect(input.value, what).to.equal(probe);
            expectNoActiveContent(el, clean, what);
            if (input.getAttribute('aria-invalid') === 'true') {
              expect(showsKeptLast(el), `${what}: figures kept`).to.equal(true);
              expect(text(root(el).getElementById(input.getAttribute('aria-describedby')!)), `${what}: message`).to.not.equal('');
            }
            await pasteInto(el, input, before);
          }
        }
        await choose(el, control<HTMLSelectElement>(el, en.plan), 'alipay-mini');
        expectFigures(el, expected);
      });
    });

    it('should take probes typed key by key without running or showing markup', async () => {
      const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
      await settle(el);
      const clean = counts(el);
      await noErrors(async () => {
        for (const probe of PROBES.filter((p) => p.length < 60 && !p.includes('\u0000'))) {
          const input = control(el, en.volume);
          await typeInto(el, input, probe);
          expect(input.value).to.equal(probe);
          expectNoActiveContent(el, clean, probe);
        }
        await typeInto(el, control(el, en.volume), '10000');
        expectFigures(el, engineQuote(DEFAULTS));
      });
    });
  });

  describe('a shared ?idv= link with sync-url', () => {
    const startUrl = location.href;
    afterEach(() => history.replaceState(null, '', startUrl));

    it('should refuse each hostile link with a message, keep the defaults and leave the URL alone', async () => {
      const host = await stage();
      const clean = counts(await mount(host, 'idv-pricing-calculator', { lang: 'en' }));
      const short = PROBES.filter((p) => p.length < 60);
      const links = [...PROBES, ...short.flatMap((p) => [
        `v1;${p}:10000/day`,
        `v1;app:${p}/day`,
        `v1;app:10000/day,photo:${p}`,
        `v1;app:10000/day;alert:${p}`,
      ])];
      await noErrors(async () => {
        for (const link of links) {
          const label = `?idv=${JSON.stringify(link.slice(0, 50))}`;
          history.replaceState(null, '', `?idv=${encodeURIComponent(link)}`);
          const search = location.search;
          const el = await mount<IdvPricingCalculator>(host, 'idv-pricing-calculator', { lang: 'en', 'sync-url': '' });
          await settle(el);
          expectNoActiveContent(el, clean, label);
          const notice = root(el).querySelector('[part~="notice"]');
          expect(notice, `${label}: why it could not be opened`).to.be.instanceOf(Element);
          expect(text(notice)).to.not.equal('');
          expectFigures(el, engineQuote(DEFAULTS));
          expect(location.search, `${label}: URL`).to.equal(search);
          el.remove();
        }
      });
    });
  });

  describe('the other elements', () => {
    type Case = { tag: string; attrs: readonly string[]; props?: (probe: string) => Record<string, unknown> };
    const line = (p: string): Record<string, string> => ({ plan: p, volume: p, period: p, passRate: p, photoSize: p, retentionDays: p, peakShare: p });
    const CASES: readonly Case[] = [
      { tag: 'idv-estimate', attrs: ['lang', 'theme'], props: (p) => ({ lines: [line(p), { ...line(p), plan: 'app' }, { plan: 'h5', volume: p, period: 'day' }] }) },
      { tag: 'idv-compare', attrs: ['lang', 'theme'], props: (p) => ({ scenarios: [line(p), { ...line(p), plan: 'alipay-mini' }, { plan: 'app', volume: p, period: 'day' }] }) },
      { tag: 'idv-cost-chart', attrs: ['family', 'plan', 'units', 'lang', 'theme'] },
      {
        tag: 'idv-quota-planner',
        attrs: ['family', 'daily-usage', 'threshold', 'start', 'today', 'lang', 'theme'],
        props: (p) => ({ packs: [{ units: p, boughtAt: p }, { units: '100000', boughtAt: p }, { units: p, boughtAt: '2020-01-01' }] }),
      },
      {
        tag: 'idv-refund-estimator',
        attrs: ['family', 'pack-size', 'paid', 'used-units', 'mode', 'purchased-on', 'today', 'days-since-purchase', 'lang', 'theme'],
      },
      { tag: 'idv-billing-calendar', attrs: ['month', 'daily-bill', 'balance', 'today', 'lang', 'theme'] },
    ];

    for (const [n, c] of CASES.entries()) {
      it(`should treat probes in <${c.tag}>'s ${[...c.attrs, ...(c.props ? ['properties'] : [])].join(', ')} and its rules' names as text`, async () => {
        const host = await stage();
        const clean = counts(await mount(host, c.tag, { lang: 'en' }));
        // One element takes each variant after rendering (as a script sets it) and then loses it again.
        const later = await mount(host, c.tag, { lang: 'en' });
        const initial = document.createElement(c.tag) as unknown as Record<string, unknown>;
        await noErrors(async () => {
          for (const probe of halfOf(PROBES, n % 2)) {
            const label = `<${c.tag}> ${JSON.stringify(probe.slice(0, 40))}`;
            const variants: { attrs: Record<string, string>; props: Record<string, unknown>; fresh: boolean }[] = [
              // Each attribute alone (so no other bad value stops the element early), for the main probes.
              ...(CORE.includes(probe) ? c.attrs.map((a) => ({ attrs: { lang: 'en', [a]: probe }, props: {}, fresh: false })) : []),
              {
                attrs: Object.fromEntries([['lang', 'en'], ...c.attrs.filter((a) => a !== 'lang').map((a) => [a, probe])]),
                props: c.props?.(probe) ?? {},
                fresh: true,
              },
              { attrs: { lang: 'en' }, props: { rules: rulesNamed(probe) }, fresh: true },
            ];
            for (const v of variants) {
              // A fresh element has them before its first render, as parsed markup does.
              const fresh = v.fresh ? await mount(host, c.tag, v.attrs, v.props) : null;
              for (const [name, value] of Object.entries(v.attrs)) later.setAttribute(name, value);
              Object.assign(later, v.props);
              await updated(later);
              for (const el of fresh ? [fresh, later] : [later]) {
                expectNoActiveContent(el, clean, label);
                expectSaneText(el, label);
                if ('rules' in v.props) {
                  // Custom rules with hostile names load (they are valid); the version or family name shows as text.
                  expect(text(el.shadowRoot), `${label}: version`).to.include(norm(probe));
                }
              }
              fresh?.remove();
              for (const name of Object.keys(v.attrs)) if (name !== 'lang') later.removeAttribute(name);
              Object.assign(later, Object.fromEntries(Object.keys(v.props).map((k) => [k, initial[k]])));
              await (later as unknown as { updateComplete: Promise<unknown> }).updateComplete;
              expectSaneText(later, `${label}, then removed`);
            }
          }
        });
      });
    }
  });
});

describe('regressions', () => {
  it('should show a quota planner pack whose size from code is no number as text, not throw while rendering', async () => {
    // Found by the probes: `.packs = [{ units: 'abc', … }]` threw InputError "amount: "abc" is not a decimal
    // number" from the size select's label (formatCount), so the planner stopped rendering.
    const t: readonly (readonly [string, string])[] = [
      ['abc', 'abc'],
      ['<img src=x onerror="window.__pwned=1">', '<img src=x onerror="window.__pwned=1">'],
      ['1e5', '1e5'],
      ['-5', '-5 units'],
      ['1.5', '1.5 units'],
    ];
    for (const [units, shown] of t) {
      const errors = await collectErrors(async () => {
        const el = await fixture<HTMLElement & { packs: unknown; updateComplete: Promise<unknown> }>(
          html`<idv-quota-planner lang="en" today="2020-03-01" .packs=${[{ units, boughtAt: '2020-01-01' }]}></idv-quota-planner>`,
        );
        await el.updateComplete;
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-size-0"], .pack-row select')!;
        expect(select.value, units).to.equal(units);
        expect(norm(select.selectedOptions[0]!.textContent ?? ''), units).to.equal(norm(shown));
        expect(el.shadowRoot!.querySelector('[part~="error"]'), `${units}: the row's error`).to.be.instanceOf(Element);
      });
      expect(errors.map(String), units).to.deep.equal([]);
    }
  });
});

describe('regressions: a removed attribute', () => {
  // Found next to the probes: removing a string attribute set its property to null (Lit's default for a
  // missing attribute), and the next render threw, e.g. `removeAttribute('volume')` on the calculator:
  // "TypeError: Cannot read properties of null (reading 'normalize')"; `plan` showed "Unknown plan null".
  // A removed attribute now means the property's default, as if it had never been set.
  const ATTRIBUTES: Record<string, Record<string, string>> = {
    'idv-pricing-calculator': {
      plan: 'face-compare',
      volume: '5万',
      period: 'year',
      'pass-rate': '85',
      'photo-size': '0.2',
      'retention-days': '60',
      'peak-share': '12',
      'contact-href': '/contact',
      scenario: 'v1;h5:7/day',
    },
    'idv-cost-chart': { family: 'liveness', plan: 'h5', units: '3650000' },
    'idv-quota-planner': { family: 'liveness', 'daily-usage': '2000', threshold: '30', start: '2020-01-02', today: '2020-01-01' },
    'idv-refund-estimator': {
      family: 'liveness',
      'pack-size': '100000',
      paid: '16380',
      'used-units': '10',
      mode: 'days',
      'purchased-on': '2020-01-01',
      today: '2020-01-03',
      'days-since-purchase': '2',
    },
    'idv-billing-calendar': { month: '2020-01', 'daily-bill': '1000', balance: '20000', today: '2020-01-15' },
  };
  const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

  for (const [tag, attrs] of Object.entries(ATTRIBUTES)) {
    it(`should take a removed ${tag} attribute as its default, without throwing`, async () => {
      const host = await stage();
      const defaults = document.createElement(tag) as unknown as Record<string, unknown>;
      const errors = await collectErrors(async () => {
        for (const [name, value] of Object.entries(attrs)) {
          const el = await mount(host, tag, { lang: 'en', [name]: value });
          el.removeAttribute(name);
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const prop = name === 'retention-days' ? 'retentionDays' : camel(name);
          expect((el as unknown as Record<string, unknown>)[prop], `${name} removed`).to.equal(defaults[prop]);
          expectSaneText(el, `${tag} without ${name}`);
          el.remove();
        }
      });
      expect(errors.map(String)).to.deep.equal([]);
    });
  }

  it('should show the default figures again when the calculator loses its volume attribute', async () => {
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" volume="5万"></idv-pricing-calculator>`);
    await settle(el);
    el.removeAttribute('volume');
    await settle(el);
    expect(control(el, en.volume).value).to.equal('10000');
    expectFigures(el, engineQuote(DEFAULTS));
  });
});
