// The cookie tables write lifetimes with words from the catalog, not Intl.NumberFormat (whose first
// use on a page costs 80 to 260 ms at 4x CPU): the words must write them as Chromium's Intl does.
import { expect } from '@open-wc/testing';
import { formatDuration, type DurationCatalog } from '../../../src/core/i18n/time.js';
import { LOCALES } from '../../../src/core/i18n/available.js';
import { commonStrings } from '../../../src/core/i18n/en/common.js';
import { storageStrings } from '../../../src/core/i18n/en/storage.js';
import { durationCases, expectedDuration, intlTag } from '../../i18n/duration-cases.js';

const wordsOf = async (tag: string): Promise<DurationCatalog> =>
  tag === 'en'
    ? { ...commonStrings, ...storageStrings }
    : {
        ...(await import(`../../../src/core/i18n/locales/${tag}/common.ts`)).commonStrings,
        ...(await import(`../../../src/core/i18n/locales/${tag}/storage.ts`)).storageStrings,
      };

describe('formatDuration with a catalog', () => {
  // Chromium's ICU leaves out some languages' list or unit patterns (Basque, Irish, Galician,
  // Icelandic and Maltese lists come out in English): those are compared with Node's full ICU
  // instead (test/i18n/duration-words.test.js).
  const CHROMIUM_LACKS = ['eu', 'ga', 'gl', 'is', 'mt'];
  for (const tag of ['en', ...LOCALES].filter((t) => !CHROMIUM_LACKS.includes(t)))
    it(`${tag}: writes every unit from 0 to 1,100, in the millions and in lists as Intl does`, async () => {
      const words = await wordsOf(tag);
      const lang = intlTag(tag);
      for (const iso of durationCases())
        expect(formatDuration(iso, lang, words), `${tag} ${iso}`).to.equal(expectedDuration(iso, lang));
    });
});
