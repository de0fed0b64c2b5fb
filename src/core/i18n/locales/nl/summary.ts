import type { summaryStrings as english } from '../../en/summary.js';

/** Dutch UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privacy in één oogopslag',
  effective: (date: string, version: string, updated?: string) =>
    `Van kracht sinds ${date}, versie ${version}${updated ? `. Laatst bijgewerkt op ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Laatst bijgewerkt op ${date}, versie ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `onderwerp: ‘${subject}’`,
  optional: 'optioneel',
  sensitive: 'gevoelig',
  sources: { provided: 'door u verstrekt', automatic: 'automatisch verzameld', 'third-party': 'van derden' },
  dpa: 'Gebonden aan een verwerkersovereenkomst',
  labelCollected: 'Wat we verzamelen',
  labelPurposes: 'Waarvoor',
  labelShared: 'Verkocht of gedeeld',
  labelKept: 'Hoelang',
  notSold: 'Nooit verkocht of gedeeld',
  sold: 'Ja, zie wie ze ontvangt',
  type: 'Gegevens',
  storage: 'Opslag en beveiliging',
  legalBasis: 'Grondslag',
  recipient: 'Ontvanger',
  location: 'Locatie',
  howLong: 'Bewaartermijn',
  after: (period: string, event: string) => `${period} na ${event}`,
  until: (event: string) => `Tot ${event}`,
  indefinite: 'Onbeperkt',
  minimumAge: (age: number) => `Niet bedoeld voor kinderen onder ${age} jaar.`,
  ageIn: (region: string, age: number) => `${region}: onder ${age} jaar.`,
  breachWithin: (window: string) => `Datalekken die u raken, worden binnen ${window} aan u gemeld.`,
  noticeBefore: (period: string) => `Belangrijke wijzigingen worden minstens ${period} van tevoren aangekondigd.`,
  answerWithin: (period: string) => `We antwoorden binnen ${period}.`,
  how: 'Hoe',
  extension: (period: string) => `Deze termijn kan met ${period} worden verlengd.`,
  requestOnline: 'Het verzoekformulier op deze website',
  dpo: 'Functionaris voor gegevensbescherming',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'We verkopen persoonlijke informatie en delen die voor contextoverschrijdende gedragsgerichte advertenties.'
      : sells
        ? 'We verkopen persoonlijke informatie.'
        : shares
          ? 'We delen persoonlijke informatie voor contextoverschrijdende gedragsgerichte advertenties.'
          : 'We verkopen en delen uw persoonlijke informatie niet.') as typeof english.sale,
  usedFor: (uses: string) => `Gebruikt voor: ${uses}`,
  uses: {
    sale: 'verkoop van persoonlijke informatie',
    sharing: 'delen voor contextoverschrijdende gedragsgerichte advertenties',
    'targeted-advertising': 'gerichte advertenties',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Gerespecteerd',
  honouredNo: 'Niet gerespecteerd',
  roles: {
    processor: 'Verwerker',
    controller: 'Zelfstandig verwerkingsverantwoordelijke',
    'third-party': 'Derde partij',
    'user-chosen': 'Door u gekozen',
  },
  sections: {
    about: 'Wie we zijn',
    collected: 'Gegevens die we verzamelen',
    notCollected: 'Gegevens die we niet verzamelen',
    purposes: 'Waarom we ze gebruiken',
    storage: 'Waar ze worden opgeslagen',
    recipients: 'Wie ze ontvangt',
    retention: 'Hoelang we ze bewaren',
    cookies: 'Cookies en opslag',
    security: 'Beveiliging',
    transfers: 'Internationale doorgiften',
    signals: 'Privacysignalen',
    children: 'Kinderen',
    changes: 'Wijzigingen en datalekken',
    rights: 'Uw rechten',
    contact: 'Contactgegevens',
    commitments: 'Wat we nooit doen',
    notes: 'Overig',
  },
  legalBases: {
    consent: 'Uw toestemming',
    contract: 'Nodig voor onze overeenkomst met u',
    'legal-obligation': 'Wettelijke verplichting',
    'vital-interests': 'Om iemands leven te beschermen',
    'public-task': 'Taak van algemeen belang',
    'legitimate-interests': 'Onze gerechtvaardigde belangen',
  },
};
