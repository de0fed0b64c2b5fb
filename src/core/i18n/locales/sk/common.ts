import type { commonStrings as english } from '../../en/common.js';

/** Slovak UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Načítavajú sa zásady ochrany osobných údajov…',
  loadError:
    'Zásady ochrany osobných údajov sa nepodarilo načítať, preto teraz nie je možné ponúknuť žiadne voľby súkromia. Nič voliteľné nebolo zapnuté.',
  invalidPolicy:
    'Zásady ochrany osobných údajov tejto webovej stránky obsahujú chyby, preto teraz nie je možné ponúknuť žiadne voľby súkromia. Nič voliteľné nebolo zapnuté.',
  close: 'Zavrieť',
  policyLink: 'Prečítať si celé zásady ochrany osobných údajov',
  listAnd: ['sk', ' a ', ', ', ' a '],
};
