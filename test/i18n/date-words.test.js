// Every catalog's date words against CLDR as Node's full ICU has it: every day of three years, in
// the language alone and in each of its regions (where the words do not hold, Intl writes the date).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { formatDate } from '../../dist/core/i18n/time.js';
import { rightsStrings } from '../../dist/core/i18n/en/rights.js';
import { intlTag } from './duration-cases.js';

const tags = readdirSync('src/core/i18n/locales', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const wordsOf = async (tag) =>
  tag === 'en'
    ? rightsStrings.dates
    : (await import(`../../dist/core/i18n/locales/${tag}/rights.js`)).rightsStrings.dates;
const long = (lang, utc = true) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: utc ? 'UTC' : undefined });
const days = Array.from({ length: 3 * 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
const REGIONS = [];
for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) REGIONS.push(String.fromCharCode(a, b));

test('the date words of every built-in language write every day of three years as CLDR does', async () => {
  let withWords = 0;
  for (const tag of ['en', ...tags]) {
    const words = await wordsOf(tag);
    const lang = intlTag(tag);
    if (!words) {
      // Only where Intl's dates are not Gregorian with the digits 0 to 9 (Persian, Thai Buddhist).
      assert.notEqual(
        long(lang)
          .formatToParts(Date.UTC(2026, 0, 5))
          .find((p) => p.type === 'year').value,
        '2026',
        tag,
      );
      continue;
    }
    withWords++;
    const intl = long(lang);
    for (const day of days)
      assert.equal(formatDate(day, lang, words), intl.format(new Date(`${day}T00:00:00Z`)), `${tag} ${day}`);
    // A Date is a moment, shown in the visitor's time zone.
    const moment = new Date(2026, 4, 31, 23, 30);
    assert.equal(formatDate(moment, lang, words), long(lang, false).format(moment), `${tag} Date`);
  }
  assert.ok(withWords >= 40, `${withWords} languages with words`);
});

test("in every region, a language's words give what Intl gives there, or give way to Intl", async () => {
  for (const tag of ['en', ...tags]) {
    const words = await wordsOf(tag);
    if (!words) continue;
    const [primary, script] = tag.split('-');
    for (const region of REGIONS) {
      const lang = `${primary}${script?.length === 4 ? `-${script}` : ''}-${region}`;
      if (!Intl.DateTimeFormat.supportedLocalesOf(lang).length) continue;
      const intl = long(lang);
      for (const day of ['2026-01-05', '2026-05-21', '2026-08-31', '2026-12-01'])
        assert.equal(formatDate(day, lang, words), intl.format(new Date(`${day}T00:00:00Z`)), `${lang} ${day}`);
    }
  }
});

test("words of a site's own without months, or for another language, give way to Intl", () => {
  assert.equal(formatDate('2026-01-05', 'de', rightsStrings.dates), '5. Januar 2026');
  assert.equal(formatDate('2026-01-05', 'en', { lang: 'en' }), 'January 5, 2026');
  assert.equal(formatDate('2026-01-05', 'en-GB', rightsStrings.dates), '5 January 2026');
});
