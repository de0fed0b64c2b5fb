import type { bannerStrings as english } from '../../en/banner.js';

/** Finnish UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Evästeet tällä sivustolla',
  noticeText:
    'Tämä sivusto käyttää vain evästeitä ja tallennustilaa, jotka ovat välttämättömiä sen toiminnalle. Ne eivät edellytä suostumusta, joten hyväksyttävää tai hylättävää ei ole.',
  cookieDetails: 'Evästeiden tiedot',
  acknowledge: 'OK',
  promptTitle: 'Tietosuojavalintasi',
  promptText:
    'Käytämme välttämättömiä evästeitä sivuston toimintaan. Mitään valinnaista ei käytetä ennen kuin teet valinnan, ja voit muuttaa mieltäsi milloin tahansa.',
  promptPurposes: (purposes: string) => `Luvallasi käyttäisimme evästeitä myös seuraaviin tarkoituksiin: ${purposes}.`,
  promptRecipients: (recipients: string) => `Niiden tiedot välitettäisiin seuraaville vastaanottajille: ${recipients}.`,
  promptMore: 'Näytä kaikki evästeet ja tietojen vastaanottajat',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  reopen: 'Tietosuojavalinnat',
  storageUnavailable: 'Selaimesi estää evästeet, joten tämä valinta koskee vain tätä sivua.',
};
