/** The languages with built-in UI strings besides English (folders of `src/core/i18n/locales/`). */
export const LOCALES = [
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'es-419',
  'et',
  'eu',
  'fa',
  'fi',
  'fr',
  'ga',
  'gl',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'is',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sr',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
] as const;

export type Locale = (typeof LOCALES)[number];

/** Languages written right to left. */
export const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

// Spanish as written across Latin America (UN M49 419 and its countries), Chinese scripts by region,
// and Norwegian: the tags pages use, mapped to the catalog that fits.
const LATIN_AMERICA = /^(419|AR|BO|BR|CL|CO|CR|CU|DO|EC|GT|HN|MX|NI|PA|PE|PR|PY|SV|US|UY|VE)$/;
const TRADITIONAL = /^(TW|HK|MO)$/;

/**
 * The built-in catalog for a BCP 47 tag, if any: the exact tag, then regional and script variants
 * (`es-MX` -> `es-419`, `zh-TW` -> `zh-Hant`, `pt-BR`, `no`/`nn` -> `nb`), then the primary language.
 * English and unknown languages give undefined.
 */
export function catalogFor(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const [language, ...rest] = tag.replace(/_/g, '-').split('-');
  const primary = language.toLowerCase();
  const script = rest.find((p) => p.length === 4)?.toLowerCase();
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p))?.toUpperCase();
  if (primary === 'zh')
    return script === 'hant' || (!script && region && TRADITIONAL.test(region)) ? 'zh-Hant' : 'zh-Hans';
  if (primary === 'es' && region && LATIN_AMERICA.test(region)) return 'es-419';
  if (primary === 'pt' && region === 'BR') return 'pt-BR';
  if (primary === 'no' || primary === 'nn') return 'nb';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}
