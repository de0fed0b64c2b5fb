import type { preferencesStrings as english } from '../../en/preferences.js';

/** Slovenian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Nastavitve zasebnosti',
  save: 'Shrani izbiro',
  alwaysOn: 'Vedno vklopljeno',
  embedHeld: (provider: string, purpose: string) =>
    `Ta vsebina prihaja od ponudnika ${provider}. Če jo naložite, bo ponudnik ${provider} lahko nastavljal piškotke za te namene: ${purpose}.`,
  embedLoadOnce: 'Naloži samo tokrat',
  embedAlwaysAllow: (category: string) => `Vedno dovoli: ${category}`,
  signalConflict:
    'Vaš brskalnik pošilja signal zasebnosti, ki zavrača prodajo in deljenje. Upoštevamo ga, zato te kategorije ostanejo izklopljene, dokler je signal vklopljen.',
};
