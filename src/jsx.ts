/**
 * idv-pricing/jsx: React 19 TSX types for the elements. Types only, no runtime code: a React project loads
 * it once with `import type {} from 'idv-pricing/jsx';` (next to `import 'idv-pricing';`, which defines
 * the elements), and `<idv-pricing-calculator plan="h5" volume={volume} onidv-change={…} />` type-checks.
 * The main entry never imports this module, so nobody else gets React's types.
 *
 * What React 19 does with a custom element's props, and what the types below describe:
 * - a prop named like one of the element's properties (`plan`, `passRate`, `firstPurchase`, `rules`) is
 *   set as that property on the client, so it takes the property's type (a boolean, an object);
 * - any other prop becomes an attribute: the kebab-case names (`pass-rate`, `first-purchase`) are typed
 *   as the attribute's value (`true` sets an empty attribute, `false` removes it), which also holds when
 *   React renders on the server, where every prop is an attribute;
 * - `on` + an event name (`onidv-change`) adds a listener for that event, typed with the event's class.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  IdvBillingCalendar,
  IdvBillingChangeEvent,
  IdvChangeEvent,
  IdvCompare,
  IdvCompareChangeEvent,
  IdvCostChart,
  IdvEstimate,
  IdvEstimateChangeEvent,
  IdvPricingCalculator,
  IdvQuotaChangeEvent,
  IdvQuotaPlanner,
  IdvRefundChangeEvent,
  IdvRefundEstimator,
} from './index.js';

/** What every element takes: locale and theme (custom `rules` is listed per element). */
type Common = 'lang' | 'theme' | 'rules';

/** `passRate` → `pass-rate`: the attribute Lit derives for each of these properties. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** The attribute forms of the camelCase properties `K` of `E` (single-word ones are already listed). */
type Attributes<E, K extends keyof E & string> = {
  [P in K as P extends Kebab<P> ? never : Kebab<P>]?: E[P];
};

/**
 * The props of element `E`: React's own for any HTML element (key, ref, children, className, style, DOM
 * events), the public properties `K` with their types, their kebab-case attributes, and `on<event>` handlers.
 */
export type IdvElementProps<E extends HTMLElement, K extends keyof E & string, Events = object> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  K
> &
  Partial<Pick<E, K>> &
  Attributes<E, K> & { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

export type IdvPricingCalculatorProps = IdvElementProps<
  IdvPricingCalculator,
  | Common
  | 'plan'
  | 'volume'
  | 'period'
  | 'passRate'
  | 'photoSize'
  | 'retentionDays'
  | 'firstPurchase'
  | 'peakShare'
  | 'contactHref'
  | 'scenario'
  | 'syncUrl'
  | 'noToolbar',
  { 'idv-change': IdvChangeEvent }
>;
export type IdvEstimateProps = IdvElementProps<IdvEstimate, Common | 'lines' | 'firstPurchase', { 'idv-estimate-change': IdvEstimateChangeEvent }>;
export type IdvCompareProps = IdvElementProps<IdvCompare, Common | 'scenarios', { 'idv-compare-change': IdvCompareChangeEvent }>;
export type IdvCostChartProps = IdvElementProps<IdvCostChart, Common | 'family' | 'plan' | 'units' | 'firstPurchase'>;
export type IdvQuotaPlannerProps = IdvElementProps<
  IdvQuotaPlanner,
  Common | 'family' | 'packs' | 'dailyUsage' | 'threshold' | 'start' | 'today',
  { 'idv-quota-change': IdvQuotaChangeEvent }
>;
export type IdvRefundEstimatorProps = IdvElementProps<
  IdvRefundEstimator,
  Common | 'family' | 'packSize' | 'paid' | 'usedUnits' | 'mode' | 'purchasedOn' | 'today' | 'daysSincePurchase',
  { 'idv-refund-change': IdvRefundChangeEvent }
>;
export type IdvBillingCalendarProps = IdvElementProps<
  IdvBillingCalendar,
  Common | 'month' | 'dailyBill' | 'balance' | 'today',
  { 'idv-billing-change': IdvBillingChangeEvent }
>;

declare module 'react' {
  // React 19 reads intrinsic elements from `React.JSX` (the global JSX namespace is gone); merging into it is
  // the documented way to add custom elements, and a namespace is the only way to reach it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'idv-pricing-calculator': IdvPricingCalculatorProps;
      'idv-estimate': IdvEstimateProps;
      'idv-compare': IdvCompareProps;
      'idv-cost-chart': IdvCostChartProps;
      'idv-quota-planner': IdvQuotaPlannerProps;
      'idv-refund-estimator': IdvRefundEstimatorProps;
      'idv-billing-calendar': IdvBillingCalendarProps;
    }
  }
}
