// The consent chain and the admin commands, once per store: export, verify (and tampering found),
// purge (and the chain still verifying), the requests' list and statuses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createReceiver,
  listRequests,
  migrate,
  pgliteStore,
  postgresStore,
  purgeLog,
  setRequestStatus,
  verifyLog,
} from '../../dist/server/index.js';
import { run as records } from '../../dist/cli/records.js';
import { run as requests } from '../../dist/cli/requests.js';
import { main } from '../../dist/cli/index.js';
import { cli, freshStore, policy, post, record, STORES } from './helpers.js';

/** A receiver on a fresh store with `n` records in it; the store is closed again so the command line can open it. */
async function withRecords(kind, n) {
  const fresh = await freshStore(kind);
  const receiver = createReceiver({ policy, store: fresh.store, rateLimit: false, log: () => {} });
  const sent = Array.from({ length: n }, () => record());
  for (const r of sent) assert.equal((await post(receiver, '/api/consent', r)).status, 201);
  await receiver.close();
  return { ...fresh, sent };
}
/** The store of `fresh` opened again, as someone with database access could, behind the receiver's back. */
const openAgain = (kind, fresh) => (kind === 'pglite' ? pgliteStore(fresh.dataDir) : postgresStore(fresh.url));

for (const kind of STORES) {
  describe(`consent chain and admin commands on ${kind}`, () => {
    let fresh;
    before(async () => (fresh = await withRecords(kind, 6)));

    test(`${kind}: records export gives every record, as JSON or CSV, and --since narrows it`, async () => {
      const json = await cli(records, ['export', ...fresh.args], fresh.env);
      assert.equal(json.code, 0, json.err);
      const rows = JSON.parse(json.out);
      assert.deepEqual(
        rows.map((r) => r.id),
        fresh.sent.map((r) => r.id),
      );
      assert.deepEqual(
        rows.map((r) => r.seq),
        [1, 2, 3, 4, 5, 6],
      );
      const csv = await cli(records, ['export', '--format', 'csv', ...fresh.args], fresh.env);
      const lines = csv.out.split('\n');
      assert.equal(lines[0], 'seq,receivedAt,id,timestamp,policyVersion,language,method,choices,gpc,dnt,expires,hash');
      assert.equal(lines.length, 7);
      assert.match(lines[1], new RegExp(`^1,[^,]+,${fresh.sent[0].id},.*,"\\{""ads"":false,`));
      const tomorrow = new Date(Date.now() + 864e5).toISOString().slice(0, 10);
      assert.equal((await cli(records, ['export', '--since', tomorrow, ...fresh.args], fresh.env)).out, '[\n]');
      assert.equal((await cli(records, ['export', '--since', 'yesterday', ...fresh.args], fresh.env)).code, 2);
      assert.equal((await cli(records, ['export', '--format', 'xml', ...fresh.args], fresh.env)).code, 2);
    });

    test(`${kind}: records verify passes an untouched chain`, async () => {
      const result = await cli(records, ['verify', ...fresh.args], fresh.env);
      assert.equal(result.code, 0, result.err);
      assert.match(result.out, /^chain intact: 6 rows \(6 records\), head row 6 [0-9a-f]{64}$/);
    });

    // Each tampering runs in a transaction that is rolled back: the same chain serves every case.
    describe(`${kind}: tampering`, () => {
      let store;
      before(async () => (store = await openAgain(kind, fresh)));
      after(() => store.close());
      for (const [name, sql, named] of [
        [
          'an UPDATE of a choice',
          `update privacy_consent_log set body = jsonb_set(body, '{method}', '"accept"') where seq = 3`,
          /^row 3 was changed after it was written/,
        ],
        [
          'an UPDATE of the time received',
          `update privacy_consent_log set received_at = received_at - interval '1 day' where seq = 2`,
          /^row 2 was changed/,
        ],
        [
          'an UPDATE of the link to the previous row',
          `update privacy_consent_log set prev_hash = repeat('0', 64) where seq = 4`,
          /^row 4 does not follow row 3/,
        ],
        [
          'a DELETE in the middle',
          'delete from privacy_consent_log where seq = 4',
          /^row 4 is missing \(row 5 follows row 3\)/,
        ],
        ['a DELETE of the first row', 'delete from privacy_consent_log where seq = 1', /^row 1 is missing/],
        [
          'a DELETE of the last row',
          'delete from privacy_consent_log where seq = 6',
          /^row 6 is missing: the chain's head is row 6/,
        ],
      ])
        test(`${kind}: verifying finds ${name} and names the row`, async () => {
          const found = await store
            .transaction(async (tx) => {
              await tx.query(sql);
              throw await verifyLog(tx);
            })
            .catch((result) => result);
          assert.equal(found.ok, false);
          assert.match(found.problem, named);
          assert.equal((await verifyLog(store)).ok, true, 'rolled back');
        });
    });

    test(`${kind}: records verify exits 1 naming the first broken row and its record`, async () => {
      const copy = await withRecords(kind, 3);
      const store = await openAgain(kind, copy);
      await store.query(`update privacy_consent_log set body = jsonb_set(body, '{method}', '"accept"') where seq = 2`);
      await store.close();
      const result = await cli(records, ['verify', ...copy.args], copy.env);
      assert.equal(result.code, 1);
      assert.equal(
        result.err,
        `broken at row 2 (record ${copy.sent[1].id}): row 2 was changed after it was written: its content does not match its hash`,
      );
    });

    test(`${kind}: purge removes the old rows, records a checkpoint, and the chain still verifies`, async () => {
      const old = await withRecords(kind, 4);
      const cutoff = new Date();
      await new Promise((ok) => setTimeout(ok, 20));
      const store = await openAgain(kind, old);
      const receiver = createReceiver({ policy, store, rateLimit: false, log: () => {} });
      const kept = [record(), record()];
      for (const r of kept) await post(receiver, '/api/consent', r);
      await receiver.ready;
      const purge = await purgeLog(store, cutoff);
      assert.deepEqual(
        { ...purge, olderThan: undefined },
        { removed: 4, fromSeq: 1, throughSeq: 4, olderThan: undefined },
      );
      const { rows } = await store.query("select seq, body from privacy_consent_log where kind = 'checkpoint'");
      assert.equal(Number(rows[0].seq), 7);
      assert.equal(rows[0].body.purged.records, 4);
      assert.match(rows[0].body.purged.anchorHash, /^[0-9a-f]{64}$/);
      await receiver.close();
      const verify = await cli(records, ['verify', ...old.args], old.env);
      assert.equal(verify.code, 0, verify.err);
      assert.match(verify.out, /3 rows \(2 records\), head row 7/);
      assert.deepEqual(
        JSON.parse((await cli(records, ['export', ...old.args], old.env)).out).map((r) => r.id),
        kept.map((r) => r.id),
      );
      assert.equal((await cli(records, ['purge', '--older-than', '13 months', ...old.args], old.env)).code, 2);
      // A purge with everything old leaves only its checkpoint, and that verifies too.
      const all = await cli(records, ['purge', '--older-than', 'PT0S', ...old.args], old.env);
      assert.match(all.out, /^purged 3 rows \(5 to 7\)/);
      assert.match((await cli(records, ['verify', ...old.args], old.env)).out, /1 rows \(0 records\), head row 8/);
    });

    test(`${kind}: requests list and set: statuses, an extension once by the policy's period, closed requests stay closed`, async () => {
      const fresh = await freshStore(kind);
      const receiver = createReceiver({ policy, store: fresh.store, rateLimit: false, log: () => {} });
      const a = await (
        await post(receiver, '/api/privacy-requests', { right: 'access', email: 'a@example.com' })
      ).json();
      const b = await (
        await post(receiver, '/api/privacy-requests', { right: 'opt-out-sale', email: 'b@example.com' })
      ).json();
      const extended = await setRequestStatus(fresh.store, a.reference, 'extended');
      const due = new Date(a.dueBy);
      due.setMonth(due.getMonth() + 2); // the policy's extension, P2M
      assert.equal(extended.dueBy, due.toISOString());
      await assert.rejects(setRequestStatus(fresh.store, a.reference, 'extended'), /extended already/);
      assert.equal(
        (await setRequestStatus(fresh.store, a.reference, 'in-progress')).dueBy,
        due.toISOString(),
        'the extension stays',
      );
      assert.deepEqual(
        (await listRequests(fresh.store, { status: 'in-progress' })).map((r) => r.reference),
        [a.reference],
      );
      assert.deepEqual(
        (await listRequests(fresh.store, { dueBefore: new Date(Date.now() + 20 * 864e5) })).map((r) => r.reference),
        [b.reference],
      );
      await assert.rejects(setRequestStatus(fresh.store, 'PR-NONE', 'done'), /no request PR-NONE/);
      await receiver.close();
      // The same through the command line, with its output and exit codes.
      const done = await cli(requests, ['set', b.reference, 'done', ...fresh.args], fresh.env);
      assert.deepEqual([done.code, done.out], [0, `${b.reference}: done, due ${b.dueBy.slice(0, 10)}`]);
      const closed = await cli(requests, ['set', b.reference, 'in-progress', ...fresh.args], fresh.env);
      assert.deepEqual([closed.code, closed.err], [1, `${b.reference} is closed (done)`]);
      const list = await cli(requests, ['list', ...fresh.args], fresh.env);
      assert.equal(list.code, 0, list.err);
      const lines = list.out.split('\n');
      assert.deepEqual(
        lines.map((l) => l.split(/\s+/).slice(0, 3)),
        [
          [b.reference, b.dueBy.slice(0, 10), 'done'],
          [a.reference, due.toISOString().slice(0, 10), 'in-progress'],
          ['2', 'requests'],
        ],
      );
      assert.equal((await cli(requests, ['set', a.reference, 'lost', ...fresh.args], fresh.env)).code, 2);
      assert.equal((await cli(requests, ['list', '--due-before', 'soon', ...fresh.args], fresh.env)).code, 2);
    });
  });
}

describe('admin commands without a database', () => {
  test('no --db and no DATABASE_URL: exit 1 with one line; bad usage: exit 2; dispatched from the main command', async () => {
    const none = await cli(records, ['verify'], {});
    assert.deepEqual(
      [none.code, none.err],
      [1, 'no database: give --db <folder> (the embedded store) or set DATABASE_URL'],
    );
    assert.equal((await cli(records, [], {})).code, 2);
    assert.equal((await cli(requests, ['set', 'PR-1'], {})).code, 2);
    assert.equal((await cli(main, ['records', 'nonsense'], {})).code, 2);
  });

  test('migrations run once, however often the store is opened', async () => {
    const { store } = await freshStore(STORES.at(-1));
    try {
      assert.deepEqual(await migrate(store), [1]);
      assert.deepEqual(await Promise.all([migrate(store), migrate(store)]), [[], []]);
    } finally {
      await store.close();
    }
  });
});
