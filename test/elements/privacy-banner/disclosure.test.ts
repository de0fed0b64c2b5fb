import { expect, oneEvent } from '@open-wc/testing';
import {
  buttonOf,
  dialogOf,
  mount,
  openCookieLists,
  promptManifest,
  resetPage,
  shadow,
  switchOf,
  textOf,
} from './helpers.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { registerCatalog } from '../../../src/core/i18n/catalog.js';

/** A prompt whose policy lists optional categories only: no strictly necessary one to put the choice cookie in. */
const optionalOnly: Manifest = {
  ...promptManifest,
  cookies: { categories: promptManifest.cookies!.categories.filter((c) => !c.necessary) },
};

describe('<privacy-banner> discloses the cookie that keeps the choice', () => {
  afterEach(resetPage);

  it('in the preferences dialog, under a strictly necessary category of its own, always on, without adding a choice to the record', async () => {
    const el = await mount(optionalOnly);
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    const own = switchOf(el, '_choice');
    expect([own.checked, own.disabled]).to.deep.equal([true, true]);
    expect(textOf(own.closest('label'))).to.equal('Strictly necessary (Always on)');
    const details = own.closest('.category')!.querySelector('details')!;
    await openCookieLists(el);
    expect(textOf(details.querySelector('tbody, table')))
      .to.contain('privacy_consent')
      .and.contain('Remembers your privacy choices');
    await expect(el).to.be.accessible();
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'Save choices').click();
    const { detail } = await change;
    expect(detail.choices).to.deep.equal({ analytics: false, ads: false });
  });

  it('in the policy’s own necessary category when there is one, first', async () => {
    const el = await mount(promptManifest);
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    expect(shadow(el, 'input[aria-describedby="about-_choice"]')).to.equal(null);
    await openCookieLists(el);
    const names = [...switchOf(el, 'necessary').closest('.category')!.querySelectorAll('tr td:first-child')].map((td) =>
      textOf(td),
    );
    expect(names).to.deep.equal(['privacy_consent', 'session']);
  });

  it('with a catalog written before these strings existed: the dialog still opens, the missing ones in English', async () => {
    registerCatalog('kw', { customize: 'Personnalisa', save: 'Gwitha' });
    const el = await mount(optionalOnly);
    el.lang = 'kw';
    await el.updateComplete;
    buttonOf(el, 'Personnalisa').click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(textOf(switchOf(el, '_choice').closest('label'))).to.equal('Strictly necessary (Always on)');
    expect(() => buttonOf(el, 'Gwitha')).not.to.throw();
  });
});
