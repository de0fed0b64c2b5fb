import { expect } from '@open-wc/testing';
import { browserCookieJar } from '../../../src/core/consent/cookie-jar.js';
import { ConsentStore } from '../../../src/core/consent/store.js';
import {
  COOKIE_LIMIT,
  createRecord,
  encodeRecord,
  largestRecordCookie,
  parseRecord,
} from '../../../src/core/consent/record.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { clearCookies, consentManifest, SpyJar } from './helpers.js';

const http = { protocol: 'http:', hostname: 'localhost', pathname: '/' };
const noSignals = { gpc: undefined, dnt: undefined };
const granting = (manifest: Manifest = consentManifest) =>
  createRecord(manifest, { necessary: true, analytics: true, ads: true }, 'accept', 'en', noSignals);
const valid = (value: unknown) => {
  const result = validateManifest(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.manifest;
};
const manyCategories = (count: number, idLength = 64) =>
  valid({
    ...consentManifest,
    cookies: {
      categories: Array.from({ length: count }, (_, i) => ({
        id: `c${String(i).padStart(idLength - 1, '0')}`,
        name: `Category ${i}`,
        necessary: i === 0,
      })),
    },
  });

describe('the consent cookie: one copy, compact, and __Host- names', () => {
  afterEach(() => {
    clearCookies();
    document.cookie = 'privacy_consent=; path=/; domain=localhost; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    document.cookie = '__Host-choice=; path=/; secure; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('keeps a choice of 50 categories with 64-character ids in a cookie the browser accepts, and reads back the same record', () => {
    const manifest = manyCategories(50);
    const record = createRecord(
      manifest,
      Object.fromEntries(manifest.cookies!.categories.map((c, i) => [c.id, i % 3 !== 1])),
      'save',
      'pt-BR',
      { gpc: true, dnt: false },
    );
    const store = new ConsentStore(browserCookieJar, manifest, http);
    expect(store.write(record)).to.equal(true);
    expect(document.cookie.length).to.be.below(300);
    expect(new ConsentStore(browserCookieJar, manifest, http).read()).to.deep.equal(record);
  });

  it('reads the compact form back as the same record for every method and signal', () => {
    for (const method of ['accept', 'reject', 'save', 'signal', 'acknowledge'] as const)
      for (const signals of [noSignals, { gpc: true, dnt: true }, { gpc: false, dnt: undefined }]) {
        const record = createRecord(
          consentManifest,
          { necessary: true, analytics: method === 'accept', ads: false },
          method,
          'de',
          signals,
        );
        expect(
          parseRecord(encodeRecord(record, consentManifest), consentManifest),
          `${method} ${JSON.stringify(signals)}`,
        ).to.deep.equal(record);
      }
  });

  it('still reads a choice stored as JSON by an earlier version, and stores it compact from the next choice on', () => {
    const earlier = granting();
    browserCookieJar.set('privacy_consent', JSON.stringify(earlier), { path: '/' });
    const store = new ConsentStore(browserCookieJar, consentManifest, http);
    expect(store.read()).to.deep.equal(earlier);
    expect(
      store.write(
        createRecord(consentManifest, { necessary: true, analytics: false, ads: false }, 'reject', 'en', noSignals),
      ),
    ).to.equal(true);
    expect(browserCookieJar.get('privacy_consent')).to.match(/^c1\./);
  });

  it('reads a compact choice as none when the policy reorders or renames its categories under the same version', () => {
    const value = encodeRecord(granting(), consentManifest);
    const [necessary, analytics, ads] = consentManifest.cookies!.categories;
    expect(parseRecord(value, { ...consentManifest, cookies: { categories: [necessary, ads, analytics] } })).to.equal(
      undefined,
    );
    expect(
      parseRecord(value, {
        ...consentManifest,
        cookies: { categories: [necessary, { ...analytics, id: 'stats' }, ads] },
      }),
    ).to.equal(undefined);
    expect(parseRecord(value, { ...consentManifest, version: '4' })).to.equal(undefined);
    expect(parseRecord(value, consentManifest)).to.deep.equal(granting() && parseRecord(value, consentManifest));
  });

  it('refuses compact values that are not quite right', () => {
    const value = encodeRecord(granting(), consentManifest);
    const parts = value.split('.');
    const spoil = (i: number, to: string) => parts.map((p, j) => (j === i ? to : p)).join('.');
    for (const bad of [
      value + '.x',
      spoil(0, 'c2'),
      spoil(4, '9tt'),
      spoil(4, '0xx'),
      spoil(7, '111' + '1'),
      spoil(7, '1x1'),
      spoil(7, '011'),
      spoil(2, '!'),
      spoil(3, parts[2]),
    ])
      expect(parseRecord(bad, consentManifest), bad).to.equal(undefined);
  });

  it('the largest record a valid policy allows fits in a cookie: the validator would name $.cookies.categories otherwise', () => {
    const manifest = manyCategories(500);
    const name = `__Host-${'n'.repeat(63)}`;
    expect(largestRecordCookie(manifest, name)).to.be.below(COOKIE_LIMIT);
    expect(validateManifest({ ...consentManifest, cookies: manifest.cookies, consent: { cookie: name } }).ok).to.equal(
      true,
    );
    const record = createRecord(
      manifest,
      Object.fromEntries(manifest.cookies!.categories.map((c) => [c.id, true])),
      'accept',
      'en',
      noSignals,
    );
    expect(new ConsentStore(browserCookieJar, manifest, http).write(record)).to.equal(true);
  });

  it('treats two cookies of the name as no choice (the page sees a planted copy beside the visitor’s)', () => {
    const jar = new SpyJar();
    jar.all = () => [encodeRecord(granting(), consentManifest), encodeRecord(granting(), consentManifest)];
    expect(new ConsentStore(jar, consentManifest, http).read()).to.equal(undefined);
  });

  it('removes copies on the page’s path and every path above it when it sees more than one', () => {
    const jar = new SpyJar();
    jar.all = () => ['a', 'b'];
    new ConsentStore(jar, consentManifest, {
      protocol: 'https:',
      hostname: 'www.shop.test',
      pathname: '/pages/sale/',
    }).write(granting());
    const removed = jar.removes.map(([, a]) => `${a.domain ?? '(host)'} ${a.path}`);
    for (const path of ['/', '/pages', '/pages/', '/pages/sale', '/pages/sale/'])
      for (const domain of ['(host)', 'www.shop.test', 'shop.test'])
        if (path !== '/' || domain !== '(host)') expect(removed).to.include(`${domain} ${path}`);
  });

  it('sets a __Host- cookie Secure, on /, without a domain, and the validator refuses one with consent.domain', () => {
    const manifest = valid({ ...consentManifest, consent: { cookie: '__Host-choice' } });
    const jar = new SpyJar();
    new ConsentStore(jar, manifest, http).write(granting(manifest));
    expect(jar.sets[0][2]).to.deep.include({ secure: true, path: '/', domain: undefined });
    expect(jar.removes, 'no other copy can exist to remove').to.deep.equal([]);
    expect(
      new ConsentStore(browserCookieJar, manifest, http).write(granting(manifest)),
      'Chromium keeps it on http://localhost',
    ).to.equal(true);
    const refused = validateManifest({
      ...consentManifest,
      consent: { cookie: '__Host-choice', domain: 'example.com' },
    });
    expect(!refused.ok && refused.issues).to.deep.equal([
      {
        path: '$.consent.domain',
        message:
          'a __Host- cookie is kept by the host alone and cannot have a domain; remove consent.domain or rename the cookie',
      },
    ]);
    expect(validateManifest({ ...consentManifest, consent: { cookie: '__Secure-x' } }).ok).to.equal(false);
  });
});
