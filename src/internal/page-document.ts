// The page's document, read through `Document.prototype` and never through `document` itself: a
// named element (`<img name="currentScript">`, `<form name="body">`) shadows any property or
// method of that name on `document` (DOM clobbering: Document is [LegacyOverrideBuiltIns], see
// https://html.spec.whatwg.org/multipage/dom.html#dom-document-nameditem). Markup that many
// sanitizers let through must not change which policy is used or where anything is sent.

/** A property of the page's document as the browser defines it, whatever elements the page holds. */
export function documentProperty<K extends keyof Document>(name: K): Document[K] {
  return Reflect.get(Document.prototype, name, document) as Document[K];
}

/** A method of the page's document, bound to it, as the browser defines it. */
export function documentMethod<K extends keyof Document>(name: K): Document[K] {
  return (documentProperty(name) as (...args: unknown[]) => unknown).bind(document) as Document[K];
}

/** The `<script>` element being evaluated, or null: never another element that claims its name. */
export function currentScript(): HTMLScriptElement | null {
  const script = documentProperty('currentScript');
  return script instanceof HTMLScriptElement ? script : null;
}

/**
 * The data attributes of the running `<script>`, copied once into an object of its own with no
 * prototype: a missing attribute reads as `undefined`, not as whatever another script put on
 * `Object.prototype`.
 */
export function currentScriptData(): Readonly<Record<string, string | undefined>> {
  return Object.assign(Object.create(null) as Record<string, string>, currentScript()?.dataset);
}
