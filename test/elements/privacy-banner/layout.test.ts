import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { buttonOf, mount, promptManifest, resetPage, shadow } from './helpers.js';

describe('<privacy-banner> layout at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(resetPage);

  it('keeps every switch 24x24 px, however long its category name', async () => {
    const long = 'Strictly necessary for the service you asked for, always on';
    const el = await mount({
      ...promptManifest,
      cookies: { categories: promptManifest.cookies!.categories.map((c) => ({ ...c, name: `${c.name}: ${long}` })) },
    });
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    const switches = [...el.shadowRoot!.querySelectorAll('input[role=switch]')];
    expect(switches.length).to.be.greaterThan(2);
    for (const input of switches) {
      const { width, height } = input.getBoundingClientRect();
      expect([Math.round(width), Math.round(height)], input.getAttribute('aria-describedby')!).to.deep.equal([24, 24]);
    }
    expect(shadow(el, 'dialog')).to.exist;
  });
});
