/**
 * Loads a framework fixture app as scripts/build-frameworks.mjs built it (.cache/frameworks/<name>/): reads
 * the built index.html, makes its `#root` here and imports the module script it names, so the test page runs
 * exactly the bundle a browser would. One app per spec file: each bundles its own copy of the elements, and
 * the first copy on a page defines them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { IdvPricingCalculator } from '../../src/components/pricing-calculator/pricing-calculator.js';
import { settle } from '../helpers/calculator.js';

export interface BuiltApp {
  /** The app's root element (its own DOM: buttons, the last change it heard). */
  readonly root: HTMLElement;
  /** The <idv-pricing-calculator> the framework rendered. */
  readonly calculator: IdvPricingCalculator;
}

export async function loadBuiltApp(name: 'react' | 'vue'): Promise<BuiltApp> {
  const base = new URL(`/.cache/frameworks/${name}/`, location.href);
  const response = await fetch(new URL('index.html', base));
  expect(response.ok, `the built ${name} app (node scripts/build-frameworks.mjs)`).to.equal(true);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const script = page.querySelector<HTMLScriptElement>('script[type="module"][src]');
  expect(script, `the module script of the built ${name} app`).to.be.instanceOf(HTMLScriptElement);
  expect(page.querySelector('#root'), 'the built page has the #root the app mounts into').to.be.instanceOf(HTMLElement);

  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  await import(new URL(script!.getAttribute('src')!, base).href);

  await waitUntil(() => root.querySelector('idv-pricing-calculator')?.shadowRoot, `the ${name} app renders the calculator`);
  const calculator = root.querySelector('idv-pricing-calculator') as IdvPricingCalculator;
  await settle(calculator);
  return { root, calculator };
}

/** The app's button whose text is `label` (fails when there is not exactly one). */
export function appButton(app: BuiltApp, label: string): HTMLButtonElement {
  const found = [...app.root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === label);
  expect(found.length, `app buttons "${label}"`).to.equal(1);
  return found[0]!;
}

/** The text of the app's own element `#id`. */
export function appText(app: BuiltApp, id: string): string {
  const found = app.root.querySelector(`#${id}`);
  expect(found, `#${id} in the app`).to.be.instanceOf(HTMLElement);
  return found!.textContent!.trim();
}

/** Waits until the app's own DOM shows `expected` in `#id` (frameworks re-render after a tick). */
export async function untilAppShows(app: BuiltApp, id: string, expected: string): Promise<void> {
  try {
    await waitUntil(() => appText(app, id) === expected, undefined, { timeout: 2000 });
  } catch {
    expect(appText(app, id), `#${id} in the app`).to.equal(expected);
  }
}
