import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longTasksFromTrace, scriptingFromTrace } from '../../bench/trace.js';

const thread = (pid, tid, name) => ({ ph: 'M', name: 'thread_name', pid, tid, args: { name } });
// A complete event on the page's main thread (pid 1, tid 1), times in ms.
const span = (name, startMs, durMs, pid = 1, tid = 1) => ({
  ph: 'X',
  name,
  pid,
  tid,
  ts: startMs * 1000,
  dur: durMs * 1000,
});
const page = (...spans) => [thread(1, 1, 'CrRendererMain'), thread(1, 2, 'Compositor'), ...spans];

test('counts top-level script and subtracts the layout and style it forces', () => {
  const r = scriptingFromTrace(
    page(span('EvaluateScript', 0, 10), span('UpdateLayoutTree', 2, 1), span('Layout', 4, 2)),
  );
  assert.equal(r.ms, 7);
  assert.deepEqual(r.byEvent, { EvaluateScript: 7 });
});

test('counts promise jobs at the top of a task, and script nested in script once', () => {
  const r = scriptingFromTrace(
    page(
      span('EvaluateScript', 0, 10),
      span('RunMicrotasks', 8, 2),
      span('FunctionCall', 3, 1),
      span('RunMicrotasks', 20, 5),
    ),
  );
  assert.equal(r.ms, 15);
  assert.deepEqual(r.byEvent, { EvaluateScript: 10, RunMicrotasks: 5 });
});

test('leaves out rendering outside script, and script inside forced rendering is not counted twice', () => {
  const r = scriptingFromTrace(
    page(
      span('Layout', 0, 4),
      span('Paint', 5, 3),
      span('TimerFire', 10, 6),
      span('Layout', 11, 4),
      span('FunctionCall', 12, 1),
    ),
  );
  assert.equal(r.ms, 2);
});

test('a span that ends where the next begins does not enclose it', () => {
  const r = scriptingFromTrace(page(span('EvaluateScript', 0, 5), span('Layout', 5, 3), span('EventDispatch', 8, 2)));
  assert.equal(r.ms, 7);
});

test('a parent and child starting together: the longer one encloses', () => {
  const r = scriptingFromTrace(page(span('Layout', 0, 1), span('FunctionCall', 0, 4)));
  assert.equal(r.ms, 3);
});

test('reads the renderer main thread with the most work, not another process or thread', () => {
  const events = [
    thread(1, 1, 'CrRendererMain'),
    thread(2, 1, 'CrRendererMain'),
    thread(3, 1, 'CrBrowserMain'),
    span('EvaluateScript', 0, 1),
    span('EvaluateScript', 0, 9, 2),
    span('Layout', 10, 1, 2),
    span('FunctionCall', 0, 50, 3),
  ];
  assert.equal(scriptingFromTrace(events).ms, 9);
});

test('no renderer main thread: null, not zero', () => {
  assert.equal(scriptingFromTrace([thread(3, 1, 'CrBrowserMain'), span('FunctionCall', 0, 5, 3)]), null);
  assert.equal(scriptingFromTrace([]), null);
});

const task = (startMs, durMs, pid = 1, tid = 1) => span('RunTask', startMs, durMs, pid, tid);

test('long tasks: main-thread tasks over 50 ms, with what took most of each, and the longest of any length', () => {
  const r = longTasksFromTrace(
    page(
      task(0, 30),
      task(40, 50), // exactly the threshold: not a long task
      task(100, 120),
      span('EvaluateScript', 101, 20),
      span('RunMicrotasks', 125, 90),
      span('FunctionCall', 126, 80), // inside the promise job: not what took most of the task
      task(300, 60),
      span('Layout', 301, 10),
    ),
  );
  assert.equal(r.count, 2);
  assert.equal(r.longestMs, 120);
  // A task in which script ran is the library's; one with only layout (or a response received) is the browser's own.
  assert.deepEqual(r.tasks, [
    { startMs: 100, ms: 120, mostly: 'RunMicrotasks', script: true },
    { startMs: 300, ms: 60, mostly: 'Layout', script: false },
  ]);
});

test('long tasks: a task run inside another is part of it; other threads and processes are not counted', () => {
  const r = longTasksFromTrace([
    ...page(task(0, 70), task(10, 60), span('ParseHTML', 11, 50), task(100, 10)),
    thread(1, 2, 'Compositor'),
    span('RunTask', 0, 500, 1, 2),
    thread(2, 1, 'CrBrowserMain'),
    span('RunTask', 0, 900, 2, 1),
  ]);
  assert.equal(r.count, 1);
  assert.equal(r.longestMs, 70);
  assert.deepEqual(r.tasks, [{ startMs: 0, ms: 70, mostly: 'ParseHTML', script: false }]);
});

test('long tasks: an event dispatched with no listener is not script; a listener called inside one is', () => {
  const r = longTasksFromTrace(
    page(
      task(0, 80),
      span('EventDispatch', 1, 1),
      span('Layout', 3, 70),
      task(100, 80),
      span('EventDispatch', 101, 60),
      span('FunctionCall', 102, 58),
    ),
  );
  assert.deepEqual(
    r.tasks.map((t) => t.script),
    [false, true],
  );
});

test('long tasks: none over the threshold gives the longest still; a threshold can be given', () => {
  const events = page(task(0, 20), task(30, 45));
  assert.deepEqual(longTasksFromTrace(events), { count: 0, longestMs: 45, tasks: [] });
  assert.equal(longTasksFromTrace(events, 40).count, 1);
  assert.equal(longTasksFromTrace([thread(3, 1, 'CrBrowserMain'), span('RunTask', 0, 90, 3)]), null);
});
