import type { Manifest } from '../../../src/core/manifest/schema.js';
import type { CookieAttributes, CookieJar } from '../../../src/core/consent/cookie-jar.js';
import { minimalManifest } from '../../fixtures.js';

/** A policy with one necessary and two optional categories, one of them used for advertising. */
export const consentManifest: Manifest = {
  ...minimalManifest,
  version: '3',
  url: '/privacy',
  signals: { gpc: { honoured: true } },
  cookies: {
    categories: [
      {
        id: 'necessary',
        necessary: true,
        name: 'Strictly necessary',
        items: [{ name: 'session', purpose: 'Keeps you signed in', duration: 'session', party: 'first' }],
      },
      {
        id: 'analytics',
        name: 'Analytics',
        description: 'Counting visits.',
        consentMode: ['analytics_storage'],
        items: [
          {
            name: '_pe_an',
            purpose: 'Tells visits apart',
            duration: 'P13M',
            party: 'first',
            provider: 'Example Analytics',
          },
          { name: 'an_store', kind: 'localStorage', purpose: 'Caches settings', duration: 'P1D', party: 'first' },
        ],
      },
      {
        id: 'ads',
        name: 'Advertising',
        uses: ['targeted-advertising'],
        consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      },
    ],
  },
};

/** A jar over a Map that remembers every call, so the attributes can be checked. */
export class SpyJar implements CookieJar {
  readonly cookies = new Map<string, string>();
  readonly sets: [string, string, CookieAttributes][] = [];
  readonly removes: [string, CookieAttributes][] = [];
  get(name: string) {
    return this.cookies.get(name);
  }
  all(name: string) {
    return this.cookies.has(name) ? [this.cookies.get(name)!] : [];
  }
  set(name: string, value: string, attributes: CookieAttributes) {
    this.sets.push([name, value, attributes]);
    this.cookies.set(name, value);
  }
  remove(name: string, attributes: CookieAttributes) {
    this.removes.push([name, attributes]);
    this.cookies.delete(name);
  }
  names() {
    return [...this.cookies.keys()];
  }
}

/** A jar like a browser with cookies blocked in a sandboxed frame: every access throws. */
export const throwingJar: CookieJar = {
  get() {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
  all() {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
  set() {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
  remove() {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
  names() {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
};

/** Expires every cookie the page can see. */
export function clearCookies() {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}
