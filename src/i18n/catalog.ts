import type { Locale } from './format.js';
import type { CalculatorMoreStrings, CalculatorStrings } from './translation.js';
import type { BillingCalendarStrings } from './sections/billing-calendar.js';
import type { CompareStrings } from './sections/compare.js';
import type { CostChartStrings } from './sections/cost-chart.js';
import type { EstimateStrings } from './sections/estimate.js';
import type { QuotaPlannerStrings } from './sections/quota-planner.js';
import type { RefundEstimatorStrings } from './sections/refund-estimator.js';

/**
 * Every element's strings, by namespace. The shape of each namespace is a typed interface (`translation.ts`
 * for the calculator's words, which the line-based elements share; `sections/<name>.ts` for the others); the
 * text is one module per locale and namespace, `locales/<locale>/<namespace>.ts`, with a default export.
 *
 * Elements load their namespaces for the locale they render in before they update (IdvElement), so a page
 * fetches only its own language, and only for the elements it shows. Adding a locale means a folder of
 * these modules, one line per namespace below, and a case in `resolveLocale`.
 */
export interface Catalog {
  readonly calculator: CalculatorStrings;
  readonly 'calculator-more': CalculatorMoreStrings;
  readonly estimate: EstimateStrings;
  readonly compare: CompareStrings;
  readonly 'cost-chart': CostChartStrings;
  readonly 'quota-planner': QuotaPlannerStrings;
  readonly 'refund-estimator': RefundEstimatorStrings;
  readonly 'billing-calendar': BillingCalendarStrings;
}
export type Namespace = keyof Catalog;

type Loaders = { readonly [N in Namespace]: Readonly<Record<Locale, () => Promise<{ default: Catalog[N] }>>> };

// Literal `import()` paths, so every bundler (ours, and an app's) sees each module and makes it a chunk of its own.
const LOADERS: Loaders = {
  calculator: { en: () => import('./locales/en/calculator.js'), 'zh-CN': () => import('./locales/zh-CN/calculator.js') },
  'calculator-more': {
    en: () => import('./locales/en/calculator-more.js'),
    'zh-CN': () => import('./locales/zh-CN/calculator-more.js'),
  },
  estimate: { en: () => import('./locales/en/estimate.js'), 'zh-CN': () => import('./locales/zh-CN/estimate.js') },
  compare: { en: () => import('./locales/en/compare.js'), 'zh-CN': () => import('./locales/zh-CN/compare.js') },
  'cost-chart': { en: () => import('./locales/en/cost-chart.js'), 'zh-CN': () => import('./locales/zh-CN/cost-chart.js') },
  'quota-planner': { en: () => import('./locales/en/quota-planner.js'), 'zh-CN': () => import('./locales/zh-CN/quota-planner.js') },
  'refund-estimator': {
    en: () => import('./locales/en/refund-estimator.js'),
    'zh-CN': () => import('./locales/zh-CN/refund-estimator.js'),
  },
  'billing-calendar': {
    en: () => import('./locales/en/billing-calendar.js'),
    'zh-CN': () => import('./locales/zh-CN/billing-calendar.js'),
  },
};

const loaded = new Map<string, unknown>();
const pending = new Map<string, Promise<void>>();
const key = (namespace: Namespace, locale: Locale): string => `${locale}/${namespace}`;

function loadOne(namespace: Namespace, locale: Locale): Promise<void> {
  const k = key(namespace, locale);
  let p = pending.get(k);
  if (!p) {
    p = LOADERS[namespace][locale]().then(
      (module) => void loaded.set(k, module.default),
      (error: unknown) => {
        // A chunk that fails to load (offline, a host that dropped the file) must not leave the element blank:
        // forget the attempt so the next update retries, and render English if that is loaded or loads.
        pending.delete(k);
        if (locale === 'en') throw error;
        console.error(`idv-pricing: the ${locale} strings for ${namespace} did not load; showing English.`, error);
        return loadOne(namespace, 'en');
      },
    );
    pending.set(k, p);
  }
  return p;
}

/**
 * Loads the namespaces' strings for a locale. Returns null when they are all loaded already, so an update that
 * needs nothing new stays synchronous (typing never waits for a promise).
 */
export function loadStrings(namespaces: readonly Namespace[], locale: Locale): Promise<void> | null {
  const missing = namespaces.filter((n) => !loaded.has(key(n, locale)));
  return missing.length === 0 ? null : Promise.all(missing.map((n) => loadOne(n, locale))).then(() => undefined);
}

/** Whether a namespace's strings for a locale are loaded (the drop-in's loader and tests ask). */
export function hasStrings(namespace: Namespace, locale: Locale): boolean {
  return loaded.has(key(namespace, locale));
}

/**
 * A namespace's strings in a locale: loaded ones, else English (a locale whose chunk failed), else any loaded.
 * Throws only when an element renders before loadStrings ran for it, which IdvElement prevents.
 */
export function stringsFor<N extends Namespace>(namespace: N, locale: Locale): Catalog[N] {
  const found = loaded.get(key(namespace, locale)) ?? loaded.get(key(namespace, 'en')) ?? loaded.get(key(namespace, 'zh-CN'));
  if (!found) throw new Error(`idv-pricing: the ${namespace} strings are not loaded; await loadStrings() first.`);
  return found as Catalog[N];
}
