import { readdirSync } from 'node:fs';
import type { RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';

const elements = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const esmInputs = [
  'src/index.ts',
  'src/define.ts',
  'src/cli/index.ts',
  'src/server/index.ts',
  'src/core/manifest/json-schema.ts',
  ...elements.flatMap((name) => [`src/elements/${name}/${name}.ts`, `src/elements/${name}/define.ts`]),
];

// The script-tag builds start with V8's explicit compile hint: Chromium then compiles every
// function on the thread that streams the script, not lazily on the main thread as each is
// first called. Measured in the bench (4x CPU): main-thread scripting of the banner build fell
// from about 45 to 22 ms. Browsers without it read a comment.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const minify = terser({ ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, format: { comments: false, preamble: COMPILE_HINT } });

const config: RollupOptions[] = [
  {
    // Unbundled ESM for npm: one module per source file, lit and js-cookie left to the app's bundler.
    input: esmInputs,
    external: (id) => /^(lit|@lit|js-cookie|node:|pg$|@electric-sql\/pglite)/.test(id),
    plugins: [minifyTemplates(), typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist' })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  // Classic scripts for a script tag: everything inlined, minified, no eval. The full build
  // defines every element; the banner build only <privacy-banner>, for pages that show nothing else.
  ...[
    ['src/script-tag.ts', 'dist/privacy-elements.min.js'],
    ['src/script-tag-banner.ts', 'dist/privacy-banner.min.js'],
  ].map(([input, file]) => ({
    input,
    plugins: [resolve(), minifyTemplates(), typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }), minify],
    output: { file, format: 'iife' as const, name: 'PrivacyElements' },
  })),
];

export default config;
