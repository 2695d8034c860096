/**
 * A React 19 app that uses <idv-pricing-calculator> as a consumer would: `import 'idv-pricing'` (built by
 * scripts/build-frameworks.mjs from the package's `exports`, i.e. dist/lib/index.js) defines it, and
 * `idv-pricing/jsx` types it. React state drives the element's properties; its `idv-change` events drive
 * React state, which the app shows in its own DOM. test/frameworks/react.test.ts drives it.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'idv-pricing';
import type {} from 'idv-pricing/jsx';
import type { IdvChangeDetail, Period, PlanId } from 'idv-pricing';

interface Choice {
  readonly plan: PlanId;
  readonly volume: string;
  readonly period: Period;
}

/** Not the element's defaults (app, 10000 a day), so the first figures show the properties arrived. */
const START: Choice = { plan: 'face-compare', volume: '2000000', period: 'month' };
const H5: Choice = { plan: 'h5', volume: '500000', period: 'month' };

function App() {
  const [choice, setChoice] = useState<Choice>(START);
  const [lang, setLang] = useState('en');
  const [hideToolbar, setHideToolbar] = useState(false);
  const [last, setLast] = useState<IdvChangeDetail | null>(null);
  const [changes, setChanges] = useState(0);

  return (
    <main>
      <h1 id="title">React {choice.plan}</h1>
      <p id="lang">{lang}</p>
      <p>
        <button type="button" onClick={() => setChoice(H5)}>
          H5, 500,000 a month
        </button>{' '}
        <button type="button" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {lang === 'en' ? '中文' : 'English'}
        </button>{' '}
        <label>
          <input type="checkbox" checked={hideToolbar} onChange={(e) => setHideToolbar(e.target.checked)} /> Hide toolbar
        </label>
      </p>
      {/* Properties (plan, volume, period, lang): React 19 sets them on the element. `no-toolbar` is not a
          property name, so React sets or removes the attribute. `onidv-change` adds an idv-change listener. */}
      <idv-pricing-calculator
        lang={lang}
        plan={choice.plan}
        volume={choice.volume}
        period={choice.period}
        no-toolbar={hideToolbar}
        onidv-change={(event) => {
          setLast(event.detail);
          setChanges((n) => n + 1);
        }}
      />
      <p id="changes">{changes}</p>
      <p id="last-change">
        {last ? `${last.scenario.plan} ${last.scenario.volume}/${last.scenario.period}: ${last.total} ${last.currency}` : 'none'}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
