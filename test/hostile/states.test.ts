// Every element in every state, light and dark, at 320 CSS px (the width of a
// 1280 px window at 400% zoom, or a 640 px one at 200%): axe passes, every target
// is 24x24 px or spaced (2.5.8), control borders contrast 3:1 (1.4.11), and nothing
// needs horizontal scrolling (WCAG 1.4.10 reflow).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { signalSources } from '../../src/controllers/signals-controller.js';
import { clearManifestCache } from '../../src/core/manifest/load.js';
import type { PrivacyBanner } from '../../src/elements/privacy-banner/privacy-banner.js';
import type { PrivacyRequest } from '../../src/elements/privacy-request/privacy-request.js';
import { loadSeed, policySettled } from '../fixtures.js';
import { buttonOf, noticeManifest, promptManifest } from '../elements/privacy-banner/helpers.js';
import { clearCookies } from '../core/consent/helpers.js';
import { boundaryContrastProblems, targetSizeProblems } from './targets.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
type State = { name: string; reach: () => Promise<Lit> };

const click = async (el: Lit, name: string) => {
  buttonOf(el, name).click();
  await el.updateComplete;
  return el;
};

/**
 * Elements that stick out past the right edge of the viewport, or of a box that scrolls (a banner
 * panel, a dialog): content that fits only by scrolling sideways inside such a box fails reflow too.
 */
function overflowing(root: ParentNode, out: string[] = [], right = innerWidth): string[] {
  for (const el of root.children) {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (rect.width && style.visibility !== 'hidden' && rect.right > right + 0.5)
      out.push(
        `<${el.localName} part="${el.getAttribute('part') ?? ''}"> right edge ${Math.round(rect.right)} > ${Math.round(right)}: "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      );
    // Text sticks out of its box without moving the box: a long word or address that cannot wrap.
    if (
      el.clientWidth &&
      style.overflowX === 'visible' &&
      el.scrollWidth > el.clientWidth + 1 &&
      rect.left + el.scrollWidth > right + 0.5
    )
      out.push(
        `<${el.localName} part="${el.getAttribute('part') ?? ''}"> content ${el.scrollWidth} px wide in ${el.clientWidth}: "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      );
    const limit = /auto|scroll/.test(style.overflowX)
      ? Math.min(right, rect.left + el.clientLeft + el.clientWidth)
      : right;
    if (el.shadowRoot) overflowing(el.shadowRoot, out, limit);
    overflowing(el, out, limit);
  }
  return out;
}

const rich = async () => loadSeed('naxora');
let restoreFetch: (() => void) | undefined;
/** Answers every fetch with `stub` until the test ends. */
const stubFetch = (stub: typeof fetch) => {
  const real = window.fetch;
  window.fetch = stub;
  restoreFetch = () => (window.fetch = real);
};
const never = (tag: string) => async () => {
  clearManifestCache();
  stubFetch(() => new Promise(() => {}));
  return fixture<Lit>(`<${tag} policy="/never-answers.json"></${tag}>`);
};
const broken = (tag: string) => async () => {
  const el = await fixture<Lit>(`<${tag}><script type="application/json">{"version": 1</script></${tag}>`);
  await policySettled(el);
  return el;
};
const withManifest =
  (tag: string, manifest: unknown, attributes: Record<string, string> = {}) =>
  async () => {
    const el = document.createElement(tag) as Lit & { manifest: unknown };
    el.manifest = manifest;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return fixture<Lit>(html`${el}`);
  };

const request = (right?: string, rights?: object) => async () => {
  const el = (await withManifest('privacy-request', {
    ...(await rich()),
    rights: rights ?? {
      deadline: 'P30D',
      methods: [
        { id: 'api', type: 'endpoint', url: '/api/privacy-requests', accountIdentifier: 'Account number' },
        {
          id: 'mail',
          type: 'email',
          email: 'dataprotectionofficer@subsidiaryofexample.com',
          subject: 'Data Protection Request',
        },
      ],
      items: [{ right: 'access' }, { right: 'erasure', methods: ['mail'] }],
    },
  })()) as PrivacyRequest;
  if (right) el.setAttribute('right', right);
  await el.updateComplete;
  return el;
};
/** The dialog open on one right. */
const requestPage = (right: string, rights?: object) => async () => {
  const el = (await request(right, rights)()) as PrivacyRequest;
  await el.openDialog();
  return el;
};
/** The access form filled in and sent, the endpoint answering with `answer` (the demo server's, unless given). */
const sendAccess = async (answer?: typeof fetch) => {
  const el = (await requestPage('access')()) as PrivacyRequest;
  if (answer) stubFetch(answer);
  for (const [id, value] of [
    ['email', 'visitor@example.com'],
    ['accountIdentifier', 'ACC-1'],
  ]) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  // Where the visitor is when they send: axe measures only what is scrolled into view in the dialog.
  const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!;
  submit.scrollIntoView({ block: 'nearest' });
  submit.click();
  await el.updateComplete;
  return el;
};
const shown = (el: Lit) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const positioned = (position: string) => async () => {
  const el = await withManifest('privacy-banner', promptManifest, { position })();
  expect(
    el.shadowRoot!.querySelector('[part~=panel]')!.getBoundingClientRect()[position === 'top' ? 'top' : 'bottom'],
  ).to.be.closeTo(position === 'top' ? 0 : innerHeight - (position === 'corner' ? 16 : 0), 1);
  return el;
};

/** A GPC signal on a policy that does not honour it, with `sale` as given; the element must say `says`. */
const gpcNotHonoured = (sale: { sells: boolean; shares: boolean }, says: string) => async () => {
  signalSources.navigator = { globalPrivacyControl: true };
  const el = await withManifest('privacy-signals', {
    ...(await rich()),
    sale,
    signals: { gpc: { honoured: false, statement: 'Our own words on the signal.' } },
  })();
  expect(shown(el)).to.contain(says);
  return el;
};

const STATES: Record<string, State[]> = {
  'privacy-summary': [
    { name: 'loading', reach: never('privacy-summary') },
    { name: 'error', reach: broken('privacy-summary') },
    { name: 'first layer', reach: async () => withManifest('privacy-summary', await rich())() },
    {
      name: 'every section open',
      reach: async () => {
        const el = await withManifest('privacy-summary', await rich())();
        el.setAttribute('open', 'all');
        await el.updateComplete;
        return el;
      },
    },
  ],
  'privacy-banner': [
    { name: 'loading', reach: never('privacy-banner') },
    { name: 'error', reach: broken('privacy-banner') },
    { name: 'notice', reach: withManifest('privacy-banner', noticeManifest) },
    {
      name: 'notice with cookie details',
      reach: async () => click(await withManifest('privacy-banner', noticeManifest)(), 'Cookie details'),
    },
    { name: 'prompt', reach: withManifest('privacy-banner', promptManifest) },
    {
      name: 'preferences open',
      reach: async () => {
        const el = (await withManifest('privacy-banner', promptManifest)()) as PrivacyBanner;
        await el.openPreferences();
        await el.updateComplete;
        return el;
      },
    },
    {
      name: 'after a choice',
      reach: async () => click(await withManifest('privacy-banner', promptManifest)(), 'Reject all'),
    },
    { name: 'prompt at the top', reach: positioned('top') },
    { name: 'prompt in the corner', reach: positioned('corner') },
  ],
  'privacy-signals': [
    { name: 'loading', reach: never('privacy-signals') },
    { name: 'error', reach: broken('privacy-signals') },
    {
      name: 'GPC and DNT shown',
      reach: async () => {
        signalSources.navigator = { globalPrivacyControl: true, doNotTrack: '1' };
        return withManifest('privacy-signals', await rich())();
      },
    },
    {
      name: 'GPC not honoured',
      reach: gpcNotHonoured({ sells: false, shares: true }, 'This site does not act on it'),
    },
    {
      name: 'GPC with nothing to opt out of',
      reach: gpcNotHonoured({ sells: false, shares: false }, 'nothing for it to opt out of'),
    },
    {
      name: 'GPC off, shown with always',
      reach: async () => {
        signalSources.navigator = { globalPrivacyControl: false };
        const el = await withManifest('privacy-signals', await rich(), { always: '' })();
        expect(shown(el)).to.contain('supports Global Privacy Control, and the signal is off');
        return el;
      },
    },
  ],
  'privacy-request': [
    { name: 'loading', reach: never('privacy-request') },
    { name: 'error', reach: broken('privacy-request') },
    { name: 'launcher', reach: request() },
    {
      name: 'list of rights',
      reach: async () => {
        const el = (await request()()) as PrivacyRequest;
        await el.openDialog();
        return el;
      },
    },
    {
      name: 'form with errors',
      reach: async () => {
        const el = (await request('access')()) as PrivacyRequest;
        await el.openDialog();
        el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[aria-invalid=true]')).to.exist;
        return el;
      },
    },
    {
      name: 'request sending',
      reach: async () => {
        const el = await sendAccess(() => new Promise(() => {}));
        const button = el.shadowRoot!.querySelector('form button[type=submit]')!;
        expect([button.textContent!.trim(), button.getAttribute('aria-disabled')]).to.deep.equal(['Sending…', 'true']);
        return el;
      },
    },
    {
      name: 'request sent',
      reach: async () => {
        const el = await sendAccess();
        await waitUntil(
          () => el.shadowRoot!.querySelector('[role=status]')?.textContent?.includes('Reference:'),
          'the request was not sent',
          { timeout: 4000 },
        );
        return el;
      },
    },
    {
      name: 'request failed',
      reach: async () => {
        const el = await sendAccess(() => Promise.reject(new TypeError('offline')));
        await waitUntil(
          () => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes('no connection'),
          'the failure was not shown',
          { timeout: 4000 },
        );
        el.shadowRoot!.querySelector('[role=alert]')!.scrollIntoView({ block: 'nearest' });
        expect(el.shadowRoot!.querySelector('a[href^="mailto:"]'), 'email offered').to.exist;
        return el;
      },
    },
    {
      name: 'complaint with an authority',
      reach: async () => {
        const el = await requestPage('complaint', {
          authority: { name: 'Autoriteit Persoonsgegevens', url: 'https://autoriteitpersoonsgegevens.nl/' },
          items: [{ right: 'complaint' }],
        })();
        expect(el.shadowRoot!.querySelector('dialog a')!.getAttribute('href')).to.equal(
          'https://autoriteitpersoonsgegevens.nl/',
        );
        return el;
      },
    },
    {
      name: 'complaint without an authority',
      reach: async () => {
        const el = await requestPage('complaint', { items: [{ right: 'complaint' }] })();
        expect(el.shadowRoot!.querySelector('dialog a')).to.equal(null);
        expect(shown(el)).to.contain('data protection authority where you live');
        return el;
      },
    },
    {
      name: 'web form and self-service links',
      reach: async () => {
        const el = await requestPage('portability', {
          methods: [
            { id: 'form', type: 'web-form', url: 'https://example.com/privacy-form', description: 'Our request form' },
            {
              id: 'account',
              type: 'self-service',
              url: 'https://example.com/account',
              description: 'Settings, then Privacy, then Download',
            },
          ],
          items: [{ right: 'portability' }],
        })();
        const links = [...el.shadowRoot!.querySelectorAll('dialog a')].map((a) => a.textContent);
        expect(links).to.deep.equal(['Open the request form', 'Do it yourself in your account']);
        return el;
      },
    },
  ],
};

describe('the target size and boundary checks themselves', () => {
  const rootWith = async (markup: string) => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host { display: block; background: #fff; color: #000; font: 16px/1.5 sans-serif } button, input { box-sizing: border-box; margin: 0; padding: 0; font: inherit }</style>${markup}`;
    return root;
  };

  it('flag small crowded targets, not small spaced ones, nor links in a sentence', async () => {
    const crowded = await rootWith(
      '<button style="width:16px;height:16px">a</button><button style="width:16px;height:16px">b</button>',
    );
    expect(targetSizeProblems(crowded)).to.have.length(2);
    expect(targetSizeProblems(crowded)[0]).to.match(/^<button> "a" is 16\.0x16\.0 px, too close to <button> "b"$/);
    const spaced = await rootWith(
      '<button style="width:16px;height:16px;display:block">a</button><button style="width:16px;height:16px;display:block;margin-top:12px">b</button>',
    );
    expect(targetSizeProblems(spaced)).to.deep.equal([]);
    const sentence = await rootWith(
      '<p>Read <a href="#x">x</a> <a href="#y">y</a> first.</p><p><a href="#z">z</a><a href="#w">w</a></p>',
    );
    expect(targetSizeProblems(sentence).map((p) => p.split(' is ')[0])).to.deep.equal(['<a> "z"', '<a> "w"']);
    expect(
      targetSizeProblems(
        await rootWith(
          '<button hidden>x</button><details><summary>s</summary><button style="width:4px;height:4px">in</button><button style="width:4px;height:4px">closed</button></details>',
        ),
      ),
    ).to.deep.equal([]);
  });

  it('flag a field or button seen only by a border under 3:1, not one seen by its fill', async () => {
    const faint = await rootWith(
      '<input style="border:1px solid #ececec;background:#fff"><button style="border:2px solid #ececec;background:transparent">b</button>',
    );
    expect(boundaryContrastProblems(faint).map((p) => p.replace(/ border .*: /, ': '))).to.deep.equal([
      '<input> "text": 1.18:1',
      '<button> "b": 1.18:1',
    ]);
    const fine = await rootWith(
      '<input style="border:1px solid #75757f"><button style="border:0;background:#1d4ed8;color:#fff">filled</button><button style="border:0;background:none">text only</button><button disabled style="border:1px solid #eee">off</button>',
    );
    expect(boundaryContrastProblems(fine)).to.deep.equal([]);
  });
});

describe('every element, every state, at 320 px wide, light and dark', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    clearCookies();
    signalSources.navigator = {};
    signalSources.window = {};
  });
  afterEach(async () => {
    restoreFetch?.();
    restoreFetch = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [tag, states] of Object.entries(STATES))
    for (const state of states)
      for (const scheme of ['light', 'dark'] as const)
        it(`<${tag}> ${state.name} (${scheme})`, async () => {
          const realError = console.error;
          console.error = () => {};
          try {
            await emulateMedia({ colorScheme: scheme });
            const el = await state.reach();
            await el.updateComplete;
            expect(innerWidth).to.equal(320);
            // A loading banner shows nothing: a status flashing at the bottom of every page load would only distract.
            if (!(tag === 'privacy-banner' && state.name === 'loading'))
              expect(el.shadowRoot!.textContent!.trim(), 'the state shows something').to.not.equal('');
            await expect(el).to.be.accessible();
            expect(
              targetSizeProblems(el.shadowRoot!),
              'targets under 24x24 px without spacing (WCAG 2.5.8)',
            ).to.deep.equal([]);
            expect(boundaryContrastProblems(el.shadowRoot!), 'control borders under 3:1 (WCAG 1.4.11)').to.deep.equal(
              [],
            );
            expect(overflowing(el.shadowRoot!), 'needs horizontal scrolling').to.deep.equal([]);
            expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(innerWidth);
          } finally {
            console.error = realError;
          }
        });
});
