/**
 * Defines a custom element once. A page may load the widget twice (two bundles, two versions): the first
 * definition wins and later ones are skipped instead of throwing "already been defined".
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
