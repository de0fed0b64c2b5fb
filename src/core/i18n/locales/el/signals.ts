import type { signalsStrings as english } from '../../en/signals.js';

/** Greek UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Εντοπίστηκε το σήμα Global Privacy Control του προγράμματος περιήγησής σας και έγινε σεβαστό ως αίτημα εξαίρεσης από την πώληση και την κοινή χρήση.',
  gpcNotHonoured:
    'Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control. Αυτός ο ιστότοπος δεν ενεργεί βάσει αυτού.',
  gpcNothingToStop:
    'Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control. Αυτός ο ιστότοπος ούτε πωλεί ούτε μοιράζεται προσωπικές πληροφορίες, οπότε δεν υπάρχει κάτι από το οποίο να ζητηθεί εξαίρεση.',
  gpcOff: 'Το πρόγραμμα περιήγησής σας υποστηρίζει το Global Privacy Control, και το σήμα είναι απενεργοποιημένο.',
  dntHonoured:
    'Εντοπίστηκε το σήμα Do Not Track του προγράμματος περιήγησής σας και έγινε σεβαστό ως αίτημα εξαίρεσης από την πώληση, την κοινή χρήση και τη στοχευμένη διαφήμιση.',
  dntNotHonoured: 'Το πρόγραμμα περιήγησής σας στέλνει σήμα Do Not Track.',
  noSignal: 'Το πρόγραμμα περιήγησής σας δεν στέλνει κανένα σήμα απορρήτου.',
};
