import type { commonStrings as english } from '../../en/common.js';

/** Polish UI strings: what every element says while its policy loads or when it cannot be used, and its close button. */
export const commonStrings: typeof english = {
  loading: 'Wczytywanie polityki prywatności…',
  loadError:
    'Nie udało się wczytać polityki prywatności, dlatego nie możemy teraz zaproponować żadnych ustawień prywatności. Nie włączono niczego opcjonalnego.',
  invalidPolicy:
    'Polityka prywatności tej witryny zawiera błędy, dlatego nie możemy teraz zaproponować żadnych ustawień prywatności. Nie włączono niczego opcjonalnego.',
  close: 'Zamknij',
};
