import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { guardManifest } from '../../../src/core/manifest/guard.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { hostileManifest, hostileTextManifest, hostileUrlManifest, richManifest } from '../../hostile/arbitraries.js';
import { loadSeed, SEEDS } from '../../fixtures.js';

/** What the production path keeps of the validator: its decision, never its words. */
describe('the production guard', () => {
  it('accepts and refuses exactly what the full validator does, on hostile and rich manifests (property-based)', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.oneof(hostileManifest, hostileTextManifest, hostileUrlManifest, fc.constant(richManifest)),
        (manifest) => {
          const full = validateManifest(manifest);
          const guarded = guardManifest(manifest);
          expect(guarded !== undefined, JSON.stringify(full.issues).slice(0, 300)).to.equal(full.ok);
          if (full.ok) expect(JSON.stringify(guarded)).to.equal(JSON.stringify(full.manifest));
          else refused++;
        },
      ),
      { numRuns: 500 },
    );
    expect(refused, 'some manifests were refused').to.be.greaterThan(50);
  });

  it('accepts each seed policy as the same frozen copy, on objects without a prototype', async () => {
    for (const seed of SEEDS) {
      const raw = await (await fetch(`/demo/policies/${seed}.json`)).json();
      const guarded = guardManifest(raw)!;
      expect(guarded, seed).to.exist;
      expect(JSON.stringify(guarded)).to.equal(JSON.stringify(await loadSeed(seed)));
      expect(Object.isFrozen(guarded) && Object.getPrototypeOf(guarded)).to.equal(null);
    }
  });

  it('never throws, whatever the value does when read', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(guardManifest(trap)).to.equal(undefined);
    expect(guardManifest(undefined)).to.equal(undefined);
    expect(validateManifest(trap).ok).to.equal(false);
  });
});
