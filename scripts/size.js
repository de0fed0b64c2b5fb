// The size budgets, in gzip bytes (level 9, an English page), measured as a visitor's browser
// fetches them: each file of the script tag's loader and chunks gzipped on its own and added up,
// and the npm import of the banner bundled and minified with lit and js-cookie. `npm run size`
// exits 1 when any is over its budget. The budgets are not met yet (bench/README.md says by how
// much and where the bytes are), so CI runs `npm run size -- --ceilings`, which fails only when a
// figure grows past its ceiling: today's size and a little room. Lower a ceiling whenever a change
// makes the code smaller.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';

/** A language's strings for the banner's first layer, fetched with it on a page in that language. */
export const LANGUAGE_BUDGET = 1_500;

export const BUDGETS = {
  /** The loader and everything fetched before the banner's first layer shows, the policy fetched. */
  marketing: 12_000,
  /** A page with all four elements: every chunk it loads. */
  allFour: 32_000,
  /** `import 'privacy-elements/privacy-banner'`, bundled and minified with lit and js-cookie, first layer only. */
  bannerImport: 12_500,
};

// Lowered when the preferences dialog, held embeds and the manifest validator's messages moved out
// of the first layer (loaded on first use, at idle time, or for a refused manifest only). Raised by
// 700 B when the manifest check learned to run in slices and to hand a text over 256 KB to a parser
// that works in slices (the slicing driver in the rules, the branch for large texts in the loader,
// the body read as it arrives, the banner's prompt made once), and the first layer's lists were
// joined with each catalog's CLDR words instead of Intl.ListFormat, whose first use cost 115 to
// 145 ms at 4x CPU before the banner showed (about 140 B of the whole: the words and their code).
// Then dates and durations left the first layer for a module of their own, which the dialog, the
// summary and the request form load (marketing page and banner import lowered by 200 B and 100 B),
// and lifetimes came to be written with each catalog's CLDR unit words instead of
// Intl.NumberFormat, whose first use cost 80 to 260 ms at 4x CPU in a task of its own at idle time:
// the page with all four elements, which loads the dialog's chunk and English's words, rose by 300 B.
// Then the summary learned to draw its cookie tables a slice of rows per frame (with Lit's guard
// directive, so that a slice does not build the rows before it again) and to print closed
// sections, a server-rendered element to check its policy at once, and a catalog to stay the same
// object between updates (all four: 700 B more; the first layer: 50 B). Then the summary and the
// request form came to write dates with each catalog's CLDR words (English's in the chunk they
// share) instead of Intl.DateTimeFormat, which cost about 105 ms of the summary's first render at
// 4x CPU (all four: 390 B more). Then a check that took over 10 ms came to answer in a task of its
// own, a fetched body to be decoded a quarter megabyte per task however it arrives, and the
// disclosed categories to be made once per policy and words, so that the summary's slices stopped
// building the first category's table again (36,401 lifetimes formatted for 20,001 rows, then
// 20,001): about 45 B on the first layer, which passed the banner import's ceiling by 1 B.
export const CEILINGS = { marketing: 26_450, allFour: 41_000, bannerImport: 23_450 };

/** The chunks of a page with all four elements, before any is used. */
const ALL_FOUR = ['runtime', 'privacy-banner', 'privacy-summary', 'privacy-request', 'privacy-signals'];

/** The chunks a script-tag chunk imports statically (what the browser fetches with it), itself included. */
export function chunkClosure(names, dir = 'dist/chunks') {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g))
      visit(resolvePath(dirname(file), spec));
  };
  names.forEach((name) => visit(resolvePath(dir, `${name}.js`)));
  return [...files];
}

/** The chunks named `name` (as rollup hashes them, in dist/chunks/shared), by their names in chunkClosure's terms. */
export const laterChunks = (name, dir = 'dist/chunks') =>
  readdirSync(`${dir}/shared`)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'))
    .map((file) => `shared/${file.slice(0, -3)}`);

/** The sizes of files as fetched one by one: each compressed on its own, then added up. */
export const filesSize = (files) =>
  files
    .map((file) => sizes(readFileSync(file)))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });

/** The chunks of an ES bundle of `entry` with its dependencies resolved, through `plugins`. */
async function bundled(entry, plugins = []) {
  const bundle = await rollup({ input: entry, plugins: [resolve(), ...plugins], logLevel: 'silent' });
  return (await bundle.generate({ format: 'es' })).output;
}

/** The minified bundle of `entry`: the entry and the chunks it imports statically, not those it loads later with import(). */
export async function bundleSize(entry) {
  const output = await bundled(entry, [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })]);
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const wanted = new Set();
  const visit = (chunk) =>
    wanted.has(chunk) || (wanted.add(chunk), chunk.imports?.forEach((name) => visit(byName.get(name))));
  visit(output.find((chunk) => chunk.isEntry));
  return Buffer.from([...wanted].map((chunk) => chunk.code ?? '').join(''));
}

/**
 * What each module puts into the bundle of `entry`: its code as rollup renders it, minified on its own
 * and gzipped on its own, largest first. The bundle compresses better than the sum; this says where
 * the bytes come from, e.g. after a bundle went over its budget.
 */
export async function moduleSizes(entry) {
  const rows = [];
  for (const chunk of await bundled(entry))
    for (const [id, module] of Object.entries(chunk.modules ?? {}))
      if (module.code)
        rows.push({
          module: id.replace(/^.*node_modules\//, '').replace(`${process.cwd()}/`, ''),
          ...sizes(Buffer.from((await minify(module.code, { compress: { passes: 2 } })).code)),
        });
  return rows.sort((a, b) => b.gzip - a.gzip);
}

export const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

// Run as a script (a path with spaces or non-ASCII letters is %-encoded in the module URL, so compare paths).
if (process.argv[1] && realpathSync(resolvePath(process.argv[1])) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--modules')) {
    for (const [name, entry] of [
      ['import "privacy-elements/privacy-banner"', 'dist/elements/privacy-banner/define.js'],
      ['import "privacy-elements/define" (every element)', 'dist/define.js'],
    ]) {
      console.log(`${name}, by module (minified and gzipped each on its own):`);
      for (const row of await moduleSizes(entry))
        console.log(`${String(row.gzip).padStart(7)} B gzip ${String(row.raw).padStart(7)} B min  ${row.module}`);
    }
    console.log('The script tag, by file (each gzipped on its own, as fetched):');
    const files = [
      'dist/privacy-elements.min.js',
      ...chunkClosure([...ALL_FOUR, 'locales/de/banner']),
      ...['banner-preferences', 'banner-embeds', 'validate', 'json-steps'].flatMap((n) => chunkClosure(laterChunks(n))),
    ];
    for (const file of new Set(files)) {
      const s = filesSize([file]);
      console.log(
        `${String(s.gzip).padStart(7)} B gzip ${String(s.raw).padStart(7)} B raw  ${file.replace(`${process.cwd()}/`, '')}`,
      );
    }
    process.exit(0);
  }
  const loader = 'dist/privacy-elements.min.js';
  const rows = [
    [
      'marketing page: loader, runtime, banner and what they import',
      filesSize([loader, ...chunkClosure(['runtime', 'privacy-banner'])]),
      'marketing',
    ],
    [
      'page with all four elements: every chunk it loads',
      filesSize([
        loader,
        // With the preferences dialog, which the banner fetches at idle time once its first layer shows.
        ...chunkClosure([...ALL_FOUR, ...laterChunks('banner-preferences')]),
      ]),
      'allFour',
    ],
    [
      'import "privacy-elements/privacy-banner" (minified, first layer)',
      sizes(await bundleSize('dist/elements/privacy-banner/define.js')),
      'bannerImport',
    ],
  ];
  const ceilingsOnly = process.argv.includes('--ceilings');
  // Each language's first-layer strings, and the dialog's (fetched at idle time), without the code they register with.
  const strings = (tag, part) =>
    filesSize(chunkClosure([`locales/${tag}/${part}`]).filter((file) => !/banner-path-/.test(file))).gzip;
  const languages = readdirSync('dist/chunks/locales')
    .map((tag) => ({ tag, banner: strings(tag, 'banner'), preferences: strings(tag, 'preferences') }))
    .sort((a, b) => b.banner - a.banner);
  const [largest] = languages;
  const over = languages.filter((l) => l.banner > LANGUAGE_BUDGET);
  const dialog = languages.reduce((a, b) => (b.preferences > a.preferences ? b : a));
  console.log(
    `${over.length ? 'OVER' : 'ok  '} a language's banner strings: at most ${largest.banner} B gzip (${largest.tag}; budget ${LANGUAGE_BUDGET}) of ${languages.length} languages${over.length ? `; over: ${over.map((l) => l.tag).join(', ')}` : ''}; its preferences dialog's: at most ${dialog.preferences} B (${dialog.tag}), fetched at idle time`,
  );
  let failed = 0;
  for (const [name, s, key] of rows) {
    const state = s.gzip > CEILINGS[key] ? 'GREW' : s.gzip > BUDGETS[key] ? 'OVER' : 'ok  ';
    failed += state === 'GREW' || (state === 'OVER' && !ceilingsOnly) ? 1 : 0;
    console.log(
      `${state} ${name}: ${s.gzip} B gzip (budget ${BUDGETS[key]}, ceiling ${CEILINGS[key]}), ${s.brotli} B brotli, ${s.raw} B raw`,
    );
  }
  if (rows.some(([, s, key]) => s.gzip > CEILINGS[key]))
    console.log(
      'A figure grew past its ceiling: find what added the bytes (--modules), or raise the ceiling with the reason.',
    );
  process.exit(failed || over.length ? 1 : 0);
}
