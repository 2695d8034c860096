/**
 * A Vue 3 app that uses <idv-pricing-calculator> as a consumer would: `import 'idv-pricing'` (built by
 * scripts/build-frameworks.mjs from the package's `exports`, i.e. dist/lib/index.js) defines it. A render
 * function (no SFC, no template compiler): Vue state drives the element's properties, its `idv-change`
 * events (`onIdvChange`, what `@idv-change` compiles to) drive Vue state, which the app shows in its own DOM.
 * test/frameworks/vue.test.ts drives it.
 */
import { createApp, defineComponent, h, ref } from 'vue';
import 'idv-pricing';
import type { IdvChangeDetail, IdvChangeEvent, Period, PlanId } from 'idv-pricing';

interface Choice {
  readonly plan: PlanId;
  readonly volume: string;
  readonly period: Period;
}

/** Not the element's defaults (app, 10000 a day), so the first figures show the properties arrived. */
const START: Choice = { plan: 'alipay-mini', volume: '30000', period: 'month' };
const H5: Choice = { plan: 'h5', volume: '500000', period: 'month' };

const App = defineComponent({
  setup() {
    const choice = ref<Choice>(START);
    const lang = ref('en');
    const passRate = ref('100');
    const last = ref<IdvChangeDetail | null>(null);
    const changes = ref(0);

    return () =>
      h('main', [
        h('h1', { id: 'title' }, `Vue ${choice.value.plan}`),
        h('p', { id: 'lang' }, lang.value),
        h('p', { id: 'pass-rate' }, passRate.value),
        h('p', [
          h('button', { type: 'button', onClick: () => (choice.value = H5) }, 'H5, 500,000 a month'),
          ' ',
          h('button', { type: 'button', onClick: () => (lang.value = lang.value === 'en' ? 'zh-CN' : 'en') }, lang.value === 'en' ? '中文' : 'English'),
          ' ',
          h('button', { type: 'button', onClick: () => (passRate.value = '85') }, '85 % pass'),
        ]),
        // Vue sets a prop as a DOM property when the element has it (`key in el`): lang, plan, volume, period, passRate.
        h('idv-pricing-calculator', {
          lang: lang.value,
          plan: choice.value.plan,
          volume: choice.value.volume,
          period: choice.value.period,
          passRate: passRate.value,
          onIdvChange: (event: IdvChangeEvent) => {
            last.value = event.detail;
            changes.value += 1;
          },
        }),
        h('p', { id: 'changes' }, String(changes.value)),
        h(
          'p',
          { id: 'last-change' },
          last.value
            ? `${last.value.scenario.plan} ${last.value.scenario.volume}/${last.value.scenario.period}: ${last.value.total} ${last.value.currency}`
            : 'none',
        ),
      ]);
  },
});

createApp(App).mount('#root');
