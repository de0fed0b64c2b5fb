// A large manifest is parsed and checked in slices, with the page running between them: JSON.parse
// and the rules' walk were each one uninterruptible task (842 ms for 500 categories of 40 at 4x CPU).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { JsonSyntaxError, parseSteps } from '../../../src/core/manifest/json-steps.js';
import { due, finish, inSlices, SETTLE_MS, SLICE_MS, type Steps } from '../../../src/core/manifest/rules.js';
import { guardSteps } from '../../../src/core/manifest/guard.js';
import {
  jsonErrorOffset,
  parseManifest,
  validateManifest,
  validationSteps,
  MAX_REPORTED,
} from '../../../src/core/manifest/validate.js';
import {
  checkValue,
  DECODED_PER_TASK,
  LARGE_JSON,
  loadManifest,
  readJson,
  readText,
} from '../../../src/core/manifest/load.js';
import type { Validation } from '../../../src/core/manifest/issues.js';
import { minimalManifest } from '../../fixtures.js';

const category = (c: number) => ({
  id: c ? `category-${c}` : 'necessary',
  ...(c ? {} : { necessary: true }),
  name: `Category ${c}`,
  items: Array.from({ length: 40 }, (_, i) => ({
    name: `cookie_${c}_${i}`,
    purpose: `Purpose ${i} of category ${c}`,
    duration: i % 2 ? 'P13M' : 'session',
    party: 'first',
  })),
});
const large = () => ({
  ...minimalManifest,
  cookies: { categories: Array.from({ length: 500 }, (_, c) => category(c)) },
});

/** Resolves once a timer set now has run: work that lets the page run between slices lets it run. */
const timerRan = () => {
  let ran = false;
  setTimeout(() => (ran = true));
  return () => ran;
};

const parse = (text: string) => finish(parseSteps(text));
/** Where parseSteps says the text breaks, or -1 when it parses. */
const parseOffset = (text: string) => {
  try {
    parse(text);
    return -1;
  } catch (e) {
    expect(e).to.be.instanceOf(JsonSyntaxError);
    return (e as JsonSyntaxError).at;
  }
};
/** A value's own keys and values, in order, whatever its prototype: what JSON.stringify writes. */
const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).to.equal(JSON.stringify(b));

describe('JSON parsed in steps', () => {
  it('gives what JSON.parse gives, for any JSON value and spacing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        same(parse(text), JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('reads escapes, surrogates, numbers and repeated keys as JSON.parse does, and keeps __proto__ a key', () => {
    const text = String.raw`{"a":"\"\\\/\b\f\n\r\t\u0041\ud83d\ude00\ud800","__proto__":{"polluted":1},"n":[-0,1.5e3,-2E-2,0],"a":"last","constructor":null}`;
    const parsed = parse(text) as Record<string, unknown>;
    same(parsed, JSON.parse(text));
    expect(parsed.a).to.equal('last');
    expect(Object.keys(parsed)).to.deep.equal(['a', '__proto__', 'n', 'constructor']);
    expect(Object.getPrototypeOf(parsed)).to.equal(null);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(parse('"\\\\"')).to.equal('\\');
    expect(parse(' [[[[]]], {} ] ')).to.deep.equal([[[[]]], {}]);
  });

  it('nests deeper than any recursive parser could, without a stack', () => {
    const depth = 200_000;
    const parsed = parse('['.repeat(depth) + ']'.repeat(depth));
    let d = 0;
    for (let v = parsed as unknown[]; v.length; v = v[0] as unknown[]) d++;
    expect(d).to.equal(depth - 1);
  });

  it('refuses what JSON.parse refuses, at the offset where the validator finds the text broken', () => {
    const cases = [
      '',
      ' ',
      '{',
      '{"a"',
      '{"a":}',
      '{"a":1,}',
      '[1,]',
      '[01]',
      '01',
      '-',
      'tru',
      'nul',
      '{a:1}',
      "{'a':1}",
      '"abc',
      '"ab\\',
      '"a\u0001b"',
      '"\\q"',
      '"\\u12G4"',
      '"\\u00"',
      '"ab\\q\u0001"',
      '[1 2]',
      '{"a":1 "b":2}',
      '1 2',
      '\uFEFF{}',
      'NaN',
      '[Infinity]',
      '{"a":1}}',
    ];
    for (const text of cases) {
      expect(() => JSON.parse(text), JSON.stringify(text)).to.throw();
      expect(parseOffset(text), JSON.stringify(text)).to.equal(jsonErrorOffset(text));
    }
  });

  it('agrees with the validator on where any mangled JSON text breaks', () => {
    let broken = 0;
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', '"', '\\', ',', ':', '}', ']', '{', '[', '\u0001', 'x', '0', ' ', '-'),
        fc.boolean(),
        (value, at, insert, cut) => {
          const text = JSON.stringify(value, null, 1);
          const p = at % (text.length + 1);
          const mangled = text.slice(0, p) + insert + text.slice(p + (cut ? 1 : 0));
          let valid = true;
          try {
            JSON.parse(mangled);
          } catch {
            valid = false;
          }
          if (valid) same(parse(mangled), JSON.parse(mangled));
          else {
            broken++;
            expect(parseOffset(mangled), JSON.stringify(mangled)).to.equal(jsonErrorOffset(mangled));
          }
        },
      ),
      { numRuns: 600 },
    );
    expect(broken, 'most mangled texts should be broken').to.be.greaterThan(200);
  });
});

describe('checks in slices', () => {
  it('answers at once when the check fits in one slice, and lets the page run between slices when it does not', async () => {
    const small = inSlices(guardSteps(minimalManifest));
    expect(small, 'a small manifest is checked at once').to.not.be.instanceOf(Promise);
    expect(small).to.not.equal(undefined);

    // Ten steps of 15 ms: more than one slice holds.
    function* slow(): Steps<string> {
      for (let i = 0; i < 10; i++) {
        const until = performance.now() + 15;
        while (performance.now() < until);
        if (due()) yield;
      }
      return 'done';
    }
    const ran = timerRan();
    const started = performance.now();
    let longest = 0;
    let last = started;
    const beat = setInterval(() => {
      longest = Math.max(longest, performance.now() - last);
      last = performance.now();
    });
    const answer = inSlices(slow());
    expect(answer).to.be.instanceOf(Promise);
    expect(ran(), 'nothing else ran yet').to.equal(false);
    expect(await answer).to.equal('done');
    clearInterval(beat);
    expect(ran(), 'a timer set before the check ran before its answer').to.equal(true);
    // Each slice stops at the first step after SLICE_MS: never two slices' worth at once.
    expect(longest, 'the longest stretch without a turn for the page').to.be.below(SLICE_MS + 15 + 30);
    expect(due(), 'outside a slice nothing is due').to.equal(false);
  });

  it('answers in a task of its own when a check that fits in one slice still took a while: the render after it gets a task of its own', async () => {
    // One step, never paused: the check fits in one slice.
    function* oneStep(ms: number): Steps<string> {
      const until = performance.now() + ms;
      while (performance.now() < until);
      if (ms < 0) yield;
      return 'done';
    }
    expect(inSlices(oneStep(0)), 'quick: at once').to.equal('done');
    const ran = timerRan();
    const answer = inSlices(oneStep(SETTLE_MS + 5));
    expect(answer, `over ${SETTLE_MS} ms`).to.be.instanceOf(Promise);
    expect(await answer).to.equal('done');
    expect(ran(), 'a timer set before the check ran before its answer').to.equal(true);
    // Counted from `since`: parsing before the check counts too.
    expect(inSlices(oneStep(0), performance.now() - SETTLE_MS - 1)).to.be.instanceOf(Promise);
  });

  it('gives the same manifest in slices as at once, and a frozen copy without prototypes', async () => {
    const manifest = large();
    // A slice that began long ago is over at once: every array item is a pause.
    const answer = inSlices(guardSteps(manifest), performance.now() - 1000);
    expect(answer).to.be.instanceOf(Promise);
    const sliced = (await answer)!;
    same(sliced, finish(guardSteps(manifest)));
    expect(Object.isFrozen(sliced.cookies!.categories![499].items![39])).to.equal(true);
    expect(Object.getPrototypeOf(sliced.cookies!.categories![499])).to.equal(null);
    const full = (await inSlices(validationSteps(manifest), performance.now() - 1000)) as Validation;
    expect(full.ok).to.equal(true);
  });

  it('answers at once when asked to, however long the check (a server-rendered element hydrates with it; see test/ssr)', () => {
    const manifest = large();
    // A slice that began long ago: without atOnce the answer would come in later tasks.
    expect(checkValue(manifest, performance.now() - 1000)).to.be.instanceOf(Promise);
    const now = checkValue(manifest, performance.now() - 1000, true) as Validation;
    expect(now).to.not.be.instanceOf(Promise);
    expect(now.ok).to.equal(true);
  });

  it('checks what a page changes between slices, and what it changes after is not used', async () => {
    const manifest = large();
    const answer = inSlices(validationSteps(manifest), performance.now() - 1000) as Promise<Validation>;
    expect(answer).to.be.instanceOf(Promise);
    // Not read yet: the check sees the new value, and refuses it.
    (manifest.cookies.categories[499] as Record<string, unknown>).name = 42;
    const result = await answer;
    expect(result.ok).to.equal(false);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['$.cookies.categories[499].name']);

    const again = large();
    const ok = inSlices(guardSteps(again), performance.now() - 1000) as Promise<unknown>;
    const copy = (await ok) as ReturnType<typeof large>;
    again.cookies.categories[0].necessary = false as unknown as true;
    expect(copy.cookies.categories[0].necessary).to.equal(true);
  });

  it('reports the first problems of a manifest with 100,000 unknown keys, and counts the rest, in slices', async () => {
    const manifest: Record<string, unknown> = { ...minimalManifest };
    for (let i = 0; i < 100_000; i++) manifest[`k${i}`] = i;
    const ran = timerRan();
    const result = await checkValue(manifest, performance.now() - 1000);
    expect(ran(), 'the page ran while the manifest was checked').to.equal(true);
    expect(result.ok).to.equal(false);
    expect(result.issues).to.have.length(MAX_REPORTED);
    expect(result.issues[0].path).to.equal('$.k0');
    expect(result.ok || result.omitted).to.equal(100_000 - MAX_REPORTED);
  });
});

describe('a manifest text over LARGE_JSON', () => {
  const text = JSON.stringify(large());

  it('is parsed and checked in slices, to the same manifest as a short one', async () => {
    expect(text.length).to.be.above(LARGE_JSON);
    const ran = timerRan();
    const answer = readJson(text);
    expect(answer).to.be.instanceOf(Promise);
    const result = await answer;
    expect(ran()).to.equal(true);
    expect(result.ok).to.equal(true);
    same(result.ok && result.manifest, (validateManifest(JSON.parse(text)) as { manifest: unknown }).manifest);
  });

  it('that breaks the grammar is reported with the line and column the validator gives', async () => {
    const broken = `${text.slice(0, -1)}\n]`;
    const result = await readJson(broken);
    const expected = parseManifest(broken);
    expect(result.ok).to.equal(false);
    expect(result.ok || result.unreadable).to.equal(true);
    const where = (v: Validation) => /at line \d+, column \d+/.exec(v.issues[0].message)?.[0];
    expect(where(result)).to.equal('at line 2, column 1');
    expect(where(result)).to.equal(where(expected));
    expect(result.issues[0].message).to.contain('unexpected "]"');
  });

  it('of unknown keys reports the first problems and a count', async () => {
    const manifest: Record<string, unknown> = { ...minimalManifest };
    for (let i = 0; i < 30_000; i++) manifest[`key_${i}`] = 'x'.repeat(10);
    const result = await readJson(JSON.stringify(manifest));
    expect(result.ok).to.equal(false);
    expect(result.issues).to.have.length(MAX_REPORTED);
    expect(result.ok || result.omitted).to.equal(30_000 - MAX_REPORTED);
  });
});

describe('a manifest fetched in pieces', () => {
  it('is decoded as it arrives, a character split between two pieces and a byte order mark included', async () => {
    const name = 'Café Ωmega 東京 😀';
    const manifest = { ...minimalManifest, controller: { ...minimalManifest.controller, name } };
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(manifest)}`);
    // One byte per piece: every character of more than one byte is split.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const started = Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    const result = await loadManifest(`/in-pieces-${Math.random()}.json`, location.href, 10_000, started);
    expect(result.ok, JSON.stringify(result.issues)).to.equal(true);
    expect(result.ok && result.manifest.controller.name).to.equal(name);
  });

  it('handed over in many pieces that are all there at once, is still decoded a quarter of a megabyte per task', async () => {
    const piece = new TextEncoder().encode('x'.repeat(1 << 16));
    const pieces = 16; // a megabyte, read without waiting: each read answers at once
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < pieces; i++) controller.enqueue(piece);
        controller.close();
      },
    });
    let turns = 0;
    let stop = false;
    const tick = () => stop || (turns++, setTimeout(tick));
    setTimeout(tick);
    const text = await readText(new Response(body));
    stop = true;
    expect(text.length).to.equal(pieces << 16);
    expect(turns, 'the page ran between quarter megabytes').to.be.at.least((pieces << 16) / DECODED_PER_TASK - 1);
  });

  it('handed over in one piece of a megabyte, is decoded a quarter of a megabyte at a time without splitting a character', async () => {
    // 3-byte characters: of two cuts 262,144 bytes apart, at least one falls inside a character.
    const description = '東'.repeat(9000);
    const manifest = {
      ...minimalManifest,
      cookies: { categories: Array.from({ length: 40 }, (_, c) => ({ ...category(c), items: [], description })) },
    };
    const bytes = new TextEncoder().encode(JSON.stringify(manifest));
    expect(bytes.length).to.be.above(1_000_000);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const ran = timerRan();
    const started = Promise.resolve(new Response(body));
    const result = await loadManifest(`/one-piece-${Math.random()}.json`, location.href, 10_000, started);
    expect(ran()).to.equal(true);
    expect(result.ok, JSON.stringify(result.issues)).to.equal(true);
    const categories = result.ok ? result.manifest.cookies!.categories! : [];
    expect(categories.map((c) => c.description)).to.deep.equal(Array(40).fill(description));
  });
});
