/**
 * Model-based test of one calculator driven like a visitor: random sequences of typing into the volume
 * (typed key by key or pasted), picking a plan, a period, the first-purchase box, switching the lang, and
 * typing valid and invalid pass rates, photo sizes, retention days and peak shares. A small model keeps
 * each field's text and last valid value (what each text parses to is written down below, independently of
 * src/i18n/parse.ts). After every action nothing is thrown, the screen is sane, fields that do not parse
 * are flagged, and the figures are the engine's for the model's scenario when every visible field is
 * valid, else the last valid ones with the "last valid input" note.
 *
 * Depth: `npm test` runs 7 random sequences, `npm run test:deep` 25 (test/helpers/depth.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/pricing-calculator/pricing-calculator.js';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import { DEFAULT_RULES, InputError, PLAN_IDS } from '../../src/engine/index.js';
import type { Period, PlanId, Quote } from '../../src/engine/index.js';
import type { Locale } from '../../src/i18n/format.js';
import { control, findControl, root, watchErrors } from '../helpers/dom.js';
import { choose, engineQuote, expectFigures, expectSane, pasteInto, radio, settle, showsKeptLast, typeInto } from '../helpers/calculator.js';
import type { Inputs } from '../helpers/calculator.js';
import { en, zhCN } from '../helpers/strings.js';
import { runs } from '../helpers/depth.js';

type Field = 'volume' | 'passRate' | 'photoSize' | 'retention' | 'peakShare';

/**
 * [text, what it parses to (null: it does not), and for the volume typed key by key the last prefix that
 * parses when the whole text does not (undefined: none does, the field keeps its value; 'paste': the
 * text is only pasted, since which of its prefixes the engine accepts is not modelled)].
 */
type Entry = readonly [text: string, value: string | null, typedPrefix?: string];
const PASTE_ONLY = 'paste';

const VOLUMES: readonly Entry[] = [
  ['12000', '12000'],
  ['12,000', '12000'],
  ['１２０００', '12000'],
  ['1.2万', '12000'],
  ['２万', '20000'],
  ['5万次', '50000'],
  [' 3.5m ', '3500000'],
  ['1.5亿', '150000000'],
  ['0', '0'],
  ['1', '1'],
  ['999999', '999999'],
  ['10000', '10000'],
  ['1000000000000000000', '1000000000000000000', PASTE_ONLY], // 10^18 parses; the engine may refuse the year it makes
  ['10000000000000000000', null, PASTE_ONLY],
  ['abc', null],
  ['', null],
  ['1.5', null, '1'],
  ['-5', null],
  ['12,34', null, '12'],
  ['1e5', null, '1'],
  ['12x', null, '12'],
  ['NaN', null],
];
const PASS_RATES: readonly Entry[] = [
  ['85', '85'],
  ['85%', '85'],
  ['１００', '100'],
  ['33.3333', '33.3333'],
  ['0', '0'],
  ['100.5', '100.5'], // parses; the engine refuses above 100 %
  ['33.33333', null],
  ['abc', null],
  ['', null],
  ['-1', null],
];
const PHOTO_SIZES: readonly Entry[] = [
  ['0.1', '0.1'],
  ['0.25MB', '0.25'],
  ['2 MB', '2'],
  ['.5', '0.5'],
  ['0', '0'], // the engine wants more than 0
  ['2048', '2048'], // the engine refuses above 1024 MB
  ['x', null],
  ['', null],
  ['0.1234567', null],
];
const RETENTIONS: readonly Entry[] = [
  ['30', '30'],
  ['0', '0'],
  ['365', '365'],
  ['1万', '10000'],
  ['36501', '36501'], // the engine refuses above 100 years
  ['1.5', null],
  ['x', null],
  ['', null],
];
const PEAK_SHARES: readonly Entry[] = [
  ['', ''],
  ['12', '12'],
  ['12%', '12'],
  ['0', '0'],
  ['100', '100'],
  ['150', '150'], // the engine refuses above 100 %
  ['abc', null],
  ['-3', null],
];

type Action =
  | { readonly kind: 'text'; readonly field: Field; readonly entry: Entry; readonly typed: boolean }
  | { readonly kind: 'plan'; readonly plan: PlanId }
  | { readonly kind: 'period'; readonly period: Period }
  | { readonly kind: 'lang'; readonly lang: Locale }
  | { readonly kind: 'first' };

const entry = (list: readonly Entry[]): fc.Arbitrary<Entry> => fc.constantFrom(...list);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('text'), field: fc.constant('volume'), entry: entry(VOLUMES), typed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text'), field: fc.constant('passRate'), entry: entry(PASS_RATES), typed: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text'), field: fc.constant('photoSize'), entry: entry(PHOTO_SIZES), typed: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text'), field: fc.constant('retention'), entry: entry(RETENTIONS), typed: fc.constant(false) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text'), field: fc.constant('peakShare'), entry: entry(PEAK_SHARES), typed: fc.constant(false) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('plan'), plan: fc.constantFrom(...PLAN_IDS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('period'), period: fc.constantFrom<Period>('day', 'month', 'year') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lang'), lang: fc.constantFrom<Locale>('en', 'zh-CN') }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'first' } as const) },
) as fc.Arbitrary<Action>;

const t = (locale: Locale) => (locale === 'en' ? en : zhCN);
const LABELS: Record<Field, 'volume' | 'passRate' | 'photoSize' | 'retention' | 'peakShare'> = {
  volume: 'volume',
  passRate: 'passRate',
  photoSize: 'photoSize',
  retention: 'retention',
  peakShare: 'peakShare',
};

/** What the visitor sees and what the calculator should hold. */
interface Model {
  plan: PlanId;
  period: Period;
  lang: Locale;
  firstPurchase: boolean;
  /** Each field's text as typed, and whether it parses. */
  text: Record<Field, string>;
  parses: Record<Field, boolean>;
  /** Each field's last valid value. */
  value: Record<Field, string>;
  /** The scenario of the figures on screen. */
  shown: Inputs;
}

const visible = (m: Model, f: Field): boolean => {
  const plan = DEFAULT_RULES.plans[m.plan];
  if (f === 'passRate') return plan.metering === 'passed';
  if (f === 'photoSize' || f === 'retention') return plan.storesPhotos;
  return true;
};
const hasTrial = (m: Model): boolean => DEFAULT_RULES.families[DEFAULT_RULES.plans[m.plan].family].packs.some((p) => p.trial);

/** The scenario the model's fields make, as the calculator gives it to the engine (only what its plan uses). */
function scenarioOf(m: Model): Inputs {
  return {
    plan: m.plan,
    volume: m.value.volume,
    period: m.period,
    ...(visible(m, 'passRate') ? { passRate: m.value.passRate } : {}),
    ...(visible(m, 'photoSize') ? { photoSizeMB: m.value.photoSize, retentionDays: m.value.retention } : {}),
    ...(m.value.peakShare !== '' ? { peakHourShare: m.value.peakShare } : {}),
    firstPurchase: m.firstPurchase,
  };
}

/** The engine's quote, or null where it refuses the scenario (an InputError; anything else fails). */
function priced(inputs: Inputs): Quote | null {
  try {
    return engineQuote(inputs);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

/** Applies an action to the model; the figures follow when every visible field parses and the engine agrees. */
function step(m: Model, a: Action): void {
  if (a.kind === 'text') {
    if (!visible(m, a.field)) return; // the field is not on screen: the visitor cannot type into it
    const [text, value, prefix] = a.entry;
    if (value === null && typed(a) && prefix !== undefined) {
      // Typed key by key: the field went through its last valid prefix, and the figures with it.
      m.value[a.field] = prefix;
      m.parses[a.field] = true;
      follow(m);
    }
    m.text[a.field] = text;
    m.parses[a.field] = value !== null;
    if (value !== null) m.value[a.field] = value;
  } else if (a.kind === 'plan') m.plan = a.plan;
  else if (a.kind === 'period') m.period = a.period;
  else if (a.kind === 'lang') m.lang = a.lang;
  else if (hasTrial(m)) m.firstPurchase = !m.firstPurchase;
  follow(m);
}

const FIELDS: readonly Field[] = ['volume', 'passRate', 'photoSize', 'retention', 'peakShare'];

/** The figures follow the fields when every visible one parses and the engine takes the scenario. */
function follow(m: Model): void {
  if (FIELDS.every((f) => !visible(m, f) || m.parses[f]) && priced(scenarioOf(m))) m.shown = scenarioOf(m);
}

/** Whether a text action types key by key (else it pastes the text as one edit). */
const typed = (a: Action & { kind: 'text' }): boolean => a.typed && a.entry[2] !== PASTE_ONLY;

/** Does the action on the element, as a visitor (or, for lang, the page) would. */
async function act(el: IdvPricingCalculator, m: Model, a: Action): Promise<void> {
  const tr = t(m.lang);
  switch (a.kind) {
    case 'text': {
      const input = findControl(el, tr[LABELS[a.field]]);
      if (!input) return; // not shown for this plan: nothing to type into (the model skips it too)
      if (typed(a)) await typeInto(el, input, a.entry[0]);
      else await pasteInto(el, input, a.entry[0]);
      return;
    }
    case 'plan':
      await choose(el, control<HTMLSelectElement>(el, tr.plan), a.plan);
      return;
    case 'period':
      radio(el, a.period).click();
      await settle(el);
      return;
    case 'lang':
      el.setAttribute('lang', a.lang);
      await settle(el);
      return;
    case 'first': {
      const box = root(el).querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (box) {
        box.click();
        await settle(el);
      }
    }
  }
}

/** The element agrees with the model. */
function expectModel(el: IdvPricingCalculator, m: Model, label: string): void {
  expectSane(el);
  const tr = t(m.lang);
  const fields = FIELDS;
  for (const f of fields) {
    const input = findControl(el, tr[LABELS[f]]);
    expect(input !== null, `${label}: ${f} shown`).to.equal(visible(m, f));
    if (!input) continue;
    expect(input.value, `${label}: ${f} text`).to.equal(m.text[f]);
    if (!m.parses[f]) expect(input.getAttribute('aria-invalid'), `${label}: ${f} flagged`).to.equal('true');
  }
  expect(control<HTMLSelectElement>(el, tr.plan).value, `${label}: plan`).to.equal(m.plan);
  expect(radio(el, m.period).checked, `${label}: period`).to.equal(true);
  const current = scenarioOf(m);
  const valid = fields.every((f) => !visible(m, f) || m.parses[f]) && priced(current) !== null;
  if (valid) {
    for (const f of fields) {
      const input = findControl(el, tr[LABELS[f]]);
      if (input) expect(input.getAttribute('aria-invalid'), `${label}: ${f} valid`).to.equal('false');
    }
    expect(showsKeptLast(el, m.lang), `${label}: no "last valid" note`).to.equal(false);
    expectFigures(el, engineQuote(current), m.lang);
  } else {
    expect(showsKeptLast(el, m.lang), `${label}: "last valid" note`).to.equal(true);
  }
  expect(JSON.stringify(el.quote), `${label}: the quote on screen`).to.equal(JSON.stringify(engineQuote(m.shown)));
}

const describeAction = (a: Action): string =>
  a.kind === 'text' ? `${typed(a) ? 'type' : 'paste'} ${a.field} ${JSON.stringify(a.entry[0])}` : a.kind === 'first' ? 'toggle first purchase' : `${a.kind} ${Object.values(a)[1]}`;

/** Runs one sequence on a fresh calculator; returns the errors reported to the window. */
async function run(actions: readonly Action[]): Promise<void> {
  const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
  await settle(el);
  const m: Model = {
    plan: 'app',
    period: 'day',
    lang: 'en',
    firstPurchase: false,
    text: { volume: '10000', passRate: '100', photoSize: '0.1', retention: '30', peakShare: '' },
    parses: { volume: true, passRate: true, photoSize: true, retention: true, peakShare: true },
    value: { volume: '10000', passRate: '100', photoSize: '0.1', retention: '30', peakShare: '' },
    shown: { plan: 'app', volume: '10000', period: 'day', photoSizeMB: '0.1', retentionDays: '30', firstPurchase: false },
  };
  const watch = watchErrors();
  try {
    expectModel(el, m, 'initially');
    const done: string[] = [];
    for (const a of actions) {
      done.push(describeAction(a));
      const label = done.join(' → ');
      await act(el, m, a);
      step(m, a);
      expect(watch.errors.map(String), `${label}: errors`).to.deep.equal([]);
      expectModel(el, m, label);
    }
  } finally {
    watch.stop();
    el.remove();
  }
}

describe('calculator model', () => {
  it('should agree with the model after every action of random visitor sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 5, maxLength: 15 }), (actions) => run(actions)),
      { numRuns: runs(25) },
    );
  });
});

describe('counterexamples', () => {
  it('should price the plan on screen after an invalid volume is retyped as the last valid one following a plan change', async () => {
    // Found by the model: volume "abc" (figures kept), plan → face-compare (still kept, the volume blocks),
    // volume "10000" again. The volume property never changed, so nothing was recomputed: the screen showed
    // App SDK's figures (¥2,590,000.00 a year) as face comparison's, with no "last valid input" note.
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en"></idv-pricing-calculator>`);
    await settle(el);
    await pasteInto(el, control(el, en.volume), 'abc');
    await choose(el, control<HTMLSelectElement>(el, en.plan), 'face-compare');
    expect(showsKeptLast(el)).to.equal(true);
    await pasteInto(el, control(el, en.volume), '10000');
    expect(showsKeptLast(el)).to.equal(false);
    expect(el.quote?.lines[0]?.plan).to.equal('face-compare');
    expectFigures(el, engineQuote({ plan: 'face-compare', volume: '10000', period: 'day' }));
  });

  it('should price the period on screen after an invalid volume is retyped as the last valid one following a period change', async () => {
    const el = await fixture<IdvPricingCalculator>(html`<idv-pricing-calculator lang="en" plan="server"></idv-pricing-calculator>`);
    await settle(el);
    await pasteInto(el, control(el, en.volume), '1.5');
    radio(el, 'year').click();
    await settle(el);
    await pasteInto(el, control(el, en.volume), '10,000');
    expectFigures(el, engineQuote({ plan: 'server', volume: '10000', period: 'year' }));
  });
});
