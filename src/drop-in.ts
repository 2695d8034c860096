/**
 * The drop-in, `dist/idv-pricing.js`: one `<script type="module">` for any page. It is small on purpose: it
 * finds the `idv-*` tags the page uses and loads each element's code (and its strings, in the page's language
 * only) from chunk files beside it, resolved from its own URL, so it works from any static folder or CDN.
 * Elements a page adds later are found too; an element inside another component's shadow root is not, so a
 * host that renders there calls {@link define} (or uses the npm entries, which define on import).
 *
 * The npm entry `idv-pricing` is the library (ES modules, every element defined on import, engine and share
 * helpers exported); the drop-in exports only what a page script needs to drive the loading.
 */
import type { Locale } from './i18n/format.js';

// The loader imports nothing up front: it runs as soon as it arrives and asks at once for the element's chunk,
// the shared core chunk and, for the calculator, its strings in the page's language: two round trips to the
// first figure instead of three (the element's chunk would otherwise ask for the core only once it arrived).
// The build writes the core chunk's name here (vite.config.ts, preloadCore).
const CORE = '__IDV_CORE_CHUNK__';
const CALCULATOR_STRINGS: Readonly<Record<Locale, () => Promise<unknown>>> = {
  en: () => import('./i18n/locales/en/calculator.js'),
  'zh-CN': () => import('./i18n/locales/zh-CN/calculator.js'),
};

// Literal `import()` paths: the build makes each element a chunk, with the code they share in one core chunk.
// Each element loads its own strings when it first renders (only the calculator's are fetched ahead, above).
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'idv-pricing-calculator': () => import('./components/pricing-calculator/pricing-calculator.js'),
  'idv-estimate': () => import('./components/estimate/estimate.js'),
  'idv-compare': () => import('./components/compare/compare.js'),
  'idv-cost-chart': () => import('./components/cost-chart/cost-chart.js'),
  'idv-quota-planner': () => import('./components/quota-planner/quota-planner.js'),
  'idv-refund-estimator': () => import('./components/refund-estimator/refund-estimator.js'),
  'idv-billing-calendar': () => import('./components/billing-calendar/billing-calendar.js'),
};

/** Every tag the drop-in can define. */
export const TAGS: readonly string[] = Object.keys(ELEMENTS);

const started = new Map<string, Promise<void>>();

/**
 * The locale an element will render in, read the way the elements read it (own or nearest `lang`, page,
 * browser; Chinese of any region or script is zh-CN), as localize.ts's resolveLocale does.
 */
function localeOf(el: Element | null): Locale {
  const tag = el?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
  return /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

function start(tag: string, el: Element | null): Promise<void> {
  let loading = started.get(tag);
  if (!loading) {
    const ignore = (): undefined => undefined;
    void import(/* @vite-ignore */ CORE).catch(ignore); // unbuilt, the placeholder fails to load: no harm
    if (tag === 'idv-pricing-calculator') void CALCULATOR_STRINGS[localeOf(el)]().catch(ignore);
    loading = ELEMENTS[tag]!().then(
      () => undefined,
      (error: unknown) => {
        started.delete(tag); // a failed chunk (offline, a missing file) is tried again on the next call
        console.error(`idv-pricing: <${tag}> could not be loaded.`, error);
        throw error;
      },
    );
    started.set(tag, loading);
  }
  return loading;
}

/**
 * Loads and defines the given tags (every tag when none is given); resolves once they are defined. A page
 * calls it for elements the drop-in cannot see (inside a shadow root) or to load ahead of use.
 */
export function define(...tags: string[]): Promise<void> {
  const wanted = tags.length > 0 ? tags : TAGS;
  const unknown = wanted.filter((t) => !(t in ELEMENTS));
  if (unknown.length > 0) return Promise.reject(new TypeError(`idv-pricing: no such element: ${unknown.join(', ')}`));
  return Promise.all(wanted.map((t) => start(t, null))).then(() => undefined);
}

/** Finds the drop-in's tags in `root` (an element, a document or a shadow root) and loads those not yet loaded. */
export function discover(root: ParentNode): void {
  for (const tag of TAGS) {
    if (started.has(tag)) continue;
    const el = root instanceof Element && root.localName === tag ? root : root.querySelector(tag);
    if (el) start(tag, el).catch(() => undefined); // reported by start
  }
}

if (typeof document !== 'undefined') {
  discover(document);
  // Tags the page adds later (a framework rendering after load, a docs site's client-side navigation). The
  // observer stops once every tag has been loaded.
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    if (started.size === TAGS.length) observer.disconnect();
  });
  if (started.size < TAGS.length) observer.observe(document.documentElement, { childList: true, subtree: true });
}
