import type { bannerStrings as english } from '../../en/banner.js';

/** Italian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookie su questo sito',
  noticeText:
    'Questo sito utilizza solo cookie e archiviazione strettamente necessari al suo funzionamento. Non richiedono il consenso, quindi non c’è nulla da accettare o rifiutare.',
  cookieDetails: 'Dettagli sui cookie',
  acknowledge: 'Ho capito',
  promptTitle: 'Le sue scelte sulla privacy',
  promptText:
    'Utilizziamo cookie strettamente necessari per il funzionamento di questo sito. Nulla di facoltativo viene utilizzato finché lei non sceglie, e può cambiare idea in qualsiasi momento.',
  promptPurposes: (purposes: string) => `Con la sua autorizzazione useremmo i cookie anche per: ${purposes}.`,
  promptRecipients: (recipients: string) => `I dati raccolti verrebbero inviati a: ${recipients}.`,
  promptMore: 'Vedi tutti i cookie e chi riceve i dati',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  reopen: 'Scelte sulla privacy',
  storageUnavailable: 'Il suo browser blocca i cookie, quindi questa scelta vale solo per questa pagina.',
};
