import type { storageStrings as english } from '../../en/storage.js';

/** Icelandic UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Fyrsti aðili',
  thirdParty: 'Þriðji aðili',
  session: 'Þar til þú lokar vafranum',
  unspecified: 'Ekki tilgreint í stefnunni',
  name: 'Heiti',
  purpose: 'Tilgangur',
  duration: 'Gildistími',
  provider: 'Sett af',
  necessaryCategory: 'Bráðnauðsynlegar',
  choiceCookie: 'Man val þitt um persónuvernd',
  durations: {
    lang: 'is',
    years: { other: '# ár' },
    months: { one: '# mánuður', other: '# mánuðir' },
    weeks: { one: '# vika', other: '# vikur' },
    days: { one: '# dagur', other: '# dagar' },
    hours: { one: '# klukkustund', other: '# klukkustundir' },
    minutes: { one: '# mínúta', other: '# mínútur' },
    seconds: { one: '# sekúnda', other: '# sekúndur' },
  },
  kinds: {
    localStorage: 'staðbundin geymsla',
    sessionStorage: 'lotugeymsla',
    indexedDB: 'IndexedDB',
    pixel: 'rakningarpixill',
    other: 'önnur geymsla',
  } as Record<string, string>,
};
