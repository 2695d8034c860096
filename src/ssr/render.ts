/**
 * The render path of idv-pricing/ssr, shared by renderElement (one element from its attributes) and
 * prerenderHtml (every element of an HTML document): checks the tag and the attributes, loads what the element
 * renders, and renders it with Lit's server renderer to the element's HTML with a declarative shadow root.
 * index.ts is the entry; this module is internal.
 */
// @lit-labs/ssr comes first, before any element module: it is what the elements are rendered with, and Lit's
// Node build, which the elements import, gives them the minimal DOM shim (HTMLElement, customElements) that
// defining and rendering an element needs (node_modules/@lit-labs/ssr/README.md, "Server Usage").
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { IdvPricingCalculator } from '../components/pricing-calculator/pricing-calculator.js';
import { IdvEstimate } from '../components/estimate/estimate.js';
import { IdvCompare } from '../components/compare/compare.js';
import { IdvCostChart } from '../components/cost-chart/cost-chart.js';
import { IdvQuotaPlanner } from '../components/quota-planner/quota-planner.js';
import { IdvRefundEstimator } from '../components/refund-estimator/refund-estimator.js';
import { IdvBillingCalendar } from '../components/billing-calendar/billing-calendar.js';
import extrasStyles from '../components/pricing-calculator/calculator-extras.styles.js';
import { loadStrings } from '../i18n/catalog.js';
import type { Namespace } from '../i18n/catalog.js';
import { resolveLocale } from '../i18n/localize.js';

/** The elements `renderElement` renders, by tag. */
const ELEMENTS = {
  'idv-pricing-calculator': IdvPricingCalculator,
  'idv-estimate': IdvEstimate,
  'idv-compare': IdvCompare,
  'idv-cost-chart': IdvCostChart,
  'idv-quota-planner': IdvQuotaPlanner,
  'idv-refund-estimator': IdvRefundEstimator,
  'idv-billing-calendar': IdvBillingCalendar,
} as const;

/**
 * A tag `renderElement` renders: one of the package's seven elements.
 *
 * @since 0.1.0
 */
export type ElementTag = keyof typeof ELEMENTS;

/**
 * The seven tags `renderElement` renders.
 *
 * @since 0.1.0
 */
export const ELEMENT_TAGS: readonly ElementTag[] = Object.freeze(Object.keys(ELEMENTS) as ElementTag[]);

/**
 * Attributes that make an element load before its first render what it otherwise loads just after it: the
 * calculator's details module (its details, tools and toolbar), which a browser fetches after the first paint.
 * A probe with them runs first, so every render is the element at rest, and the HTML of one call does not
 * depend on what the process rendered before it (the module, once loaded, is used by every later render).
 */
const AT_REST: Partial<Record<ElementTag, Readonly<Record<string, string>>>> = { 'idv-pricing-calculator': { toolbar: '' } };

/**
 * Stylesheets an element adopts at run time beside its static styles, for what it renders at rest: the
 * calculator's details module brings its own (its details, toolbar and print-only parts). Lit SSR writes only
 * the static styles into the shadow root, so these are added after them.
 */
const STYLES_AT_REST: Partial<Record<ElementTag, readonly { readonly cssText: string }[]>> = { 'idv-pricing-calculator': [extrasStyles] };

/** Attributes that read the visitor's page, which a server has not: `sync-url` reads the address's `?idv=`. */
const BROWSER_ONLY: Partial<Record<ElementTag, readonly string[]>> = { 'idv-pricing-calculator': ['sync-url'] };

/** An attribute name as HTML writes one for these elements: lowercase ASCII letters, digits and `-`. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The parts of an element's update cycle (protected in Lit) that loading what it renders goes through:
 * `scheduleUpdate` waits for what the element needs before its first render, then calls `performUpdate`.
 */
interface Updating {
  lang: string;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
  scheduleUpdate(): void | Promise<unknown>;
  performUpdate(): void;
}

/**
 * Every element's string namespaces (each class's static `namespaces`, see IdvElement): loaded for the locale
 * before any render, so an element nested in another's shadow root (the calculator's tools) has its own.
 */
function allNamespaces(): Namespace[] {
  const classes = Object.values(ELEMENTS) as unknown as { readonly namespaces: readonly Namespace[] }[];
  return [...new Set(classes.flatMap((c) => c.namespaces))];
}

/**
 * Loads what the element waits for before its first render in the browser, for these attributes: its strings
 * for the locale, and whatever else its `scheduleUpdate` loads first (the calculator's details module when
 * `scenario`, `tools`, `toolbar`, `readonly` or `sync-url` asks for it; its strings then). Lit SSR renders
 * synchronously and never schedules an update, so the element's own `scheduleUpdate` runs here, on an
 * instance that is never rendered, with its `performUpdate` (the render) replaced by nothing.
 */
async function loadWhatItRenders(tag: ElementTag, attributes: Readonly<Record<string, string>>, lang: string | null): Promise<void> {
  const locale = resolveLocale(lang ?? attributes['lang']);
  await loadStrings(allNamespaces(), locale);
  for (const given of [AT_REST[tag], attributes]) {
    if (!given) continue;
    const probe = new ELEMENTS[tag]() as unknown as Updating;
    for (const [name, value] of Object.entries(given)) probe.attributeChangedCallback(name, null, value);
    probe.lang = lang ?? attributes['lang']!;
    probe.performUpdate = () => undefined;
    await probe.scheduleUpdate();
  }
}

/** The markers of the wrapping template (not of the element's own shadow root, which stay for hydration). */
const OUTER_MARKERS = /^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?|<!--\/lit-part-->$/g;

/**
 * Renders one of the seven elements to HTML, from the attributes a page would give it: the element's outer
 * HTML with a declarative shadow root (`<template shadowrootmode="open">`) that holds its styles and its
 * render, as the browser renders it, figures and all. Put it in a page as it is; a browser shows the shadow
 * root as soon as it parses it, before any script.
 *
 * The HTML is the element at rest: what a browser shows once the element has loaded all it uses (for the
 * calculator, its details module too, which a browser loads just after the first paint).
 *
 * The locale is the `lang` attribute's (`zh`, `zh-CN`, `zh-Hant`… render in Simplified Chinese, anything else
 * in English); without `lang` the element renders in English and the HTML says `lang="en"` (a server has no
 * page to inherit one from: pass `lang` to match the page). Attribute values are written through Lit's
 * attribute binding, so they are escaped; only the tag and the attribute names, which are checked first, go
 * into the markup as they are. Properties without an attribute (custom `rules`) are not rendered: the
 * element renders with the bundled rules.
 *
 * Node only: `idv-pricing/ssr` loads Lit's server renderer, and importing it in a browser bundle is not
 * supported.
 *
 * @param tag - one of {@link ELEMENT_TAGS}, e.g. `'idv-pricing-calculator'`.
 * @param attributes - attribute names (lowercase, as in HTML) to values; `''` for a boolean attribute.
 * @returns the element's HTML, e.g. `<idv-pricing-calculator lang="zh-CN" volume="12000"><template shadowroot="open" shadowrootmode="open">…`.
 * @throws {TypeError} when `tag` is not one of the seven elements, or an attribute name is not lowercase
 *   letters, digits and `-` starting with a letter, or is an event handler (`on…`), or reads the visitor's page
 *   (the calculator's `sync-url`).
 * @example
 * import { renderElement } from 'idv-pricing/ssr';
 * const markup = await renderElement('idv-pricing-calculator', { lang: 'zh-CN', volume: '12000' });
 * @since 0.1.0
 */
export async function renderElement(tag: string, attributes: Readonly<Record<string, string>> = {}): Promise<string> {
  checkElement(tag, attributes);
  // Without `lang` the element would look for the page's (document.documentElement), which a server has not:
  // English, set as the property (which Lit SSR reflects, as a browser reflects `lang`: the HTML says `lang="en"`).
  return renderChecked(tag as ElementTag, attributes, attributes['lang'] ? null : 'en');
}

/**
 * The attributes of an element in a page that its render depends on: those renderElement takes. An event
 * handler the page's author put on the host (`onclick`), a name HTML would not write for these elements, and an
 * attribute that reads the visitor's page (`sync-url`: the shadow root is then what a visitor without a `?idv=`
 * link sees; with one, the element shows the link's scenario once its script runs) are left out.
 */
export function renderedAttributes(tag: ElementTag, attributes: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).filter(([name]) => ATTRIBUTE_NAME.test(name) && !name.startsWith('on') && !BROWSER_ONLY[tag]?.includes(name)),
  );
}

/**
 * Throws the TypeError renderElement rejects with when `tag` is not one of the seven elements, or an attribute
 * name is not one HTML writes for them, is an event handler, or reads the visitor's page; else returns.
 */
export function checkElement(tag: string, attributes: Readonly<Record<string, string>>): asserts tag is ElementTag {
  if (!Object.hasOwn(ELEMENTS, tag)) {
    throw new TypeError(`idv-pricing/ssr: cannot render <${tag}>; the elements are ${ELEMENT_TAGS.join(', ')}.`);
  }
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) {
      throw new TypeError(`idv-pricing/ssr: "${name}" is not an attribute name (lowercase letters, digits and -, starting with a letter).`);
    }
    if (name.startsWith('on')) throw new TypeError(`idv-pricing/ssr: "${name}" is an event handler; it is not rendered.`);
    if (typeof attributes[name] !== 'string') throw new TypeError(`idv-pricing/ssr: the value of "${name}" is not a string.`);
    if (BROWSER_ONLY[tag as ElementTag]?.includes(name)) {
      throw new TypeError(`idv-pricing/ssr: <${tag} ${name}> reads the visitor's page, which a server has not; render it without "${name}".`);
    }
  }
}

/**
 * The element's HTML for attributes checked by {@link checkElement}: its start tag, its declarative shadow root
 * and its end tag. `lang`, when not null, is the locale the element takes for want of its own `lang` attribute
 * (in a browser, the nearest ancestor's or the page's), set as the property: Lit SSR reflects it on the host.
 */
export async function renderChecked(
  tag: ElementTag,
  attributes: Readonly<Record<string, string>>,
  lang: string | null,
  slots: readonly string[] = [],
): Promise<string> {
  const names = Object.keys(attributes);
  await loadWhatItRenders(tag, attributes, lang);

  // `<tag name0="${value0}" …></tag>`: the tag and the (checked) names are static parts of the template, each
  // value an attribute binding, which Lit SSR escapes. lit/static-html.js joins the static parts into the
  // template's strings (and caches them by shape), so the array built here holds only this markup's punctuation.
  const element = unsafeStatic(tag);
  const strings: string[] = ['<'];
  const values: unknown[] = [];
  const bind = (value: unknown, after: string): void => {
    values.push(value);
    strings.push(after);
  };
  const append = (text: string): void => {
    strings[strings.length - 1] += text;
  };
  bind(element, '');
  for (const name of names) {
    append(' ');
    bind(unsafeStatic(name), '="');
    bind(attributes[name], '"');
  }
  if (lang !== null) {
    append(' .lang=');
    bind(lang, '');
  }
  append('></');
  bind(element, '>');
  const template = html(Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray, ...values);
  // Lit SSR writes the bound attributes after the blanks that stood for them: one blank after the tag.
  const markup = (await collectResult(render(template, { elementRenderers: [serverRenderer(slots)] }))).replace(OUTER_MARKERS, '').replace(/^(<[a-z-]+) +/, '$1 ');
  return withStylesAtRest(tag, withControlStates(markup));
}

/**
 * Lit's element renderer, with what a server knows that the element cannot find out there itself:
 * - the ids: each calculator rendered in one call gets `idv-1`, `idv-2`… in its order. The calculator names the
 *   ids in its shadow root (`idv-3-plan`) from a count of the instances the process has made, which here would
 *   depend on what was rendered before (the probes of loadWhatItRenders count too). Ids in a shadow root only
 *   need to be distinct there, so the same call returns the same HTML in any process, and `idv-pricing
 *   prerender` run twice writes the same file;
 * - the host's filled `slots` (its own children, which prerenderHtml reads; Lit SSR gives an element none).
 */
function serverRenderer(slots: readonly string[]): typeof LitElementRenderer {
  let count = 0;
  let host = true;
  return class ServerRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      const element = this.element as unknown as { uid?: unknown; hasCta?: unknown };
      if (Object.hasOwn(element, 'uid') && typeof element.uid === 'string') element.uid = `idv-${++count}`;
      // The host's own children (prerenderHtml reads them; Lit SSR gives an element none): the calculator shows
      // its call-to-action slot when the page fills it, as it does in the browser from its first render on.
      if (host && slots.includes('cta') && typeof element.hasCta === 'boolean') element.hasCta = true;
      host = false;
    }
  };
}

/**
 * A rule only the server's HTML holds: a host page's reserve (README.md: a `::before` of the element's expected
 * height, until it has rendered) is not for an element whose HTML is already there at its own height. The
 * element's first render in the browser replaces these styles with its own, which lack the rule, in the same
 * task as it sets the `rendered` state that ends the reserve.
 */
const SERVER_ONLY = ':host::before{display:none!important}';

/**
 * The element's run-time stylesheets (STYLES_AT_REST) and SERVER_ONLY, each a `<style>` after the shadow root's
 * first one.
 */
function withStylesAtRest(tag: ElementTag, markup: string): string {
  const at = markup.indexOf('</style>');
  if (at < 0) return markup;
  const end = at + '</style>'.length;
  const sheets = [...(STYLES_AT_REST[tag] ?? []).map((sheet) => sheet.cssText), SERVER_ONLY];
  return markup.slice(0, end) + sheets.map((css) => `<style>${css}</style>`).join('') + markup.slice(end);
}

/**
 * The elements set a radio's or checkbox's `checked` and an option's `selected` as properties (`.checked=${…}`),
 * which keeps a control right after a visitor has used it. Lit SSR writes such a property as its attribute with
 * the value as text, `checked="false"` too, and any `checked` attribute checks the control: every radio and
 * option would be on, and a browser (with or without script) would show the last one. So `="false"` goes and
 * `="true"` becomes the bare attribute. Only markup can hold these: Lit SSR escapes `"` in text and values.
 */
function withControlStates(markup: string): string {
  return markup.replace(/ (checked|selected)="(true|false)"/g, (_, name: string, on: string) => (on === 'true' ? ` ${name}` : ''));
}
