const WARNED = Symbol.for('privacy-elements.define-warned');

/**
 * Registers a custom element unless its tag is taken. When another copy of the
 * library (a script tag and an npm import on one page) registered it first,
 * the first copy is kept and one warning per page says so; this never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) return customElements.define(tag, element);
  const page = globalThis as { [WARNED]?: boolean };
  if (existing !== element && !page[WARNED]) {
    page[WARNED] = true;
    console.warn(
      `privacy-elements: <${tag}> was already defined by another copy of the library; the first copy is used.`,
    );
  }
}
