/**
 * True for http(s) and mailto URLs and relative ones; never for javascript:,
 * data: and the like, nor for text with spaces, quotes or angle brackets.
 */
export function isSafeUrl(value: string): boolean {
  if (/[\s<>"`\\]/.test(value)) return false;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
