import type { commonStrings as english } from '../../en/common.js';

/** Polish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Wczytywanie polityki prywatności…',
  loadError:
    'Nie udało się wczytać polityki prywatności, dlatego nie możemy teraz zaproponować żadnych ustawień prywatności. Nie włączono niczego opcjonalnego.',
  invalidPolicy:
    'Polityka prywatności tej witryny zawiera błędy, dlatego nie możemy teraz zaproponować żadnych ustawień prywatności. Nie włączono niczego opcjonalnego.',
  close: 'Zamknij',
  policyLink: 'Przeczytaj pełną politykę prywatności',
  listAnd: ['pl', ' i ', ', ', ' i '],
};
