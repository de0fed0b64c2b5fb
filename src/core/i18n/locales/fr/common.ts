import type { commonStrings as english } from '../../en/common.js';

/** French UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Chargement de la politique de confidentialité…',
  loadError:
    'La politique de confidentialité n’a pas pu être chargée ; aucun choix de confidentialité ne peut donc être proposé pour le moment. Rien de facultatif n’a été activé.',
  invalidPolicy:
    'La politique de confidentialité de ce site contient des erreurs ; aucun choix de confidentialité ne peut donc être proposé pour le moment. Rien de facultatif n’a été activé.',
  close: 'Fermer',
  policyLink: 'Lire la politique de confidentialité complète',
  listAnd: ['fr', ' et ', ', ', ' et '],
};
