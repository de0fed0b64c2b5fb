/** Where a command writes: standard output for results, standard error for problems. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** "policy.json: 3 errors", counting those left out of the list too. */
export const errorCount = (file: string, result: { issues: readonly unknown[]; omitted?: number }) => {
  const n = result.issues.length + (result.omitted ?? 0);
  return `${file}: ${n} error${n === 1 ? '' : 's'}`;
};
