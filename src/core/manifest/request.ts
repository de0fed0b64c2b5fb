/** The request for a manifest: the same in the script-tag loader, which starts it before any other code arrives. */
export const requestManifest = (url: string, signal?: AbortSignal): Promise<Response> =>
  fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });

/** Whether a policy reference names a manifest in the page (`#id`) rather than a URL. */
export const inPageRef = (ref: string) => ref[0] === '#';
