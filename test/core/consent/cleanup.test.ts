import { expect } from '@open-wc/testing';
import { clearRefused, cookieDomains, cookiePaths, type CleanupScope } from '../../../src/core/consent/cleanup.js';
import { namePattern } from '../../../src/core/consent/name-pattern.js';
import { browserCookieJar } from '../../../src/core/consent/cookie-jar.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { SpyJar, clearCookies, consentManifest, throwingJar } from './helpers.js';

/** A policy whose optional categories list names and patterns of every kind. */
const manifest: Manifest = {
  ...consentManifest,
  cookies: {
    categories: [
      consentManifest.cookies!.categories[0],
      {
        id: 'analytics',
        name: 'Analytics',
        items: [
          { name: '_ga', purpose: 'p', duration: 'P13M', party: 'first' },
          { name: '_ga_<container>', pattern: '_ga_*', purpose: 'p', duration: 'P13M', party: 'first' },
          { name: 'Hotjar keys', pattern: '_hj*', kind: 'localStorage', purpose: 'p', duration: 'P1Y', party: 'third' },
          {
            name: 'Hotjar session',
            pattern: '_hjSession*',
            kind: 'sessionStorage',
            purpose: 'p',
            duration: 'session',
            party: 'third',
          },
        ],
      },
      { id: 'ads', name: 'Ads', items: [{ name: '_fbp', purpose: 'p', duration: 'P90D', party: 'third' }] },
    ],
  },
};

/** A Storage over a Map. */
class MapStorage implements Storage {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const scopeOf = (
  jar: SpyJar | typeof throwingJar,
  hostname = 'www.shop.example.co.uk',
  pathname = '/a/b',
): CleanupScope & { stores: Record<string, MapStorage> } => {
  const stores = { localStorage: new MapStorage(), sessionStorage: new MapStorage() };
  return {
    jar,
    location: { protocol: 'https:', hostname, pathname },
    storage: (kind) => stores[kind],
    keep: 'privacy_consent',
    stores,
  };
};

describe('clean-up after a refusal', () => {
  it('knows where a cookie may sit: up to the registrable domain, never a public suffix', () => {
    expect(cookieDomains('www.shop.example.co.uk')).to.deep.equal([
      undefined,
      'www.shop.example.co.uk',
      'shop.example.co.uk',
      'example.co.uk',
    ]);
    expect(cookieDomains('shop.eu.example.com')).to.deep.equal([
      undefined,
      'shop.eu.example.com',
      'eu.example.com',
      'example.com',
    ]);
    expect(cookieDomains('example.com')).to.deep.equal([undefined, 'example.com']);
    expect(cookieDomains('me.github.io')).to.deep.equal([undefined, 'me.github.io']);
    expect(cookieDomains('co.uk')).to.deep.equal([undefined]);
    for (const host of ['localhost', '127.0.0.1', '[::1]'])
      expect(cookieDomains(host), host).to.deep.equal([undefined]);
  });

  it('knows the paths a visible cookie may have been set with', () => {
    expect(cookiePaths('/')).to.deep.equal(['/']);
    expect(cookiePaths('/shop/cart/item.html')).to.deep.equal([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
      '/shop/cart/item.html',
      '/shop/cart/item.html/',
    ]);
  });

  it('matches * as any run of characters, and everything else literally', () => {
    const ga = namePattern('_ga_*');
    expect(['_ga_ABC123', '_ga_'].map(ga)).to.deep.equal([true, true]);
    expect(['_ga', 'x_ga_1', '_gaXABC'].map(ga)).to.deep.equal([false, false, false]);
    const dotted = namePattern('a.b*');
    expect(['a.b1', 'aXb1'].map(dotted)).to.deep.equal([true, false]);
    expect(namePattern('(.*)')('(.*)')).to.equal(true);
    expect(namePattern('(.*)')('anything')).to.equal(false);
  });

  it('deletes listed and matching cookies on every domain and path, and matching storage keys; keeps the rest', () => {
    const jar = new SpyJar();
    for (const name of ['_ga', '_ga_XYZ', '_gid', '_fbp', 'session', 'privacy_consent']) jar.cookies.set(name, '1');
    const scope = scopeOf(jar);
    scope.stores.localStorage.setItem('_hjUser_1', 'x');
    scope.stores.localStorage.setItem('theme', 'dark');
    scope.stores.sessionStorage.setItem('_hjSession_9', 'x');
    scope.stores.sessionStorage.setItem('_hjUser_2', 'kept: the pattern is for localStorage');
    const result = clearRefused(manifest, ['analytics'], scope);
    expect(result.cleared).to.deep.equal([
      { kind: 'cookie', name: '_ga' },
      { kind: 'cookie', name: '_ga_XYZ' },
      { kind: 'localStorage', name: '_hjUser_1' },
      { kind: 'sessionStorage', name: '_hjSession_9' },
    ]);
    expect(result.remaining).to.deep.equal([]);
    expect([...jar.cookies.keys()]).to.deep.equal(['_gid', '_fbp', 'session', 'privacy_consent']);
    expect([...scope.stores.localStorage.map.keys()]).to.deep.equal(['theme']);
    expect([...scope.stores.sessionStorage.map.keys()]).to.deep.equal(['_hjUser_2']);
    const tried = jar.removes
      .filter(([name]) => name === '_ga_XYZ')
      .map(([, a]) => `${a.domain ?? '(host)'} ${a.path} ${a.secure}`);
    expect(tried).to.have.length(4 * 5);
    expect(tried).to.include.members(['(host) / true', 'example.co.uk /a/b true', 'shop.example.co.uk /a/ true']);
    expect(jar.removes.some(([, a]) => a.domain === 'co.uk' || a.domain === 'uk')).to.equal(false);
  });

  it('deletes a listed name even when this page cannot see it (it may sit on a parent domain or path)', () => {
    const jar = new SpyJar();
    clearRefused(manifest, ['ads'], scopeOf(jar, 'example.com', '/'));
    expect(jar.removes.map(([n, a]) => [n, a.domain, a.path])).to.deep.equal([
      ['_fbp', undefined, '/'],
      ['_fbp', 'example.com', '/'],
    ]);
  });

  it('never deletes the cookie that keeps the choice, nor what a granted or necessary category lists', () => {
    const jar = new SpyJar();
    jar.cookies.set('privacy_consent', 'x');
    jar.cookies.set('session', 'x');
    const loose: Manifest = {
      ...manifest,
      cookies: {
        categories: [
          ...manifest.cookies!.categories,
          {
            id: 'wide',
            name: 'Wide',
            items: [{ name: 'all', pattern: 'priv*', purpose: 'p', duration: 'P1D', party: 'first' }],
          },
        ],
      },
    };
    clearRefused(loose, ['wide', 'necessary'], scopeOf(jar));
    expect([...jar.cookies.keys()]).to.deep.equal(['privacy_consent', 'session']);
  });

  it('lists what is still readable afterwards: here a jar that ignores deletions', () => {
    const jar = new SpyJar();
    jar.cookies.set('_ga_1', 'x');
    jar.remove = (name, attributes) => void jar.removes.push([name, attributes]);
    const result = clearRefused(manifest, ['analytics'], scopeOf(jar));
    expect(result).to.deep.equal({ cleared: [], remaining: [{ kind: 'cookie', name: '_ga_1' }] });
  });

  it('never throws: cookies and storage that refuse every access leave empty lists', () => {
    const scope: CleanupScope = {
      jar: throwingJar,
      location: { protocol: 'https:', hostname: 'example.com', pathname: '/' },
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      keep: 'privacy_consent',
    };
    expect(clearRefused(manifest, ['analytics', 'ads'], scope)).to.deep.equal({ cleared: [], remaining: [] });
  });

  it('really deletes from document.cookie and localStorage on this page', () => {
    clearCookies();
    document.cookie = '_ga_REAL=1; path=/';
    document.cookie = 'keep_me=1; path=/';
    localStorage.setItem('_hjReal', '1');
    try {
      const result = clearRefused(manifest, ['analytics'], {
        jar: browserCookieJar,
        location,
        storage: (kind) => window[kind],
        keep: 'privacy_consent',
      });
      expect(document.cookie).to.not.contain('_ga_REAL');
      expect(document.cookie).to.contain('keep_me=1');
      expect(localStorage.getItem('_hjReal')).to.equal(null);
      expect(result.cleared).to.deep.include({ kind: 'cookie', name: '_ga_REAL' });
      expect(result.remaining).to.deep.equal([]);
    } finally {
      clearCookies();
      localStorage.removeItem('_hjReal');
    }
  });
});

describe('name patterns in the manifest', () => {
  const withItem = (item: object, necessary = false) => ({
    ...consentManifest,
    cookies: {
      categories: [
        consentManifest.cookies!.categories[0],
        {
          id: 'x',
          name: 'X',
          necessary,
          items: [{ name: 'n', purpose: 'p', duration: 'P1D', party: 'first', ...item }],
        },
      ],
    },
  });
  const issues = (value: unknown) => {
    const result = validateManifest(value);
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('accepts a pattern with * and cookie-name characters', () => {
    expect(issues(withItem({ pattern: '_ga_*' }))).to.deep.equal([]);
    expect(issues(withItem({ pattern: '*_suffix', kind: 'localStorage' }))).to.deep.equal([]);
  });

  it('refuses a pattern of only *, with spaces, markup or separators, with the JSON path', () => {
    for (const pattern of ['*', '**', 'a b*', '<img>*', 'a=b*', 'a;b', '', 'x'.repeat(201)])
      expect(issues(withItem({ pattern })), JSON.stringify(pattern)).to.deep.equal([
        `$.cookies.categories[1].items[0].pattern: expected a cookie or storage key name with * for any run of characters, such as _ga_*, got ${JSON.stringify(pattern.slice(0, 40))}`,
      ]);
    expect(issues(withItem({ pattern: 42 }))).to.deep.equal([
      '$.cookies.categories[1].items[0].pattern: expected a string, got number',
    ]);
  });

  it('refuses an optional pattern that would delete the choice or a necessary item', () => {
    expect(issues(withItem({ pattern: 'privacy*' }))).to.deep.equal([
      '$.cookies.categories[1].items[0].pattern: would also delete privacy_consent, which is strictly necessary; make the pattern narrower',
    ]);
    expect(issues(withItem({ pattern: 'sess*' }))).to.deep.equal([
      '$.cookies.categories[1].items[0].pattern: would also delete session, which is strictly necessary; make the pattern narrower',
    ]);
    // Another kind of storage, or a necessary category's own pattern, deletes nothing on a refusal.
    expect(issues(withItem({ pattern: 'sess*', kind: 'localStorage' }))).to.deep.equal([]);
    expect(issues(withItem({ pattern: 'privacy*' }, true))).to.deep.equal([]);
  });
});
