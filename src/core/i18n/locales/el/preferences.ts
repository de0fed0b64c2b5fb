import type { preferencesStrings as english } from '../../en/preferences.js';

/** Greek UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Προτιμήσεις απορρήτου',
  save: 'Αποθήκευση επιλογών',
  alwaysOn: 'Πάντα ενεργά',
  embedHeld: (provider: string, purpose: string) =>
    `Αυτό το περιεχόμενο προέρχεται από την υπηρεσία ${provider}. Αν το φορτώσετε, η υπηρεσία ${provider} θα μπορεί να ορίσει cookies για: ${purpose}.`,
  embedLoadOnce: 'Φόρτωση μόνο αυτή τη φορά',
  embedAlwaysAllow: (category: string) => `Να επιτρέπεται πάντα: ${category}`,
  signalConflict:
    'Το πρόγραμμα περιήγησής σας στέλνει ένα σήμα απορρήτου που ζητά εξαίρεση από την πώληση και την κοινή χρήση δεδομένων. Το σεβόμαστε, οπότε αυτές οι κατηγορίες παραμένουν απενεργοποιημένες όσο το σήμα είναι ενεργό.',
};
