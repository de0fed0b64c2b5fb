import type { commonStrings as english } from '../../en/common.js';

/** Greek UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Φόρτωση της πολιτικής απορρήτου…',
  loadError:
    'Δεν ήταν δυνατή η φόρτωση της πολιτικής απορρήτου, οπότε αυτή τη στιγμή δεν μπορούν να προσφερθούν επιλογές απορρήτου. Δεν έχει ενεργοποιηθεί τίποτα προαιρετικό.',
  invalidPolicy:
    'Η πολιτική απορρήτου αυτού του ιστότοπου περιέχει σφάλματα, οπότε αυτή τη στιγμή δεν μπορούν να προσφερθούν επιλογές απορρήτου. Δεν έχει ενεργοποιηθεί τίποτα προαιρετικό.',
  close: 'Κλείσιμο',
  policyLink: 'Διαβάστε ολόκληρη την πολιτική απορρήτου',
  listAnd: ['el', ' και ', ', ', ' και '],
};
