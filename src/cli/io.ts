/** Where a command writes: standard output for results, standard error for problems. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether each stream may carry ANSI colours; absent means plain text. */
  color?: { out: boolean; err: boolean };
}

/** "policy.json: 3 errors", counting those left out of the list too. */
export const errorCount = (file: string, result: { issues: readonly unknown[]; omitted?: number }) => {
  const n = result.issues.length + (result.omitted ?? 0);
  return `${file}: ${n} error${n === 1 ? '' : 's'}`;
};

/**
 * Colours only for a person at a terminal: never into a file or a pipe, and never when NO_COLOR is
 * set to anything but the empty string (https://no-color.org).
 */
export function colorFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1 } as const;

/** Wraps text in an ANSI colour when the stream takes colours. */
export const paint = (on: boolean | undefined, colour: keyof typeof CODES, text: string): string =>
  on ? `\x1b[${CODES[colour]}m${text}\x1b[0m` : text;

/** "1 recipient", "2 recipients". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
