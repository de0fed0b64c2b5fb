// The single-file script-tag build: registers every element, applies the
// script's data attributes, and mounts the banner unless the page has one.
// Its exports become `window.PrivacyElements`.
import './define.js';
import { configure } from './internal/config.js';

export * from './index.js';

const script = document.currentScript as HTMLScriptElement | null;
const options = script?.dataset ?? {};
configure({ policy: options.policy, lang: options.lang });

function mount() {
  if (options.banner !== 'off' && !document.querySelector('privacy-banner')) document.body.append(document.createElement('privacy-banner'));
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();
