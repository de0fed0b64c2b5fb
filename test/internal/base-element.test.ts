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
      let error: unknown;
      await el.updateComplete.catch((e) => (error = e));
      expect((error as Error)?.message).to.equal('render failed');
      expect(el.isUpdatePending).to.equal(false);
      el.label = 'mended';
      expect(await el.updateComplete).to.equal(true);
      expect(el.shadowRoot!.textContent).to.equal('mended 0');
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

  it('falls back to style elements where shadow roots cannot adopt stylesheets', async () => {
    const adopted = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
    delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
    try {
      const el = await fixture<Probe>(html`<base-probe label="styled"></base-probe>`);
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(0);
      expect([...el.shadowRoot!.querySelectorAll('style')].map((s) => s.textContent)).to.deep.equal([sheet.cssText]);
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      el.label = 'again';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(1);
      expect(el.shadowRoot!.textContent).to.contain('again 0');
    } finally {
      Object.defineProperty(Document.prototype, 'adoptedStyleSheets', adopted);
    }
  });
});
