import { isSafeUrl } from '../core/manifest/urls.js';

/** The URL if it is http(s), mailto or relative; otherwise undefined, so no link is rendered. */
export const safeHref = (url: string | undefined) => (url && isSafeUrl(url) ? url : undefined);
