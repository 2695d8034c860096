import { LitElement, html } from 'lit';
import type { PropertyDeclaration, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_RULES } from '../engine/index.js';
import type { RulesError, Rules } from '../engine/index.js';
import type { Locale } from '../i18n/format.js';
import { LocalizeController } from '../i18n/localize.js';
import { loadStrings } from '../i18n/catalog.js';
import type { Namespace } from '../i18n/catalog.js';
import { noteDefault, restoreDefaults } from './defaults.js';
import { Announcer } from './announcer.js';
import { loadValidator, renderRulesError, resolveRules } from './rules-state.js';
import type { RulesState } from './rules-state.js';

/**
 * Carrying a visitor's edits from server-rendered HTML over to the element's own render (internal/takeover.ts):
 * loaded only by an element that has such HTML, so a page without it never fetches it.
 */
let takeover: typeof import('./takeover.js') | null | undefined; // undefined: not asked for; null: failed
let loadingTakeover: Promise<unknown> | undefined;
// If it fails to load (offline), the element still replaces the server's render, only without the edits.
const loadTakeover = (): Promise<unknown> =>
  (loadingTakeover ??= import('./takeover.js').then(
    (m) => (takeover = m),
    () => (takeover = null),
  ));

/** A widget's heading strings and the words of its rules error. */
export interface FrameText {
  readonly title: string;
  readonly subtitle: (version: string) => string;
  readonly rulesErrorTitle: string;
  readonly rulesErrorBody: string;
}

/**
 * What every widget that prices with rules shares: the locale (own `lang`, an ancestor's, the page's), a
 * theme, and custom `rules` resolved once per change. Subclasses call `super.willUpdate(changed)` first.
 */
export class IdvElement extends LitElement {
  /**
   * The string namespaces the element renders (see i18n/catalog.ts). Each update first loads them for the
   * locale it renders in, once; only that locale's strings are fetched.
   */
  protected static readonly namespaces: readonly Namespace[] = ['calculator'];

  /** The namespaces this instance needs now (its class's; the calculator adds its details' once it shows them). */
  protected get stringNamespaces(): readonly Namespace[] {
    return (this.constructor as typeof IdvElement).namespaces;
  }

  protected readonly localize = new LocalizeController(this);

  /** What the polite live region says (rendered by {@link renderFrame}). */
  protected readonly announcer = new Announcer(this);

  /** `rules` resolved: the bundled rules, custom ones that passed loadRules, or the RulesError that stops them. */
  @state() protected rulesState: RulesState = resolveRules(null);

  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true, useDefault: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Custom rules (JSON-compatible data like `DEFAULT_RULES`), validated with `loadRules`; null for the bundled rules. */
  @property({ attribute: false }) rules: unknown = null;

  /** `zh-CN` or `en`; without it, the nearest `lang` up the tree or the page's. */
  @property() override lang = '';

  protected get locale(): Locale {
    return this.localize.locale;
  }

  protected get activeRules(): Rules | null {
    return this.rulesState.rules;
  }

  protected get rulesProblem(): RulesError | null {
    return this.rulesState.problem;
  }

  /**
   * Defers an update until the element's strings for its locale are loaded (the first update, or the first
   * after `lang` moves to a locale not loaded yet), and the rules validator when `rules` is set; otherwise
   * updates stay synchronous as in any Lit element. `updateComplete` waits for the loads too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = loadStrings(this.stringNamespaces, this.locale);
    // Custom rules need the validator, which is not loaded with the element (the bundled rules come validated).
    const validator = this.rules !== null && this.rules !== undefined ? loadValidator() : null;
    const carry = this.serverRendered && takeover === undefined ? loadTakeover() : null;
    if (!strings && !validator && !carry) return super.scheduleUpdate();
    // Asked again once loaded: `lang` or `rules` may have changed while it loaded.
    return Promise.all([strings, validator, carry]).then(() => this.scheduleUpdate());
  }

  /**
   * Whether the page's HTML came with this element's shadow root already rendered (a declarative shadow root
   * from idv-pricing/ssr or `idv-pricing prerender`), not yet replaced by the element's own first render. The
   * browser shows it until then; see {@link update}.
   */
  protected get serverRendered(): boolean {
    return !this.hasUpdated && !!this.shadowRoot?.hasChildNodes();
  }

  /**
   * The first render of a server-rendered element replaces the server's content in the same task, so no frame
   * shows neither (and, the markup being the same, nothing moves). LitElement would render before the
   * content's first node; it goes instead. What the visitor did to the server's controls meanwhile is handed to
   * the new ones (internal/takeover.ts, loaded by {@link scheduleUpdate} first).
   */
  protected override update(changed: PropertyValues<this>): void {
    const root = this.shadowRoot!;
    const first = !this.hasUpdated;
    const replay = this.serverRendered ? ((this.renderOptions.renderBefore = null), takeover?.clear(root) ?? root.replaceChildren()) : undefined;
    super.update(changed);
    // `:state(rendered)` from the first render on: a host page's reserve (README.md) holds the element's place
    // until then, also while it is defined and still loading what it renders first. (Chromium before 125 took
    // only `--` names and throws here; its reserve ends at :defined, as the README's rule falls back to.)
    if (first) {
      try {
        this.internals.states.add('rendered');
      } catch {
        // see above
      }
    }
    replay?.();
  }

  /** The element's ElementInternals: its custom states. */
  private readonly internals = this.attachInternals();

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    noteDefault(this, name);
    super.requestUpdate(name, oldValue, options);
  }

  /**
   * Waits for the update in flight to render; false when the element has been removed by then (a visitor's
   * edit, then the host removed it): a change event or URL write must not come from a removed element.
   */
  protected async renderedWhileConnected(): Promise<boolean> {
    await this.updateComplete;
    return this.isConnected;
  }

  /**
   * The frame every widget renders: its title and the rules' version, an optional notice, then `body` with
   * the active rules (or the error that stops custom rules), and the live region the announcer speaks in.
   */
  protected renderFrame(text: FrameText, body: (rules: Rules) => unknown, notice: unknown = null): TemplateResult {
    const rules = this.activeRules;
    return html`
      <div class="base" part="base" lang=${this.locale}>
        <div class="header" part="header">
          <h2>${text.title}</h2>
          <p class="muted small">${text.subtitle((rules ?? DEFAULT_RULES).version)}</p>
        </div>
        ${notice}
        ${!rules || this.rulesProblem ? renderRulesError(text.rulesErrorTitle, text.rulesErrorBody, this.rulesProblem) : body(rules)}
        <div class="sr-only" role="status" aria-live="polite">${this.announcer.text}</div>
      </div>
    `;
  }

  /**
   * If the update rendered in a locale whose strings were not loaded (the locale changed after the update was
   * scheduled, e.g. a wrong-kind `lang` put back to its default), load them and render again.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (loadStrings(this.stringNamespaces, this.locale)) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    restoreDefaults(this, changed);
    if (changed.has('rules')) this.rulesState = resolveRules(this.rules);
  }
}
