// `npm run analyze` writes custom-elements.json from the source: every element, attribute, property,
// event, part and custom property, read from the classes and their JSDoc (`@tagname`, `@event`, `@csspart`,
// `@cssproperty`), since the tags are registered through defineElement rather than @customElement.
//
// The manifest ships in the npm package, which has no src/: tools that read it from node_modules/idv-pricing
// (IDE plugins, Storybook) must find every module it names there. The module the package's `.` export points
// at, dist/lib/index.js, defines every tag and exports every class (the drop-in, dist/idv-pricing.js, is a loader
// and exports neither), so every declaration is listed under it (test/frameworks/packed.test.ts checks the
// packed tarball).
const BUNDLE = 'dist/lib/index.js';

/** Points every local reference (`{ module: 'src/…' }` or `'/src/…'`) at the entry; package ones stay. */
function pointAtBundle(node) {
  if (Array.isArray(node)) return node.forEach(pointAtBundle);
  if (!node || typeof node !== 'object') return;
  if (typeof node.module === 'string' && node.package === undefined) node.module = BUNDLE;
  for (const value of Object.values(node)) pointAtBundle(value);
}

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
        // One module, the bundle: the elements' classes (src/index.ts exports each one; the shared base class
        // is not exported) and a definition for each tag.
        const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
        declarations.sort((a, z) => a.name.localeCompare(z.name));
        pointAtBundle(declarations);
        const elements = declarations.filter((d) => d.customElement && d.tagName);
        const ref = (d) => ({ name: d.name, module: BUNDLE });
        customElementsManifest.modules = [
          {
            kind: 'javascript-module',
            path: BUNDLE,
            declarations,
            exports: [
              ...elements.map((d) => ({ kind: 'js', name: d.name, declaration: ref(d) })),
              ...elements.map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: ref(d) })),
            ],
          },
        ];
      },
    },
  ],
};
