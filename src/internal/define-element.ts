import { VERSION } from '../version.js';

const VERSION_KEY = Symbol.for('idv-pricing.version');
type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Defines a custom element once. A page may load the widget twice (two bundles, or two versions): the first
 * definition wins, later ones are skipped instead of throwing "already been defined", and the console says
 * which version is in use so a host can tell why a newer feature is missing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor) {
      const winner = existing[VERSION_KEY] ?? 'another copy';
      console.info(`idv-pricing ${VERSION}: <${tag}> is already defined by idv-pricing ${winner}; that definition is used.`);
    }
    return;
  }
  Object.defineProperty(ctor, VERSION_KEY, { value: VERSION });
  customElements.define(tag, ctor);
}
