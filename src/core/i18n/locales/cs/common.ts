import type { commonStrings as english } from '../../en/common.js';

/** Czech UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Načítání zásad ochrany osobních údajů…',
  loadError:
    'Zásady ochrany osobních údajů se nepodařilo načíst, a proto teď nelze nabídnout žádné volby soukromí. Nic volitelného nebylo zapnuto.',
  invalidPolicy:
    'Zásady ochrany osobních údajů tohoto webu obsahují chyby, a proto teď nelze nabídnout žádné volby soukromí. Nic volitelného nebylo zapnuto.',
  close: 'Zavřít',
  policyLink: 'Přečíst celé zásady ochrany osobních údajů',
  listAnd: ['cs', ' a ', ', ', ' a '],
};
