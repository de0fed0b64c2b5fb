// Main-thread scripting read from a Chromium trace, as the DevTools Performance panel's "Scripting"
// counts it. CDP's Performance.getMetrics ScriptDuration leaves out promise jobs (RunMicrotasks), even
// those run at the end of a script's evaluation, and Lit renders in one: on the bench page with the
// policy inline it read 24 ms where the trace showed 48 ms (medians of 9 loads at 4x CPU, commit be53fad).

/**
 * The trace categories that hold the events below: v8.execute for RunMicrotasks, and
 * disabled-by-default-devtools.timeline for RunTask, each task of a thread's event loop, from which
 * DevTools and Lighthouse tell long tasks.
 */
export const TRACE_CATEGORIES = 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline';

/** A task longer than this blocks input as a long task (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;

// Trace events in which the main thread runs script at the top level: evaluating or compiling a
// script, calling back into it (events, timers, animation frames, idle callbacks) and running
// promise jobs.
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'XHRReadyStateChange',
  'XHRLoad',
  'RunMicrotasks',
]);
// The events in which script certainly ran: an event dispatched with no listener still shows as
// EventDispatch (the floor's page has readystatechange, DOMContentLoaded, load), while a listener
// called shows as a FunctionCall inside it.
const RAN_SCRIPT = new Set(
  [...SCRIPT_EVENTS].filter((name) => !['EventDispatch', 'XHRReadyStateChange', 'XHRLoad'].includes(name)),
);
// Work that script forces but that is not script (style and layout read back, HTML parsed for a
// template, a stylesheet parsed): DevTools counts it under Rendering, Painting or Loading.
const FORCED_EVENTS = new Set([
  'UpdateLayoutTree',
  'Layout',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'Paint',
  'PrePaint',
  'HitTest',
]);

/**
 * The complete events of the page's renderer main thread, by start time, a parent before a child
 * that starts with it; null when the trace has none.
 */
function mainThreadSpans(events) {
  const names = new Map(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  const count = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) === 'CrRendererMain' && e.ph === 'X') count.set(key, (count.get(key) ?? 0) + 1);
  }
  // The page's renderer is the main thread with the most work (a new context may start another for about:blank).
  const main = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return null;
  return events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * Main-thread scripting from trace events: script at the top level, less the non-script work it
 * forces; in ms, in all and by top-level event. Null when the trace has no renderer main thread.
 */
export function scriptingFromTrace(events) {
  const spans = mainThreadSpans(events);
  if (!spans) return null;
  let us = 0;
  const byEvent = {};
  let top = null; // the top-level script span being counted
  const open = []; // enclosing spans: { end, within: 'page' | 'script' | 'forced' }
  for (const e of spans) {
    while (open.length && open[open.length - 1].end <= e.ts) open.pop();
    const within = open.length ? open[open.length - 1].within : 'page';
    let next = within;
    if (within === 'page' && SCRIPT_EVENTS.has(e.name)) {
      top = e.name;
      us += e.dur;
      byEvent[top] = (byEvent[top] ?? 0) + e.dur;
      next = 'script';
    } else if (within === 'script' && FORCED_EVENTS.has(e.name)) {
      us -= e.dur;
      byEvent[top] -= e.dur;
      next = 'forced';
    }
    open.push({ end: e.ts + e.dur, within: next });
  }
  for (const name of Object.keys(byEvent)) byEvent[name] = +(byEvent[name] / 1000).toFixed(2);
  return { ms: us / 1000, byEvent };
}

/**
 * The page's main-thread tasks longer than `thresholdMs` (wall time, so under CPU throttling the
 * throttled length), from the RunTask events of a trace: their count, each one's start (ms on the
 * trace's clock), length and what took most of it (the longest event inside), and the longest task
 * of any length. A task run inside another (a nested event loop) is part of the outer one, not a
 * task of its own. `script`: whether any script ran in the task; a task with none is the browser's
 * own work (receiving a response, parsing the page's HTML). Null when the trace has no renderer
 * main thread.
 */
export function longTasksFromTrace(events, thresholdMs = LONG_TASK_MS) {
  const spans = mainThreadSpans(events);
  if (!spans) return null;
  const tasks = [];
  let longest = 0;
  let outerEnd = -Infinity;
  spans.forEach((e, i) => {
    if (e.name !== 'RunTask' || e.ts < outerEnd) return;
    outerEnd = e.ts + e.dur;
    longest = Math.max(longest, e.dur);
    if (e.dur <= thresholdMs * 1000) return;
    let main = null;
    let script = false;
    for (let j = i + 1; j < spans.length && spans[j].ts < outerEnd; j++) {
      if (spans[j].name !== 'RunTask' && spans[j].dur > (main?.dur ?? 0)) main = spans[j];
      script ||= RAN_SCRIPT.has(spans[j].name);
    }
    tasks.push({ startMs: e.ts / 1000, ms: e.dur / 1000, mostly: main?.name ?? null, script });
  });
  return { count: tasks.length, longestMs: longest / 1000, tasks };
}
