// Every catalog's list words against CLDR as Node's full ICU has it (Chromium's ICU leaves some
// languages' list patterns out), with the words Spanish and Hebrew join differently.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { joinList } from '../../dist/core/i18n/format.js';
import { bannerStrings } from '../../dist/core/i18n/en/banner.js';
import { commonStrings } from '../../dist/core/i18n/en/common.js';
import { listCases } from './list-cases.js';

const tags = readdirSync('src/core/i18n/locales', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
test('the list words of every built-in language join as CLDR does, 0 to 5 items', async () => {
  assert.ok(tags.length >= 40);
  for (const tag of ['en', ...tags]) {
    const part = (name) => import(`../../dist/core/i18n/locales/${tag}/${name}.js`);
    const strings =
      tag === 'en'
        ? { ...commonStrings, ...bannerStrings }
        : { ...(await part('common')).commonStrings, ...(await part('banner')).bannerStrings };
    const intl = new Intl.ListFormat(tag, { type: 'conjunction' });
    for (const items of listCases([strings.acceptAll, strings.rejectAll]))
      assert.equal(joinList(items, tag, strings.listAnd), intl.format(items), `${tag} ${JSON.stringify(items)}`);
  }
});
