import type { preferencesStrings as english } from '../../en/preferences.js';

/** Latvian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Privātuma iestatījumi',
  save: 'Saglabāt izvēli',
  alwaysOn: 'Vienmēr ieslēgts',
  embedHeld: (provider: string, purpose: string) =>
    `Šis saturs ir no ${provider}. Ja to ielādēsiet, ${provider} varēs iestatīt sīkdatnes šādam nolūkam: ${purpose}.`,
  embedLoadOnce: 'Ielādēt tikai šoreiz',
  embedAlwaysAllow: (category: string) => `Vienmēr atļaut: ${category}`,
  signalConflict:
    'Jūsu pārlūkprogramma sūta privātuma signālu, kas atsakās no pārdošanas un kopīgošanas. Mēs to ievērojam, tāpēc šīs kategorijas paliek izslēgtas, kamēr signāls ir ieslēgts.',
};
