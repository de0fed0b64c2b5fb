import { expect, waitUntil } from '@open-wc/testing';
import { postRecord } from '../../../src/core/consent/endpoint.js';
import { createRecord } from '../../../src/core/consent/record.js';
import { consentManifest } from './helpers.js';
import { asAdmin } from '../../admin-token.js';

const record = () =>
  createRecord(consentManifest, { necessary: true, analytics: false, ads: false }, 'reject', 'en', {
    gpc: true,
    dnt: undefined,
  });
const stored = async () =>
  ((await (await fetch('/api/consent', asAdmin)).json()) as { record: { id: string } }[]).map((e) => e.record.id);

describe('postRecord', () => {
  it('sends the record as a JSON Blob with sendBeacon', async () => {
    let sent: [string, Blob] | undefined;
    const r = record();
    postRecord('/api/consent', r, { sendBeacon: (url, data) => ((sent = [url, data]), true) }, () =>
      Promise.reject(new Error('not expected')),
    );
    expect(sent![0]).to.equal('/api/consent');
    expect(sent![1].type).to.equal('application/json');
    expect(JSON.parse(await sent![1].text())).to.deep.equal(r);
  });

  it('falls back to fetch with keepalive when the beacon is refused or throws', async () => {
    for (const beacon of [
      { sendBeacon: () => false },
      {
        sendBeacon: () => {
          throw new TypeError('refused');
        },
      },
      undefined,
    ]) {
      let init: RequestInit | undefined;
      postRecord('/consent', record(), beacon, async (_url, i) => ((init = i), new Response()));
      expect(init).to.deep.include({ method: 'POST', keepalive: true });
      expect(new Headers(init!.headers).get('content-type')).to.equal('application/json');
    }
  });

  it('posts to an endpoint on another origin with fetch and no cookies, never a beacon', async () => {
    let beacons = 0;
    let init: RequestInit | undefined;
    postRecord(
      'https://proof.example.net/consent',
      record(),
      { sendBeacon: () => (beacons++, true) },
      async (_url, i) => ((init = i), new Response()),
    );
    expect(beacons).to.equal(0);
    expect(init).to.deep.include({ method: 'POST', keepalive: true, credentials: 'omit' });
  });

  it('swallows a failing endpoint: no throw, no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => (rejections.push(e.reason), e.preventDefault());
    window.addEventListener('unhandledrejection', onRejection);
    let posts = 0;
    try {
      for (const [url, beacon] of [
        ['/consent', undefined],
        ['/consent', { sendBeacon: () => false }],
        ['https://proof.example.net/consent', navigator],
      ] as const)
        expect(() =>
          postRecord(url, record(), beacon, () => (posts++, Promise.reject(new TypeError('offline')))),
        ).not.to.throw();
      await new Promise((ok) => setTimeout(ok, 50));
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(posts, 'each failing post was really tried').to.equal(3);
    expect(rejections.map(String)).to.deep.equal([]);
  });

  it('reaches the real endpoint with the browser’s own beacon', async () => {
    const r = record();
    postRecord('/api/consent', r, navigator, fetch);
    await waitUntil(async () => (await stored()).includes(r.id), 'the endpoint did not store the record', {
      timeout: 4000,
    });
  });

  it('reaches the real endpoint with fetch when there is no beacon', async () => {
    const r = record();
    postRecord('/api/consent', r, undefined, fetch);
    await waitUntil(async () => (await stored()).includes(r.id), 'the endpoint did not store the record', {
      timeout: 4000,
    });
  });
});
