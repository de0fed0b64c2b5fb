/**
 * What a script-tag build does when evaluating it throws: under `trusted-types 'none'` (or a list
 * without our names) Lit's policy cannot be created and the whole bundle stops. The page then gets
 * one console error saying what to allow, and a `privacy-error` on the document, instead of an
 * uncaught exception and no consent UI without a clue. The build inlines this function's source
 * after the bundle's code, so it may use nothing from outside itself.
 */
export function reportLoadFailure(error: unknown): void {
  const trustedTypes = /TrustedType|createPolicy/i.test(String(error));
  const message = trustedTypes
    ? "the page's Content-Security-Policy refuses its Trusted Types policies; allow them with: trusted-types privacy-elements lit-html"
    : `it could not start: ${String(error)}`;
  console.error(`privacy-elements: nothing is shown and nothing optional is enabled, because ${message}`, error);
  // Through the prototype: a named element such as <img name="dispatchEvent"> shadows the method on document.
  EventTarget.prototype.dispatchEvent.call(
    document,
    new CustomEvent('privacy-error', { bubbles: true, composed: true, detail: { issues: [{ path: '$', message }], omitted: 0, source: 'the script tag' } }),
  );
}
