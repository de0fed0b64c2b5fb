import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { manifestShape } from '../../src/core/manifest/schema.js';
import type { Shape } from '../../src/core/manifest/shape.js';
import { hostileManifest, hostileUrlManifest } from './arbitraries.js';

/**
 * What a safe link is, judged apart from the validator: no whitespace and none of < > " ` \ anywhere,
 * and a scheme, if any, of http, https or mailto, read as the browser reads it (after the C0 controls
 * and spaces it strips from the start). Anything without a scheme is relative.
 */
function safeLink(url: string): boolean {
  if (/[\s<>"`\\]/.test(url)) return false;
  // eslint-disable-next-line no-control-regex -- URL parsing strips leading C0 controls and spaces, as this mirrors
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/^[\u0000-\u0020]+/, ''));
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

/** Every string the shape marks as a URL, in an accepted manifest. */
function urlsIn(shape: Shape, value: unknown, out: string[] = []): string[] {
  if (shape.k === 'str' && shape.f === 'url' && typeof value === 'string') out.push(value);
  if (shape.k === 'arr' && Array.isArray(value)) value.forEach((v) => urlsIn(shape.of, v, out));
  if (shape.k === 'obj' && value && typeof value === 'object')
    for (const [k, s] of Object.entries(shape.p))
      if (Object.hasOwn(value, k)) urlsIn(s, (value as Record<string, unknown>)[k], out);
  return out;
}

describe('the validator under hostile input (property-based)', () => {
  it('never throws, locates every problem with a JSON path, accepts no unsafe URL, and leaves Object.prototype alone', () => {
    let invalid = 0;
    fc.assert(
      fc.property(hostileManifest, (manifest) => {
        const result = validateManifest(manifest);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.keys(Object.prototype)).to.deep.equal([]);
        if (result.ok) {
          for (const url of urlsIn(manifestShape, result.manifest))
            expect(safeLink(url), JSON.stringify(url)).to.equal(true);
          return;
        }
        invalid++;
        expect(result.issues.length).to.be.greaterThan(0);
        for (const issue of result.issues) {
          expect(issue.path).to.match(/^\$/);
          expect(issue.message).to.be.a('string').and.not.equal('');
        }
      }),
      { numRuns: 600 },
    );
    expect(invalid, 'most generated manifests should be invalid').to.be.greaterThan(300);
  });

  it('accepts no unsafe URL in a URL field, and does accept the safe ones', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostileUrlManifest, (manifest) => {
        const result = validateManifest(manifest);
        if (!result.ok) return void refused++;
        accepted++;
        for (const url of urlsIn(manifestShape, result.manifest))
          expect(safeLink(url), JSON.stringify(url)).to.equal(true);
      }),
      { numRuns: 600 },
    );
    expect(
      [accepted, refused].every((n) => n > 100),
      `${accepted} accepted, ${refused} refused`,
    ).to.equal(true);
  });

  it('judges links apart from the validator', () => {
    for (const url of [
      'https://example.com/privacy',
      'HTTP://example.com',
      'mailto:dpo@example.com',
      '/privacy',
      'privacy.html#rights',
      '//example.com/a',
      '?q=1',
    ])
      expect(safeLink(url), url).to.equal(true);
    for (const url of [
      'javascript:alert(1)',
      '\u0001javascript:alert(1)',
      ' JaVaScRiPt:x',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '/a b',
      '/a"b',
      '/a<b',
      '/a`b',
      '/a\\b',
    ])
      expect(safeLink(url), JSON.stringify(url)).to.equal(false);
  });
});
