import type { Manifest } from '../src/core/manifest/schema.js';

/** The smallest valid manifest; tests add what they need to a copy. */
export const minimalManifest: Manifest = {
  version: '1',
  effectiveDate: '2026-01-01',
  controller: { name: 'Example Ltd', email: 'privacy@example.com' },
};
