import Cookies from 'js-cookie';
import { documentProperty } from '../../internal/page-document.js';

/** The attributes the consent store sets on a cookie. */
export interface CookieAttributes {
  readonly expires?: Date;
  readonly path?: string;
  readonly domain?: string;
  readonly secure?: boolean;
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
}

/**
 * Where cookies are read and written. Any method may throw (cookies blocked,
 * a sandboxed frame); the consent store catches that.
 */
export interface CookieJar {
  get(name: string): string | undefined;
  /**
   * Every value the page sees under `name`: the browser keeps one cookie per name, domain and path,
   * so a parent domain's or a longer path's copy (one a sibling subdomain planted) comes along too.
   */
  all(name: string): string[];
  set(name: string, value: string, attributes: CookieAttributes): void;
  remove(name: string, attributes: CookieAttributes): void;
  /** The names of the cookies the page can read, for the clean-up's name patterns; a jar without it is cleaned by listed names alone. */
  names?(): string[];
}

/** Sets `document.cookie` through `Document.prototype`, with only the attributes given (none inherited from `Object.prototype`). */
function writeCookie(name: string, value: string, a: CookieAttributes) {
  const own = (key: keyof CookieAttributes) => (Object.prototype.hasOwnProperty.call(a, key) ? a[key] : undefined);
  const expires = own('expires') as Date | undefined;
  const parts = [`${name}=${Cookies.converter.write(value, name)}`, `path=${own('path') ?? '/'}`];
  if (own('domain')) parts.push(`domain=${own('domain')}`);
  if (expires) parts.push(`expires=${expires.toUTCString()}`);
  if (own('secure')) parts.push('secure');
  if (own('sameSite')) parts.push(`samesite=${own('sameSite')}`);
  Reflect.set(Document.prototype, 'cookie', parts.join('; '), document);
}

/** Every cookie the page sees, as [name, raw value] in the browser's order; a name with a malformed escape is skipped. */
function cookiePairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const pair of documentProperty('cookie').split(/;\s*/)) {
    const at = pair.indexOf('=');
    try {
      if (at > 0) pairs.push([decodeURIComponent(pair.slice(0, at)), pair.slice(at + 1)]);
    } catch {
      // Another script's cookie with a malformed escape: not ours.
    }
  }
  return pairs;
}

/**
 * The page's cookies, encoded and decoded as js-cookie does (the only module that imports it), but
 * read and written through `Document.prototype`: `<img name="cookie">` shadows `document.cookie`
 * on the document itself, and js-cookie would hand back only the first of several of one name.
 */
export const browserCookieJar: CookieJar = {
  get: (name) => browserCookieJar.all(name)[0],
  all(name) {
    const found: string[] = [];
    for (const [key, value] of cookiePairs())
      try {
        if (key === name) found.push(Cookies.converter.read(value, name));
      } catch {
        // A value with a malformed escape (another script's): not a record of ours.
      }
    return found;
  },
  // Each name once, though the browser may hand over several cookies of one name (other domains and paths).
  names: () => [...new Set(cookiePairs().map(([key]) => key))],
  set: writeCookie,
  remove: (name, attributes) => writeCookie(name, '', { ...attributes, expires: new Date(0) }),
};
