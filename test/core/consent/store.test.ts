import { expect } from '@open-wc/testing';
import { browserCookieJar } from '../../../src/core/consent/cookie-jar.js';
import { ConsentStore } from '../../../src/core/consent/store.js';
import { createRecord, parseRecord } from '../../../src/core/consent/record.js';
import { clearCookies, consentManifest, SpyJar, throwingJar } from './helpers.js';

const record = (manifest = consentManifest) =>
  createRecord(manifest, { necessary: true, analytics: true, ads: false }, 'accept', 'en', {
    gpc: undefined,
    dnt: undefined,
  });
const http = { protocol: 'http:', hostname: 'localhost' };

describe('ConsentStore', () => {
  afterEach(clearCookies);

  it('writes one first-party cookie: SameSite=Lax, path /, expiring with the record, not Secure on http', () => {
    const jar = new SpyJar();
    const r = record();
    expect(new ConsentStore(jar, consentManifest, http).write(r)).to.equal(true);
    expect(jar.sets).to.have.length(1);
    const [name, value, attributes] = jar.sets[0];
    expect(name).to.equal('privacy_consent');
    expect(parseRecord(value, consentManifest)).to.deep.equal(r);
    expect(attributes).to.deep.include({ path: '/', sameSite: 'Lax', secure: false, domain: undefined });
    expect(attributes.expires!.toISOString()).to.equal(r.expires);
  });

  it('is Secure on https and uses the manifest’s cookie name and domain', () => {
    const jar = new SpyJar();
    const manifest = { ...consentManifest, consent: { cookie: 'site_choice', domain: 'example.com' } };
    new ConsentStore(jar, manifest, { protocol: 'https:', hostname: 'www.example.com' }).write(record(manifest));
    expect(jar.sets[0][0]).to.equal('site_choice');
    expect(jar.sets[0][2]).to.deep.include({ secure: true, domain: 'example.com', sameSite: 'Lax' });
  });

  it('removes a copy left on another domain before writing, so a changed choice is not undone by the older one', () => {
    // The site used to keep the choice host-only, then set consent.domain: the browser would hold both.
    browserCookieJar.set('privacy_consent', JSON.stringify(record()), { path: '/' });
    const manifest = { ...consentManifest, consent: { domain: 'localhost' } };
    const store = new ConsentStore(browserCookieJar, manifest, http);
    const refusal = createRecord(manifest, { necessary: true, analytics: false, ads: false }, 'reject', 'en', {
      gpc: undefined,
      dnt: undefined,
    });
    expect(store.write(refusal)).to.equal(true);
    expect(document.cookie.match(/privacy_consent=/g)).to.have.length(1);
    expect(new ConsentStore(browserCookieJar, manifest, http).read()?.method).to.equal('reject');
    // And back: without a domain, the domain copy goes.
    const store2 = new ConsentStore(browserCookieJar, consentManifest, http);
    expect(store2.write(record())).to.equal(true);
    expect(document.cookie.match(/privacy_consent=/g)).to.have.length(1);
    expect(store2.read()?.method).to.equal('accept');
  });

  it('reads back what it wrote, through js-cookie and the real document.cookie', () => {
    const store = new ConsentStore(browserCookieJar, consentManifest, http);
    const r = record();
    expect(store.write(r)).to.equal(true);
    expect(document.cookie).to.contain('privacy_consent=');
    expect(new ConsentStore(browserCookieJar, consentManifest, http).read()).to.deep.equal(r);
    expect(store.available).to.equal(true);
  });

  it('reads nothing from a tampered cookie', () => {
    document.cookie = 'privacy_consent=%7B%22choices%22%3A%7B%22analytics%22%3Atrue%7D%7D; path=/';
    expect(new ConsentStore(browserCookieJar, consentManifest, http).read()).to.equal(undefined);
  });

  it('survives a jar that throws: nothing read, nothing kept, never an exception', () => {
    const store = new ConsentStore(throwingJar, consentManifest, http);
    expect(store.read()).to.equal(undefined);
    expect(store.available).to.equal(false);
    expect(store.write(record())).to.equal(false);
  });

  it('notices a browser that silently drops the cookie', () => {
    const jar = new SpyJar();
    jar.set = () => {};
    const store = new ConsentStore(jar, consentManifest, http);
    expect(store.write(record())).to.equal(false);
    expect(store.available).to.equal(false);
  });
});
