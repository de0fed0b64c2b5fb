import type { commonStrings as english } from '../../en/common.js';

/** Finnish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Ladataan tietosuojaselostetta…',
  loadError:
    'Tietosuojaselostetta ei voitu ladata, joten tietosuojavalintoja ei voida tarjota juuri nyt. Mitään valinnaista ei ole otettu käyttöön.',
  invalidPolicy:
    'Tämän sivuston tietosuojaselosteessa on virheitä, joten tietosuojavalintoja ei voida tarjota juuri nyt. Mitään valinnaista ei ole otettu käyttöön.',
  close: 'Sulje',
  policyLink: 'Lue koko tietosuojaseloste',
  listAnd: ['fi', ' ja ', ', ', ' ja '],
};
