import type { requestStrings as english } from '../../en/request.js';

/** Lithuanian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Pateikti privatumo užklausą',
  requestTitle: 'Pateikti privatumo užklausą',
  requestChoose: 'Kuria teise norite pasinaudoti?',
  requestEmail: 'Jūsų el. pašto adresas',
  requestDetails: 'Išsamesnė informacija (neprivaloma)',
  requestSubmit: 'Siųsti užklausą',
  requestSending: 'Siunčiama…',
  requestSent: (reference: string) => `Jūsų užklausa gauta.${reference ? ` Nuorodos numeris: ${reference}` : ''}`,
  requestByEmail: 'Rašyti el. laišką',
  requestSelfService: 'Savitarna jūsų paskyroje',
  requestDeadline: (date: string) => `Atsakysime iki ${date}.`,
  requestNoIdentity: 'Teikiant šią užklausą jūsų neprašys pateikti asmens tapatybę patvirtinančių dokumentų.',
  requestRetry: 'Bandyti dar kartą',
  requestFailed: (reason: string) =>
    `Jūsų užklausos išsiųsti nepavyko (${reason}). Niekas, ką įvedėte, neprarasta: bandykite dar kartą arba išsiųskite ją el. paštu.`,
  requestUncertain:
    'Laiku negavome atsakymo, todėl jūsų užklausa galėjo nepasiekti adresato. Niekas, ką įvedėte, neprarasta: bandykite dar kartą (ji nebus įskaičiuota du kartus) arba išsiųskite ją el. paštu.',
  requestNetworkError: 'nėra ryšio',
  requestServerError: (status: number) => `serveris atsakė kodu ${status}`,
  requestBadReply: 'serverio atsakymas nebuvo patvirtinimas',
  requestOptional: '(neprivaloma)',
  requestNoMethod:
    'Šioje politikoje nenurodytas būdas pateikti šią užklausą internetu. Naudokitės privatumo politikoje nurodyta kontaktine informacija.',
  invalidEmail: 'Įveskite el. pašto adresą, pavyzdžiui, vardas@example.com.',
  required: 'Šį lauką būtina užpildyti.',
  back: 'Atgal',
  requestObjectionTitle: 'Jūsų teisė nesutikti',
  requestOtherRights: 'Kitos jūsų teisės',
  requestNoEmail: 'Šioje politikoje nenurodytas el. pašto adresas užklausoms.',
  requestNoRights: 'Šioje politikoje neišvardyta teisių, kuriomis galėtumėte pasinaudoti čia.',
  requestBody: (right: string) => `Noriu pasinaudoti savo teise: ${right}.`,
  requestFrom: (email: string) => `Mano el. pašto adresas: ${email}`,
};
