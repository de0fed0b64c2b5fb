import type { bannerStrings as english } from '../../en/banner.js';

/** Hungarian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Sütik ezen a webhelyen',
  noticeText:
    'Ez a webhely csak a működéséhez feltétlenül szükséges sütiket és tárolást használ. Ezekhez nem kell hozzájárulás, ezért nincs mit elfogadnia vagy elutasítania.',
  cookieDetails: 'A sütik részletei',
  acknowledge: 'Rendben',
  promptTitle: 'Az Ön adatvédelmi döntései',
  promptText:
    'A webhely működtetéséhez feltétlenül szükséges sütiket használunk. Semmi opcionálisat nem használunk, amíg Ön nem dönt, és döntését bármikor megváltoztathatja.',
  promptPurposes: (purposes: string) => `Az Ön engedélyével sütiket használnánk a következőkre is: ${purposes}.`,
  promptRecipients: (recipients: string) => `Az ezekből származó adatokat a következők kapnák meg: ${recipients}.`,
  promptMore: 'Az összes süti és az adatok címzettjeinek megtekintése',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  reopen: 'Adatvédelmi döntések',
  storageUnavailable: 'Böngészője letiltja a sütiket, ezért ez a döntés csak erre az oldalra vonatkozik.',
};
