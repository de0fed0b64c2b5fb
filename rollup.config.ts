import { existsSync, readdirSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Plugin, RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const locales = readdirSync('src/core/i18n/locales', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/core/i18n/locales/${d.name}/index.ts`))
  .map((d) => d.name);

const esmInputs = [
  'src/index.ts',
  'src/define.ts',
  'src/ssr.ts',
  'src/hydrate.ts',
  'src/cli/index.ts',
  'src/server/index.ts',
  'src/core/manifest/json-schema.ts',
  'src/development.ts',
  ...elements.flatMap((name) => [`src/elements/${name}/${name}.ts`, `src/elements/${name}/define.ts`]),
  ...locales.map((tag) => `src/core/i18n/locales/${tag}/index.ts`),
];

// Chunks that run as soon as they arrive start with V8's explicit compile hint: Chromium then
// compiles every function on the thread that streams the script, not lazily on the main thread
// as each is first called. Browsers without it read a comment.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const minify = (preamble?: string) =>
  terser({
    ecma: 2020,
    module: true,
    compress: { passes: 2, unsafe_arrows: true },
    format: { comments: false, preamble },
  });

/** Which parts of a language's strings each element needs (the files of src/core/i18n/en/). */
const PARTS: Record<string, string[]> = {
  banner: ['common', 'banner'],
  preferences: ['storage', 'preferences'],
  summary: ['common', 'storage', 'rights', 'summary'],
  request: ['common', 'request', 'rights'],
  signals: ['common', 'signals'],
};

/** `locales/<tag>/<part>` chunks: each registers the strings one element needs in one language. */
function localeChunks(): Plugin {
  const PREFIX = '\0locale:';
  const src = (path: string) => JSON.stringify(resolvePath(path));
  return {
    name: 'locale-chunks',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [tag, part] = id.slice(PREFIX.length).split('/');
      const parts = PARTS[part];
      return [
        `import { registerCatalog } from ${src('src/core/i18n/catalog.ts')};`,
        ...parts.map((p) => `import { ${p}Strings as ${p} } from ${src(`src/core/i18n/locales/${tag}/${p}.ts`)};`),
        `registerCatalog(${JSON.stringify(tag)}, { ${parts.map((p) => `...${p}`).join(', ')} });`,
      ].join('\n');
    },
  };
}

const browserPlugins = (outDir: string) => [
  resolve(),
  minifyTemplates(),
  // Whole-program compilation: const enums (the manifest rules' problem codes) become plain numbers.
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir, isolatedModules: false }),
];

/**
 * What the banner's page needs (the runtime, the banner and everything they import statically) goes
 * in one shared chunk: one request on the critical path instead of many small ones.
 */
function bannerPath(): (
  id: string,
  api: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null },
) => string | undefined {
  const entries = ['src/script-runtime.ts', 'src/elements/privacy-banner/define.ts'].map((p) => resolvePath(p));
  let graph: Set<string> | undefined;
  return (id, { getModuleInfo }) => {
    if (!graph) {
      graph = new Set();
      const visit = (m: string) => graph!.has(m) || (graph!.add(m), getModuleInfo(m)?.importedIds.forEach(visit));
      entries.forEach(visit);
    }
    if (graph.has(id) && !entries.includes(id)) return 'banner-path';
    // What the banner loads later, each under a name that says what it is.
    const later = /privacy-banner\/(preferences|embeds)\.ts$/.exec(id);
    if (later) return `banner-${later[1]}`;
    // A language's strings for the banner travel in one file with the module that registers them.
    const part = /locales\/([\w-]+)\/(common|banner)\.ts$/.exec(id) ?? /^\0locale:([\w-]+)\/(banner)$/.exec(id);
    return part ? `locales/${part[1]}/banner` : undefined;
  };
}

/** The development build: `DEVELOPMENT` (src/internal/build-mode.ts) is true, so the loader brings the full validator first. */
const developmentMode = (): Plugin => ({
  name: 'development-mode',
  transform: (code, id) =>
    id.endsWith(resolvePath('src/internal/build-mode.ts'))
      ? code.replace(/DEVELOPMENT(: boolean)? = false/, 'DEVELOPMENT = true')
      : null,
});

/** Writes the entry's code a second time, under another name. */
const copyAs = (fileName: string): Plugin => ({
  name: 'copy-as',
  generateBundle(_options, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    if (entry?.type === 'chunk') this.emitFile({ type: 'asset', fileName, source: entry.code });
  },
});

const config: RollupOptions[] = [
  {
    // Unbundled ESM for npm: one module per source file, lit and js-cookie left to the app's bundler.
    input: esmInputs,
    external: (id) => /^(lit|@lit|@lit-labs|js-cookie|node:|pg$|@electric-sql\/pglite)/.test(id),
    plugins: [
      minifyTemplates(),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', isolatedModules: false }),
    ],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    // The script tag's chunks: ES modules beside the loader, lit and js-cookie inside, each loaded
    // when a page needs it and sharing what they have in common.
    input: {
      runtime: 'src/script-runtime.ts',
      development: 'src/development.ts',
      ...Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/define.ts`])),
      ...Object.fromEntries(
        locales.flatMap((tag) =>
          Object.keys(PARTS).map((part) => [`locales/${tag}/${part}`, `\0locale:${tag}/${part}`]),
        ),
      ),
      ...Object.fromEntries(locales.map((tag) => [`locales/${tag}/all`, `src/core/i18n/locales/${tag}/index.ts`])),
    },
    plugins: [localeChunks(), ...browserPlugins('dist/chunks'), minify(COMPILE_HINT)],
    output: {
      dir: 'dist/chunks',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
      manualChunks: bannerPath(),
    },
  },
  {
    // The loader: a classic script, so that a plain <script src> (with or without defer) runs it.
    // privacy-banner.min.js, the earlier banner-only build's name, is the same loader.
    input: 'src/loader.ts',
    plugins: [...browserPlugins('dist'), minify(COMPILE_HINT), copyAs('privacy-banner.min.js')],
    output: { dir: 'dist', entryFileNames: 'privacy-elements.min.js', format: 'iife' },
  },
  {
    // The same loader for development: every manifest is checked by the full validator, whose
    // messages name each problem's JSON path, before any element uses it.
    input: 'src/loader.ts',
    plugins: [...browserPlugins('dist'), developmentMode(), minify()],
    output: { dir: 'dist', entryFileNames: 'privacy-elements.dev.js', format: 'iife' },
  },
];

export default config;
