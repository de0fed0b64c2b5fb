import type { rightsStrings as english } from '../../en/rights.js';

/** Romanian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Deschideți formularul de cerere',
  requestAnyAuthority:
    'Puteți depune o plângere la autoritatea de protecție a datelor din locul în care locuiți, în care lucrați sau în care considerați că v-au fost încălcate drepturile.',
  rights: {
    access: [
      'Dreptul de acces',
      'Aflați ce date cu caracter personal deținem despre dumneavoastră și obțineți o copie.',
    ],
    rectification: ['Dreptul la rectificare', 'Cereți corectarea datelor inexacte sau completarea celor incomplete.'],
    erasure: ['Dreptul la ștergerea datelor', 'Cereți ștergerea datelor dumneavoastră cu caracter personal.'],
    restriction: [
      'Dreptul la restricționarea prelucrării',
      'Cereți-ne să vă păstrăm datele, dar să nu le mai folosim deocamdată.',
    ],
    portability: [
      'Dreptul la portabilitatea datelor',
      'Primiți datele într-un format care poate fi citit automat, pentru a le transfera în altă parte.',
    ],
    objection: [
      'Dreptul la opoziție',
      'Opuneți-vă utilizărilor bazate pe interesele noastre legitime sau marketingului direct.',
    ],
    'withdraw-consent': [
      'Dreptul de a retrage consimțământul',
      'Retrageți consimțământul acordat, la fel de ușor cum l-ați acordat.',
    ],
    'automated-decisions': [
      'Dreptul de a nu face obiectul unui proces decizional automatizat',
      'Să nu faceți obiectul unor decizii luate exclusiv de un sistem automat.',
    ],
    complaint: [
      'Dreptul de a depune o plângere la o autoritate de supraveghere',
      'Depuneți o plângere la o autoritate de protecție a datelor.',
    ],
    know: ['Dreptul de a ști', 'Aflați ce informații personale colectăm, folosim și divulgăm.'],
    'opt-out-sale': [
      'Dreptul de a refuza vânzarea/partajarea',
      'Opriți vânzarea sau partajarea informațiilor dumneavoastră personale.',
    ],
    'limit-sensitive': [
      'Dreptul de a limita utilizarea și divulgarea informațiilor personale sensibile',
      'Limitați modul în care folosim informațiile personale sensibile.',
    ],
    'non-discrimination': ['Dreptul la nediscriminare', 'Nu vă vom trata diferit pentru că vă exercitați drepturile.'],
    'opt-out-marketing': ['Oprirea mesajelor de marketing', 'Dezabonați-vă de la comunicările neesențiale.'],
  },
  dates: {
    lang: 'ro',
    months: [
      '{d} ianuarie {y}',
      '{d} februarie {y}',
      '{d} martie {y}',
      '{d} aprilie {y}',
      '{d} mai {y}',
      '{d} iunie {y}',
      '{d} iulie {y}',
      '{d} august {y}',
      '{d} septembrie {y}',
      '{d} octombrie {y}',
      '{d} noiembrie {y}',
      '{d} decembrie {y}',
    ],
  },
};
