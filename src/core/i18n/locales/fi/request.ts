import type { requestStrings as english } from '../../en/request.js';

/** Finnish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Tee tietosuojapyyntö',
  requestTitle: 'Tee tietosuojapyyntö',
  requestChoose: 'Mitä oikeuttasi haluat käyttää?',
  requestEmail: 'Sähköpostiosoitteesi',
  requestDetails: 'Lisätiedot (valinnainen)',
  requestSubmit: 'Lähetä pyyntö',
  requestSending: 'Lähetetään…',
  requestSent: (reference: string) => `Pyyntösi on vastaanotettu.${reference ? ` Viite: ${reference}` : ''}`,
  requestByEmail: 'Kirjoita sähköposti',
  requestSelfService: 'Tee se itse tililläsi',
  requestDeadline: (date: string) => `Vastaamme viimeistään ${date}.`,
  requestNoIdentity: 'Sinulta ei pyydetä henkilöllisyysasiakirjoja tätä pyyntöä varten.',
  requestRetry: 'Yritä uudelleen',
  requestFailed: (reason: string) =>
    `Pyyntöäsi ei voitu lähettää (${reason}). Mitään syöttämääsi ei menetetty: yritä uudelleen tai lähetä pyyntö sähköpostilla.`,
  requestUncertain:
    'Emme saaneet vastausta ajoissa, joten pyyntösi ei ehkä mennyt perille. Mitään syöttämääsi ei menetetty: yritä uudelleen (pyyntöä ei lasketa kahdesti) tai lähetä se sähköpostilla.',
  requestNetworkError: 'ei yhteyttä',
  requestServerError: (status: number) => `palvelin vastasi koodilla ${status}`,
  requestBadReply: 'palvelimen vastaus ei ollut vahvistus',
  requestOptional: '(valinnainen)',
  requestNoMethod:
    'Tässä selosteessa ei mainita tapaa tehdä tätä pyyntöä verkossa. Käytä tietosuojaselosteen yhteystietoja.',
  invalidEmail: 'Anna sähköpostiosoite, esimerkiksi nimi@example.com.',
  required: 'Tämä kenttä on pakollinen.',
  back: 'Takaisin',
  requestObjectionTitle: 'Oikeutesi vastustaa käsittelyä',
  requestOtherRights: 'Muut oikeutesi',
  requestNoEmail: 'Tässä selosteessa ei mainita sähköpostiosoitetta pyyntöjä varten.',
  requestNoRights: 'Tässä selosteessa ei luetella oikeuksia, joita voit käyttää täällä.',
  requestBody: (right: string) => `Haluan käyttää oikeuttani: ${right}.`,
  requestFrom: (email: string) => `Sähköpostiosoitteeni: ${email}`,
};
