// `npm run analyze` writes custom-elements.json from the source: every element, attribute, property,
// event, part and custom property, read from the classes and their JSDoc (`@tagname`, `@event`, `@csspart`,
// `@cssproperty`), since the tags are registered through defineElement rather than @customElement.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/idv-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists `dispatchEvent(new XEvent(...))` calls as events without a name; the
      // JSDoc @event entries carry the names and types.
      name: 'idv-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        // A stable order, so regenerating changes nothing when the source did not change.
        customElementsManifest.modules.sort((a, z) => a.path.localeCompare(z.path));
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name);
            // Private and internal members are not API.
            if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
          }
        }
      },
    },
  ],
};
