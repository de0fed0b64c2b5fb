// Held embeds' code, loaded only on a page that has one (now or later): the gate that holds them
// and the placeholder shown in their place.
import { define } from '../../internal/define.js';
import { EmbedGate, embedProvider } from '../../core/consent/embeds.js';
import { embedCategories } from '../../core/consent/embed-selector.js';
import { categoriesOf } from '../../core/consent/record.js';
import { joinList } from '../../core/i18n/format.js';
import type { preferencesStrings } from '../../core/i18n/en/preferences.js';
import type { commonStrings } from '../../core/i18n/en/common.js';
import type { Manifest } from '../../core/manifest/schema.js';
import type { Text } from '../../core/manifest/shape.js';
import type { EmbedActions } from '../../controllers/consent-controller.js';
import { PrivacyEmbedPlaceholder } from './embed-placeholder.js';

define('privacy-embed-placeholder', PrivacyEmbedPlaceholder);

export { EmbedGate };

/** What a placeholder reads from the banner. */
export interface PlaceholderView {
  readonly catalog: typeof preferencesStrings & Pick<typeof commonStrings, 'listAnd'>;
  readonly lang: string;
  text(value: Text | undefined): string;
  readonly manifest: Manifest;
  readonly locked: readonly string[];
}

/**
 * The stand-in for a held embed: who serves it and for which purpose, "Load this once", and
 * "Always allow …" when its categories can be granted (all in the policy, optional, and not
 * locked by a privacy signal).
 */
export function placeholderFor(view: PlaceholderView, embed: HTMLElement, actions: EmbedActions): HTMLElement {
  const { catalog, lang } = view;
  const ids = embedCategories(embed);
  const found = ids.map((id) => categoriesOf(view.manifest).find((c) => c.id === id));
  const purpose = joinList(
    ids.map((id, i) => (found[i] ? view.text(found[i]!.name) : id)),
    lang,
    catalog.listAnd,
  );
  const placeholder = document.createElement('privacy-embed-placeholder') as PrivacyEmbedPlaceholder;
  placeholder.lang = lang;
  placeholder.message = catalog.embedHeld(embedProvider(embed), purpose);
  placeholder.loadLabel = catalog.embedLoadOnce;
  if (ids.length && found.every((c) => c && !c.necessary && !view.locked.includes(c.id)))
    placeholder.allowLabel = catalog.embedAlwaysAllow(purpose);
  placeholder.onLoad = actions.loadOnce;
  placeholder.onAllow = actions.allow;
  return placeholder;
}
