/** Internal reactive state (`state: true` in static properties) is no attribute: leave it out. */
const noStateAttributes = () => ({
  name: 'no-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const decl of mod.declarations ?? []) {
        const hidden = new Set();
        for (const member of decl.members ?? [])
          if (member.privacy === 'private' && member.attribute) {
            hidden.add(member.attribute);
            delete member.attribute;
          }
        if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.name));
      }
  },
});

/** Modules in path order: the analyzer's own order varies from run to run, and the file is committed. */
const sortedModules = () => ({
  name: 'sorted-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['src/elements/*/*.ts', 'src/internal/policy-element.ts'],
  exclude: ['src/elements/*/define.ts', 'src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [noStateAttributes(), sortedModules()],
};
