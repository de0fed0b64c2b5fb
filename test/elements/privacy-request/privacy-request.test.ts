import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/privacy-request/define.js';
import type { PrivacyRequest } from '../../../src/elements/privacy-request/privacy-request.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { captureConsoleError, loadSeed, minimalManifest } from '../../fixtures.js';
import { requestStrings } from '../../../src/core/i18n/en/request.js';
import { asAdmin } from '../../admin-token.js';

const policy: Manifest = {
  ...minimalManifest,
  rights: {
    deadline: 'P30D',
    identityVerification: 'We will verify your identity before processing requests.',
    authority: { name: 'Your data protection authority', url: 'https://example.org/dpa' },
    methods: [
      { id: 'api', type: 'endpoint', url: '/api/privacy-requests', accountIdentifier: 'Account number' },
      { id: 'mail', type: 'email', email: 'dpo@example.com', subject: 'Data Protection Request' },
      { id: 'form', type: 'web-form', url: 'https://example.com/form' },
      {
        id: 'settings',
        type: 'self-service',
        url: 'https://example.com/settings',
        description: 'In your account settings',
      },
    ],
    items: [
      { right: 'access' },
      { right: 'erasure', methods: ['mail'], deadline: 'P45D' },
      { right: 'portability', methods: ['form', 'settings'] },
      { right: 'objection', methods: ['mail'] },
      { right: 'opt-out-sale', methods: ['api', 'mail'] },
      { right: 'complaint' },
    ],
  },
};

const today = new Date(2026, 10, 22);
const $ = <T extends Element = HTMLElement>(el: PrivacyRequest, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const dialogText = (el: PrivacyRequest) => $(el, 'dialog').textContent!.replace(/\s+/g, ' ');
const rightButton = (el: PrivacyRequest, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog li button')].find((b) =>
    b.textContent!.includes(name),
  )!;
const type = async (el: PrivacyRequest, id: string, value: string) => {
  const field = $<HTMLInputElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
};
const submit = async (el: PrivacyRequest) => {
  $<HTMLButtonElement>(el, 'form button[type=submit]').click();
  await el.updateComplete;
};

async function render(manifest: unknown = policy, right?: string) {
  const el = await fixture<PrivacyRequest>(
    html`<privacy-request .manifest=${manifest} .today=${today} right=${right ?? ''} timeout="200"></privacy-request>`,
  );
  return el;
}

describe('<privacy-request>', () => {
  let realFetch: typeof fetch;
  beforeEach(() => {
    realFetch = window.fetch;
    sessionStorage.clear();
  });
  afterEach(async () => {
    window.fetch = realFetch;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('opens a modal dialog listing the granted rights, objection separately, and passes axe', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=launcher]').click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    const headings = [...el.shadowRoot!.querySelectorAll('dialog h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Which right do you want to use?', 'Your right to object']);
    expect(dialogText(el)).to.contain('Right of access').and.contain('Right to opt-out of sale/sharing');
    await expect(el).to.be.accessible();
  });

  it('an endpoint right shows a form, the deadline as a date, and the identity note', async () => {
    const el = await render(policy, 'access');
    await el.openDialog();
    expect($(el, 'form')).to.exist;
    expect($(el, 'label[for=accountIdentifier]').textContent).to.equal('Account number');
    expect(dialogText(el))
      .to.contain('We will answer by December 22, 2026.')
      .and.contain('We will verify your identity');
    await expect(el).to.be.accessible();
  });

  it('an email right offers a mailto with the subject line and a body naming the right', async () => {
    const el = await render(policy, 'erasure');
    await el.openDialog();
    expect($(el, 'form')).to.equal(null);
    const link = $<HTMLAnchorElement>(el, 'a[href^="mailto:"]');
    expect(link.getAttribute('href')).to.equal(
      `mailto:dpo@example.com?subject=Data%20Protection%20Request&body=${encodeURIComponent('I would like to use my right: Right to erasure.')}`,
    );
    expect(dialogText(el)).to.contain('We will answer by January 6, 2027.');
  });

  it('web form and self-service rights are links that open the policy’s pages', async () => {
    const el = await render(policy, 'portability');
    await el.openDialog();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('dialog a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Open the request form', 'https://example.com/form'],
      ['Do it yourself in your account', 'https://example.com/settings'],
    ]);
  });

  it('a right’s own identity note replaces the policy’s, for that right only', async () => {
    const own: Manifest = {
      ...policy,
      rights: {
        ...policy.rights!,
        items: policy.rights!.items.map((r) =>
          r.right === 'access'
            ? { ...r, identityVerification: 'Californians: we match two pieces of information.' }
            : r,
        ),
      },
    };
    const el = await render(own, 'access');
    await el.openDialog();
    expect(dialogText(el))
      .to.contain('Californians: we match two pieces of information.')
      .and.not.contain('We will verify your identity');
    const other = await render(own, 'erasure');
    await other.openDialog();
    expect(dialogText(other))
      .to.contain('We will verify your identity before processing requests.')
      .and.not.contain('Californians');
  });

  it('opting out of sale, or limiting the use of sensitive data, never asks for identity documents, and the account identifier is optional', async () => {
    const limit: Manifest = {
      ...policy,
      rights: { ...policy.rights!, items: [...policy.rights!.items, { right: 'limit-sensitive', methods: ['api'] }] },
    };
    for (const right of ['opt-out-sale', 'limit-sensitive']) {
      const el = await render(limit, right);
      await el.openDialog();
      expect(dialogText(el), right)
        .to.contain('You will not be asked for identity documents')
        .and.not.contain('verify your identity');
      expect($(el, 'label[for=accountIdentifier]').textContent, right).to.equal('Account number (optional)');
    }
  });

  it('a complaint shows the authority, and no form', async () => {
    const el = await render(policy, 'complaint');
    await el.openDialog();
    expect($(el, 'form')).to.equal(null);
    expect($<HTMLAnchorElement>(el, 'dialog a').getAttribute('href')).to.equal('https://example.org/dpa');
  });

  it('validates fields with messages tied to them, and focuses the first invalid one', async () => {
    const el = await render(policy, 'access');
    await el.openDialog();
    await submit(el);
    await el.updateComplete;
    const email = $<HTMLInputElement>(el, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-error');
    expect($(el, '#email-error').textContent).to.equal('This field is required.');
    expect($(el, '#accountIdentifier-error').textContent).to.equal('This field is required.');
    expect(el.shadowRoot!.activeElement).to.equal(email);
    await type(el, 'email', 'not-an-address');
    await submit(el);
    expect($(el, '#email-error').textContent).to.contain('Enter an email address');
    await expect(el).to.be.accessible();
  });

  it('posts to the real endpoint, shows the reference, and the server stored exactly what was typed', async () => {
    const el = await render(policy, 'access');
    await el.openDialog();
    await type(el, 'email', 'visitor@example.com');
    await type(el, 'accountIdentifier', 'ACC-42');
    await type(el, 'details', 'Everything, please.');
    const sent = oneEvent(el, 'privacy-request-sent');
    await submit(el);
    const { detail } = await sent;
    await el.updateComplete;
    expect(detail.right).to.equal('access');
    expect($(el, '[role=status]').textContent).to.contain(detail.reference);
    const stored = await (await fetch(`/api/privacy-requests/${detail.reference}`, asAdmin)).json();
    expect(stored).to.include({
      right: 'access',
      email: 'visitor@example.com',
      accountIdentifier: 'ACC-42',
      details: 'Everything, please.',
    });
    await expect(el).to.be.accessible();
  });

  it('makes a double submit impossible: one request stored', async () => {
    let posts = 0;
    window.fetch = (input, init) => (posts++, realFetch(input, init));
    const el = await render(policy, 'access');
    await el.openDialog();
    await type(el, 'email', 'twice@example.com');
    await type(el, 'accountIdentifier', 'A1');
    const form = $<HTMLFormElement>(el, 'form');
    const sent = oneEvent(el, 'privacy-request-sent');
    form.requestSubmit();
    form.requestSubmit();
    await sent;
    expect(posts).to.equal(1);
  });

  const failures: [string, () => typeof fetch, RegExp, string | number][] = [
    ['a network failure', () => () => Promise.reject(new TypeError('offline')), /no connection/, 'network'],
    [
      'a timeout',
      () => (_u, init) =>
        new Promise((_ok, fail) =>
          init?.signal?.addEventListener('abort', () => fail(new DOMException('', 'AbortError'))),
        ),
      /no answer in time/,
      'timeout',
    ],
    [
      'a server error',
      () => () => Promise.resolve(new Response('{}', { status: 500 })),
      /the server answered 500/,
      500,
    ],
  ];
  for (const [name, stub, message, reason] of failures) {
    it(`keeps every input after ${name}, says what happened, offers retry and email, and the retry succeeds`, async () => {
      window.fetch = stub();
      const el = await render(policy, 'opt-out-sale');
      await el.openDialog();
      await type(el, 'email', 'keep@example.com');
      await type(el, 'accountIdentifier', 'ACC-7');
      await type(el, 'details', 'Do not sell.');
      const failed = oneEvent(el, 'privacy-request-error');
      await submit(el);
      expect((await failed).detail.reason).to.equal(reason);
      await el.updateComplete;
      expect($(el, '[role=alert]').textContent).to.match(message);
      expect([
        $<HTMLInputElement>(el, '#email').value,
        $<HTMLInputElement>(el, '#accountIdentifier').value,
        $<HTMLTextAreaElement>(el, '#details').value,
      ]).to.deep.equal(['keep@example.com', 'ACC-7', 'Do not sell.']);
      const mail = $<HTMLAnchorElement>(el, 'a[href^="mailto:"]').getAttribute('href')!;
      expect(decodeURIComponent(mail))
        .to.contain('Do not sell.')
        .and.contain('keep@example.com')
        .and.contain('Account number: ACC-7');
      expect($(el, 'form button[type=submit]').textContent!.trim()).to.equal('Try again');
      await expect(el).to.be.accessible();
      window.fetch = realFetch;
      const sent = oneEvent(el, 'privacy-request-sent');
      await submit(el);
      expect((await sent).detail.reference).to.match(/^PR-/);
    });
  }

  it('opting out of sale does not require the account identifier, and offers the email route beside the form', async () => {
    const el = await render(policy, 'opt-out-sale');
    // The real endpoint answers: give it time on a busy machine (the 200 ms of render() is for the timeout tests).
    el.timeout = 5000;
    await el.openDialog();
    expect($(el, 'label[for=accountIdentifier]').textContent).to.equal('Account number (optional)');
    expect($<HTMLAnchorElement>(el, 'a[href^="mailto:dpo@example.com"]')).to.exist;
    await type(el, 'email', 'optout@example.com');
    const sent = oneEvent(el, 'privacy-request-sent');
    await submit(el);
    const { detail } = await sent;
    const stored = await (await fetch(`/api/privacy-requests/${detail.reference}`, asAdmin)).json();
    expect(stored).to.include({ right: 'opt-out-sale', email: 'optout@example.com' });
    expect(stored).not.to.have.property('accountIdentifier');
    await expect(el).to.be.accessible();
  });

  it('keeps a request in flight tied to its right: Back and another opener wait for the answer, one POST', async () => {
    let posts = 0;
    let answer!: (r: Response) => void;
    window.fetch = () => (posts++, new Promise<Response>((r) => (answer = r)));
    const el = await render(policy, 'access');
    el.timeout = 5000;
    await el.openDialog();
    await type(el, 'email', 'slow@example.com');
    await type(el, 'accountIdentifier', 'A9');
    await submit(el);
    expect($(el, 'form button[type=submit]').textContent!.trim()).to.equal('Sending…');
    const back = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')].find(
      (b) => b.textContent === 'Back',
    )!;
    expect(back.getAttribute('aria-disabled')).to.equal('true');
    back.click();
    await el.updateComplete;
    await el.openDialog('opt-out-sale');
    expect($(el, 'dialog h3').textContent).to.equal('Right of access');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    const sent = oneEvent(el, 'privacy-request-sent');
    answer(new Response('{"reference":"PR-slow"}'));
    expect((await sent).detail).to.deep.equal({ reference: 'PR-slow', right: 'access' });
    await el.updateComplete;
    expect($(el, 'dialog h3').textContent).to.equal('Right of access');
    expect($(el, '#sent').textContent).to.equal('Your request was received. Reference: PR-slow');
    expect(posts).to.equal(1);
    expect($(el, 'a[href^="mailto:"]'), 'no second way to ask the same once it was received').to.equal(null);
  });

  /** The access form filled in, its endpoint answering with `answer`. */
  const accessFilledIn = async (answer: () => Response, email: string) => {
    window.fetch = () => Promise.resolve(answer());
    const el = await render(policy, 'access');
    await el.openDialog();
    await type(el, 'email', email);
    await type(el, 'accountIdentifier', 'A1');
    return el;
  };

  it('an answer that is not a confirmation (a login page) is a failure: everything kept, email offered', async () => {
    const el = await accessFilledIn(
      () =>
        new Response('<!doctype html><title>Sign in</title>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      'keep@example.com',
    );
    const failed = oneEvent(el, 'privacy-request-error');
    await submit(el);
    expect((await failed).detail.reason).to.equal('reply');
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.contain('was not a confirmation');
    expect($(el, '#sent')).to.equal(null);
    expect($<HTMLInputElement>(el, '#email').value).to.equal('keep@example.com');
    expect($<HTMLAnchorElement>(el, 'a[href^="mailto:"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an empty 2xx answer confirms without a blank reference', async () => {
    const el = await accessFilledIn(() => new Response(null, { status: 204 }), 'ok@example.com');
    const sent = oneEvent(el, 'privacy-request-sent');
    await submit(el);
    await sent;
    await el.updateComplete;
    expect($(el, '#sent').textContent).to.equal('Your request was received.');
  });

  it('Back returns focus to the right just left, never to the page body', async () => {
    const el = await render();
    await el.openDialog();
    rightButton(el, 'Right to erasure').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Right to erasure');
    const back = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')].find(
      (b) => b.textContent === 'Back',
    )!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(rightButton(el, 'Right to erasure'));
  });

  it('a right with no method of its own falls back to the policy’s email, else the controller’s, else says so', async () => {
    const noneNamed: Manifest = {
      ...minimalManifest,
      rights: { items: [{ right: 'objection', methods: [] }, { right: 'access' }] },
    };
    let el = await render(noneNamed, 'objection');
    await el.openDialog();
    expect($<HTMLAnchorElement>(el, 'a[href^="mailto:"]').getAttribute('href')).to.match(
      /^mailto:privacy@example\.com\?subject=Right%20to%20object&/,
    );
    await expect(el).to.be.accessible();
    const withMail = {
      ...policy,
      rights: {
        ...policy.rights!,
        items: [
          { right: 'objection' as const, methods: ['form'] },
          { right: 'restriction' as const, methods: [] },
        ],
      },
    };
    el = await render(withMail, 'restriction');
    await el.openDialog();
    expect($<HTMLAnchorElement>(el, 'a[href^="mailto:"]').getAttribute('href')).to.match(
      /^mailto:dpo@example\.com\?subject=Data%20Protection%20Request&/,
    );
    // A right with a web form of its own does not get an email it did not name.
    el = await render(withMail, 'objection');
    await el.openDialog();
    expect($(el, 'a[href^="mailto:"]')).to.equal(null);
    const nowhere = { ...noneNamed, controller: { name: 'Example Ltd' } };
    el = await render(nowhere, 'access');
    await el.openDialog();
    expect($(el, 'a[href^="mailto:"]')).to.equal(null);
    expect(dialogText(el)).to.contain('names no way to make this request online');
    await expect(el).to.be.accessible();
  });

  it('a complaint without a named authority says where one can complain', async () => {
    const el = await render({ ...minimalManifest, rights: { items: [{ right: 'complaint' }] } }, 'complaint');
    await el.openDialog();
    expect(dialogText(el)).to.contain('data protection authority where you live, where you work');
    expect($(el, 'form')).to.equal(null);
  });

  it('two elements on a page: one [data-privacy-request] click opens one dialog', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><button data-privacy-request="access">Access</button><privacy-request .manifest=${policy}></privacy-request><privacy-request .manifest=${policy}></privacy-request></div>`,
    );
    const [a, b] = [...page.querySelectorAll('privacy-request')];
    await a.updateComplete;
    await b.updateComplete;
    page.querySelector('button')!.click();
    await a.updateComplete;
    await b.updateComplete;
    const open = [a, b].filter((el) => $<HTMLDialogElement>(el, 'dialog').open);
    expect(open.length).to.equal(1);
  });

  it('privacy-request-submit can be prevented: nothing is posted', async () => {
    let posts = 0;
    window.fetch = (input, init) => (posts++, realFetch(input, init));
    const el = await render(policy, 'access');
    await el.openDialog();
    await type(el, 'email', 'mine@example.com');
    await type(el, 'accountIdentifier', 'A');
    el.addEventListener('privacy-request-submit', (e) => e.preventDefault(), { once: true });
    const event = oneEvent(el, 'privacy-request-submit');
    await submit(el);
    expect((await event).detail).to.deep.equal({
      right: 'access',
      email: 'mine@example.com',
      details: '',
      accountIdentifier: 'A',
    });
    expect(posts).to.equal(0);
  });

  it('opens on a right from any [data-privacy-request] element, and focus returns there', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><button data-privacy-request="erasure">Delete my data</button><privacy-request .manifest=${policy}></privacy-request></div>`,
    );
    const el = page.querySelector('privacy-request')!;
    await el.updateComplete;
    const trigger = page.querySelector('button')!;
    trigger.focus();
    trigger.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect($(el, 'dialog h3').textContent).to.equal('Right to erasure');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open);
    expect(document.activeElement).to.equal(trigger);
  });

  it('keyboard: the launcher opens with Enter, Tab wraps inside the dialog, Escape closes and focus returns', async () => {
    const el = await render();
    $<HTMLButtonElement>(el, '[part~=launcher]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('button')];
    buttons[buttons.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[buttons.length - 1]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=launcher]'));
  });

  it('says so when the policy lists no rights', async () => {
    const el = await render(minimalManifest);
    await el.openDialog();
    expect(dialogText(el)).to.contain('lists no rights');
    await expect(el).to.be.accessible();
  });

  it('shows hostile manifest strings as text', async () => {
    const hostile = {
      ...policy,
      rights: {
        ...policy.rights!,
        items: [{ right: 'access', description: '<img src=x onerror="window.__pwned=1">' }],
      },
    };
    const el = await render(hostile);
    await el.openDialog();
    expect(dialogText(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('refuses a javascript: URL for a method: privacy-error with the path, no link, nothing run', async () => {
    const el = document.createElement('privacy-request');
    el.manifest = {
      ...policy,
      rights: {
        items: [{ right: 'portability', methods: ['form'] }],
        methods: [{ id: 'form', type: 'web-form', url: 'javascript:window.__pwned=1' }],
      },
    };
    const event = oneEvent(el, 'privacy-error');
    const logged = captureConsoleError();
    document.body.append(el);
    expect((await event).detail.issues.map((i) => i.path)).to.deep.equal(['$.rights.methods[0].url']);
    expect(logged.join('\n')).to.include('$.rights.methods[0].url: expected an http(s) or mailto URL');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    el.remove();
  });

  it('fails closed on an invalid method: privacy-error with the path, no launcher', async () => {
    const el = document.createElement('privacy-request');
    el.manifest = { ...policy, rights: { items: [{ right: 'access' }], methods: [{ id: 'api', type: 'endpoint' }] } };
    const event = oneEvent(el, 'privacy-error');
    const logged = captureConsoleError();
    document.body.append(el);
    expect((await event).detail.issues.map((i) => i.path)).to.deep.equal(['$.rights.methods[0].url']);
    expect(logged.join('\n')).to.include('$.rights.methods[0].url: a method of type endpoint needs a url');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=launcher]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('passes axe in dark mode with the list, a form with errors, and the Naxora policy', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await render(await loadSeed('naxora'));
    await expect(el).to.be.accessible();
    await el.openDialog();
    await expect(el).to.be.accessible();
    rightButton(el, 'Right to erasure').click();
    await el.updateComplete;
    expect(dialogText(el)).to.contain('(Data Protection Request)');
    await expect(el).to.be.accessible();
    const withForm = await render(policy, 'access');
    await withForm.openDialog();
    await submit(withForm);
    await expect(withForm).to.be.accessible();
  });
});

describe('<privacy-request> when an answer is lost', () => {
  let realFetch: typeof fetch;
  beforeEach(() => {
    realFetch = window.fetch;
    sessionStorage.clear();
  });
  afterEach(() => {
    window.fetch = realFetch;
    sessionStorage.clear();
  });

  /** A fetch that records each request's Idempotency-Key and answers as `answers` says, in turn. */
  function server(...answers: ('timeout' | 'ok' | 'down')[]) {
    const keys: (string | null)[] = [];
    window.fetch = ((_url: RequestInfo | URL, init?: RequestInit) => {
      keys.push(new Headers(init?.headers).get('idempotency-key'));
      const answer = answers.shift();
      if (answer === 'ok')
        return Promise.resolve(new Response(JSON.stringify({ reference: `PR-${keys.length}` }), { status: 201 }));
      if (answer === 'down') return Promise.reject(new TypeError('offline'));
      return new Promise((_ok, fail) =>
        init?.signal?.addEventListener('abort', () => fail(new DOMException('', 'AbortError'))),
      );
    }) as typeof fetch;
    return keys;
  }

  it('says honestly after a timeout that the request may have arrived, and retries with the same Idempotency-Key; a new request gets a new one', async () => {
    const keys = server('timeout', 'down', 'ok', 'ok');
    const el = await render(policy, 'access');
    await el.openDialog();
    await type(el, 'email', 'me@example.com');
    await type(el, 'accountIdentifier', 'A-1');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'no timeout message');
    expect($(el, '[role=alert]').textContent!.replace(/\s+/g, ' ').trim()).to.contain(requestStrings.requestUncertain);
    expect($(el, '[role=alert]').textContent).to.not.contain('could not be sent');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => keys.length === 2 && el.shadowRoot!.querySelector('[role=alert]'));
    const sent = oneEvent(el, 'privacy-request-sent');
    await submit(el);
    await sent;
    expect(keys).to.have.length(3);
    expect(keys[0]).to.match(/^[\w-]{16,}$/);
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).to.equal(keys[0]);
    await el.openDialog('erasure');
    await el.openDialog('access');
    await type(el, 'email', 'me@example.com');
    await type(el, 'accountIdentifier', 'A-2');
    const again = oneEvent(el, 'privacy-request-sent');
    await submit(el);
    await again;
    expect(keys[3])
      .to.match(/^[\w-]{16,}$/)
      .and.not.equal(keys[0]);
  });

  it('keeps what was typed across a reload of the page until it is sent, with the key its retries share', async () => {
    const keys = server('down', 'ok');
    let el = await render(policy, 'access');
    await el.openDialog();
    await type(el, 'email', 'kept@example.com');
    await type(el, 'accountIdentifier', 'ACC-9');
    await type(el, 'details', 'Everything, please.');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    el.remove();
    // The page reloads: a new element finds the fields where the visitor left them.
    el = await render(policy, 'access');
    await el.openDialog();
    expect([
      $<HTMLInputElement>(el, '#email').value,
      $<HTMLInputElement>(el, '#accountIdentifier').value,
      $<HTMLTextAreaElement>(el, '#details').value,
    ]).to.deep.equal(['kept@example.com', 'ACC-9', 'Everything, please.']);
    const sent = oneEvent(el, 'privacy-request-sent');
    await submit(el);
    await sent;
    expect(keys[1], 'a retry after the reload is still the same request').to.equal(keys[0]);
    expect(sessionStorage.length, 'nothing kept once sent').to.equal(0);
    el.remove();
    el = await render(policy, 'access');
    await el.openDialog();
    expect($<HTMLInputElement>(el, '#email').value).to.equal('');
  });

  it('works when sessionStorage throws', async () => {
    const real = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      server('ok');
      const el = await render(policy, 'access');
      await el.openDialog();
      await type(el, 'email', 'me@example.com');
      await type(el, 'accountIdentifier', 'A-1');
      const sent = oneEvent(el, 'privacy-request-sent');
      await submit(el);
      expect((await sent).detail.reference).to.equal('PR-1');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      Object.defineProperty(window, 'sessionStorage', real);
    }
  });
});
