import type { StorageItem } from '../core/manifest/schema.js';
import type { Text } from '../core/manifest/shape.js';
import type { storageStrings } from '../core/i18n/en/storage.js';
import type { commonStrings } from '../core/i18n/en/common.js';
import { formatLifetime } from '../core/i18n/time.js';

/** A storage item as table cells, for the banner and the summary alike: name (and kind), purpose (where, flags), lifetime, who sets it. */
export const storageRow = (
  item: StorageItem,
  text: (v: Text | undefined) => string,
  lang: string,
  c: typeof storageStrings & Pick<typeof commonStrings, 'listAnd'>,
): string[] => [
  `${item.name}${item.kind && item.kind !== 'cookie' ? ` (${c.kinds[item.kind]})` : ''}`,
  `${text(item.purpose)}${item.where ? ` (${text(item.where)})` : ''}${item.attributes ? ` [${item.attributes.join(', ')}]` : ''}`,
  formatLifetime(item.duration, lang, c),
  `${item.party === 'first' ? c.firstParty : c.thirdParty}${item.provider ? `: ${text(item.provider)}` : ''}`,
];
