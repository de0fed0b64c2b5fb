import { expect } from '@open-wc/testing';
import { answerBy, mailtoFor, methodsFor, submitRequest } from '../../../src/core/requests/request.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { minimalManifest } from '../../fixtures.js';
import { asAdmin } from '../../admin-token.js';

const manifest: Manifest = {
  ...minimalManifest,
  rights: {
    deadline: 'P30D',
    methods: [
      { id: 'mail', type: 'email', email: 'dpo@example.com', subject: 'Data Protection Request' },
      { id: 'form', type: 'web-form', url: 'https://example.com/form' },
      { id: 'api', type: 'endpoint', url: '/api/privacy-requests' },
      { id: 'account', type: 'self-service', description: 'Account settings' },
    ],
    items: [{ right: 'access' }, { right: 'erasure', methods: ['mail', 'account'], deadline: 'P45D' }],
  },
};

describe('request core', () => {
  it('orders methods by preference: endpoint, web form, self-service, email', () => {
    expect(methodsFor(manifest, manifest.rights!.items[0]).map((m) => m.id)).to.deep.equal([
      'api',
      'form',
      'account',
      'mail',
    ]);
  });

  it('keeps to the methods a right names', () => {
    expect(methodsFor(manifest, manifest.rights!.items[1]).map((m) => m.id)).to.deep.equal(['account', 'mail']);
    // Naming none leaves an email: the policy's method, else the DPO's or the controller's address, else nothing.
    expect(methodsFor(manifest, { right: 'access', methods: [] }).map((m) => m.id)).to.deep.equal(['mail']);
    expect(methodsFor(minimalManifest, { right: 'access' })).to.deep.equal([
      { id: 'contact', type: 'email', email: 'privacy@example.com' },
    ]);
    const withDpo = {
      ...minimalManifest,
      controller: { ...minimalManifest.controller, dpo: { name: 'D', email: 'dpo@example.org' } },
    };
    expect(methodsFor(withDpo, { right: 'access', methods: [] })[0].email).to.equal('dpo@example.org');
    expect(methodsFor({ ...minimalManifest, controller: { name: 'X' } }, { right: 'access' })).to.deep.equal([]);
  });

  it('computes the answer date from the right’s deadline, else the policy’s', () => {
    const today = new Date(2026, 10, 22);
    expect(answerBy(manifest, manifest.rights!.items[0], today)!.toDateString()).to.equal(
      new Date(2026, 11, 22).toDateString(),
    );
    expect(answerBy(manifest, manifest.rights!.items[1], today)!.toDateString()).to.equal(
      new Date(2027, 0, 6).toDateString(),
    );
    expect(answerBy(minimalManifest, { right: 'access' }, today)).to.equal(undefined);
  });

  it('builds a mailto link with the subject line and a body, encoded', () => {
    const link = mailtoFor('dpo@example.com', 'Data Protection Request', [
      'I would like to use my right: Delete your data.',
      '',
      'Account #42 & more',
    ]);
    expect(link).to.equal(
      'mailto:dpo@example.com?subject=Data%20Protection%20Request&body=I%20would%20like%20to%20use%20my%20right%3A%20Delete%20your%20data.%0A%0AAccount%20%2342%20%26%20more',
    );
  });

  it('encodes the address too: a # or ? in it neither cuts it short nor adds a header', () => {
    expect(mailtoFor('a#b@example.com', 'S', [])).to.equal('mailto:a%23b@example.com?subject=S');
    expect(mailtoFor('a@example.com')).to.equal('mailto:a@example.com');
    const link = mailtoFor('p@example.com?bcc=x%40evil.example', 'S', ['B']);
    expect(link).to.equal('mailto:p@example.com%3Fbcc%3Dx%2540evil.example?subject=S&body=B');
    expect(new URL(link).searchParams.has('bcc')).to.equal(false);
  });

  const payload = { right: 'access' as const, email: 'a@example.com', details: '' };
  const answering =
    (body: string, init: ResponseInit = {}): typeof fetch =>
    () =>
      Promise.resolve(new Response(body, init));

  it('takes a JSON object or an empty 2xx answer as a confirmation, and nothing else', async () => {
    expect(await submitRequest('/x', payload, answering('{"reference":"R-1"}'))).to.deep.equal({
      ok: true,
      reference: 'R-1',
    });
    expect(await submitRequest('/x', payload, answering('{"id":7}'))).to.deep.equal({ ok: true, reference: '' });
    expect(await submitRequest('/x', payload, answering('', { status: 202 }))).to.deep.equal({
      ok: true,
      reference: '',
    });
    expect(
      await submitRequest('/x', payload, () => Promise.resolve(new Response(null, { status: 204 }))),
    ).to.deep.equal({ ok: true, reference: '' });
    // A login page the request was redirected to, a single-page app's fallback page, a bare value.
    for (const body of ['<!doctype html><title>Sign in</title>', 'OK', '[1]', 'null', '"R-1"'])
      expect(
        await submitRequest('/x', payload, answering(body, { headers: { 'content-type': 'text/html' } })),
        body,
      ).to.deep.equal({ ok: false, reason: 'reply' });
  });

  it('posts to a real endpoint and returns the reference', async () => {
    const result = await submitRequest('/api/privacy-requests', payload, fetch.bind(window));
    expect(result.ok).to.equal(true);
    const reference = result.ok ? result.reference : '';
    expect(reference).to.match(/^PR-/);
    const stored = await (await fetch(`/api/privacy-requests/${reference}`, asAdmin)).json();
    expect(stored).to.include({ right: 'access', email: 'a@example.com' });
  });

  it('reports an HTTP error, a network error, a timeout and a missing fetch without throwing', async () => {
    expect(
      await submitRequest('/api/privacy-requests', { ...payload, email: 'bad' }, fetch.bind(window)),
    ).to.deep.equal({ ok: false, reason: 422 });
    expect(await submitRequest('/x', payload, () => Promise.reject(new TypeError('offline')))).to.deep.equal({
      ok: false,
      reason: 'network',
    });
    const never: typeof fetch = (_u, init) =>
      new Promise((_ok, fail) =>
        init?.signal?.addEventListener('abort', () => fail(new DOMException('', 'AbortError'))),
      );
    expect(await submitRequest('/x', payload, never, 30)).to.deep.equal({ ok: false, reason: 'timeout' });
    expect(await submitRequest('/x', payload, undefined)).to.deep.equal({ ok: false, reason: 'network' });
  });
});
