import type { requestStrings as english } from '../../en/request.js';

/** Estonian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Esita andmekaitsetaotlus',
  requestTitle: 'Andmekaitsetaotluse esitamine',
  requestChoose: 'Millist õigust soovite kasutada?',
  requestEmail: 'Teie e-posti aadress',
  requestDetails: 'Üksikasjad (valikuline)',
  requestSubmit: 'Saada taotlus',
  requestSending: 'Saatmine…',
  requestSent: (reference: string) => `Teie taotlus on kätte saadud.${reference ? ` Viitenumber: ${reference}` : ''}`,
  requestByEmail: 'Kirjuta e-kiri',
  requestSelfService: 'Iseteenindus teie kontol',
  requestDeadline: (date: string) => `Vastame hiljemalt ${date}.`,
  requestNoIdentity: 'Selle taotluse puhul ei küsita teilt isikut tõendavaid dokumente.',
  requestRetry: 'Proovi uuesti',
  requestFailed: (reason: string) =>
    `Teie taotlust ei õnnestunud saata (${reason}). Midagi sisestatust ei läinud kaduma: proovige uuesti või saatke see e-postiga.`,
  requestUncertain:
    'Me ei saanud õigel ajal vastust, seega ei pruukinud teie taotlus kohale jõuda. Midagi sisestatust ei läinud kaduma: proovige uuesti (seda ei arvestata kaks korda) või saatke see e-postiga.',
  requestNetworkError: 'ühendus puudub',
  requestServerError: (status: number) => `server vastas koodiga ${status}`,
  requestBadReply: 'serveri vastus ei olnud kinnitus',
  requestOptional: '(valikuline)',
  requestNoMethod:
    'Selles poliitikas pole nimetatud võimalust seda taotlust veebis esitada. Kasutage privaatsuspoliitikas toodud kontaktandmeid.',
  invalidEmail: 'Sisestage e-posti aadress, näiteks nimi@example.com.',
  required: 'See väli on kohustuslik.',
  back: 'Tagasi',
  requestObjectionTitle: 'Teie õigus esitada vastuväiteid',
  requestOtherRights: 'Teie muud õigused',
  requestNoEmail: 'Selles poliitikas pole nimetatud e-posti aadressi taotluste jaoks.',
  requestNoRights: 'Selles poliitikas pole loetletud õigusi, mida saaksite siin kasutada.',
  requestBody: (right: string) => `Soovin kasutada oma õigust: ${right}.`,
  requestFrom: (email: string) => `Minu e-posti aadress: ${email}`,
};
