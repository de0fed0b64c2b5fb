import type { commonStrings as english } from '../../en/common.js';

/** Estonian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Privaatsuspoliitika laadimine…',
  loadError:
    'Privaatsuspoliitikat ei õnnestunud laadida, seega ei saa praegu privaatsusvalikuid pakkuda. Midagi valikulist pole sisse lülitatud.',
  invalidPolicy:
    'Selle veebisaidi privaatsuspoliitikas on vigu, seega ei saa praegu privaatsusvalikuid pakkuda. Midagi valikulist pole sisse lülitatud.',
  close: 'Sulge',
  policyLink: 'Lugege kogu privaatsuspoliitikat',
  listAnd: ['et', ' ja ', ', ', ' ja '],
};
