import type { Manifest } from '../manifest/schema.js';

/** The `/.well-known/gpc.json` object: whether the site honours GPC, as of the policy's last update (else its effective date). */
export const gpcJson = (manifest: Manifest) => ({
  gpc: manifest.signals?.gpc?.honoured === true,
  lastUpdate: manifest.lastUpdated ?? manifest.effectiveDate,
});
