import { due, type Steps } from './rules.js';

/*
 * JSON text parsed in steps, for manifests too large to parse in one go: JSON.parse is one call the
 * page cannot interrupt, and a 1.4 MB object of 100,000 keys takes it over half a second on a slow
 * phone. Loaded only for such texts. It gives what JSON.parse gives, except that objects have no
 * prototype (a "__proto__" key stays a key, as with JSON.parse), and where the text breaks the
 * grammar it throws a SyntaxError carrying the offset (`at`).
 */

export class JsonSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const SPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CONTROL = /[\u0000-\u001f]/; // eslint-disable-line no-control-regex
/** An escape JSON has, or (captured) a backslash that starts none. */
const ESCAPE = /\\(?:["\\/bfnrt]|u[\da-fA-F]{4})|(\\)/g;
const WORDS: Record<string, unknown> = { true: true, false: false, null: null };

type Container = unknown[] | Record<string, unknown>;

export function* parseSteps(text: string): Steps<unknown> {
  let i = 0;
  const fail = (at = i): never => {
    throw new JsonSyntaxError(
      at >= text.length ? 'unexpected end of the text' : `unexpected ${JSON.stringify(text[at])}`,
      at,
    );
  };
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  const string = (): string => {
    if (text[i] !== '"') fail();
    // The closing quote is the first one not escaped, that is after an even run of backslashes.
    let end = i;
    for (;;) {
      end = text.indexOf('"', end + 1);
      if (end < 0) break;
      let slashes = 0;
      while (text[end - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) break;
    }
    const raw = end < 0 ? text.slice(i) : text.slice(i, end + 1);
    // Where the string breaks the grammar, as the validator's scan finds it: at a control character,
    // or just after a backslash that starts no escape, whichever comes first.
    let broken = raw.search(CONTROL);
    if (raw.includes('\\')) {
      ESCAPE.lastIndex = 0;
      for (let m; (m = ESCAPE.exec(raw));)
        if (m[1]) {
          if (broken < 0 || m.index + 1 < broken) broken = m.index + 1;
          break;
        }
    }
    if (broken >= 0) fail(i + broken);
    if (end < 0) fail(text.length);
    i = end + 1;
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  /** A key and its colon, then the space before the value. */
  const key = () => {
    space();
    const k = string();
    space();
    if (text[i] !== ':') fail();
    i++;
    return k;
  };

  const open: Container[] = [];
  const keys: string[] = [];
  for (;;) {
    // A value.
    space();
    const c = text[i];
    let value: unknown;
    if (c === '{' || c === '[') {
      i++;
      space();
      const container: Container = c === '{' ? Object.create(null) : [];
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        value = container;
      } else {
        open.push(container);
        if (c === '{') keys.push(key());
        continue;
      }
    } else if (c === '"') value = string();
    else {
      NUMBER.lastIndex = i;
      if (NUMBER.test(text)) {
        value = Number(text.slice(i, NUMBER.lastIndex));
        i = NUMBER.lastIndex;
      } else {
        const word = Object.keys(WORDS).find((w) => text.startsWith(w, i));
        if (!word) fail();
        value = WORDS[word!];
        i += word!.length;
      }
    }
    // Where it goes, and what closes after it.
    for (;;) {
      const parent = open[open.length - 1];
      if (!parent) {
        space();
        if (i < text.length) fail();
        return value;
      }
      const array = Array.isArray(parent);
      if (array) parent.push(value);
      else parent[keys[keys.length - 1]] = value; // no prototype, so "__proto__" is an own key
      space();
      if (text[i] === ',') {
        i++;
        if (!array) keys[keys.length - 1] = key();
        break;
      }
      if (text[i] !== (array ? ']' : '}')) fail();
      i++;
      value = open.pop();
      if (!array) keys.pop();
    }
    if (due()) yield;
  }
}
