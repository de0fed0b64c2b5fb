import { policySettled } from '../fixtures.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { signalSources } from '../../src/controllers/signals-controller.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { getConsent, isGranted } from '../../src/index.js';
import { clearCookies } from '../core/consent/helpers.js';
import type { PrivacyBanner } from '../../src/elements/privacy-banner/privacy-banner.js';
import type { PrivacyRequest } from '../../src/elements/privacy-request/privacy-request.js';
import { hostileManifest, hostileTextManifest, richManifest } from './arbitraries.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const TAGS = ['privacy-summary', 'privacy-banner', 'privacy-signals', 'privacy-request'] as const;

/** Every element in `root` and in every shadow root under it. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** No attribute handler, no active content, and only http(s), mailto and tel links, anywhere in `root`. */
function inspect(root: ParentNode) {
  for (const el of deepElements(root)) {
    for (const attr of el.attributes) expect(attr.name, `<${el.localName}> attribute`).to.not.match(/^on/i);
    expect(['script', 'iframe', 'object', 'embed'], 'no active content').to.not.include(el.localName);
    if (el.localName === 'a' && el.hasAttribute('href')) {
      const href = el.getAttribute('href')!;
      expect(href, 'link').to.not.match(/[\s<>"`]/);
      expect(['http:', 'https:', 'mailto:', 'tel:'], href).to.include(new URL(href, location.href).protocol);
    }
  }
}

function clearStorage() {
  clearCookies();
  localStorage.clear();
}

describe('every element under hostile manifests (property-based)', () => {
  let uncaught: unknown[];
  let realError: typeof console.error;
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);

  beforeEach(() => {
    uncaught = [];
    realError = console.error;
    console.error = () => {};
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    signalSources.navigator = {};
    signalSources.window = {};
    clearStorage();
  });
  afterEach(() => {
    console.error = realError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    clearStorage();
  });

  it('renders or reports each of 500 manifests without throwing, running script, linking javascript:, granting consent or polluting prototypes', async function () {
    this.timeout(180_000);
    let invalid = 0;
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileManifest, hostileTextManifest), async (manifest) => {
        const errors = new Map<string, CustomEvent>();
        const holder = await fixture<HTMLDivElement>(html`<div
          @privacy-error=${(e: CustomEvent) => errors.set((e.target as Element).localName, e)}
        >
          ${TAGS.map((tag) => {
            const el = document.createElement(tag) as HTMLElement & { manifest?: unknown };
            el.manifest = manifest;
            return el;
          })}
        </div>`);
        const elements = [...holder.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
        await Promise.all(elements.map(policySettled));
        await Promise.all(elements.map((el) => el.updateComplete));

        const result = validateManifest(manifest);
        if (result.ok) {
          valid++;
          expect([...errors.keys()], 'a valid manifest reports no error').to.deep.equal([]);
        } else {
          invalid++;
          expect([...errors.keys()].sort(), 'every element reports the invalid manifest').to.deep.equal(
            [...TAGS].sort(),
          );
          for (const event of errors.values()) {
            expect(event.bubbles && event.composed).to.equal(true);
            expect(event.detail.issues.length).to.be.greaterThan(0);
            for (const issue of event.detail.issues) expect(issue.path).to.match(/^\$/);
          }
        }

        inspect(holder);
        if (result.ok) {
          // What renders only on demand too: the banner's preferences dialog and each right's page of the request dialog.
          const banner = holder.querySelector('privacy-banner') as PrivacyBanner;
          await banner.openPreferences();
          inspect(holder);
          const request = holder.querySelector('privacy-request') as PrivacyRequest;
          for (const { right } of result.manifest.rights?.items ?? []) {
            await request.openDialog(right);
            inspect(holder);
          }
        }
        expect(isGranted('analytics'), 'nothing optional granted without a choice').to.equal(false);
        expect(getConsent()?.choices ?? {}).to.satisfy((choices: Record<string, boolean>) =>
          Object.values(choices).every((v) => v === false),
        );
        expect(document.cookie, 'no consent cookie without a choice').to.equal('');
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.keys(Object.prototype)).to.deep.equal([]);
        expect(uncaught).to.deep.equal([]);
        holder.remove();
      }),
      { numRuns: 500 },
    );
    await aTimeout(200); // an <img onerror> or <svg onload> would have fired by now
    expect(window.__pwned).to.equal(undefined);
    expect(uncaught).to.deep.equal([]);
    expect(invalid, 'most generated manifests are invalid').to.be.greaterThan(150);
    expect(valid, 'some are valid and rendered').to.be.greaterThan(50);
  });

  it('shows a valid manifest with markup in every string as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const poisoned = JSON.parse(JSON.stringify(richManifest), (key, value) =>
      typeof value === 'string' && !/^(https?:|P\d|\d{4}-|[a-z_]+$)/.test(value) && !value.includes('@')
        ? `${value} ${markup}`
        : value,
    );
    expect(validateManifest(poisoned).ok, JSON.stringify(validateManifest(poisoned))).to.equal(true);
    const holder = await fixture<HTMLDivElement>(html`<div>
      ${TAGS.map((tag) => Object.assign(document.createElement(tag), { manifest: poisoned, open: 'all' }))}
    </div>`);
    await Promise.all(
      [...holder.children].map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete),
    );
    await aTimeout(100);
    const summary = holder.querySelector('privacy-summary')!.shadowRoot!;
    expect(summary.textContent).to.contain('<b>bold</b>');
    expect(summary.querySelector('b, img')).to.equal(null);
    expect(window.__pwned).to.equal(undefined);
  });
});
