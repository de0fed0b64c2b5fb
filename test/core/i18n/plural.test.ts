import { expect } from '@open-wc/testing';
import { plural } from '../../../src/core/i18n/format.js';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101];
const EVERY_FORM = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

// Written out from the CLDR plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html),
// not read from Intl, so that a wrong choice shows.
const CLDR: Record<string, string[]> = {
  en: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other'],
  ru: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'few', 'many', 'one'],
  pl: ['many', 'one', 'few', 'few', 'many', 'many', 'many', 'few', 'many', 'many'],
  cs: ['other', 'one', 'few', 'few', 'other', 'other', 'other', 'other', 'other', 'other'],
  lt: ['other', 'one', 'few', 'few', 'few', 'other', 'one', 'few', 'few', 'one'],
  ar: ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'many', 'many', 'other'],
  ga: ['other', 'one', 'two', 'few', 'few', 'other', 'other', 'other', 'other', 'other'],
};

describe('plural', () => {
  for (const [lang, categories] of Object.entries(CLDR))
    it(`${lang}: picks the CLDR form for ${COUNTS.join(', ')}`, () => {
      expect(COUNTS.map((n) => plural(lang, n, EVERY_FORM))).to.deep.equal(categories);
    });

  it('falls back to `other` for a category the forms leave out', () => {
    expect(plural('ru', 5, { one: 'года', other: 'лет' })).to.equal('лет');
    expect(plural('ar', 2, { other: 'x' })).to.equal('x');
    expect(plural('ru', 1, { one: 'года', other: 'лет' })).to.equal('года');
  });

  it('gives `other` for a value that is not a number, as a catalog check passes placeholders', () => {
    expect(plural('ru', '⟦0⟧' as unknown as number, { one: 'года', few: 'лет', other: 'x' })).to.equal('x');
  });

  it('makes one Intl.PluralRules per language, however often it is asked', () => {
    const intl = Intl as { PluralRules: typeof Intl.PluralRules };
    const Real = intl.PluralRules;
    let made = 0;
    intl.PluralRules = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Real;
    try {
      for (const n of COUNTS) plural('sv', n, { one: 'år', other: 'år' });
      plural('fi', 2, { one: 'vuosi', other: 'vuotta' });
    } finally {
      intl.PluralRules = Real;
    }
    expect(made).to.equal(2);
  });
});
