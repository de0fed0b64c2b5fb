// A plain Node server that renders the privacy policy on the server: the summary arrives as
// declarative shadow DOM, readable with JavaScript off; the script tag then hydrates it.
//   node examples/node-server/server.js   (after `npm run build`), then open http://127.0.0.1:8080/privacy
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { renderSignals, renderSummary, signalsFromHeaders } from 'privacy-elements/ssr';

const policy = JSON.parse(readFileSync(new URL('../../demo/policies/example-shop.json', import.meta.url), 'utf8'));

export const server = createServer((request, response) => {
  if (new URL(request.url, 'http://localhost').pathname !== '/privacy') return response.writeHead(404).end('not found');
  const lang = request.headers['accept-language']?.startsWith('de') ? 'de' : 'en';
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Privacy</title></head>
<body>
<main>
  <h1>Privacy</h1>
  ${renderSummary(policy, { lang })}
  ${renderSignals(policy, { lang, signals: signalsFromHeaders(request.headers) })}
</main>
</body>
</html>`);
});

if (import.meta.url === `file://${process.argv[1]}`)
  server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () =>
    console.log(`http://127.0.0.1:${server.address().port}/privacy`),
  );
