import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const under = (age: number) => plural('el', age, { one: `κάτω του ${age} έτους`, other: `κάτω των ${age} ετών` });

/** Greek UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Το απόρρητο με μια ματιά',
  effective: (date: string, version: string, updated?: string) =>
    `Ισχύει από ${date}, έκδοση ${version}${updated ? `. Τελευταία ενημέρωση: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Τελευταία ενημέρωση: ${date}, έκδοση ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `θέμα: «${subject}»`,
  optional: 'προαιρετικό',
  sensitive: 'ευαίσθητο',
  sources: { provided: 'παρέχονται από εσάς', automatic: 'συλλέγονται αυτόματα', 'third-party': 'από τρίτους' },
  dpa: 'Δεσμεύεται από σύμβαση επεξεργασίας δεδομένων',
  labelCollected: 'Τι συλλέγουμε',
  labelPurposes: 'Για ποιο σκοπό',
  labelShared: 'Πώληση ή κοινή χρήση',
  labelKept: 'Για πόσο καιρό',
  notSold: 'Δεν πωλούνται και δεν μοιράζονται ποτέ',
  sold: 'Ναι, δείτε ποιος τα λαμβάνει',
  type: 'Δεδομένα',
  storage: 'Αποθήκευση και προστασία',
  legalBasis: 'Νομική βάση',
  recipient: 'Αποδέκτης',
  location: 'Τοποθεσία',
  howLong: 'Διατήρηση',
  after: (period: string, event: string) => `${period} μετά από ${event}`,
  until: (event: string) => `Μέχρι ${event}`,
  indefinite: 'Επ’ αόριστον',
  minimumAge: (age: number) => `Δεν απευθύνεται σε παιδιά ${under(age)}.`,
  ageIn: (region: string, age: number) => `${region}: ${under(age)}.`,
  breachWithin: (window: string) => `Οι παραβιάσεις που σας αφορούν γνωστοποιούνται μέσα σε ${window}.`,
  noticeBefore: (period: string) => `Οι ουσιώδεις αλλαγές ανακοινώνονται τουλάχιστον ${period} νωρίτερα.`,
  answerWithin: (period: string) => `Απαντάμε μέσα σε ${period}.`,
  how: 'Τρόπος',
  extension: (period: string) => `Η προθεσμία μπορεί να παραταθεί κατά ${period}.`,
  requestOnline: 'Η φόρμα αιτήματος σε αυτόν τον ιστότοπο',
  dpo: 'Υπεύθυνος προστασίας δεδομένων',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Πωλούμε προσωπικές πληροφορίες και τις μοιραζόμαστε για διαφήμιση με βάση τη συμπεριφορά σε άλλους ιστότοπους και υπηρεσίες.'
      : sells
        ? 'Πωλούμε προσωπικές πληροφορίες.'
        : shares
          ? 'Μοιραζόμαστε προσωπικές πληροφορίες για διαφήμιση με βάση τη συμπεριφορά σε άλλους ιστότοπους και υπηρεσίες.'
          : 'Δεν πωλούμε ούτε μοιραζόμαστε τις προσωπικές πληροφορίες σας.') as typeof english.sale,
  usedFor: (uses: string) => `Χρησιμοποιούνται για: ${uses}`,
  uses: {
    sale: 'πώληση προσωπικών πληροφοριών',
    sharing: 'κοινή χρήση για διαφήμιση με βάση τη συμπεριφορά σε άλλους ιστότοπους και υπηρεσίες',
    'targeted-advertising': 'στοχευμένη διαφήμιση',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Τηρείται',
  honouredNo: 'Δεν τηρείται',
  roles: {
    processor: 'Εκτελών την επεξεργασία',
    controller: 'Ανεξάρτητος υπεύθυνος επεξεργασίας',
    'third-party': 'Τρίτος',
    'user-chosen': 'Επιλογή σας',
  },
  sections: {
    about: 'Ποιοι είμαστε',
    collected: 'Δεδομένα που συλλέγουμε',
    notCollected: 'Δεδομένα που δεν συλλέγουμε',
    purposes: 'Γιατί τα χρησιμοποιούμε',
    storage: 'Πού αποθηκεύονται',
    recipients: 'Ποιος τα λαμβάνει',
    retention: 'Πόσο καιρό τα διατηρούμε',
    cookies: 'Cookies και αποθήκευση',
    security: 'Ασφάλεια',
    transfers: 'Διεθνείς διαβιβάσεις',
    signals: 'Σήματα απορρήτου',
    children: 'Παιδιά',
    changes: 'Αλλαγές και παραβιάσεις',
    rights: 'Τα δικαιώματά σας',
    contact: 'Επικοινωνία',
    commitments: 'Τι δεν κάνουμε ποτέ',
    notes: 'Περισσότερα',
  },
  legalBases: {
    consent: 'Η συγκατάθεσή σας',
    contract: 'Απαραίτητο για τη σύμβασή μας μαζί σας',
    'legal-obligation': 'Απαιτείται από τον νόμο',
    'vital-interests': 'Για την προστασία της ζωής κάποιου',
    'public-task': 'Καθήκον που εκτελείται προς το δημόσιο συμφέρον',
    'legitimate-interests': 'Τα έννομα συμφέροντά μας',
  },
};
