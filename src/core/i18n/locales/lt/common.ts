import type { commonStrings as english } from '../../en/common.js';

/** Lithuanian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Įkeliama privatumo politika…',
  loadError:
    'Nepavyko įkelti privatumo politikos, todėl šiuo metu negalime pasiūlyti privatumo pasirinkimų. Niekas, kas neprivaloma, nebuvo įjungta.',
  invalidPolicy:
    'Šios svetainės privatumo politikoje yra klaidų, todėl šiuo metu negalime pasiūlyti privatumo pasirinkimų. Niekas, kas neprivaloma, nebuvo įjungta.',
  close: 'Uždaryti',
  policyLink: 'Skaityti visą privatumo politiką',
  listAnd: ['lt', ' ir ', ', ', ' ir '],
};
