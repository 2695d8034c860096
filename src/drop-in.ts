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
import { loadStrings } from './i18n/catalog.js';
import type { Namespace } from './i18n/catalog.js';
import { resolveLocale } from './i18n/localize.js';
import { VERSION } from './version.js';

export { VERSION };

interface Entry {
  readonly load: () => Promise<unknown>;
  /** The element's string namespaces (its class's `namespaces`), fetched beside its code. */
  readonly namespaces: readonly Namespace[];
}

// Literal `import()` paths: the build makes each element a chunk, with the code they share in common chunks.
const ELEMENTS: Readonly<Record<string, Entry>> = {
  'idv-pricing-calculator': { load: () => import('./components/pricing-calculator/pricing-calculator.js'), namespaces: ['calculator'] },
  'idv-estimate': { load: () => import('./components/estimate/estimate.js'), namespaces: ['calculator', 'calculator-more', 'estimate'] },
  'idv-compare': { load: () => import('./components/compare/compare.js'), namespaces: ['calculator', 'calculator-more', 'compare'] },
  'idv-cost-chart': { load: () => import('./components/cost-chart/cost-chart.js'), namespaces: ['cost-chart'] },
  'idv-quota-planner': { load: () => import('./components/quota-planner/quota-planner.js'), namespaces: ['calculator', 'calculator-more', 'quota-planner'] },
  'idv-refund-estimator': { load: () => import('./components/refund-estimator/refund-estimator.js'), namespaces: ['calculator', 'calculator-more', 'refund-estimator'] },
  'idv-billing-calendar': { load: () => import('./components/billing-calendar/billing-calendar.js'), namespaces: ['billing-calendar'] },
};

/** Every tag the drop-in can define. */
export const TAGS: readonly string[] = Object.keys(ELEMENTS);

const started = new Map<string, Promise<void>>();

/** The locale an element will render in, read the way the elements read it (own or nearest `lang`, page, browser). */
function localeOf(el: Element | null): ReturnType<typeof resolveLocale> {
  return resolveLocale(el?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language);
}

function start(tag: string, el: Element | null): Promise<void> {
  let loading = started.get(tag);
  if (!loading) {
    const entry = ELEMENTS[tag]!;
    // The strings for the first instance's locale load beside the code, not after it (the element would
    // otherwise ask for them only when it first updates). Another locale on the page loads when asked.
    loading = Promise.all([entry.load(), loadStrings(entry.namespaces, localeOf(el))]).then(
      () => undefined,
      (error: unknown) => {
        started.delete(tag); // a failed chunk (offline, a missing file) is tried again on the next call
        console.error(`idv-pricing ${VERSION}: <${tag}> could not be loaded.`, error);
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
