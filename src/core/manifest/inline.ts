/**
 * The manifest as the text of a `<script type="application/json">` data block: minified, without
 * `$schema`, and with every character that could end the script element or break it in old parsers
 * written as a JSON escape, so that no text in the policy can become markup.
 */
export const inlineJson = (manifest: object): string =>
  JSON.stringify({ ...manifest, $schema: undefined }).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** A whole data block; `id` must already be a safe id (letters, digits, `-`, `_`). */
export const inlineScript = (manifest: object, id?: string): string =>
  `<script type="application/json"${id ? ` id="${id}"` : ''}>${inlineJson(manifest)}</script>`;
