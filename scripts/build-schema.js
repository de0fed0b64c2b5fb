// Writes schema/policy-manifest.schema.json from the manifest shape in src (via the ESM build).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { manifestJsonSchema } from '../dist/core/manifest/json-schema.js';

const docs = JSON.parse(readFileSync(new URL('../src/core/manifest/schema-docs.json', import.meta.url), 'utf8'));
mkdirSync('schema', { recursive: true });
writeFileSync('schema/policy-manifest.schema.json', JSON.stringify(manifestJsonSchema(docs), null, 2) + '\n');
