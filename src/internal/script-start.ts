// What both script-tag builds do once they are evaluated: mount the banner
// unless the page has one (or says data-banner="off"), and apply the browser's
// privacy signals even when no element shows them.
import { emit } from './emit.js';
import { manifestFrom } from '../core/manifest/load.js';
import { pushConsentMode } from '../core/consent/consent-mode.js';
import { currentSignalDecision } from '../controllers/signals-controller.js';
import { pageConfig } from './config.js';
import { documentMethod, documentProperty } from './page-document.js';

/** Starts the page from the script tag's data attributes, now or when the document is parsed. */
export function startScriptTag(options: Readonly<Record<string, string | undefined>>): void {
  const bannerOff = options.banner === 'off';

  /** Tells the page what the signals mean under the policy; without a banner, also keeps Google's ad types denied. */
  async function applySignals(policy: string) {
    const result = await manifestFrom(policy, documentProperty('baseURI'));
    if (!result.ok) return; // every element on the page reports the problem itself
    const decision = currentSignalDecision(result.manifest, pageConfig.region);
    if (bannerOff)
      pushConsentMode(
        window as never,
        'update',
        Object.fromEntries(decision.deniedConsentModeTypes.map((t) => [t, 'denied'])),
      );
    emit(document, 'privacy-signal', decision);
  }

  function start() {
    if (!bannerOff && !documentMethod('querySelector')('privacy-banner')) {
      documentProperty('body')?.append(documentMethod('createElement')('privacy-banner'));
    }
    if (options.policy) void applySignals(options.policy);
  }

  if (documentProperty('readyState') === 'loading')
    documentMethod('addEventListener')('DOMContentLoaded', start, { once: true });
  else start();
}
