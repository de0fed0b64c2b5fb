// The size budget: fails when the script-tag bundle or an npm import of only the
// banner (with lit and js-cookie, minified) grows past its gzip budget.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const BUDGETS = { scriptTag: 15_000, bannerImport: 9_000 };

export async function bundleSize(entry) {
  const bundle = await rollup({ input: entry, plugins: [resolve(), terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  return Buffer.from(output.map((chunk) => chunk.code ?? '').join(''));
}

export const sizes = (code) => ({ raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [
    ['dist/privacy-elements.min.js (script tag, everything)', sizes(readFileSync('dist/privacy-elements.min.js')), BUDGETS.scriptTag],
    ['import "privacy-elements/privacy-banner" (minified)', sizes(await bundleSize('dist/elements/privacy-banner/define.js')), BUDGETS.bannerImport],
  ];
  let over = 0;
  for (const [name, s, budget] of rows) {
    const ok = s.gzip <= budget;
    over += ok ? 0 : 1;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${s.gzip} B gzip (budget ${budget}), ${s.brotli} B brotli, ${s.raw} B raw`);
  }
  process.exit(over ? 1 : 0);
}
