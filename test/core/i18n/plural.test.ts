import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { plural } from '../../../src/core/i18n/format.js';
import { LOCALES } from '../../../src/core/i18n/available.js';
import '../../../src/elements/privacy-summary/define.js';
import type { PrivacySummary } from '../../../src/elements/privacy-summary/privacy-summary.js';
import { minimalManifest } from '../../fixtures.js';

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

describe('the summary’s ages', () => {
  afterEach(() => fixtureCleanup());

  // The word after the count, as the sentence's case needs it; Arabic writes one and two as words.
  const WORDS: Record<string, [string, (w: string) => string]> = {
    ru: ['1 года, 2 лет, 5 лет, 21 года', (w) => `Не предназначено для детей младше ${w}. EU: младше ${w}.`],
    pl: ['1 roku, 2 lat, 5 lat, 21 lat', (w) => `Nie dla dzieci poniżej ${w}. EU: poniżej ${w}.`],
    cs: ['1 roku, 2 let, 5 let, 21 let', (w) => `Není určeno dětem mladším ${w}. EU: mladší ${w}.`],
    ar: ['عام واحد, عامين, 5 أعوام, 21 عامًا', (w) => `غير موجَّه للأطفال دون سن ${w}. EU: دون سن ${w}.`],
  };

  for (const [lang, [words, sentence]] of Object.entries(WORDS))
    it(`${lang}: the minimum age and a region's age take the form their number needs (1, 2, 5, 21)`, async () => {
      await import(`../../../src/core/i18n/locales/${lang}/index.ts`);
      const rendered = [];
      for (const age of [1, 2, 5, 21]) {
        const manifest = { ...minimalManifest, children: { minimumAge: age, ages: [{ region: 'EU', age }] } };
        const el = await fixture<PrivacySummary>(
          html`<privacy-summary lang=${lang} sections="children" open="all" .manifest=${manifest}></privacy-summary>`,
        );
        rendered.push(el.shadowRoot!.querySelector('#privacy-children-panel p')!.textContent!.trim());
      }
      expect(rendered).to.deep.equal(words.split(', ').map(sentence));
    });
});

describe('catalog sources', () => {
  const PARTS = ['common', 'storage', 'banner', 'signals', 'request', 'rights', 'summary', 'index'];
  const FILES = [
    ...PARTS.filter((part) => part !== 'index').map((part) => `en/${part}.ts`),
    ...LOCALES.flatMap((tag) => PARTS.map((part) => `locales/${tag}/${part}.ts`)),
  ];
  // Arithmetic on a count (`age % 10`) or a count compared with a number that decides a word
  // (`n === 1 ? ... :`, `age >= 20 ? ...`): plural rules written by hand, which plural() replaces.
  const ARITHMETIC = [/\w\s*%\s*\d/, /(?:[=!]==?|[<>]=?)\s*\d+\s*\)?\s*(?:\?|&&|\|\|)/];
  const handWritten = (source: string) => ARITHMETIC.some((pattern) => pattern.test(source));

  it('the check recognises hand-written plural rules and lets plural() through', () => {
    expect(handWritten("`${age} ${age % 10 === 1 && age % 100 !== 11 ? 'года' : 'лет'}`")).to.equal(true);
    expect(handWritten("`${age} ${age % 100 >= 20 ? 'de ani' : 'ani'}`")).to.equal(true);
    expect(handWritten("`${n} ${n === 1 ? 'year' : 'years'}`")).to.equal(true);
    expect(handWritten("`${n} ${n > 1 ? 'years' : 'year'}`")).to.equal(true);
    expect(handWritten("`${age} ${plural('ru', age, { one: 'года', other: 'лет' })}`")).to.equal(false);
  });

  it('no catalog file, English or any other language, chooses a plural form by hand', async () => {
    const offenders = [];
    for (const file of FILES) {
      const response = await fetch(new URL(`../../../src/core/i18n/${file}`, import.meta.url));
      expect(response.ok, file).to.equal(true);
      if (handWritten(await response.text())) offenders.push(file);
    }
    expect(offenders).to.deep.equal([]);
  });
});
