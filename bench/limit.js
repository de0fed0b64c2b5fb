// The hardening requirement's task limit, as the bench judges it (bench/run.js).

/** A task of ours longer than this at 4x fails the bench, */
export const TASK_LIMIT_MS = 200;
/**
 * once it comes back: a page with a task of ours over the limit is loaded this many times more at the
 * end of the run (work loads, with the same clicks), and a phase fails when most of those loads go
 * over the limit in it again. A moment when the machine stalls stretches one load's task; a task
 * that is long by itself is long again.
 */
export const CONFIRM_LOADS = 3;
/** The phases judged against the limit, with the sample key of their long tasks. */
export const PHASES = [
  ['load', 'longTasks'],
  ['Customize', 'customizeLongTasks'],
  ['cookie list', 'detailsLongTasks'],
  ['summary cookies', 'summaryCookiesLongTasks'],
];

const tasksOver = (sample, key, limitMs) => (sample?.[key]?.tasks ?? []).filter((t) => t.ms > limitMs);
/** A load's tasks over the limit in which script ran, in one phase (`key`: the sample's long tasks). */
export const ourTasksOver = (sample, key, limitMs = TASK_LIMIT_MS) =>
  tasksOver(sample, key, limitMs).filter((t) => t.script !== false);
/** The others: the browser's own work (receiving a response, parsing the page), not held against the limit. */
export const browserTasksOver = (sample, key, limitMs = TASK_LIMIT_MS) =>
  tasksOver(sample, key, limitMs).filter((t) => t.script === false);

/**
 * Whether a phase's task over the limit came back in the further loads of its page: each load's
 * longest task of ours over the limit (null when none was; 'error' for a load that failed, which
 * counts as over), and `failed` when most of the loads were over. No further loads: not failed.
 */
export function cameBack(furtherLoads, key, limitMs = TASK_LIMIT_MS) {
  const over = furtherLoads.map((s) =>
    s.error ? 'error' : ourTasksOver(s, key, limitMs).reduce((a, t) => Math.max(a, t.ms), 0) || null,
  );
  const back = over.filter((x) => x !== null).length;
  return { over, back, failed: back > furtherLoads.length / 2 };
}
