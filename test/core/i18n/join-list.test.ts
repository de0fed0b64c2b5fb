// The banner's first layer joins its lists with words from the catalog, not Intl.ListFormat (whose
// first use on a page cost 115 to 145 ms at 4x CPU): the words must join as Intl does, in every language.
import { expect } from '@open-wc/testing';
import { joinList, type ListWords } from '../../../src/core/i18n/format.js';
import { LOCALES } from '../../../src/core/i18n/available.js';
import { bannerStrings } from '../../../src/core/i18n/en/banner.js';
import { commonStrings } from '../../../src/core/i18n/en/common.js';
import { listCases } from '../../i18n/list-cases.js';

const english = { ...commonStrings, ...bannerStrings };
const wordsOf = async (tag: string): Promise<{ listAnd: ListWords; acceptAll: string; rejectAll: string }> =>
  tag === 'en'
    ? english
    : {
        ...(await import(`../../../src/core/i18n/locales/${tag}/common.ts`)).commonStrings,
        ...(await import(`../../../src/core/i18n/locales/${tag}/banner.ts`)).bannerStrings,
      };

describe('joinList', () => {
  // Chromium's ICU leaves out some languages' list patterns and joins them in English ("agus" becomes
  // "and" in Irish): those are compared with Node's full ICU instead (test/i18n/list-words.test.js).
  const CHROMIUM_LACKS = ['eu', 'ga', 'gl', 'is', 'mt'];
  for (const tag of ['en', ...LOCALES].filter((t) => !CHROMIUM_LACKS.includes(t)))
    it(`${tag}: joins 0 to 5 items as Intl.ListFormat does`, async () => {
      const strings = await wordsOf(tag);
      const intl = new Intl.ListFormat(tag, { type: 'conjunction' });
      for (const items of listCases([strings.acceptAll, strings.rejectAll]))
        expect(joinList(items, tag, strings.listAnd), `${tag} ${JSON.stringify(items)}`).to.equal(intl.format(items));
    });

  it('joins the languages Chromium has no list words for in their own words, not in English', async () => {
    for (const tag of CHROMIUM_LACKS) {
      expect(new Intl.ListFormat(tag).format(['a', 'b']), tag).to.equal('a and b');
      expect(joinList(['a', 'b'], tag, (await wordsOf(tag)).listAnd), tag).not.to.contain(' and ');
    }
  });

  it('gives way to Intl.ListFormat when the words are for another language (a catalog that left them out)', () => {
    const items = ['Analyse', 'Werbung', 'Karten'];
    expect(joinList(items, 'de', english.listAnd)).to.equal('Analyse, Werbung und Karten');
    expect(joinList(items, 'de-AT', ['de', ' und ', ', ', ' und '])).to.equal('Analyse, Werbung und Karten');
    // Words for English on an English page: no Intl involved, so a wrong word shows.
    expect(joinList(items, 'en-GB', ['en', ' plus ', '; ', ' plus '])).to.equal('Analyse; Werbung plus Karten');
  });
});
