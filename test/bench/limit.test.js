import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserTasksOver, cameBack, CONFIRM_LOADS, ourTasksOver, TASK_LIMIT_MS } from '../../bench/limit.js';

// A work load's sample with the long tasks of one phase.
const load = (...tasks) => ({ customizeLongTasks: { tasks: tasks.map(([ms, script = true]) => ({ ms, script })) } });
const KEY = 'customizeLongTasks';

test('a task over the limit counts only when script ran in it, and only over the limit', () => {
  const s = load([TASK_LIMIT_MS + 50], [TASK_LIMIT_MS + 90, false], [TASK_LIMIT_MS]);
  assert.deepEqual(
    ourTasksOver(s, KEY).map((t) => t.ms),
    [TASK_LIMIT_MS + 50],
  );
  assert.deepEqual(
    browserTasksOver(s, KEY).map((t) => t.ms),
    [TASK_LIMIT_MS + 90],
  );
  assert.deepEqual(ourTasksOver(s, 'longTasks'), [], 'another phase');
  assert.deepEqual(ourTasksOver(undefined, KEY), []);
});

test('a task over the limit fails only when most further loads go over it again', () => {
  assert.equal(CONFIRM_LOADS, 3);
  const over = load([260]);
  const under = load([120], [300, false]);
  assert.deepEqual(cameBack([over, over, under], KEY), { over: [260, 260, null], back: 2, failed: true });
  assert.deepEqual(cameBack([over, under, under], KEY), { over: [260, null, null], back: 1, failed: false });
  assert.deepEqual(cameBack([under, under, under], KEY), { over: [null, null, null], back: 0, failed: false });
  // The longest of several; a browser's own task does not count.
  assert.deepEqual(cameBack([load([210], [240]), load([205]), under], KEY).over, [240, 205, null]);
});

test('a further load that failed counts as over: a page that breaks cannot pass', () => {
  const failed = { error: 'navigation timed out' };
  assert.deepEqual(cameBack([failed, failed, load([100])], KEY), {
    over: ['error', 'error', null],
    back: 2,
    failed: true,
  });
  assert.equal(cameBack([], KEY).failed, false, 'nothing over the limit: no further loads, nothing to fail');
});

test('a limit can be given: a task of 250 ms against 300 is under it', () => {
  assert.equal(cameBack([load([250]), load([250]), load([250])], KEY, 300).failed, false);
  assert.equal(cameBack([load([250]), load([250]), load([250])], KEY).failed, true);
});
