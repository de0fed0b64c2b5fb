import type { commonStrings as english } from '../../en/common.js';

/** Irish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'An polasaí príobháideachais á lódáil…',
  loadError:
    'Níorbh fhéidir an polasaí príobháideachais a lódáil, mar sin ní féidir roghanna príobháideachais a thairiscint faoi láthair. Níor cumasaíodh aon rud roghnach.',
  invalidPolicy:
    'Tá earráidí i bpolasaí príobháideachais an tsuímh seo, mar sin ní féidir roghanna príobháideachais a thairiscint faoi láthair. Níor cumasaíodh aon rud roghnach.',
  close: 'Dún',
  policyLink: 'Léigh an polasaí príobháideachais iomlán',
  listAnd: ['ga', ' agus ', ', ', ' agus '],
};
