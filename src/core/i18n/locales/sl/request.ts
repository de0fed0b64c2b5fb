import type { requestStrings as english } from '../../en/request.js';

/** Slovenian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Oddaj zahtevo glede zasebnosti',
  requestTitle: 'Oddaja zahteve glede zasebnosti',
  requestChoose: 'Katero pravico želite uveljaviti?',
  requestEmail: 'Vaš e-poštni naslov',
  requestDetails: 'Podrobnosti (neobvezno)',
  requestSubmit: 'Pošlji zahtevo',
  requestSending: 'Pošiljanje…',
  requestSent: (reference: string) =>
    `Vašo zahtevo smo prejeli.${reference ? ` Referenčna številka: ${reference}` : ''}`,
  requestByEmail: 'Napiši e-poštno sporočilo',
  requestSelfService: 'Uredi samostojno v svojem računu',
  requestDeadline: (date: string) => `Rok za naš odgovor: ${date}.`,
  requestNoIdentity: 'Za to zahtevo vas ne bomo prosili za osebne dokumente.',
  requestRetry: 'Poskusi znova',
  requestFailed: (reason: string) =>
    `Vaše zahteve ni bilo mogoče poslati (${reason}). Nič od vnesenega se ni izgubilo: poskusite znova ali zahtevo pošljite po e-pošti.`,
  requestUncertain:
    'Odgovora nismo prejeli pravočasno, zato vaša zahteva morda ni prispela. Nič od vnesenega se ni izgubilo: poskusite znova (zahteva ne bo šteta dvakrat) ali jo pošljite po e-pošti.',
  requestNetworkError: 'ni povezave',
  requestServerError: (status: number) => `strežnik je odgovoril s kodo ${status}`,
  requestBadReply: 'odgovor strežnika ni bil potrditev',
  requestOptional: '(neobvezno)',
  requestNoMethod:
    'Ta politika ne navaja načina za spletno oddajo te zahteve. Uporabite kontaktne podatke iz politike zasebnosti.',
  invalidEmail: 'Vnesite e-poštni naslov, na primer ime@example.com.',
  required: 'To polje je obvezno.',
  back: 'Nazaj',
  requestObjectionTitle: 'Vaša pravica do ugovora',
  requestOtherRights: 'Vaše druge pravice',
  requestNoEmail: 'Ta politika ne navaja e-poštnega naslova za zahteve.',
  requestNoRights: 'Ta politika ne navaja nobenih pravic, ki jih lahko tukaj uveljavite.',
  requestBody: (right: string) => `Želim uveljaviti svojo pravico: ${right}.`,
  requestFrom: (email: string) => `Moj e-poštni naslov: ${email}`,
};
