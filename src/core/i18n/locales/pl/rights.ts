import type { rightsStrings as english } from '../../en/rights.js';

/** Polish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Otwórz formularz wniosku',
  requestAnyAuthority:
    'Możesz wnieść skargę do organu ochrony danych w miejscu swojego zamieszkania, w miejscu pracy lub tam, gdzie Twoim zdaniem naruszono Twoje prawa.',
  rights: {
    access: ['Prawo dostępu', 'Sprawdź, jakie dane osobowe na Twój temat przechowujemy, i otrzymaj ich kopię.'],
    rectification: [
      'Prawo do sprostowania danych',
      'Zażądaj poprawienia nieprawidłowych lub uzupełnienia niekompletnych danych.',
    ],
    erasure: ['Prawo do usunięcia danych', 'Zażądaj usunięcia swoich danych osobowych.'],
    restriction: [
      'Prawo do ograniczenia przetwarzania',
      'Poproś, abyśmy przechowywali Twoje dane, ale na razie przestali z nich korzystać.',
    ],
    portability: [
      'Prawo do przenoszenia danych',
      'Otrzymaj swoje dane w formacie nadającym się do odczytu maszynowego, aby przenieść je gdzie indziej.',
    ],
    objection: [
      'Prawo do sprzeciwu',
      'Wnieś sprzeciw wobec przetwarzania opartego na naszych prawnie uzasadnionych interesach lub prowadzonego na potrzeby marketingu bezpośredniego.',
    ],
    'withdraw-consent': ['Prawo do wycofania zgody', 'Wycofaj udzieloną zgodę – równie łatwo, jak ją wyrażono.'],
    'automated-decisions': [
      'Prawo do niepodlegania zautomatyzowanemu podejmowaniu decyzji',
      'Możesz nie podlegać decyzjom podejmowanym wyłącznie przez maszynę.',
    ],
    complaint: ['Prawo do wniesienia skargi do organu nadzorczego', 'Wnieś skargę do organu ochrony danych.'],
    know: ['Prawo do informacji', 'Dowiedz się, jakie dane osobowe zbieramy, wykorzystujemy i ujawniamy.'],
    'opt-out-sale': [
      'Prawo do rezygnacji ze sprzedaży lub udostępniania',
      'Wstrzymaj sprzedaż lub udostępnianie swoich danych osobowych.',
    ],
    'limit-sensitive': [
      'Prawo do ograniczenia wykorzystywania i ujawniania wrażliwych danych osobowych',
      'Ogranicz sposób, w jaki wykorzystujemy wrażliwe dane osobowe.',
    ],
    'non-discrimination': [
      'Prawo do niedyskryminacji',
      'Korzystanie z przysługujących Ci praw nie wpłynie na to, jak Cię traktujemy.',
    ],
    'opt-out-marketing': ['Rezygnacja z wiadomości marketingowych', 'Wypisz się z wiadomości, które nie są niezbędne.'],
  },
  dates: {
    lang: 'pl',
    months: [
      '{d} stycznia {y}',
      '{d} lutego {y}',
      '{d} marca {y}',
      '{d} kwietnia {y}',
      '{d} maja {y}',
      '{d} czerwca {y}',
      '{d} lipca {y}',
      '{d} sierpnia {y}',
      '{d} września {y}',
      '{d} października {y}',
      '{d} listopada {y}',
      '{d} grudnia {y}',
    ],
  },
};
