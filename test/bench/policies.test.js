// The large policies the bench makes: the one it measures as valid must be valid, and the invalid one
// must be what the hardening requirement names, or the bench would time something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manyCategoriesPolicy, unknownKeysPolicy } from '../../bench/policies.js';

const base = JSON.parse(readFileSync('bench/pages/policy.json', 'utf8'));
const validate = (policy) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-policy-'));
  try {
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    return spawnSync(process.execPath, ['bin/privacy-elements.js', 'validate', file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test('500 categories of 40 items: a valid policy that asks for consent', () => {
  const policy = manyCategoriesPolicy(base);
  const { categories } = policy.cookies;
  assert.equal(categories.length, 500);
  assert.ok(categories.every((c) => c.items.length === 40));
  assert.equal(new Set(categories.map((c) => c.id)).size, 500);
  assert.ok(
    categories.some((c) => !c.necessary),
    'an optional category, so the banner asks',
  );
  const run = validate(policy);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /valid policy.*500 cookie categories/);
});

test('100,000 unknown keys: about 1.4 MB of compact JSON, refused', () => {
  const policy = unknownKeysPolicy(base);
  const json = JSON.stringify(policy);
  assert.equal(Object.keys(policy).length - Object.keys(base).length, 100_000);
  assert.ok(json.length > 1_350_000 && json.length < 1_450_000, `${json.length} B`);
  const run = validate(policy);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /\$\.k00000: unknown property/);
});
