// Every catalog's duration words against CLDR as Node's full ICU has it: each unit from 0 to 1,100
// and in the millions, in every plural category, and durations of several parts joined as a list.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { formatDuration } from '../../dist/core/i18n/time.js';
import { commonStrings } from '../../dist/core/i18n/en/common.js';
import { storageStrings } from '../../dist/core/i18n/en/storage.js';
import { durationCases, expectedDuration, intlTag } from './duration-cases.js';

const tags = readdirSync('src/core/i18n/locales', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const wordsOf = async (tag) =>
  tag === 'en'
    ? { ...commonStrings, ...storageStrings }
    : {
        ...(await import(`../../dist/core/i18n/locales/${tag}/common.js`)).commonStrings,
        ...(await import(`../../dist/core/i18n/locales/${tag}/storage.js`)).storageStrings,
      };

test('the duration words of every built-in language write durations as CLDR does', async () => {
  assert.ok(tags.length >= 40);
  for (const tag of ['en', ...tags]) {
    const words = await wordsOf(tag);
    const lang = intlTag(tag);
    for (const iso of durationCases())
      assert.equal(formatDuration(iso, lang, words), expectedDuration(iso, lang), `${tag} ${iso}`);
  }
});

test('the plural form follows the page language: Portuguese 0 is singular in Brazil and Angola, plural in Portugal', async () => {
  const words = await wordsOf('pt');
  for (const lang of ['pt', 'pt-BR', 'pt-AO', 'pt-PT'])
    for (const iso of ['P1Y', 'P2M', 'P11D', 'P1000D', 'P1000000D'])
      assert.equal(formatDuration(iso, lang, words), expectedDuration(iso, lang), `${lang} ${iso}`);
});

test('words for another language give way to Intl: English words on a German page', async () => {
  const english = await wordsOf('en');
  for (const iso of ['P1Y6M', 'P3M2DT4H', 'PT1S'])
    assert.equal(formatDuration(iso, 'de', english), expectedDuration(iso, 'de'), iso);
});

test('the Swahili words docs/languages.md shows a site registering write as Intl does', () => {
  const docs = readFileSync('docs/languages.md', 'utf8');
  const literal = /registerCatalog\('sw', (\{[\s\S]*?\n\})\);/.exec(docs)[1];
  const words = new Function(`return (${literal});`)();
  for (const iso of durationCases()) assert.equal(formatDuration(iso, 'sw', words), expectedDuration(iso, 'sw'), iso);
});
