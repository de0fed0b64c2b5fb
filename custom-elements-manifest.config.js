export default {
  globs: ['src/elements/*/*.ts', 'src/internal/policy-element.ts'],
  exclude: ['src/elements/*/define.ts', 'src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
