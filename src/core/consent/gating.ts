/** Scripts held back until their category is granted. */
const GATED = 'script[type="text/plain"][data-privacy-category]:not([data-privacy-released])';

interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}
type TrustedTypesLike = { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };

let policy: ScriptPolicy | undefined;
const passThrough = (value: string) => value;

/**
 * Under Trusted Types the copy's text and URL must come from a policy. They
 * come from the page's own gated markup, and CSP `script-src` (nonce or
 * source list) still decides whether they run.
 */
const scriptPolicy = (): ScriptPolicy =>
  (policy ||= (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes?.createPolicy('privacy-elements', {
    createScript: passThrough,
    createScriptURL: passThrough,
  }) ?? { createScript: passThrough, createScriptURL: passThrough });

/**
 * Runs each gated script (`<script type="text/plain" data-privacy-category="…">`,
 * inline or with `data-src`) whose categories (space-separated) are all
 * granted, by replacing it with an executable copy: same attributes (a tracker's
 * own `data-*` settings too) and nonce, but no `type`, `data-src` or
 * `data-privacy-*`, and `src` from `data-src`. They run in document order, as the
 * page wrote them: external ones unless marked `async`, and an inline one after
 * the external ones before it have loaded (or failed), since it may use them.
 * The original is marked and leaves the document, so nothing runs twice.
 */
export function releaseScripts(root: ParentNode, granted: (category: string) => boolean): void {
  const loading: Promise<unknown>[] = [];
  for (const original of root.querySelectorAll<HTMLScriptElement>(GATED)) {
    const { privacyCategory = '', src } = original.dataset;
    if (!privacyCategory.trim().split(/\s+/).every(granted)) continue;
    try {
      // A new element, not a clone: a clone inherits "already started" from a script made by innerHTML and never runs.
      const script = original.ownerDocument.createElement('script');
      for (const { name, value } of original.attributes)
        if (!/^(type|nonce|data-src|data-privacy-.*)$/.test(name)) script.setAttribute(name, value);
      script.nonce = original.nonce;
      const ordered = src && !original.hasAttribute('async');
      if (src) {
        script.src = scriptPolicy().createScriptURL(src);
        script.async = !ordered;
      } else script.text = scriptPolicy().createScript(original.text);
      // Listeners, not onload/onerror: those may be the page's own attributes, copied above.
      if (ordered)
        loading.push(new Promise((done) => ['load', 'error'].forEach((type) => script.addEventListener(type, done))));
      // Marked too, in case a framework puts the original back.
      original.dataset.privacyReleased = '';
      if (!src && loading.length) Promise.all(loading).then(() => original.replaceWith(script));
      else original.replaceWith(script);
    } catch (e) {
      console.error('privacy-elements: a gated script could not be released:', e);
    }
  }
}

/**
 * Releases the granted scripts now, and again whenever the document changes
 * (scripts added later). Returns the function that stops watching.
 */
export function gateScripts(doc: Document, granted: (category: string) => boolean): () => void {
  const release = () => releaseScripts(doc, granted);
  const observer = new MutationObserver(release);
  observer.observe(doc, { childList: true, subtree: true });
  release();
  return () => observer.disconnect();
}
