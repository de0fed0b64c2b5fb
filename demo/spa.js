// The SPA demo: the ESM build, with lit and js-cookie resolved by the import map.
import '/dist/define.js';
import { onConsentChange } from '/dist/index.js';

const select = document.querySelector('#policy');
const status = document.querySelector('#consent');

async function show(name) {
  const manifest = await (await fetch(`policies/${name}.json`)).json();
  for (const el of document.querySelectorAll('privacy-summary, privacy-signals, privacy-request, privacy-banner'))
    el.manifest = manifest;
}

select.addEventListener('change', () => show(select.value));
onConsentChange((record) => (status.textContent = `Consent record ${record.id}: ${JSON.stringify(record.choices)}`));
show(select.value);
