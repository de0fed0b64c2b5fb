import type { commonStrings as english } from '../../en/common.js';

/** Hungarian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Az adatvédelmi tájékoztató betöltése…',
  loadError:
    'Az adatvédelmi tájékoztatót nem sikerült betölteni, ezért most nem lehet adatvédelmi döntéseket felkínálni. Semmi opcionális nem lett bekapcsolva.',
  invalidPolicy:
    'A webhely adatvédelmi tájékoztatója hibás, ezért most nem lehet adatvédelmi döntéseket felkínálni. Semmi opcionális nem lett bekapcsolva.',
  close: 'Bezárás',
  policyLink: 'A teljes adatvédelmi tájékoztató elolvasása',
  listAnd: ['hu', ' és ', ', ', ' és '],
};
