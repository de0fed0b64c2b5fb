type Formatter = Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat | Intl.PluralRules;

// Intl formatters are slow to create (tens of milliseconds on a phone): one per language and kind.
const formatters = new Map<string, Formatter>();
export const formatter = <T extends Formatter>(key: string, make: () => T): T => {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
};

/** A word's forms by CLDR plural category; `other` serves any category the language has but the forms lack. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form that goes with the count `n` in the given language: plural('ru', 21, { one: 'года', other: 'лет' }) -> 'года'. */
export const plural = (lang: string, n: number, forms: PluralForms): string =>
  forms[formatter(`${lang} plural`, () => new Intl.PluralRules(lang)).select(n)] ?? forms.other;

/** ["a", "b", "c"] -> "a, b and c", in the given language. */
export const formatList = (items: readonly string[], lang: string): string =>
  formatter(lang, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);

/**
 * How a language joins a list of things, written in its catalog so that the banner's first layer
 * needs no Intl.ListFormat (the first Intl formatter a page makes costs 80 to 260 ms at 4x CPU): the
 * language it is for, and what goes between two items, between the first items of a longer list,
 * and before the last. Taken from CLDR's list patterns, as Intl has them.
 */
export type ListWords = readonly [lang: string, pair: string, between: string, last: string];

/** Whether words written for `tag` (a primary language) serve the language `lang`. */
export const serves = (tag: string, lang: string) => tag === lang.split('-')[0].toLowerCase();

/**
 * ["a", "b", "c"] -> "a, b and c" with a catalog's list words, as Intl.ListFormat would join them,
 * its two rules of context included: Spanish "y" becomes "e" before an i sound, Hebrew "ו" takes a
 * hyphen before a word not in Hebrew letters. Words for another language than `lang` (a catalog
 * that left them out has English's) give way to Intl.ListFormat.
 */
export function joinList(items: readonly string[], lang: string, [tag, pair, between, last]: ListWords): string {
  if (!serves(tag, lang)) return formatList(items, lang);
  const end = items[items.length - 1];
  let word = items.length > 2 ? last : pair;
  if (tag === 'es' && /^(i|hi([^ae]|$))/i.test(end)) word = word.replace(/y $/, 'e ');
  if (tag === 'he' && !/^[\u05D0-\u05EA]/.test(end)) word += '-';
  return items.length < 2 ? items.join('') : items.slice(0, -1).join(between) + word + end;
}
