import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PrivacyBanner } from '../../../src/elements/privacy-banner/privacy-banner.js';
import { ConsentController } from '../../../src/controllers/consent-controller.js';
import { signalSources } from '../../../src/controllers/signals-controller.js';
import { browserCookieJar } from '../../../src/core/consent/cookie-jar.js';
import { createRecord, parseRecord } from '../../../src/core/consent/record.js';
import {
  configure,
  getConsent,
  isGranted,
  onConsentChange,
  openBanner,
  openPreferences,
  registerCatalog,
} from '../../../src/index.js';
import { pageConfig } from '../../../src/internal/config.js';
import { en } from '../../../src/core/i18n/en.js';
import { captureConsoleError, policySettled } from '../../fixtures.js';
import { SpyJar, throwingJar } from '../../core/consent/helpers.js';
import { asAdmin } from '../../admin-token.js';
import {
  buttonOf,
  dialogOf,
  focused,
  gatedExternal,
  gatedInline,
  mount,
  noticeManifest,
  panelOf,
  promptManifest,
  reopenOf,
  resetPage,
  runs,
  shadow,
  openCookieLists,
  storedRecord,
  switchOf,
  textOf,
} from './helpers.js';

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const tabTo = async (name: string) => {
  for (let i = 0; i < 20 && textOf(focused()) !== name; i++) await sendKeys({ press: 'Tab' });
  expect(textOf(focused())).to.equal(name);
};

const accessibleInBothSchemes = async (el: PrivacyBanner) => {
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'light' });
};

describe('<privacy-banner> notice (only strictly necessary storage)', () => {
  afterEach(resetPage);

  it('is a non-modal region that does not take focus, with the statement, details, policy link and acknowledge button', async () => {
    const page = await fixture<HTMLButtonElement>(html`<button>page</button>`);
    page.focus();
    const el = await mount(noticeManifest);
    const panel = panelOf(el)!;
    expect(panel.localName).to.equal('section');
    expect(panel.getAttribute('role')).to.be.null;
    expect(shadow(el, '[role="dialog"], dialog')).to.be.null;
    expect(panel.getAttribute('aria-labelledby')).to.equal('title');
    expect(textOf(shadow(el, '#title'))).to.equal('Cookies on this site');
    expect(textOf(panel)).to.contain('only cookies and storage that are strictly necessary');
    expect(textOf(panel)).to.contain('We keep you signed in and remember this notice.');
    expect(shadow<HTMLAnchorElement>(el, 'a')!.href).to.equal('https://example.com/privacy');
    expect(shadow(el, '[aria-live="polite"]')!.contains(panel)).to.equal(true);
    expect(document.activeElement === page).to.equal(true);
    expect(el.consent).to.equal(undefined);
    await accessibleInBothSchemes(el);
  });

  it('lists every item with name, purpose, duration and party behind a Cookie details button', async () => {
    const el = await mount(noticeManifest);
    const toggle = buttonOf(el, 'Cookie details');
    const details = shadow(el, '#details')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('details');
    expect(details.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    const rows = [...details.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => textOf(c)));
    expect(rows).to.deep.equal([
      ['Name', 'Purpose', 'Duration', 'Set by'],
      // The banner's own cookie is strictly necessary, so never asked for, but disclosed like every other.
      ['privacy_consent', 'Remembers your privacy choices', '6 months', 'First party'],
      ['session_id', 'Keeps you signed in', 'Until you close the browser', 'First party'],
      ['lb', 'Balances load', '1 year', 'Third party: Example CDN'],
    ]);
    await accessibleInBothSchemes(el);
  });

  it('remembers the acknowledgement for this policy version, and shows again for a new one', async () => {
    const el = await mount(noticeManifest);
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'OK').click();
    const { cleared, remaining, ...detail } = (await change).detail;
    await el.updateComplete;
    expect(detail).to.deep.include({ method: 'acknowledge', policyVersion: '1', choices: { necessary: true } });
    expect([cleared, remaining]).to.deep.equal([[], []]);
    expect(storedRecord(noticeManifest)).to.deep.equal(detail);
    expect(panelOf(el)).to.be.null;
    expect(reopenOf(el), 'nothing to withdraw on a notice-only site').to.be.null;

    expect(panelOf(await mount(noticeManifest))).to.be.null;
    expect(panelOf(await mount({ ...noticeManifest, version: '2' }))).not.to.be.null;
  });

  it('on a policy that lists no storage, still discloses the one cookie it sets itself: the one that keeps the acknowledgement, for the policy’s lifetime', async () => {
    const { cookies, ...withoutCookies } = noticeManifest;
    expect(cookies).not.to.equal(undefined);
    const el = await mount({ ...withoutCookies, consent: { cookie: 'seen_notice', lifetime: 'P3M' } });
    expect(textOf(shadow(el, '#title'))).to.equal('Cookies on this site');
    buttonOf(el, 'Cookie details').click();
    await el.updateComplete;
    const rows = [...shadow(el, '#details')!.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => textOf(c)),
    );
    expect(textOf(shadow(el, '#details caption'))).to.equal('Strictly necessary');
    expect(rows.slice(1)).to.deep.equal([['seen_notice', 'Remembers your privacy choices', '3 months', 'First party']]);
    await expect(el).to.be.accessible();
  });

  it('lists the choice cookie once when the policy lists it, in the policy’s words, and shows where and what kind of storage an item is', async () => {
    const [necessary] = noticeManifest.cookies!.categories;
    const el = await mount({
      ...noticeManifest,
      cookies: {
        categories: [
          {
            ...necessary,
            items: [
              { name: 'privacy_consent', purpose: 'Our words', duration: 'P6M', party: 'first' },
              {
                name: 'jwt',
                kind: 'localStorage',
                purpose: 'Sign-in',
                duration: 'unspecified',
                party: 'first',
                where: 'in the app only',
              },
            ],
          },
        ],
      },
    });
    buttonOf(el, 'Cookie details').click();
    await el.updateComplete;
    const rows = [...shadow(el, '#details')!.querySelectorAll('tr')]
      .slice(1)
      .map((tr) => [...tr.children].map((c) => textOf(c)));
    expect(rows).to.deep.equal([
      ['privacy_consent', 'Our words', '6 months', 'First party'],
      ['jwt (local storage)', 'Sign-in (in the app only)', 'Not stated in the policy', 'First party'],
    ]);
  });

  it('shows the notice again on request', async () => {
    const el = await mount(noticeManifest);
    buttonOf(el, 'OK').click();
    await el.updateComplete;
    await el.openPreferences();
    expect(panelOf(el)).not.to.be.null;
  });
});

describe('<privacy-banner> prompt (optional categories)', () => {
  afterEach(resetPage);

  it('grants nothing optional before a choice: no cookie, no script, no pre-ticked switch', async () => {
    gatedInline('analytics', 'analytics');
    gatedInline('necessary', 'necessary');
    const el = await mount();
    expect(textOf(shadow(el, '#title'))).to.equal('Your privacy choices');
    expect(document.cookie).not.to.contain('privacy_consent');
    expect(runs('analytics')).to.equal(0);
    expect(runs('necessary'), 'strictly necessary scripts need no consent').to.equal(1);
    expect([el.isGranted('necessary'), el.isGranted('analytics'), el.isGranted('ads')]).to.deep.equal([
      true,
      false,
      false,
    ]);
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    expect([switchOf(el, 'necessary').checked, switchOf(el, 'necessary').disabled]).to.deep.equal([true, true]);
    expect([switchOf(el, 'analytics').checked, switchOf(el, 'analytics').disabled]).to.deep.equal([false, false]);
    expect(switchOf(el, 'ads').checked).to.equal(false);
    await accessibleInBothSchemes(el);
  });

  it('gives Accept all, Reject all and Customize the same class, size, weight and look: both schemes, every position, at rest, hovered and focused', async () => {
    const names = ['Accept all', 'Reject all', 'Customize'];
    const page = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount();
    expect(new Set(names.map((name) => buttonOf(el, name).className)).size).to.equal(1);
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      const { width, height } = b.getBoundingClientRect();
      return {
        width,
        height,
        weight: s.fontWeight,
        size: s.fontSize,
        family: s.fontFamily,
        color: s.color,
        background: `${s.backgroundColor} ${s.backgroundImage}`,
        border: `${s.borderStyle} ${s.borderWidth} ${s.borderColor}`,
        opacity: s.opacity,
        filter: s.filter,
        shadow: s.boxShadow,
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`,
        decoration: s.textDecoration,
        transform: s.transform,
        visibility: s.visibility,
      };
    };
    const allAlike = (looks: ReturnType<typeof look>[], where: string) => {
      for (let i = 1; i < looks.length; i++)
        expect(looks[i], `${names[i]} vs Accept all, ${where}`).to.deep.equal(looks[0]);
      expect(looks[0].height, where).to.be.at.least(24);
    };
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: scheme });
        for (const position of ['bottom', 'top', 'corner'] as const) {
          el.position = position;
          await el.updateComplete;
          const where = `${scheme}, ${position}`;
          await resetMouse();
          page.focus();
          allAlike(
            names.map((name) => look(buttonOf(el, name))),
            `${where}, at rest`,
          );
          const hovered = [];
          for (const name of names) {
            const r = buttonOf(el, name).getBoundingClientRect();
            await sendMouse({
              type: 'move',
              position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
            });
            expect(buttonOf(el, name).matches(':hover'), `${name} hovered`).to.equal(true);
            hovered.push(look(buttonOf(el, name)));
          }
          allAlike(hovered, `${where}, hovered`);
          await resetMouse();
          page.focus();
          const focusedLooks = [];
          for (const name of names) {
            await tabTo(name);
            expect(buttonOf(el, name).matches(':focus-visible'), `${name} focused by keyboard`).to.equal(true);
            focusedLooks.push(look(buttonOf(el, name)));
          }
          allAlike(focusedLooks, `${where}, focused`);
        }
      }
    } finally {
      await resetMouse();
    }
    await accessibleInBothSchemes(el);
  });

  it('Accept all grants every category, stores the record, runs gated scripts once and leaves a way back', async () => {
    gatedInline('inline', 'analytics');
    gatedExternal('analytics');
    const el = await mount();
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'Accept all').click();
    const { cleared, remaining, ...detail } = (await change).detail;
    expect([cleared, remaining]).to.deep.equal([[], []]);
    expect(detail).to.deep.include({
      method: 'accept',
      policyVersion: '3',
      choices: { necessary: true, analytics: true, ads: true },
      gpc: null,
      dnt: null,
    });
    expect(storedRecord()).to.deep.equal(detail);
    expect(el.consent).to.deep.equal(detail);
    expect(el.isGranted('ads')).to.equal(true);
    await waitUntil(() => runs('external') === 1, 'the external gated script did not run');
    expect(runs('inline')).to.equal(1);
    await el.updateComplete;
    expect(panelOf(el)).to.be.null;
    expect(textOf(reopenOf(el))).to.equal('Privacy choices');
    await accessibleInBothSchemes(el);

    // Choosing again, or a second banner reading the stored choice, never runs them twice.
    reopenOf(el)!.click();
    await el.updateComplete;
    buttonOf(el, 'Save choices').click();
    const again = await mount();
    expect(panelOf(again)).to.be.null;
    await aTimeout(100);
    expect([runs('inline'), runs('external')]).to.deep.equal([1, 1]);
  });

  it('Reject all grants nothing, remembers the refusal and deletes cookies of refused categories', async () => {
    gatedInline('inline', 'analytics');
    document.cookie = '_pe_an=early; path=/';
    document.cookie = 'session=keep; path=/';
    const el = await mount();
    buttonOf(el, 'Reject all').click();
    await el.updateComplete;
    expect(storedRecord()).to.deep.include({
      method: 'reject',
      choices: { necessary: true, analytics: false, ads: false },
    });
    expect(document.cookie).not.to.contain('_pe_an');
    expect(document.cookie).to.contain('session=keep');
    expect(runs('inline')).to.equal(0);
    expect(panelOf(el)).to.be.null;
    expect(panelOf(await mount()), 'a refusal is remembered like a consent').to.be.null;
  });

  it('saves a custom choice from the preferences dialog', async () => {
    gatedInline('inline', 'analytics');
    gatedInline('ads', 'ads');
    const el = await mount();
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(textOf(shadow(el, `#${dialog.getAttribute('aria-labelledby')}`))).to.equal('Privacy preferences');
    switchOf(el, 'analytics').click();
    await el.updateComplete;
    buttonOf(el, 'Save choices').click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(storedRecord()).to.deep.include({
      method: 'save',
      choices: { necessary: true, analytics: true, ads: false },
    });
    expect([runs('inline'), runs('ads')]).to.deep.equal([1, 0]);
    expect(panelOf(el)).to.be.null;
  });

  it('lists the cookies of each category in the dialog', async () => {
    const el = await mount();
    await el.openPreferences();
    expect(dialogOf(el).querySelectorAll('table'), 'rendered when a list is opened').to.have.length(0);
    await openCookieLists(el);
    const tables = [...dialogOf(el).querySelectorAll('table')];
    expect(tables.map((t) => textOf(t.querySelector('caption')))).to.deep.equal(['Strictly necessary', 'Analytics']);
    expect(textOf(tables[1])).to.contain('_pe_an').and.to.contain('Tells visits apart').and.to.contain('13 months');
    dialogOf(el)
      .querySelectorAll('details')
      .forEach((d) => (d.open = true));
    await accessibleInBothSchemes(el);
  });

  it('withdrawing a category deletes its cookies and records the change', async () => {
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    document.cookie = '_pe_an=set-by-analytics; path=/';
    await el.updateComplete;
    reopenOf(el)!.click();
    await el.updateComplete;
    expect(switchOf(el, 'analytics').checked).to.equal(true);
    switchOf(el, 'analytics').click();
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'Save choices').click();
    const { detail } = await change;
    expect(detail.choices).to.deep.equal({ necessary: true, analytics: false, ads: true });
    expect(document.cookie).not.to.contain('_pe_an');
    expect(el.isGranted('analytics')).to.equal(false);
  });

  it('asks again for a new policy version', async () => {
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    expect(panelOf(await mount())).to.be.null;
    const next = await mount({ ...promptManifest, version: '4' });
    expect(panelOf(next)).not.to.be.null;
    expect(next.isGranted('analytics')).to.equal(false);
  });

  it('Escape and Close record nothing, even after a switch was toggled with Space', async () => {
    const el = await mount();
    let events = 0;
    el.addEventListener('privacy-consent-change', () => events++);
    const leaveBy: [string, () => Promise<unknown>][] = [
      ['Escape', () => sendKeys({ press: 'Escape' })],
      ['Close', async () => buttonOf(el, 'Close').click()],
    ];
    for (const [how, leave] of leaveBy) {
      await el.openPreferences();
      switchOf(el, 'analytics').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(switchOf(el, 'analytics').checked, `${how}: Space toggled the switch`).to.equal(true);
      await leave();
      await el.updateComplete;
      expect(dialogOf(el).open, how).to.equal(false);
      expect(events, `${how}: no privacy-consent-change`).to.equal(0);
      expect(document.cookie, `${how}: no consent cookie`).not.to.contain('privacy_consent');
      expect([el.isGranted('analytics'), isGranted('analytics')], how).to.deep.equal([false, false]);
    }
    expect(panelOf(el), 'the question is still open').not.to.be.null;
    await el.openPreferences();
    expect(switchOf(el, 'analytics').checked, 'the abandoned draft is gone').to.equal(false);
  });

  it('stores the cookie with SameSite=Lax, no Secure on http, the manifest’s domain and the record’s expiry', async () => {
    const jar = new SpyJar();
    ConsentController.jar = jar;
    const el = await mount({
      ...promptManifest,
      consent: { domain: 'example.com', cookie: 'choice', lifetime: 'P1Y' },
    });
    buttonOf(el, 'Reject all').click();
    const [name, value, attributes] = jar.sets[0];
    const record = parseRecord(value, {
      ...promptManifest,
      consent: { domain: 'example.com', cookie: 'choice', lifetime: 'P1Y' },
    })!;
    expect(name).to.equal('choice');
    expect(attributes).to.deep.include({ sameSite: 'Lax', secure: false, domain: 'example.com', path: '/' });
    expect(attributes.expires!.toISOString()).to.equal(record.expires);
    const days = (Date.parse(record.expires) - Date.parse(record.timestamp)) / 864e5;
    expect(days).to.be.within(365, 366);
  });

  it('fails closed on a tampered or unreadable cookie and asks again', async () => {
    const granting = createRecord(promptManifest, { necessary: true, analytics: true, ads: true }, 'accept', 'en', {
      gpc: undefined,
      dnt: undefined,
    });
    for (const raw of [
      'granted',
      '{"choices":{"analytics":true}}',
      JSON.stringify({ ...granting, policyVersion: '2' }),
      JSON.stringify({ ...granting, choices: { ...granting.choices, analytics: 'yes' } }),
      JSON.stringify({ ...granting, expires: '2000-01-01T00:00:00.000Z' }),
    ]) {
      browserCookieJar.set('privacy_consent', raw, { path: '/' });
      gatedInline('tampered', 'analytics');
      const el = await mount();
      expect(panelOf(el), raw).not.to.be.null;
      expect(el.isGranted('analytics'), raw).to.equal(false);
      expect(el.consent).to.equal(undefined);
      expect(runs('tampered'), raw).to.equal(0);
    }
    browserCookieJar.set('privacy_consent', JSON.stringify(granting), { path: '/' });
    expect((await mount()).isGranted('analytics'), 'the same record, undamaged, is honoured').to.equal(true);
  });

  it('still works for the page view when cookies are blocked, and says so', async () => {
    ConsentController.jar = throwingJar;
    gatedInline('inline', 'analytics');
    const el = await mount();
    expect(textOf(panelOf(el))).to.contain('Your browser blocks cookies');
    await accessibleInBothSchemes(el);
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'Accept all').click();
    await change;
    await el.updateComplete;
    expect(el.isGranted('analytics')).to.equal(true);
    expect(runs('inline')).to.equal(1);
    expect(panelOf(el)).to.be.null;
    expect(textOf(shadow(el, '.dock [part~="note"]'))).to.contain('Your browser blocks cookies');
    await accessibleInBothSchemes(el);
  });

  it('says so when the browser silently drops the cookie', async () => {
    const jar = new SpyJar();
    jar.set = () => {};
    ConsentController.jar = jar;
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    expect(el.isGranted('analytics')).to.equal(true);
    expect(textOf(shadow(el, '[part~="note"]'))).to.contain('this choice applies to this page only');
  });

  it('posts each record to the consent endpoint', async () => {
    const el = await mount({ ...promptManifest, consent: { endpoint: '/api/consent' } });
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'Reject all').click();
    const { detail } = await change;
    await waitUntil(async () => {
      const stored: { record: { id: string; method: string } }[] = await (await fetch('/api/consent', asAdmin)).json();
      return stored.some((s) => s.record.id === detail.id && s.record.method === 'reject');
    }, 'the endpoint did not receive the record');
  });

  it('keeps the page working when the endpoint fails', async () => {
    const el = await mount({ ...promptManifest, consent: { endpoint: '/api/nowhere' } });
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    expect(el.isGranted('analytics')).to.equal(true);
    expect(panelOf(el)).to.be.null;
  });
});

describe('<privacy-banner> by keyboard alone', () => {
  afterEach(resetPage);

  it('reaches the buttons with Tab, opens the dialog with Enter, toggles with Space, wraps Tab, saves, and returns focus', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount();
    before.focus();
    await tabTo('Accept all');
    await tabTo('Customize');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(focused()), 'focus moves into the dialog').to.equal(true);

    const focusables = [...dialog.querySelectorAll<HTMLElement>('input:not([disabled]), summary, button')];
    await tabTo('Close');
    expect(focused() === focusables.at(-1)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused() === focusables[0], 'Tab wraps to the first control').to.equal(true);
    await shiftTab();
    expect(focused() === focusables.at(-1), 'Shift+Tab wraps to the last').to.equal(true);

    for (let i = 0; i < 20 && focused() !== switchOf(el, 'analytics'); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(switchOf(el, 'analytics').checked).to.equal(true);
    await tabTo('Save choices');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(storedRecord()).to.deep.include({
      method: 'save',
      choices: { necessary: true, analytics: true, ads: false },
    });
    expect(focused() === reopenOf(el), 'the used button is gone, so focus goes to the way back').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(focused() === reopenOf(el), 'focus returns to the opener').to.equal(true);
    expect(storedRecord()!.method).to.equal('save');
  });

  it('accepts with Space on the first layer and Escape leaves the first layer alone', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount();
    before.focus();
    await tabTo('Customize');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused() === buttonOf(el, 'Customize'), 'focus returns to Customize').to.equal(true);
    expect(document.cookie).not.to.contain('privacy_consent');
    await shiftTab();
    await shiftTab();
    expect(textOf(focused())).to.equal('Accept all');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(storedRecord()!.method).to.equal('accept');
    expect(focused() === reopenOf(el)).to.equal(true);
  });

  it('works the notice by keyboard without trapping focus', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button></div>`);
    const el = await mount(noticeManifest);
    page.querySelector('button')!.focus();
    await tabTo('Cookie details');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttonOf(el, 'Cookie details').getAttribute('aria-expanded')).to.equal('true');
    await tabTo('OK');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === null, 'Tab leaves the non-modal notice').to.equal(true);
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(storedRecord(noticeManifest)!.method).to.equal('acknowledge');
    // A notice leaves no way back of its own: focus goes back where it came from, never to the body.
    expect(document.activeElement).to.equal(page.querySelector('button'));
  });
});

describe('<privacy-banner> and Google Consent Mode', () => {
  afterEach(resetPage);

  it('pushes the denied default before any gated script, then the update on the choice, then releases scripts', async () => {
    window.dataLayer = [];
    gatedInline('tag', 'analytics', "window.dataLayer.push('gated script ran');");
    const el = await mount();
    expect(
      window.dataLayer.map((e) => (typeof e === 'string' ? e : Array.from(e as ArrayLike<unknown>))),
    ).to.deep.equal([
      [
        'consent',
        'default',
        {
          analytics_storage: 'denied',
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          wait_for_update: 500,
        },
      ],
    ]);
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    switchOf(el, 'analytics').click();
    buttonOf(el, 'Save choices').click();
    const layer = window.dataLayer.map((e) => (typeof e === 'string' ? e : Array.from(e as ArrayLike<unknown>)));
    expect(layer.slice(1)).to.deep.equal([
      [
        'consent',
        'update',
        { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      ],
      'gated script ran',
    ]);
    expect(Object.prototype.toString.call(window.dataLayer[0])).to.equal('[object Arguments]');
  });

  it('restores a stored choice as default then update, before its scripts run', async () => {
    const record = createRecord(promptManifest, { necessary: true, analytics: true, ads: false }, 'save', 'en', {
      gpc: undefined,
      dnt: undefined,
    });
    browserCookieJar.set('privacy_consent', JSON.stringify(record), { path: '/' });
    window.dataLayer = [];
    gatedInline('tag', 'analytics', "window.dataLayer.push('gated script ran');");
    await mount();
    const layer = window.dataLayer.map((e) =>
      typeof e === 'string' ? e : Array.from(e as ArrayLike<unknown>).slice(0, 2),
    );
    expect(layer).to.deep.equal([['consent', 'default'], ['consent', 'update'], 'gated script ran']);
  });

  it('pushes nothing for a policy that maps no category to Consent Mode', async () => {
    await mount(noticeManifest);
    expect(window.dataLayer).to.equal(undefined);
  });
});

describe('<privacy-banner> and privacy signals', () => {
  afterEach(resetPage);

  it('shows a category locked by an honoured GPC signal off and disabled, with the conflict explained, and never grants it', async () => {
    window.dataLayer = [];
    const el = await mount(promptManifest, { globalPrivacyControl: true });
    buttonOf(el, 'Customize').click();
    await el.updateComplete;
    const ads = switchOf(el, 'ads');
    expect([ads.checked, ads.disabled]).to.deep.equal([false, true]);
    expect(textOf(shadow(el, '#about-ads'))).to.contain('Your browser sends a privacy signal');
    expect(textOf(shadow(el, '#about-analytics'))).not.to.contain('privacy signal');
    await accessibleInBothSchemes(el);
    dialogOf(el).close();
    buttonOf(el, 'Accept all').click();
    expect(storedRecord()).to.deep.include({
      method: 'accept',
      gpc: true,
      choices: { necessary: true, analytics: true, ads: false },
    });
    expect(el.isGranted('ads')).to.equal(false);
    const update = Array.from(window.dataLayer[1] as ArrayLike<unknown>);
    expect(update[2]).to.deep.equal({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('lets the signal win over an earlier grant, and records that', async () => {
    gatedInline('ads', 'ads');
    const earlier = createRecord(promptManifest, { necessary: true, analytics: true, ads: true }, 'accept', 'en', {
      gpc: undefined,
      dnt: undefined,
    });
    browserCookieJar.set('privacy_consent', JSON.stringify(earlier), { path: '/' });
    const el = await mount(promptManifest, { globalPrivacyControl: true });
    expect(el.isGranted('ads')).to.equal(false);
    expect(el.isGranted('analytics')).to.equal(true);
    expect(runs('ads')).to.equal(0);
    expect(storedRecord()).to.deep.include({
      method: 'signal',
      gpc: true,
      choices: { necessary: true, analytics: true, ads: false },
    });
    expect(panelOf(el)).to.be.null;
  });

  it('applies GPC again when the page learns the visitor’s region later (configure), and the signal wins', async () => {
    const californiaOnly = { ...promptManifest, signals: { gpc: { honoured: true, jurisdictions: ['US-CA'] } } };
    const earlier = createRecord(californiaOnly, { necessary: true, analytics: true, ads: true }, 'accept', 'en', {
      gpc: true,
      dnt: undefined,
    });
    browserCookieJar.set('privacy_consent', JSON.stringify(earlier), { path: '/' });
    configure({ region: 'DE' });
    try {
      const el = await mount(californiaOnly, { globalPrivacyControl: true });
      expect(el.isGranted('ads')).to.equal(true);
      configure({ region: 'US-CA' });
      await el.updateComplete;
      expect([el.isGranted('ads'), isGranted('ads'), el.isGranted('analytics')]).to.deep.equal([false, false, true]);
      expect(storedRecord()).to.deep.include({
        method: 'signal',
        choices: { necessary: true, analytics: true, ads: false },
      });
    } finally {
      delete pageConfig.region;
    }
  });

  it('the signal’s correction lapses when the earlier choice would have: the grants it keeps get no new lifetime', async () => {
    const twelveMonthsAgo = new Date(Date.now() - 365 * 864e5);
    const earlier = createRecord(
      { ...promptManifest, consent: { lifetime: 'P13M' } },
      { necessary: true, analytics: true, ads: true },
      'accept',
      'en',
      { gpc: undefined, dnt: undefined },
      twelveMonthsAgo,
    );
    browserCookieJar.set('privacy_consent', JSON.stringify(earlier), { path: '/' });
    await mount({ ...promptManifest, consent: { lifetime: 'P13M' } }, { globalPrivacyControl: true });
    expect(storedRecord()).to.deep.include({
      method: 'signal',
      choices: { necessary: true, analytics: true, ads: false },
      expires: earlier.expires,
    });
  });
});

describe('<privacy-banner> ways back and the page API', () => {
  afterEach(resetPage);

  it('opens from any [data-privacy-open] element on the page, and stops listening once removed', async () => {
    const page = await fixture(html`<div>
      <button data-privacy-open="preferences">Cookie settings</button><a href="#nowhere" data-privacy-open="banner"><span>Show banner</span></a>
    </div>`);
    const el = await mount();
    buttonOf(el, 'Reject all').click();
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    dialogOf(el).close();
    page.querySelector('span')!.click();
    await el.updateComplete;
    expect(panelOf(el)).not.to.be.null;
    expect(location.hash).not.to.equal('#nowhere');
    el.remove();
    // A removed banner must neither be asked to open nor take the page's clicks: count the calls, watch the event, catch a late showModal.
    const calls: string[] = [];
    el.openPreferences = async () => void calls.push('preferences');
    el.openBanner = () => void calls.push('banner');
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => (rejections.push(e.reason), e.preventDefault());
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const opener of [page.querySelector('button')!, page.querySelector('span')!]) {
        const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
        opener.dispatchEvent(click);
        expect(click.defaultPrevented, `a click on ${opener.localName} is left to the page`).to.equal(false);
      }
      await el.updateComplete;
      await aTimeout(20);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(calls, 'the removed banner still hears [data-privacy-open]').to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
    expect(dialogOf(el).open).to.equal(false);
  });

  it('leaves the Privacy choices button on screen, on top and opaque after every kind of choice, wherever the banner sat, in both schemes', async () => {
    const choices: [string, (el: PrivacyBanner) => Promise<void>][] = [
      ['Accept all', async (el) => buttonOf(el, 'Accept all').click()],
      ['Reject all', async (el) => buttonOf(el, 'Reject all').click()],
      ['Save choices', async (el) => (await el.openPreferences(), buttonOf(el, 'Save choices').click())],
    ];
    for (const scheme of ['light', 'dark'] as const)
      for (const position of ['bottom', 'top', 'corner'] as const)
        for (const [name, choose] of choices) {
          const where = `${name} from the ${position} banner, ${scheme}`;
          await resetPage();
          await emulateMedia({ colorScheme: scheme });
          const el = await mount();
          el.position = position;
          await el.updateComplete;
          await choose(el);
          await el.updateComplete;
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          const reopen = reopenOf(el)!;
          expect(textOf(reopen), where).to.equal('Privacy choices');
          const r = reopen.getBoundingClientRect();
          expect(
            [r.width, r.height].every((d) => d >= 24),
            `${where}: ${r.width}x${r.height}`,
          ).to.equal(true);
          expect(
            r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
            `${where}: box ${JSON.stringify(r)} outside ${innerWidth}x${innerHeight}`,
          ).to.equal(true);
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          expect(document.elementFromPoint(x, y), `${where}: the page hit at its centre`).to.equal(el);
          expect(
            reopen.contains(el.shadowRoot!.elementFromPoint(x, y)),
            `${where}: the banner's own hit at its centre`,
          ).to.equal(true);
          expect(getComputedStyle(reopen).visibility, where).to.equal('visible');
          for (
            let node: Element | null = reopen;
            node;
            node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
          )
            expect(Number(getComputedStyle(node).opacity), `${where}: opacity of <${node.localName}>`).to.be.above(0);
          expect(reopen.checkVisibility({ opacityProperty: true, visibilityProperty: true }), where).to.equal(true);
        }
  });

  it('takes up gating again when moved in the document', async () => {
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    const parent = el.parentElement!;
    el.remove();
    gatedInline('while-away', 'analytics');
    await aTimeout(20);
    expect(runs('while-away'), 'a removed banner releases nothing').to.equal(0);
    parent.append(el);
    await waitUntil(() => runs('while-away') === 1, 'gating did not resume');
  });

  it('can do without the reopen button', async () => {
    signalSources.navigator = {};
    const el = await fixture<PrivacyBanner>(
      html`<privacy-banner no-reopen-button .manifest=${promptManifest}></privacy-banner>`,
    );
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    expect(reopenOf(el)).to.be.null;
    expect(el.noReopenButton).to.equal(true);
  });

  it('a page callback that throws stops neither the other callbacks nor the banner', async () => {
    const seen: string[] = [];
    const reported: unknown[] = [];
    // The error is reported as an uncaught one would be (reportError); recorded here, not printed in the test run.
    const realReportError = window.reportError;
    window.reportError = (error) => reported.push(error);
    const el = await mount();
    const off = [
      onConsentChange(() => {
        throw new Error('page bug');
      }),
      onConsentChange((r) => seen.push(r.method)),
    ];
    try {
      buttonOf(el, 'Reject all').click();
      await el.updateComplete;
      expect(seen).to.deep.equal(['reject']);
      expect(panelOf(el)).to.be.null;
      expect(reopenOf(el)).not.to.be.null;
      expect(reported.map((e) => (e as Error).message)).to.deep.equal(['page bug']);
    } finally {
      off.forEach((f) => f());
      window.reportError = realReportError;
    }
  });

  it('a callback that throws when first called is reported, and the page still gets its unsubscribe function', async () => {
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    const reported: unknown[] = [];
    const realReportError = window.reportError;
    window.reportError = (error) => reported.push(error);
    try {
      const off = onConsentChange(() => {
        throw new Error('at once');
      });
      expect(off).to.be.a('function');
      off();
      expect(reported.map((e) => (e as Error).message)).to.deep.equal(['at once']);
    } finally {
      window.reportError = realReportError;
    }
  });

  it('offers the consent as plain functions for the page', async () => {
    const seen: string[] = [];
    const el = await mount();
    const unsubscribe = onConsentChange((r) => seen.push(r.method));
    expect(isGranted('analytics')).to.equal(false);
    expect(isGranted('necessary')).to.equal(true);
    openPreferences();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    buttonOf(el, 'Save choices').click();
    expect(getConsent()).to.deep.include({ method: 'save' });
    openBanner();
    await el.updateComplete;
    expect(panelOf(el)).not.to.be.null;
    buttonOf(el, 'Accept all').click();
    expect(isGranted('analytics')).to.equal(true);
    unsubscribe();
    buttonOf(el, 'Accept all').click();
    expect(seen).to.deep.equal(['save', 'accept']);
  });

  it('speaks a registered language, and English without one', async () => {
    registerCatalog('nl', { ...en, promptTitle: 'Uw privacykeuzes', acceptAll: 'Alles accepteren' });
    const el = await mount(promptManifest);
    el.lang = 'nl-BE';
    await el.updateComplete;
    expect(textOf(shadow(el, '#title'))).to.equal('Uw privacykeuzes');
    expect(buttonOf(el, 'Alles accepteren')).to.exist;
    expect(buttonOf(el, 'Reject all')).to.exist; // the registered catalog's own string
    el.lang = 'fr';
    await el.updateComplete;
    expect(textOf(shadow(el, '#title'))).to.equal('Your privacy choices');
  });

  it('places the first layer at the bottom, the top, or in a corner', async () => {
    for (const position of ['bottom', 'top', 'corner'] as const) {
      const el = await mount();
      el.position = position;
      await el.updateComplete;
      const box = panelOf(el)!.getBoundingClientRect();
      if (position === 'top') expect(box.top).to.equal(0);
      else expect(Math.round(box.bottom)).to.be.within(innerHeight - 20, innerHeight);
      if (position === 'corner') expect(box.left).to.be.above(innerWidth / 3);
      else expect(box.left).to.equal(0);
      expect(el.getAttribute('position')).to.equal(position);
    }
  });

  it('scrolls a focused page element out from under the banner (WCAG 2.4.11)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><div style="height: 150vh"></div><button id="under">under</button><div style="height: 100vh"></div></div>`,
    );
    const el = await mount();
    const target = page.querySelector<HTMLButtonElement>('#under')!;
    target.focus();
    await aTimeout(50);
    expect(target.getBoundingClientRect().bottom).to.be.at.most(panelOf(el)!.getBoundingClientRect().top);
    scrollTo(0, 0);
  });
  it('keeps the dock with the way back off a focused page element at the very end, and focus off the body without it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><div style="height: 150vh"></div><a href="#imprint" id="imprint">Imprint</a></div>`,
    );
    const el = await mount();
    buttonOf(el, 'Reject all').click();
    await el.updateComplete;
    scrollTo(0, document.documentElement.scrollHeight);
    const link = page.querySelector<HTMLAnchorElement>('#imprint')!;
    link.focus();
    await aTimeout(50);
    const dock = reopenOf(el)!.getBoundingClientRect();
    const r = link.getBoundingClientRect();
    expect(
      r.bottom <= dock.top || r.top >= dock.bottom || r.left >= dock.right,
      'the reopen button covers the link',
    ).to.equal(true);
    el.remove();
    expect(document.documentElement.style.paddingBottom).to.equal('');
    scrollTo(0, 0);

    await resetPage(); // forget the choice made above
    const before = (await fixture<HTMLElement>(html`<div><button>before</button></div>`)).querySelector('button')!;
    signalSources.navigator = {};
    const bare = await fixture<PrivacyBanner>(
      html`<privacy-banner no-reopen-button .manifest=${promptManifest}></privacy-banner>`,
    );
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(bare.shadowRoot!.activeElement).to.exist;
    await tabTo('Reject all');
    await sendKeys({ press: 'Enter' });
    await bare.updateComplete;
    expect(document.activeElement).to.equal(before);
  });

  it('makes room below the page for a focused element at its very end, inside a shadow root too, and gives the room back', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><div style="height: 150vh"></div><privacy-probe-host></privacy-probe-host></div>`,
    );
    const host = page.querySelector('privacy-probe-host')!;
    const inner = host
      .attachShadow({ mode: 'open' })
      .appendChild(Object.assign(document.createElement('button'), { textContent: 'last' }));
    const el = await mount();
    scrollTo(0, document.documentElement.scrollHeight);
    const before = document.documentElement.style.paddingBottom;
    inner.focus();
    await aTimeout(50);
    expect(inner.getBoundingClientRect().bottom).to.be.at.most(panelOf(el)!.getBoundingClientRect().top);
    expect(document.documentElement.style.paddingBottom).to.not.equal(before);
    buttonOf(el, 'Reject all').click();
    await el.updateComplete;
    expect(document.documentElement.style.paddingBottom).to.equal(before);
    scrollTo(0, 0);
  });
  it('makes more room when the banner has grown since, and gives back the page’s own padding', async () => {
    document.documentElement.style.paddingBottom = '3px';
    const page = await fixture<HTMLElement>(
      html`<div><button id="a">a</button><div style="height: 150vh"></div><button id="b">b</button></div>`,
    );
    const el = await mount(noticeManifest);
    scrollTo(0, document.documentElement.scrollHeight);
    page.querySelector<HTMLButtonElement>('#b')!.focus();
    await aTimeout(50);
    const small = parseFloat(document.documentElement.style.paddingBottom);
    buttonOf(el, 'Cookie details').click();
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#a')!.focus();
    scrollTo(0, document.documentElement.scrollHeight);
    page.querySelector<HTMLButtonElement>('#b')!.focus();
    await aTimeout(50);
    expect(parseFloat(document.documentElement.style.paddingBottom)).to.be.greaterThan(small);
    expect(page.querySelector('#b')!.getBoundingClientRect().bottom).to.be.at.most(
      panelOf(el)!.getBoundingClientRect().top,
    );
    buttonOf(el, 'OK').click();
    await el.updateComplete;
    expect(document.documentElement.style.paddingBottom).to.equal('3px');
    document.documentElement.style.paddingBottom = '';
    scrollTo(0, 0);
  });

  it('makes room above the page for a focused element at its very start under a top banner, and gives it back', async () => {
    scrollTo(0, 0);
    const page = await fixture<HTMLElement>(
      html`<div><button id="first">first</button><div style="height: 150vh"></div></div>`,
    );
    const first = page.querySelector<HTMLButtonElement>('#first')!;
    const el = await mount();
    el.position = 'top';
    await el.updateComplete;
    const before = document.documentElement.style.paddingTop;
    first.focus();
    await aTimeout(50);
    expect(first.getBoundingClientRect().top).to.be.at.least(panelOf(el)!.getBoundingClientRect().bottom);
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    expect(document.documentElement.style.paddingTop).to.equal(before);
  });
});

describe('<privacy-banner> with an unusable policy', () => {
  afterEach(resetPage);

  it('a policy that turns unusable on a live banner withdraws what was granted under the old one', async () => {
    window.dataLayer = [];
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    expect([el.isGranted('analytics'), isGranted('analytics')]).to.deep.equal([true, true]);
    const withdrawn = oneEvent(el, 'privacy-consent-withdrawn');
    const logged = captureConsoleError();
    el.manifest = { version: 1 };
    await policySettled(el);
    expect(logged.join('\n')).to.match(
      /<privacy-banner> cannot use the manifest property:\n\$\.version: expected a string/,
    );
    expect((await withdrawn).detail.method).to.equal('accept');
    expect([el.isGranted('analytics'), isGranted('analytics'), isGranted('necessary')]).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect(getConsent()).to.equal(undefined);
    gatedInline('after', 'analytics');
    await aTimeout(20);
    expect(runs('after'), 'a gated script added afterwards stays held').to.equal(0);
    const updates = window.dataLayer.map((e) => Array.from(e as ArrayLike<unknown>)).filter((c) => c[1] === 'update');
    expect(updates).to.have.length(2);
    expect(Object.values(updates[1][2] as object).filter((v) => v === 'denied')).to.have.length(7);
    // Opening the preferences now neither throws nor opens anything.
    await el.openPreferences();
    expect(shadow(el, 'dialog')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the same policy in a new object changes nothing: no withdrawal, no Consent Mode push, nothing re-gated', async () => {
    window.dataLayer = [];
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    const pushes = window.dataLayer.length;
    let withdrawals = 0;
    el.addEventListener('privacy-consent-withdrawn', () => withdrawals++);
    el.manifest = structuredClone(promptManifest);
    await el.updateComplete;
    el.manifest = structuredClone(promptManifest);
    await el.updateComplete;
    expect([withdrawals, window.dataLayer.length, el.isGranted('analytics'), el.consent?.method]).to.deep.equal([
      0,
      pushes,
      true,
      'accept',
    ]);
  });

  it('a new policy version on a live banner asks again and tells Google tags the old grants are gone', async () => {
    window.dataLayer = [];
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    el.manifest = { ...promptManifest, version: '2' };
    await el.updateComplete;
    expect(el.isGranted('analytics')).to.equal(false);
    expect(el.consent).to.equal(undefined);
    expect(panelOf(el)).not.to.be.null;
    const updates = window.dataLayer.map((e) => Array.from(e as ArrayLike<unknown>)).filter((c) => c[1] === 'update');
    expect(updates.at(-1)![2]).to.deep.include({ analytics_storage: 'denied' });
  });

  it('shows only a short status, grants nothing and keeps Google tags denied', async () => {
    window.dataLayer = [];
    gatedInline('never', 'analytics');
    const errors: Event[] = [];
    document.addEventListener('privacy-error', (e) => errors.push(e), { once: true });
    const logged = captureConsoleError();
    const el = await mount({ version: 1 });
    expect(logged).to.have.length(1);
    expect(shadow(el, '[role="alert"]')).not.to.be.null;
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    expect(el.isGranted('analytics')).to.equal(false);
    expect(runs('never')).to.equal(0);
    expect(errors).to.have.length(1);
    const [command] = window.dataLayer.map((e) => Array.from(e as ArrayLike<unknown>));
    expect(command.slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(Object.values(command[2] as object).filter((v) => v === 'denied')).to.have.length(7);
    await accessibleInBothSchemes(el);
  });

  it('creates no dataLayer on a page without Google tags', async () => {
    const logged = captureConsoleError();
    await mount({ version: 1 });
    expect(logged).to.have.length(1);
    expect(window.dataLayer).to.equal(undefined);
  });
});
