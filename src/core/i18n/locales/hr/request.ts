import type { requestStrings as english } from '../../en/request.js';

/** Croatian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Podnesi zahtjev u vezi s privatnošću',
  requestTitle: 'Podnošenje zahtjeva u vezi s privatnošću',
  requestChoose: 'Koje pravo želite ostvariti?',
  requestEmail: 'Vaša adresa e-pošte',
  requestDetails: 'Pojedinosti (neobavezno)',
  requestSubmit: 'Pošalji zahtjev',
  requestSending: 'Slanje…',
  requestSent: (reference: string) => `Vaš je zahtjev zaprimljen.${reference ? ` Referentni broj: ${reference}` : ''}`,
  requestByEmail: 'Napiši e-poruku',
  requestSelfService: 'Riješi samostalno u svom računu',
  // The Croatian long date already ends with a full stop ("1. siječnja 2025.").
  requestDeadline: (date: string) => `Odgovorit ćemo do ${date}`,
  requestNoIdentity: 'Za ovaj zahtjev nećemo od vas tražiti identifikacijske isprave.',
  requestRetry: 'Pokušaj ponovno',
  requestFailed: (reason: string) =>
    `Vaš zahtjev nije moguće poslati (${reason}). Ništa od unesenoga nije izgubljeno: pokušajte ponovno ili zahtjev pošaljite e-poštom.`,
  requestUncertain:
    'Odgovor nismo primili na vrijeme, pa vaš zahtjev možda nije stigao. Ništa od unesenoga nije izgubljeno: pokušajte ponovno (zahtjev se neće računati dvaput) ili ga pošaljite e-poštom.',
  requestNetworkError: 'nema veze',
  requestServerError: (status: number) => `poslužitelj je odgovorio kodom ${status}`,
  requestBadReply: 'odgovor poslužitelja nije bio potvrda',
  requestOptional: '(neobavezno)',
  requestNoMethod:
    'Ova politika ne navodi način za podnošenje ovog zahtjeva putem interneta. Upotrijebite kontaktne podatke iz politike privatnosti.',
  invalidEmail: 'Unesite adresu e-pošte, npr. ime@example.com.',
  required: 'Ovo je polje obavezno.',
  back: 'Natrag',
  requestObjectionTitle: 'Vaše pravo na prigovor',
  requestOtherRights: 'Vaša ostala prava',
  requestNoEmail: 'Ova politika ne navodi adresu e-pošte za zahtjeve.',
  requestNoRights: 'Ova politika ne navodi prava koja ovdje možete ostvariti.',
  requestBody: (right: string) => `Želim ostvariti svoje pravo: ${right}.`,
  requestFrom: (email: string) => `Moja adresa e-pošte: ${email}`,
};
