import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateManifest, isSafeUrl } from '../../src/core/manifest/validate.js';
import { manifestShape } from '../../src/core/manifest/schema.js';
import type { Shape } from '../../src/core/manifest/shape.js';
import { hostileManifest } from './arbitraries.js';

/** Every string the shape marks as a URL, in an accepted manifest. */
function urlsIn(shape: Shape, value: unknown, out: string[] = []): string[] {
  if (shape.k === 'str' && shape.f === 'url' && typeof value === 'string') out.push(value);
  if (shape.k === 'arr' && Array.isArray(value)) value.forEach((v) => urlsIn(shape.of, v, out));
  if (shape.k === 'obj' && value && typeof value === 'object')
    for (const [k, s] of Object.entries(shape.p)) if (Object.hasOwn(value, k)) urlsIn(s, (value as Record<string, unknown>)[k], out);
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
          for (const url of urlsIn(manifestShape, result.manifest)) expect(isSafeUrl(url), url).to.equal(true);
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
});
