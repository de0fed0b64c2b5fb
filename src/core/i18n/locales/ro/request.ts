import type { requestStrings as english } from '../../en/request.js';

/** Romanian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Depuneți o cerere privind datele personale',
  requestTitle: 'Depuneți o cerere privind datele personale',
  requestChoose: 'Ce drept doriți să exercitați?',
  requestEmail: 'Adresa dumneavoastră de e-mail',
  requestDetails: 'Detalii (opțional)',
  requestSubmit: 'Trimiteți cererea',
  requestSending: 'Se trimite…',
  requestSent: (reference: string) =>
    `Cererea dumneavoastră a fost primită.${reference ? ` Număr de referință: ${reference}` : ''}`,
  requestByEmail: 'Scrieți un e-mail',
  requestSelfService: 'Rezolvați direct din contul dumneavoastră',
  requestDeadline: (date: string) => `Vă vom răspunde până la ${date}.`,
  requestNoIdentity: 'Pentru această cerere nu vi se vor cere documente de identitate.',
  requestRetry: 'Încercați din nou',
  requestFailed: (reason: string) =>
    `Cererea dumneavoastră nu a putut fi trimisă (${reason}). Nu s-a pierdut nimic din ce ați introdus: încercați din nou sau trimiteți-o prin e-mail.`,
  requestUncertain:
    'Nu am primit un răspuns la timp, așa că este posibil ca cererea dumneavoastră să nu fi ajuns. Nu s-a pierdut nimic din ce ați introdus: încercați din nou (nu va fi luată în calcul de două ori) sau trimiteți-o prin e-mail.',
  requestNetworkError: 'fără conexiune',
  requestServerError: (status: number) => `serverul a răspuns cu codul ${status}`,
  requestBadReply: 'răspunsul serverului nu a fost o confirmare',
  requestOptional: '(opțional)',
  requestNoMethod:
    'Această politică nu indică nicio modalitate de a face această cerere online. Folosiți datele de contact din politica de confidențialitate.',
  invalidEmail: 'Introduceți o adresă de e-mail, de exemplu name@example.com.',
  required: 'Acest câmp este obligatoriu.',
  back: 'Înapoi',
  requestObjectionTitle: 'Dreptul dumneavoastră la opoziție',
  requestOtherRights: 'Celelalte drepturi ale dumneavoastră',
  requestNoEmail: 'Această politică nu indică nicio adresă de e-mail pentru cereri.',
  requestNoRights: 'Această politică nu enumeră drepturi pe care le puteți solicita aici.',
  requestBody: (right: string) => `Doresc să îmi exercit dreptul: ${right}.`,
  requestFrom: (email: string) => `Adresa mea de e-mail: ${email}`,
};
