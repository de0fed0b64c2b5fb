// Dates and durations for people, in the cookie tables, the summary and the request form: a module
// of its own, so that a page that only shows the banner's first layer does not load it.
import { DURATION_UNITS, parseDuration } from '../duration.js';
import { formatList, formatter, joinList, plural, serves, type ListWords, type PluralForms } from './format.js';

/**
 * How a language writes a count of each unit of time, written in its catalog so that the cookie
 * tables need no Intl.NumberFormat (the first number, list or date formatter a page makes costs
 * 80 to 260 ms at 4x CPU; Intl.PluralRules, which picks the form, does not): CLDR's long unit
 * patterns by plural category, `#` where the number goes, and the language's digits when they are
 * not 0 to 9. Taken from Intl.NumberFormat with `style: 'unit'`.
 */
export type DurationWords = { readonly lang: string; readonly digits?: string } & {
  readonly [U in (typeof DURATION_UNITS)[number]]: PluralForms;
};

/** What `formatDuration` writes with: a catalog's list and duration words. */
export type DurationCatalog = { readonly listAnd: ListWords; readonly durations: DurationWords };

/**
 * "P30D" -> "30 days", "P1Y6M" -> "1 year and 6 months", in the given language: with a catalog's
 * words when they are that language's (a number from 1,000 up is grouped by Intl.NumberFormat),
 * else with Intl.
 */
export function formatDuration(iso: string, lang: string, words?: DurationCatalog): string {
  const d = parseDuration(iso);
  if (!d) return iso;
  const own = words?.durations && serves(words.durations.lang, lang) ? words.durations : undefined;
  const parts = DURATION_UNITS.filter((u) => d[u]).map((u) => {
    const n = d[u];
    // Words of a site's own may leave a unit out: Intl writes that one.
    if (!own?.[u])
      return formatter(
        `${lang} ${u}`,
        // Intl's unit is the part's name in the singular: "years" -> "year".
        () => new Intl.NumberFormat(lang, { style: 'unit', unit: u.slice(0, -1), unitDisplay: 'long' }),
      ).format(n);
    const { digits } = own;
    const number =
      n >= 1000
        ? formatter(`${lang} number`, () => new Intl.NumberFormat(lang)).format(n)
        : digits
          ? String(n).replace(/\d/g, (x) => [...digits][+x])
          : String(n);
    return plural(lang, n, own[u]).replace('#', number);
  });
  const items = parts.length ? parts : ['0'];
  return words ? joinList(items, lang, words.listAnd) : formatList(items, lang);
}

/**
 * How a language writes a date in full, written in its catalog so that a page need not make an
 * Intl.DateTimeFormat (the first Intl formatter a page makes costs 80 to 260 ms at 4x CPU): for each
 * month, CLDR's long date with `{d}` and `{y}` where the day and the year go, for a language whose
 * dates are Gregorian and written with the digits 0 to 9. `regions`: where the words hold besides
 * the language alone, space-separated, or with a leading "-" every region but those (German
 * writes "Jänner" in Austria); absent, every region.
 */
export type DateWords = { readonly lang: string; readonly regions?: string; readonly months: readonly string[] };

/** Whether date words hold for the language `lang`: its primary language, and its region if it names one. */
function datesServe({ lang: tag, regions }: DateWords, lang: string): boolean {
  const [primary, ...rest] = lang.split('-');
  if (!serves(tag, primary)) return false;
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
  if (!region || regions === undefined) return true;
  const listed = regions.replace(/^-/, '').split(' ').includes(region);
  return regions.startsWith('-') ? !listed : listed;
}

/**
 * "2025-01-01" (or a Date) -> "1 January 2025" / "January 1, 2025", by language: with a catalog's
 * words when they hold for it, else with Intl. A date string is a calendar day; a Date is shown in
 * the visitor's time zone.
 */
export function formatDate(date: string | Date, lang: string, words?: DateWords): string {
  const utc = typeof date === 'string';
  const value = utc ? new Date(`${date}T00:00:00Z`) : date;
  const [year, month, day] = utc
    ? [value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()]
    : [value.getFullYear(), value.getMonth(), value.getDate()];
  const template = words && datesServe(words, lang) ? words.months?.[month] : undefined;
  if (template) return template.replace('{d}', String(day)).replace('{y}', String(year));
  return formatter(
    `${lang} date ${utc}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: utc ? 'UTC' : undefined }),
  ).format(value);
}

/** A storage item's lifetime for people: "Until you close the browser", "Not stated in the policy", or the duration. */
export const formatLifetime = (
  lifetime: string,
  lang: string,
  catalog: DurationCatalog & { session: string; unspecified: string },
) =>
  lifetime === 'session'
    ? catalog.session
    : lifetime === 'unspecified'
      ? catalog.unspecified
      : formatDuration(lifetime, lang, catalog);
