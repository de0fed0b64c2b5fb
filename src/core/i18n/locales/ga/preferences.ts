import type { preferencesStrings as english } from '../../en/preferences.js';

/** Irish UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Socruithe príobháideachais',
  save: 'Sábháil roghanna',
  alwaysOn: 'Ar siúl i gcónaí',
  embedHeld: (provider: string, purpose: string) =>
    `Is ó ${provider} an t-ábhar seo. Má lódálann tú é, féadfaidh ${provider} fianáin a shocrú chun na críche seo: ${purpose}.`,
  embedLoadOnce: 'Lódáil an uair seo amháin',
  embedAlwaysAllow: (category: string) => `Ceadaigh i gcónaí: ${category}`,
  signalConflict:
    'Seolann do bhrabhsálaí comhartha príobháideachais a dhiúltaíonn do dhíol agus do chomhroinnt. Cloímid leis, mar sin fanann na catagóirí seo múchta fad is atá an comhartha ar siúl.',
};
