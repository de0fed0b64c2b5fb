import type { Text } from './shape.js';

/**
 * Picks the string for `lang` from a Text: the exact tag, then its primary
 * language, then the fallback language, then the first one given.
 */
export function localize(value: Text | undefined, lang: string, fallback = 'en'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const primary = lang.split('-')[0];
  const keys = Object.keys(value);
  const key =
    keys.find((k) => k.toLowerCase() === lang.toLowerCase()) ??
    keys.find((k) => k.split('-')[0].toLowerCase() === primary.toLowerCase()) ??
    keys.find((k) => k.toLowerCase() === fallback.toLowerCase()) ??
    keys.find((k) => k.split('-')[0].toLowerCase() === fallback.split('-')[0].toLowerCase()) ??
    keys[0];
  return key === undefined ? '' : value[key];
}
