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
  'src/core/manifest/json-schema.ts',
  ...elements.flatMap((name) => [`src/elements/${name}/${name}.ts`, `src/elements/${name}/define.ts`]),
];

const minify = terser({ ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, format: { comments: false } });

const config: RollupOptions[] = [
  {
    // Unbundled ESM for npm: one module per source file, lit and js-cookie left to the app's bundler.
    input: esmInputs,
    external: (id) => /^(lit|@lit|js-cookie|node:)/.test(id),
    plugins: [minifyTemplates(), typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist' })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    // One classic script for a script tag: everything inlined, minified, no eval.
    input: 'src/script-tag.ts',
    plugins: [resolve(), minifyTemplates(), typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }), minify],
    output: { file: 'dist/privacy-elements.min.js', format: 'iife', name: 'PrivacyElements' },
  },
];

export default config;
