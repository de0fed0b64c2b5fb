import type { bannerStrings as english } from '../../en/banner.js';

/** Greek UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies σε αυτόν τον ιστότοπο',
  noticeText:
    'Αυτός ο ιστότοπος χρησιμοποιεί μόνο cookies και αποθήκευση που είναι απολύτως απαραίτητα για τη λειτουργία του. Δεν απαιτούν συγκατάθεση, οπότε δεν υπάρχει τίποτα να αποδεχτείτε ή να απορρίψετε.',
  cookieDetails: 'Λεπτομέρειες για τα cookies',
  acknowledge: 'Εντάξει',
  promptTitle: 'Οι επιλογές σας για το απόρρητο',
  promptText:
    'Χρησιμοποιούμε απολύτως απαραίτητα cookies για τη λειτουργία αυτού του ιστότοπου. Τίποτα προαιρετικό δεν χρησιμοποιείται μέχρι να επιλέξετε, και μπορείτε να αλλάξετε γνώμη οποιαδήποτε στιγμή.',
  promptPurposes: (purposes: string) => `Με την άδειά σας θα χρησιμοποιούσαμε επίσης cookies για: ${purposes}.`,
  promptRecipients: (recipients: string) => `Παραλήπτες των δεδομένων τους θα ήταν: ${recipients}.`,
  promptMore: 'Δείτε όλα τα cookies και ποιος λαμβάνει τα δεδομένα',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  customize: 'Προσαρμογή',
  reopen: 'Επιλογές απορρήτου',
  storageUnavailable:
    'Το πρόγραμμα περιήγησής σας αποκλείει τα cookies, οπότε αυτή η επιλογή ισχύει μόνο για αυτή τη σελίδα.',
};
