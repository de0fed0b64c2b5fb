import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { html as litHtml } from 'lit/html.js';
import type { ReactiveController } from 'lit';
import { BaseElement, css, type PropertyDeclarations, type PropertyValues } from '../../src/internal/base-element.js';

const sheet = css`:host { display: block; color: rgb(1, 2, 3); }`;

/** Records every step of its lifecycle, in order, with what each update was for. */
class Probe extends BaseElement {
  static override properties: PropertyDeclarations = {
    label: {},
    count: { type: Number },
    wide: { type: Boolean, attribute: 'is-wide' },
    mode: { reflect: true },
    hidden2: { attribute: false },
    busy: { state: true },
  };
  static override styles = sheet;

  label = 'default';
  count = 0;
  wide = false;
  mode?: string = 'a';
  hidden2?: unknown;
  busy = false;
  log: string[] = [];
  updates: PropertyValues[] = [];
  failNext = false;
  clicks: unknown[] = [];

  protected override willUpdate(changed: PropertyValues) {
    this.log.push('willUpdate');
    this.updates.push(new Map(changed));
  }
  protected override render() {
    this.log.push('render');
    if (this.failNext) {
      this.failNext = false;
      throw new Error('render failed');
    }
    return litHtml`<button @click=${this.onClick}>${this.label} ${this.count}</button>`;
  }
  private onClick() {
    this.clicks.push(this);
  }
  protected override firstUpdated() {
    this.log.push('firstUpdated');
  }
  protected override updated() {
    this.log.push('updated');
  }
}
customElements.define('base-probe', Probe);

/** A subclass adds its own property; its parent's still work. */
class ChildProbe extends Probe {
  static override properties: PropertyDeclarations = { extra: {} };
  extra = '';
  protected override render() {
    return litHtml`<p>${this.label}/${this.extra}</p>`;
  }
}
customElements.define('base-child-probe', ChildProbe);

/** Declarations Lit handles in its own way: a reflected state (no attribute to write) and a reflected Boolean. */
class ReflectProbe extends BaseElement {
  static override properties: PropertyDeclarations = { secret: { state: true, reflect: true }, on: { type: Boolean, reflect: true }, word: { reflect: true } };
  secret = 'x';
  on = false;
  word?: unknown;
  protected override render() {
    return litHtml`<p>${this.secret}</p>`;
  }
}
customElements.define('base-reflect-probe', ReflectProbe);

const recorder = (log: string[]): ReactiveController => ({
  hostConnected: () => log.push('hostConnected'),
  hostDisconnected: () => log.push('hostDisconnected'),
  hostUpdate: () => log.push('hostUpdate'),
  hostUpdated: () => log.push('hostUpdated'),
});

describe('BaseElement', () => {
  afterEach(() => fixtureCleanup());

  it('observes the attributes of declared properties only: none for state or attribute: false', () => {
    expect(Probe.observedAttributes).to.have.members(['label', 'count', 'is-wide', 'mode']);
    expect(ChildProbe.observedAttributes).to.have.members(['label', 'count', 'is-wide', 'mode', 'extra']);
  });

  it('reads attributes into properties as strings, numbers and booleans', async () => {
    const el = await fixture<Probe>(html`<base-probe label="hi" count="7" is-wide></base-probe>`);
    expect([el.label, el.count, el.wide]).to.deep.equal(['hi', 7, true]);
    expect(el.shadowRoot!.textContent).to.equal('hi 7');
    el.removeAttribute('is-wide');
    el.removeAttribute('count');
    el.setAttribute('label', 'there');
    expect([el.label, el.count, el.wide]).to.deep.equal(['there', null, false]);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('there ');
  });

  it('batches changes into one update that knows each old value; NaN to NaN is no change', async () => {
    const el = await fixture<Probe>(html`<base-probe></base-probe>`);
    el.updates = [];
    el.label = 'x';
    el.label = 'y';
    el.count = 2;
    el.busy = true;
    await el.updateComplete;
    expect(el.updates).to.have.length(1);
    expect([...el.updates[0]]).to.deep.equal([['label', 'default'], ['count', 0], ['busy', false]]);
    el.count = NaN;
    await el.updateComplete;
    el.updates = [];
    el.count = NaN;
    el.label = 'y';
    await el.updateComplete;
    expect(el.updates).to.deep.equal([]);
    // Object.is, as Lit: 0 and -0 differ.
    el.count = 0;
    await el.updateComplete;
    el.count = -0;
    await el.updateComplete;
    expect(el.updates.map((u) => [...u.keys()])).to.deep.equal([['count'], ['count']]);
  });

  it('reflects a reflect property to its attribute, removes it for undefined, and does not read its own write back', async () => {
    const el = await fixture<Probe>(html`<base-probe></base-probe>`);
    expect(el.getAttribute('mode')).to.equal('a');
    el.updates = [];
    el.mode = 'b';
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('b');
    el.mode = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('mode')).to.equal(false);
    expect(el.mode).to.equal(undefined);
    expect(el.updates).to.have.length(2);
    el.setAttribute('mode', 'c');
    expect(el.mode).to.equal('c');
  });

  it('writes back no attribute the page set, and no attribute for a reflected state', async () => {
    const el = await fixture<Probe>(html`<base-probe></base-probe>`);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(el, { attributes: true });
    el.setAttribute('mode', 'x');
    await el.updateComplete;
    el.label = 'later';
    await el.updateComplete;
    observer.disconnect();
    expect(records.map((r) => r.attributeName)).to.deep.equal(['mode']);
    expect(el.mode).to.equal('x');
    const reflect = await fixture<ReflectProbe>(html`<base-reflect-probe></base-reflect-probe>`);
    reflect.secret = 'y';
    await reflect.updateComplete;
    expect(reflect.getAttributeNames()).to.deep.equal([]);
  });

  it('reflects as Lit converts: a Boolean as presence, other values as text, false included', async () => {
    const el = await fixture<ReflectProbe>(html`<base-reflect-probe></base-reflect-probe>`);
    el.on = true;
    el.word = false;
    await el.updateComplete;
    expect([el.getAttribute('on'), el.getAttribute('word')]).to.deep.equal(['', 'false']);
    el.on = false;
    el.word = 3;
    await el.updateComplete;
    expect([el.hasAttribute('on'), el.getAttribute('word')]).to.deep.equal([false, '3']);
    el.word = null;
    await el.updateComplete;
    expect(el.hasAttribute('word')).to.equal(false);
  });

  it('declared properties are enumerable, as in Lit', async () => {
    const el = await fixture<Probe>(html`<base-probe></base-probe>`);
    const keys: string[] = [];
    for (const key in el) keys.push(key);
    expect(keys).to.include.members(['label', 'count', 'wide', 'mode', 'busy']);
  });

  it('keeps values set on an element before its class was defined, over the class defaults', async () => {
    const el = document.createElement('base-late-probe') as Probe & { label: string };
    el.label = 'set early';
    document.body.append(el);
    customElements.define('base-late-probe', class extends Probe {});
    await el.updateComplete;
    expect(el.label).to.equal('set early');
    expect(Object.prototype.hasOwnProperty.call(el, 'label')).to.equal(false);
    expect(el.shadowRoot!.textContent).to.equal('set early 0');
    el.remove();
  });

  it('runs the lifecycle in order, the controllers with it, and renders only once connected', async () => {
    const el = document.createElement('base-probe') as Probe;
    el.addController(recorder(el.log));
    el.label = 'a';
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.log).to.deep.equal([]);
    expect(el.hasUpdated).to.equal(false);
    document.body.append(el);
    await el.updateComplete;
    expect(el.log).to.deep.equal(['hostConnected', 'willUpdate', 'hostUpdate', 'render', 'hostUpdated', 'firstUpdated', 'updated']);
    el.log.length = 0;
    el.label = 'b';
    await el.updateComplete;
    expect(el.log).to.deep.equal(['willUpdate', 'hostUpdate', 'render', 'hostUpdated', 'updated']);
    el.log.length = 0;
    el.remove();
    expect(el.log).to.deep.equal(['hostDisconnected']);
    document.body.append(el);
    expect(el.log).to.deep.equal(['hostDisconnected', 'hostConnected']);
    const late: string[] = [];
    el.addController(recorder(late));
    expect(late).to.deep.equal(['hostConnected']);
    el.remove();
  });

  it('updateComplete is false when another update was asked for during this one', async () => {
    class Again extends Probe {
      protected override updated() {
        if (this.count < 1) this.count++;
      }
    }
    customElements.define('base-again-probe', Again);
    const el = document.createElement('base-again-probe') as Again;
    document.body.append(el);
    expect(await el.updateComplete).to.equal(false);
    expect(await el.updateComplete).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('default 1');
    el.remove();
  });

  it('a render that throws rejects its updateComplete, reported once, and the next update still renders', async () => {
    const el = await fixture<Probe>(html`<base-probe></base-probe>`);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      el.failNext = true;
      el.label = 'broken';
      el.mode = 'set in the failed update';
      let error: unknown;
      await el.updateComplete.catch((e) => (error = e));
      expect((error as Error)?.message).to.equal('render failed');
      expect(el.isUpdatePending).to.equal(false);
      expect(el.getAttribute('mode')).to.equal('a');
      el.label = 'mended';
      expect(await el.updateComplete).to.equal(true);
      expect(el.shadowRoot!.textContent).to.equal('mended 0');
      // Reflected by the next update that rendered, as in Lit.
      expect(el.getAttribute('mode')).to.equal('set in the failed update');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('code awaiting an update resumes before the update asked for during it', async () => {
    const seen: string[] = [];
    class Twice extends Probe {
      protected override updated() {
        seen.push(`updated ${this.count}`);
        if (this.count === 1) this.count = 2;
      }
    }
    customElements.define('base-twice-probe', Twice);
    const el = await fixture<Twice>(html`<base-twice-probe></base-twice-probe>`);
    seen.length = 0;
    el.count = 1;
    await el.updateComplete.then((done) => seen.push(`resumed ${done}`));
    await el.updateComplete;
    expect(seen).to.deep.equal(['updated 1', 'resumed false', 'updated 2']);
  });

  it('calls template event listeners on the element', async () => {
    const el = await fixture<Probe>(html`<base-probe></base-probe>`);
    el.shadowRoot!.querySelector('button')!.click();
    expect(el.clicks).to.deep.equal([el]);
  });

  it('merges a subclass declarations with its parent', async () => {
    const el = await fixture<ChildProbe>(html`<base-child-probe label="p" extra="c"></base-child-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('p/c');
    el.extra = 'd';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('p/d');
  });

  it('adopts one shared stylesheet per css block', async () => {
    const [a, b] = [await fixture<Probe>(html`<base-probe></base-probe>`), await fixture<Probe>(html`<base-probe></base-probe>`)];
    expect(a.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(a.shadowRoot!.adoptedStyleSheets[0]).to.equal(b.shadowRoot!.adoptedStyleSheets[0]);
    expect(getComputedStyle(a).color).to.equal('rgb(1, 2, 3)');
  });

  it("a subclass nests its parent's styles and adds a constructed sheet, as in Lit", async () => {
    const extra = new CSSStyleSheet();
    extra.replaceSync('p { margin: 7px; }');
    class Styled extends Probe {
      static override styles = [Probe.styles!, [css`:host { background: rgb(4, 5, 6); }`, extra]];
      protected override render() {
        return litHtml`<p>styled</p>`;
      }
    }
    customElements.define('base-styled-probe', Styled);
    const el = await fixture<Styled>(html`<base-styled-probe></base-styled-probe>`);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(3);
    expect([getComputedStyle(el).color, getComputedStyle(el).backgroundColor]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).marginTop).to.equal('7px');
  });

  it('falls back to style elements where shadow roots cannot adopt stylesheets', async () => {
    const adopted = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
    delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
    (window as { litNonce?: string }).litNonce = 'n0nce';
    try {
      const el = await fixture<Probe>(html`<base-probe label="styled"></base-probe>`);
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
      expect([...el.shadowRoot!.querySelectorAll('style')].map((s) => [s.textContent, s.nonce])).to.deep.equal([[sheet.cssText, 'n0nce']]);
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      el.label = 'again';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(1);
      expect(el.shadowRoot!.textContent).to.contain('again 0');
    } finally {
      Object.defineProperty(Document.prototype, 'adoptedStyleSheets', adopted);
      delete (window as { litNonce?: string }).litNonce;
    }
  });
});
