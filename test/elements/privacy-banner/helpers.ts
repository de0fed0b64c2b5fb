import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/privacy-banner/define.js';
import type { PrivacyBanner } from '../../../src/elements/privacy-banner/privacy-banner.js';
import { ConsentController } from '../../../src/controllers/consent-controller.js';
import { signalSources } from '../../../src/controllers/signals-controller.js';
import { browserCookieJar } from '../../../src/core/consent/cookie-jar.js';
import { parseRecord, type ConsentRecord } from '../../../src/core/consent/record.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { minimalManifest } from '../../fixtures.js';
import { clearCookies, consentManifest } from '../../core/consent/helpers.js';

export { consentManifest as promptManifest };

declare global {
  interface Window {
    gatedRuns?: Record<string, number>;
    dataLayer?: unknown[];
  }
}

/** Only strictly necessary storage: the banner is a notice. */
export const noticeManifest: Manifest = {
  ...minimalManifest,
  url: 'https://example.com/privacy',
  cookies: {
    statement: 'We keep you signed in and remember this notice.',
    categories: [
      {
        id: 'necessary',
        necessary: true,
        name: 'Strictly necessary',
        items: [
          { name: 'session_id', purpose: 'Keeps you signed in', duration: 'session', party: 'first' },
          { name: 'lb', purpose: 'Balances load', duration: 'P1Y', party: 'third', provider: 'Example CDN' },
        ],
      },
    ],
  },
};

/** Renders a banner for the manifest, with no privacy signals unless `nav` says otherwise. */
export async function mount(manifest: unknown = consentManifest, nav: object = {}): Promise<PrivacyBanner> {
  signalSources.navigator = nav;
  signalSources.window = {};
  const el = await fixture<PrivacyBanner>(html`<privacy-banner .manifest=${manifest}></privacy-banner>`);
  await el.updateComplete;
  await secondLayerLoaded(el);
  return el;
}

/**
 * Waits for the banner's second layer (the preferences dialog and the cookie tables), which a page
 * fetches at idle time after the first layer shows: a visitor's click then finds it here.
 */
export async function secondLayerLoaded(el: PrivacyBanner): Promise<void> {
  await (el as unknown as { loadSecondLayer(): Promise<unknown> }).loadSecondLayer().catch(() => {});
  await el.updateComplete;
}

export const shadow = <T extends Element = HTMLElement>(el: PrivacyBanner, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const panelOf = (el: PrivacyBanner) => shadow(el, '[part~="panel"]');
export const dialogOf = (el: PrivacyBanner) => shadow<HTMLDialogElement>(el, 'dialog')!;
export const reopenOf = (el: PrivacyBanner) => shadow<HTMLButtonElement>(el, '[part~="reopen"]');
export const switchOf = (el: PrivacyBanner, id: string) =>
  shadow<HTMLInputElement>(el, `input[aria-describedby="about-${id}"]`)!;
export const buttonOf = (el: Element, name: string) => {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
export const textOf = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The focused element, looking into the banner's shadow root. */
export const focused = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** The record in the real consent cookie, if any, read as the policy it was made under reads it. */
export const storedRecord = (manifest: Manifest = consentManifest): ConsentRecord | undefined =>
  parseRecord(
    browserCookieJar.get('privacy_consent'),
    validateManifest(manifest).ok ? (validateManifest(manifest) as { manifest: Manifest }).manifest : manifest,
  );

/** Adds a gated inline script that counts its runs under `name` in window.gatedRuns. */
export function gatedInline(name: string, category: string, extra = '') {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.privacyCategory = category;
  script.className = 'test-gated';
  script.text = `window.gatedRuns = window.gatedRuns || {}; window.gatedRuns[${JSON.stringify(name)}] = (window.gatedRuns[${JSON.stringify(name)}] || 0) + 1; ${extra}`;
  document.body.append(script);
  return script;
}

/** Adds a gated external script (fixtures/count-run.js), counted under "external". */
export function gatedExternal(category: string) {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.privacyCategory = category;
  script.dataset.src = '/test/elements/privacy-banner/fixtures/count-run.js';
  script.className = 'test-gated';
  document.body.append(script);
  return script;
}

export const runs = (name: string) => window.gatedRuns?.[name] ?? 0;

/** Puts the page back as it was: no cookies, signals, jar stand-in, dataLayer, gated scripts, dark mode. */
export async function resetPage() {
  clearCookies();
  ConsentController.jar = browserCookieJar;
  delete signalSources.navigator;
  delete signalSources.window;
  delete window.dataLayer;
  window.gatedRuns = {};
  document.querySelectorAll('.test-gated, [data-privacy-category]').forEach((s) => s.remove());
  await emulateMedia({ colorScheme: 'light' });
}

/** Opens every cookie list in the banner's dialog and waits until their rows are rendered (they are rendered on first opening). */
export async function openCookieLists(el: PrivacyBanner) {
  const lists = [...el.shadowRoot!.querySelectorAll('details')].filter((d) => !d.open);
  const toggled = lists.map((d) => new Promise((ok) => d.addEventListener('toggle', ok, { once: true })));
  lists.forEach((d) => (d.open = true));
  await Promise.all(toggled);
  await el.updateComplete;
}
