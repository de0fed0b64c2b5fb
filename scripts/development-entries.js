// The `development` export condition (as Lit's packages have): for each browser entry of the
// package, a module in dist/development/ that first installs the full manifest validator, then is
// that entry. Bundlers and dev servers pick it with the "development" condition (Vite does in dev).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let written = 0;
for (const [name, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || !target.development) continue;
  const file = target.development.replace(/^\.\//, '');
  const entry = target.default.replace(/^\.\//, '');
  const from = (to) => `./${relative(dirname(file), to)}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `// ${name} for development: every manifest is checked by the full validator.\nimport '${from('dist/development.js')}';\nexport * from '${from(entry)}';\n`,
  );
  written++;
}
if (!written) throw new Error('package.json has no "development" export condition');
console.log(`development entries: ${written} in ${join('dist', 'development')}`);
