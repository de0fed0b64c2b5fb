import { expect } from '@open-wc/testing';
import { en } from '../../../src/core/i18n/en.js';
import { LOCALES, catalogFor } from '../../../src/core/i18n/available.js';
import { DURATION_UNITS } from '../../../src/core/duration.js';
import type { DateWords, DurationWords } from '../../../src/core/i18n/time.js';

const PARTS = ['common', 'storage', 'banner', 'preferences', 'signals', 'request', 'rights', 'summary'] as const;
type Value = unknown;

/** Each language's whole catalog, read from its seven files. */
async function catalog(tag: string): Promise<Record<string, Value>> {
  const parts = await Promise.all(PARTS.map((part) => import(`../../../src/core/i18n/locales/${tag}/${part}.ts`)));
  return Object.assign({}, ...parts.map((module, i) => module[`${PARTS[i]}Strings`]));
}

/** Values that may read the same as English: names and marks that languages keep. */
const SAME_AS_ENGLISH = new Set(['acknowledge', 'signalGpc', 'signalDnt', 'kinds.indexedDB', 'keptFor', 'flagged']);

/** The arguments each function is called with: markers that must come through in every language. */
const CALLS: Record<string, unknown[][]> = {
  sale: [
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ],
  flagged: [['⟦0⟧', ['⟦1⟧', '⟦2⟧']]],
  effective: [
    ['⟦0⟧', '⟦1⟧', '⟦2⟧'],
    ['⟦0⟧', '⟦1⟧'],
  ],
};
const markers = (length: number) => [Array.from({ length }, (_, i) => `⟦${i}⟧`)];
const found = (text: string) => [...text.matchAll(/⟦\d⟧/g)].map((m) => m[0]).sort();

/** Every leaf of a catalog, by dotted path. */
function leaves(value: Record<string, Value>, prefix = ''): [string, Value][] {
  return Object.entries(value).flatMap(([key, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) && key !== 'durations' && key !== 'dates'
      ? leaves(v as Record<string, Value>, `${prefix}${key}.`)
      : [[`${prefix}${key}`, v] as [string, Value]],
  );
}

describe('built-in catalogs', () => {
  it('cover at least 40 languages besides English, each a folder of eight parts', () => {
    expect(LOCALES.length).to.be.at.least(40);
  });

  for (const tag of LOCALES)
    it(`${tag}: every key of the English catalog, the same placeholders, and its own words`, async () => {
      const translated = await catalog(tag);
      const english = leaves(en as unknown as Record<string, Value>);
      const mine = new Map(leaves(translated));
      expect([...mine.keys()].sort()).to.deep.equal(english.map(([k]) => k).sort());
      for (const [path, value] of english) {
        const theirs = mine.get(path);
        if (typeof value === 'function') {
          expect(theirs, path).to.be.a('function');
          const calls = CALLS[path] ?? markers(value.length);
          const outputs = calls.map((args) => String((theirs as (...a: unknown[]) => unknown)(...args)));
          calls.forEach((args, i) =>
            expect(found(outputs[i]), `${path}(${args})`).to.deep.equal(found(String(value(...args)))),
          );
          if (path === 'sale') expect(new Set(outputs).size, 'sale keeps its four cases').to.equal(4);
          if (!SAME_AS_ENGLISH.has(path)) expect(outputs[0], path).not.to.equal(String(value(...calls[0])));
        } else if (path === 'listAnd') {
          // CLDR's words, which many languages share with English (", "): the tag says whose they are.
          expect(theirs, path).to.be.an('array').with.length(4);
          expect((theirs as string[])[0], path).to.equal(tag.split('-')[0]);
          (theirs as string[]).forEach((t) => expect(t, path).to.be.a('string').and.not.equal(''));
        } else if (path === 'dates') {
          // CLDR's long dates, a template per month (compared with Intl in date-words.test.ts); none
          // where Intl's dates are not Gregorian with the digits 0 to 9.
          if (theirs === undefined) expect(['fa', 'th'], path).to.include(tag);
          else {
            const { lang, months } = theirs as unknown as DateWords;
            expect(lang, path).to.equal(tag.split('-')[0]);
            expect(months, path).to.have.length(12);
            for (const month of months) expect(month, path).to.contain('{d}').and.contain('{y}');
          }
        } else if (path === 'durations') {
          // CLDR's unit words, by the language's own plural categories (compared with Intl in duration-words.test.ts).
          const { lang, digits, ...units } = theirs as unknown as DurationWords;
          expect(lang, path).to.equal(tag.split('-')[0]);
          if (digits !== undefined) expect([...digits], `${path}.digits`).to.have.length(10);
          expect(Object.keys(units).sort(), path).to.deep.equal([...DURATION_UNITS].sort());
          const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
          for (const [unit, forms] of Object.entries(units)) {
            expect(forms.other, `${path}.${unit}.other`).to.be.a('string').and.not.equal('');
            for (const [category, form] of Object.entries(forms)) {
              expect(categories, `${path}.${unit}.${category}`).to.include(category);
              expect(form.split('#').length, `${path}.${unit}.${category}: at most one #`).to.be.at.most(2);
            }
          }
        } else if (Array.isArray(value)) {
          expect(theirs, path).to.be.an('array').with.length(value.length);
          (theirs as string[]).forEach((t, i) => expect(t, `${path}[${i}]`).to.be.a('string').and.not.equal(value[i]));
        } else {
          expect(theirs, path).to.be.a('string').and.not.equal('');
          if (!SAME_AS_ENGLISH.has(path)) expect(theirs, path).not.to.equal(value);
        }
      }
    });

  it('maps the tags pages use to the catalog that fits', () => {
    expect(
      [
        'de-AT',
        'pt',
        'pt-BR',
        'pt-PT',
        'es-MX',
        'es-ES',
        'es-419',
        'zh',
        'zh-CN',
        'zh-TW',
        'zh-Hant-HK',
        'no',
        'nn-NO',
        'en',
        'x-klingon',
        '',
      ].map(catalogFor),
    ).to.deep.equal([
      'de',
      'pt',
      'pt-BR',
      'pt',
      'es-419',
      'es',
      'es-419',
      'zh-Hans',
      'zh-Hans',
      'zh-Hant',
      'zh-Hant',
      'nb',
      'nb',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
