import { render, type RenderOptions } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The part of Lit's `ReactiveElement` these elements use, on `lit-html`'s `render`: declared
 * properties that schedule one batched update, attributes read into them (and reflected back
 * when asked), `updateComplete`, reactive controllers and shared stylesheets. It replaces
 * `LitElement` because `@lit/reactive-element` and `lit-element` are 2,720 B gzip of every
 * bundle (5,795 B for a one-property `LitElement` against 3,075 B for `lit-html` alone), and
 * the size budget leaves no room for the parts of them nothing here calls. The lifecycle is
 * Lit's, in Lit's order, so the controllers stay Lit reactive controllers. Left out: async
 * directives (none of the templates uses one), custom converters, `hasChanged`, `shouldUpdate`.
 */

/** How a declared property meets its attribute: named as the property in lower case unless `attribute` says otherwise, none for `state`. */
export interface PropertyDeclaration {
  readonly attribute?: string | false;
  readonly type?: typeof Boolean | typeof Number;
  readonly reflect?: boolean;
  readonly state?: boolean;
}
export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;
/** The properties an update is for, each with the value it had before. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** A stylesheet made once per page, on first use, and shared by every element that adopts it. */
export class Styles {
  private sheet?: CSSStyleSheet;
  constructor(readonly cssText: string) {}
  get styleSheet(): CSSStyleSheet {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.cssText);
    }
    return this.sheet;
  }
}

/** A stylesheet from CSS text. No `${}`: nothing computed ever becomes CSS. */
export const css = (strings: TemplateStringsArray) => new Styles(strings[0]);

/** What `static styles` may hold: as in Lit, a subclass may nest its parent's (`[Parent.styles, css`…`]`) or give a constructed sheet. */
export type StyleList = Styles | CSSStyleSheet | readonly StyleList[];

const adoptsStyleSheets = () => 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

/**
 * Gives a new shadow root its stylesheets: adopted, or where a browser cannot adopt them, as
 * `<style>` elements carrying `window.litNonce` (Lit's name for it) for a nonce-only `style-src`.
 */
function adoptStyles(root: ShadowRoot, list: StyleList | undefined) {
  const styles = [list ?? []].flat(Infinity as 1) as (Styles | CSSStyleSheet)[];
  if (adoptsStyleSheets()) root.adoptedStyleSheets = styles.map((s) => (s instanceof Styles ? s.styleSheet : s));
  else
    for (const s of styles) {
      const style = root.appendChild(document.createElement('style'));
      const nonce = (globalThis as { litNonce?: string }).litNonce;
      if (nonce) style.nonce = nonce;
      style.textContent = s instanceof Styles ? s.cssText : [...s.cssRules].map((r) => r.cssText).join('');
    }
}

/** A declared property's attribute name, or undefined when it has none. */
const attributeName = (name: string, d: PropertyDeclaration) => (d.state || d.attribute === false ? undefined : d.attribute || name.toLowerCase());

/** Every property a class declares, its own and its ancestors', found once per class. */
const declarations = new WeakMap<Function, Map<string, PropertyDeclaration>>();

export abstract class BaseElement extends HTMLElement implements ReactiveControllerHost {
  /** The properties whose changes update the element. A subclass declares its own; its ancestors' still apply. */
  static properties: PropertyDeclarations = {};

  /** The element's stylesheets, adopted by its shadow root. */
  static styles?: StyleList;

  /** Finds the class's declarations and makes each declared property an accessor that requests an update. */
  protected static declared(): Map<string, PropertyDeclaration> {
    let found = declarations.get(this);
    if (!found) {
      const parent = Object.getPrototypeOf(this) as typeof BaseElement;
      found = new Map(parent.declared ? parent.declared() : []);
      if (Object.prototype.hasOwnProperty.call(this, 'properties'))
        for (const [name, declaration] of Object.entries(this.properties)) {
          found.set(name, declaration);
          Object.defineProperty(this.prototype, name, {
            get(this: BaseElement) {
              return this.values.get(name);
            },
            set(this: BaseElement, value: unknown) {
              const old = this.values.get(name);
              this.values.set(name, value);
              if (Object.is(old, value)) return;
              // A value that came from the attribute is not written back to it.
              if (declaration.reflect && this.fromAttribute !== name && attributeName(name, declaration)) this.toReflect.add(name);
              this.requestUpdate(name, old);
            },
            configurable: true,
            enumerable: true,
          });
        }
      declarations.set(this, found);
    }
    return found;
  }

  static get observedAttributes(): string[] {
    return [...this.declared()].flatMap(([name, d]) => attributeName(name, d) ?? []);
  }

  /** The shadow root the element renders into, made on first connection. */
  renderRoot!: ShadowRoot;

  /** True while an update is scheduled and not yet done. */
  isUpdatePending = false;

  /** True once the element has rendered. */
  hasUpdated = false;

  private readonly values = new Map<string, unknown>();
  private changed: PropertyValues = new Map();
  private readonly controllers = new Set<ReactiveController>();
  /** Properties to write to their attributes at the next update that renders (kept when one throws, as in Lit). */
  private readonly toReflect = new Set<string>();
  /** The property an attribute is being read into. */
  private fromAttribute?: string;
  private updatePromise!: Promise<boolean>;
  /** Settles once the last update has run, whether or not it threw: the next one waits for it. */
  private lastUpdate: Promise<unknown>;
  private enableUpdating!: () => void;
  /** Values set on the element before its class was defined, which would hide the accessors. */
  private presetValues?: Map<string, unknown>;
  /** Set while the element writes an attribute itself, so that the write is not read back. */
  private reflecting = false;
  /** Template event listeners are called on the element. */
  private readonly renderOptions: RenderOptions = { host: this };

  constructor() {
    super();
    const ctor = this.constructor as typeof BaseElement;
    for (const name of ctor.declared().keys())
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        (this.presetValues ??= new Map()).set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    // The first update waits for the first connection.
    this.lastUpdate = new Promise<void>((resolve) => (this.enableUpdating = resolve));
    this.requestUpdate();
  }

  addController(controller: ReactiveController) {
    this.controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController) {
    this.controllers.delete(controller);
  }

  connectedCallback() {
    if (!this.renderRoot) {
      const root = (this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' }));
      adoptStyles(root, (this.constructor as typeof BaseElement).styles);
      this.renderOptions.renderBefore ??= root.firstChild;
    }
    this.enableUpdating();
    this.controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    if (this.reflecting) return;
    for (const [name, d] of (this.constructor as typeof BaseElement).declared())
      if (attributeName(name, d) === attribute) {
        this.fromAttribute = name;
        (this as Record<string, unknown>)[name] = d.type === Boolean ? value !== null : d.type === Number && value !== null ? Number(value) : value;
        this.fromAttribute = undefined;
      }
  }

  /** Schedules an update, recording `name`'s value before the change when one is given. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown) {
    if (name !== undefined && !this.changed.has(name)) this.changed.set(name, oldValue);
    if (this.isUpdatePending) return;
    this.isUpdatePending = true;
    const before = this.lastUpdate;
    let ran!: () => void;
    this.lastUpdate = new Promise<void>((resolve) => (ran = resolve));
    // An update that throws rejects its own updateComplete, reported once; the next update goes ahead.
    // `ran` waits a microtask so that code awaiting this update resumes before the next one, as in Lit.
    this.updatePromise = before.then(() => {
      try {
        this.performUpdate();
        return !this.isUpdatePending;
      } finally {
        queueMicrotask(ran);
      }
    });
  }

  /** Resolves after the pending update, true when no other update was asked for meanwhile. */
  get updateComplete(): Promise<boolean> {
    return this.updatePromise;
  }

  protected performUpdate() {
    if (this.presetValues) {
      for (const [name, value] of this.presetValues) (this as Record<string, unknown>)[name] = value;
      this.presetValues = undefined;
    }
    const changed = this.changed;
    try {
      this.willUpdate(changed);
      this.controllers.forEach((c) => c.hostUpdate?.());
      this.update(changed);
    } catch (e) {
      this.markUpdated();
      throw e;
    }
    this.controllers.forEach((c) => c.hostUpdated?.());
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    this.updated(changed);
  }

  private markUpdated() {
    this.changed = new Map();
    this.isUpdatePending = false;
  }

  /** Renders, and writes the attributes of properties declared with `reflect` that changed (Lit's default conversion). */
  protected update(_changed: PropertyValues) {
    const value = this.render();
    const declared = (this.constructor as typeof BaseElement).declared();
    this.reflecting = true;
    try {
      for (const name of this.toReflect) {
        const d = declared.get(name)!;
        const v = (this as Record<string, unknown>)[name];
        const attribute = attributeName(name, d)!;
        if (v == null || (d.type === Boolean && !v)) this.removeAttribute(attribute);
        else this.setAttribute(attribute, d.type === Boolean ? '' : String(v));
      }
    } finally {
      this.reflecting = false;
    }
    this.toReflect.clear();
    this.markUpdated();
    render(value, this.renderRoot, this.renderOptions);
  }

  /** What the shadow root shows. */
  protected abstract render(): unknown;

  protected willUpdate(_changed: PropertyValues): void {}
  protected firstUpdated(_changed: PropertyValues): void {}
  protected updated(_changed: PropertyValues): void {}
}
