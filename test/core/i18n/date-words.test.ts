// The summary and the request form write dates with words from the catalog, not Intl.DateTimeFormat
// (whose first use on a page costs 80 to 260 ms at 4x CPU): the words must write them as Chromium's
// Intl does, in every language that has them, and give way to Intl in a region whose dates differ.
import { expect } from '@open-wc/testing';
import { formatDate, type DateWords } from '../../../src/core/i18n/time.js';
import { LOCALES } from '../../../src/core/i18n/available.js';
import { rightsStrings } from '../../../src/core/i18n/en/rights.js';

const wordsOf = async (tag: string): Promise<DateWords | undefined> =>
  tag === 'en'
    ? rightsStrings.dates
    : (await import(`../../../src/core/i18n/locales/${tag}/rights.ts`)).rightsStrings.dates;
const long = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));

describe('formatDate with a catalog', () => {
  // Chromium's ICU leaves out these languages' dates and writes them in English: they are compared
  // with Node's full ICU instead (test/i18n/date-words.test.js).
  const CHROMIUM_LACKS = ['eu', 'ga', 'gl', 'is', 'mt'];
  for (const tag of ['en', ...LOCALES].filter((t) => !CHROMIUM_LACKS.includes(t)))
    it(`${tag}: writes every day of a year as Intl does`, async () => {
      const words = await wordsOf(tag);
      const lang = tag === 'pt' ? 'pt-PT' : tag;
      const intl = long(lang);
      for (const day of days)
        expect(formatDate(day, lang, words), `${tag} ${day}`).to.equal(intl.format(new Date(`${day}T00:00:00Z`)));
    });

  it('writes the languages Chromium has no dates for in their own words, not in English', async () => {
    for (const tag of CHROMIUM_LACKS) {
      expect(long(tag).format(new Date('2026-01-05T00:00:00Z')), tag).to.equal('January 5, 2026');
      expect(formatDate('2026-01-05', tag, await wordsOf(tag)), tag).not.to.contain('January');
    }
  });

  it('follows the region where its dates differ: British and Austrian pages get their own', async () => {
    const cases: [string, string][] = [
      ['en-US', 'en'],
      ['en-GB', 'en'],
      ['en-CA', 'en'],
      ['en-IN', 'en'],
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['es-MX', 'es-419'],
      ['es-PE', 'es-419'],
      ['fr-CA', 'fr'],
      ['ar-EG', 'ar'],
      ['zh-TW', 'zh-Hant'],
      ['sr-ME', 'sr'],
    ];
    for (const [lang, tag] of cases) {
      const words = await wordsOf(tag);
      for (const day of ['2026-01-05', '2026-05-21', '2026-12-01'])
        expect(formatDate(day, lang, words), `${lang} ${day}`).to.equal(
          long(lang).format(new Date(`${day}T00:00:00Z`)),
        );
    }
    expect(formatDate('2026-01-05', 'en-GB', rightsStrings.dates)).to.equal('5 January 2026');
    expect(formatDate('2026-01-05', 'de-AT', await wordsOf('de'))).to.equal('5. Jänner 2026');
  });
});
