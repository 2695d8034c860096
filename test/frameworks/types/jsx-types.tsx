/**
 * Type tests for `idv-pricing/jsx` (React 19 TSX): what must type-check does, and every `@ts-expect-error`
 * line must be an error, so the typings cannot quietly widen to `any` (tsc then reports the unused directive).
 * Never run, only checked: `tsc -p test/frameworks/tsconfig.json`. One thing TSX cannot catch: a name with a
 * dash that no type declares (`data-*`, a misspelled `onidv-chnage`) is accepted on any element.
 */
import { useRef } from 'react';
import type {} from 'idv-pricing/jsx';
import type { IdvChangeEvent, IdvEstimateChangeEvent, IdvPricingCalculator, Quote } from 'idv-pricing';

export function Accepted() {
  const ref = useRef<IdvPricingCalculator>(null);
  const onChange = (event: IdvChangeEvent): string => event.detail.total;
  return (
    <>
      {/* Properties (camelCase, their own types), attributes (kebab-case), React's own props, the event. */}
      <idv-pricing-calculator ref={ref} key="a" className="c" style={{ maxWidth: 800 }} plan="app" volume="1.2万" period="month" />
      <idv-pricing-calculator plan="alipay-mini" passRate="85" firstPurchase noToolbar theme="dark" lang="zh-CN" onidv-change={onChange} />
      <idv-pricing-calculator pass-rate="85" first-purchase retention-days="30" contact-href="/sales" rules={{ version: 'x' }} />
      <idv-pricing-calculator onidv-change={(event) => event.detail.quote satisfies Quote} onClick={(event) => event.currentTarget.plan} />
      <idv-estimate lines={[{ plan: 'app', volume: '30000', period: 'month' }]} first-purchase onidv-estimate-change={(e) => e.detail.total} />
      <idv-compare scenarios={[{ plan: 'h5', volume: '1万', period: 'day' }]} onidv-compare-change={(e) => e.detail.comparison} />
      <idv-cost-chart plan="app" units="3650000" firstPurchase />
      <idv-quota-planner family="idv" daily-usage="2000" threshold="20" onidv-quota-change={(e) => e.detail.packs} />
      <idv-refund-estimator family="liveness" pack-size="100000" mode="days" days-since-purchase="10" />
      <idv-billing-calendar month="2020-01" daily-bill="1000" balance="20000" onidv-billing-change={(e) => e.detail.calendar} />
    </>
  );
}

export function Refused() {
  const wrongEvent = (event: IdvEstimateChangeEvent): string => event.detail.total;
  return (
    <>
      {/* @ts-expect-error not a plan id */}
      <idv-pricing-calculator plan="enterprise" />
      {/* @ts-expect-error volume is a decimal string, not a number */}
      <idv-pricing-calculator volume={12000} />
      {/* @ts-expect-error period is day, month or year */}
      <idv-pricing-calculator period="week" />
      {/* @ts-expect-error firstPurchase is a boolean property */}
      <idv-pricing-calculator firstPurchase="yes" />
      {/* @ts-expect-error the pass-rate attribute takes a string */}
      <idv-pricing-calculator pass-rate={85} />
      {/* @ts-expect-error theme is auto, light or dark */}
      <idv-pricing-calculator theme="blue" />
      {/* @ts-expect-error no such property */}
      <idv-pricing-calculator volumes="10000" />
      {/* @ts-expect-error idv-change carries an IdvChangeEvent, not another element's event */}
      <idv-pricing-calculator onidv-change={wrongEvent} />
      {/* @ts-expect-error the detail has no such field */}
      <idv-pricing-calculator onidv-change={(e) => e.detail.grandTotal} />
      {/* @ts-expect-error lines is an array of lines */}
      <idv-estimate lines="app:1000/month" />
      {/* @ts-expect-error family is idv, liveness or face-compare */}
      <idv-quota-planner family="ocr" />
      {/* @ts-expect-error mode is dates or days */}
      <idv-refund-estimator mode="hours" />
      {/* @ts-expect-error read-only getters are not props */}
      <idv-billing-calendar calendar={null} />
      {/* @ts-expect-error an element this package does not define */}
      <idv-pricing-calculater />
    </>
  );
}
