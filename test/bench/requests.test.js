import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonCriticalPath, criticalPath } from '../../bench/requests.js';

const request = (path, startMs, body, wire = body + 300) => ({ path, startMs, body, wire });

test('the critical path: every request started before the moment, in the order started, counted and added up', () => {
  const r = criticalPath(
    [
      request('dist/chunks/runtime.js', 120, 288),
      request('page.html', 0, 459),
      request('late.js', 400, 5000), // after the banner showed
      request('dist/loader.js', 30, 1766),
      request('policy.json', 31, 419),
      request('at-the-moment.js', 300, 70), // started as the banner showed: not before it
    ],
    300,
  );
  assert.deepEqual(
    r.files.map((f) => f.path),
    ['page.html', 'dist/loader.js', 'policy.json', 'dist/chunks/runtime.js'],
  );
  assert.equal(r.requests, 4);
  assert.equal(r.bodyBytes, 459 + 1766 + 419 + 288);
  assert.equal(r.wireBytes, 459 + 1766 + 419 + 288 + 4 * 300);
});

test('the critical path: null when the moment never came; a size the browser did not give counts 0', () => {
  assert.equal(criticalPath([request('page.html', 0, 459)], null), null);
  assert.equal(criticalPath([request('page.html', 0, 459)], undefined), null);
  const r = criticalPath([{ path: 'opaque.js', startMs: 5 }], 10);
  assert.deepEqual(r, { requests: 1, files: [{ path: 'opaque.js', body: 0, wire: 0 }], bodyBytes: 0, wireBytes: 0 });
});

test('the common critical path: the sequence most loads shared, with the median bytes of each file', () => {
  const load = (...files) => ({ critical: criticalPath(files, 1000) });
  const samples = [
    load(request('page.html', 0, 400), request('a.js', 10, 100)),
    load(request('page.html', 0, 410), request('a.js', 10, 120)),
    load(request('page.html', 0, 420), request('a.js', 10, 110), request('b.js', 20, 50)),
    load(request('page.html', 0, 430), request('a.js', 10, 130)),
    { critical: null }, // a banner never seen
  ];
  const r = commonCriticalPath(samples);
  assert.equal(r.loads, 3);
  assert.deepEqual(r.files, [
    { path: 'page.html', body: 410, wire: 710 },
    { path: 'a.js', body: 120, wire: 420 },
  ]);
  assert.equal(r.bodyBytes, 530);
  assert.equal(r.wireBytes, 1130);
  assert.equal(commonCriticalPath([{ critical: null }]), null);
});
