// The size budget of the script-tag bundle and of an npm import of only the
// banner (with lit and js-cookie, minified), in gzip bytes. `npm run size` fails
// when a bundle is over its budget, as the budget says. Both still are, so CI runs
// `npm run size -- --ceilings`, which fails only when a bundle grows past its
// ceiling: today's size and a little room. Lower a ceiling whenever a change makes
// the bundle smaller. The banner-only script tag has no budget of its own; its
// ceiling keeps it from growing.
import { readFileSync, realpathSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';

export const BUDGETS = { scriptTag: 15_000, bannerImport: 9_000 };
// The elements extend LitElement (server rendering, Node import and Lit's own features need it), which
// costs every bundle about 1.8 KB gzip over a hand-made base; the ceilings carry that until the
// on-demand loader replaces them with per-page budgets. The banner's clean-up after a refusal (domains,
// paths, name patterns), held embeds with their placeholder, the first layer's purposes and recipients
// and the light-dark() tokens add about 2.2 KB gzip to each; the embed gate and its placeholder are the
// first candidates for loading on demand, only on pages that hold an embed.
export const CEILINGS = { scriptTag: 31_300, bannerImport: 21_950, bannerScriptTag: 22_500 };

/** The chunks of an ES bundle of `entry` with its dependencies resolved, through `plugins`. */
async function bundled(entry, plugins = []) {
  const bundle = await rollup({ input: entry, plugins: [resolve(), ...plugins], logLevel: 'silent' });
  return (await bundle.generate({ format: 'es' })).output;
}

export async function bundleSize(entry) {
  const output = await bundled(entry, [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })]);
  return Buffer.from(output.map((chunk) => chunk.code ?? '').join(''));
}

/**
 * What each module puts into the bundle of `entry`: its code as rollup renders it, minified on its own
 * and gzipped on its own, largest first. The bundle compresses better than the sum; this says where
 * the bytes come from, e.g. after a bundle grew past its ceiling.
 */
export async function moduleSizes(entry) {
  const rows = [];
  for (const chunk of await bundled(entry))
    for (const [id, module] of Object.entries(chunk.modules ?? {}))
      if (module.code) rows.push({ module: id.replace(/^.*node_modules\//, '').replace(`${process.cwd()}/`, ''), ...sizes(Buffer.from((await minify(module.code, { compress: { passes: 2 } })).code)) });
  return rows.sort((a, b) => b.gzip - a.gzip);
}

export const sizes = (code) => ({ raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });

// Run as a script (a path with spaces or non-ASCII letters is %-encoded in the module URL, so compare paths).
if (process.argv[1] && realpathSync(resolvePath(process.argv[1])) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--modules')) {
    for (const [name, entry] of [['import "privacy-elements/privacy-banner"', 'dist/elements/privacy-banner/define.js'], ['import "privacy-elements/define" (every element)', 'dist/define.js']]) {
      console.log(`${name}, by module (minified and gzipped each on its own):`);
      for (const row of await moduleSizes(entry)) console.log(`${String(row.gzip).padStart(7)} B gzip ${String(row.raw).padStart(7)} B min  ${row.module}`);
    }
    process.exit(0);
  }
  const rows = [
    ['dist/privacy-elements.min.js (script tag, everything)', sizes(readFileSync('dist/privacy-elements.min.js')), 'scriptTag'],
    ['import "privacy-elements/privacy-banner" (minified)', sizes(await bundleSize('dist/elements/privacy-banner/define.js')), 'bannerImport'],
    ['dist/privacy-banner.min.js (script tag, banner only)', sizes(readFileSync('dist/privacy-banner.min.js')), 'bannerScriptTag'],
  ];
  const ceilingsOnly = process.argv.includes('--ceilings');
  let failed = 0;
  for (const [name, s, key] of rows) {
    const state = s.gzip > CEILINGS[key] ? 'GREW' : s.gzip > (BUDGETS[key] ?? Infinity) ? 'OVER' : 'ok  ';
    failed += state === 'GREW' || (state === 'OVER' && !ceilingsOnly) ? 1 : 0;
    console.log(`${state} ${name}: ${s.gzip} B gzip (${BUDGETS[key] ? `budget ${BUDGETS[key]}` : 'no budget'}, ceiling ${CEILINGS[key]}), ${s.brotli} B brotli, ${s.raw} B raw`);
  }
  if (rows.some(([, s, key]) => s.gzip > CEILINGS[key])) console.log('A bundle grew past its ceiling: find what added the bytes, or raise the ceiling in scripts/size.js with the reason.');
  else if (failed) console.log('Over budget (CI checks only the ceilings, with --ceilings, until the budgets are met).');
  process.exit(failed ? 1 : 0);
}
