import Cookies from 'js-cookie';

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
  set(name: string, value: string, attributes: CookieAttributes): void;
  remove(name: string, attributes: CookieAttributes): void;
  /** The names of the cookies the page can read, for the clean-up's name patterns; a jar without it is cleaned by listed names alone. */
  names?(): string[];
}

/** The page's cookies, through js-cookie (the only module that imports it). */
export const browserCookieJar: CookieJar = {
  get: (name) => Cookies.get(name),
  set: (name, value, attributes) => void Cookies.set(name, value, attributes),
  remove: (name, attributes) => Cookies.remove(name, attributes),
  names: () => Object.keys(Cookies.get()),
};
