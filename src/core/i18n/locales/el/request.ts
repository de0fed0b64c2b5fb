import type { requestStrings as english } from '../../en/request.js';

/** Greek UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Υποβολή αιτήματος για τα δεδομένα σας',
  requestTitle: 'Υποβολή αιτήματος για τα δεδομένα σας',
  requestChoose: 'Ποιο δικαίωμα θέλετε να ασκήσετε;',
  requestEmail: 'Η διεύθυνση email σας',
  requestDetails: 'Λεπτομέρειες (προαιρετικά)',
  requestSubmit: 'Αποστολή αιτήματος',
  requestSending: 'Αποστολή…',
  requestSent: (reference: string) => `Το αίτημά σας ελήφθη.${reference ? ` Αριθμός αναφοράς: ${reference}` : ''}`,
  requestByEmail: 'Γράψτε ένα email',
  requestSelfService: 'Κάντε το απευθείας στον λογαριασμό σας',
  requestDeadline: (date: string) => `Προθεσμία απάντησής μας: ${date}.`,
  requestNoIdentity: 'Για αυτό το αίτημα δεν θα σας ζητηθούν έγγραφα ταυτοποίησης.',
  requestRetry: 'Δοκιμάστε ξανά',
  requestFailed: (reason: string) =>
    `Δεν ήταν δυνατή η αποστολή του αιτήματός σας (${reason}). Δεν χάθηκε τίποτα από όσα καταχωρίσατε: δοκιμάστε ξανά ή στείλτε το με email.`,
  requestUncertain:
    'Δεν λάβαμε απάντηση εγκαίρως, οπότε το αίτημά σας ίσως δεν έφτασε. Δεν χάθηκε τίποτα από όσα καταχωρίσατε: δοκιμάστε ξανά (δεν θα καταμετρηθεί δύο φορές) ή στείλτε το με email.',
  requestNetworkError: 'δεν υπάρχει σύνδεση',
  requestServerError: (status: number) => `ο διακομιστής απάντησε με κωδικό ${status}`,
  requestBadReply: 'η απάντηση του διακομιστή δεν ήταν επιβεβαίωση',
  requestOptional: '(προαιρετικό)',
  requestNoMethod:
    'Αυτή η πολιτική δεν αναφέρει τρόπο υποβολής αυτού του αιτήματος ηλεκτρονικά. Χρησιμοποιήστε τα στοιχεία επικοινωνίας της πολιτικής απορρήτου.',
  invalidEmail: 'Εισαγάγετε μια διεύθυνση email, όπως name@example.com.',
  required: 'Αυτό το πεδίο είναι υποχρεωτικό.',
  back: 'Πίσω',
  requestObjectionTitle: 'Το δικαίωμά σας να αντιταχθείτε',
  requestOtherRights: 'Τα άλλα δικαιώματά σας',
  requestNoEmail: 'Αυτή η πολιτική δεν αναφέρει διεύθυνση email για αιτήματα.',
  requestNoRights: 'Αυτή η πολιτική δεν αναφέρει δικαιώματα για τα οποία μπορείτε να υποβάλετε αίτημα εδώ.',
  requestBody: (right: string) => `Θα ήθελα να ασκήσω το δικαίωμά μου: ${right}.`,
  requestFrom: (email: string) => `Η διεύθυνση email μου: ${email}`,
};
