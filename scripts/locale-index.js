// Writes src/core/i18n/locales/<tag>/index.ts for every language folder: the module behind
// `import 'privacy-elements/locales/<tag>'`, which registers every string of that language.
// Run after adding a language (`node scripts/locale-index.js`); a test checks each is current.
import { readdirSync, writeFileSync } from 'node:fs';

export const PARTS = ['common', 'storage', 'banner', 'preferences', 'signals', 'request', 'rights', 'summary'];

export const localeIndex = (
  tag,
) => `// Every UI string in ${tag}: \`import 'privacy-elements/locales/${tag}'\` registers them for every element.
${PARTS.map((p) => `import { ${p}Strings } from './${p}.js';`).join('\n')}
import { registerCatalog } from '../../catalog.js';

registerCatalog('${tag}', { ${PARTS.map((p) => `...${p}Strings`).join(', ')} });
`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dir = 'src/core/i18n/locales';
  for (const tag of readdirSync(dir)) writeFileSync(`${dir}/${tag}/index.ts`, localeIndex(tag));
}
