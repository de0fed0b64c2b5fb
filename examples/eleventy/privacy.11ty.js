// An Eleventy page of the privacy policy, rendered at build time from the manifest:
//   npx @11ty/eleventy --input=examples/eleventy --output=_site
import { readFileSync } from 'node:fs';
import { renderSummary } from 'privacy-elements/ssr';

const policy = JSON.parse(readFileSync(new URL('../../demo/policies/example-shop.json', import.meta.url), 'utf8'));

export const data = { permalink: 'privacy/index.html' };

export function render() {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Privacy</title></head>
<body><main><h1>Privacy</h1>${renderSummary(policy, { open: 'all' })}</main></body>
</html>`;
}
