import type { commonStrings as english } from '../../en/common.js';

/** German UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Datenschutzerklärung wird geladen…',
  loadError:
    'Die Datenschutzerklärung konnte nicht geladen werden, daher können derzeit keine Datenschutzeinstellungen angeboten werden. Nichts Optionales wurde aktiviert.',
  invalidPolicy:
    'Die Datenschutzerklärung dieser Website enthält Fehler, daher können derzeit keine Datenschutzeinstellungen angeboten werden. Nichts Optionales wurde aktiviert.',
  close: 'Schließen',
  policyLink: 'Vollständige Datenschutzerklärung lesen',
  listAnd: ['de', ' und ', ', ', ' und '],
};
