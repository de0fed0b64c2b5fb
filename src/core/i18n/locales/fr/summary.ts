import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('fr', age, { one: 'an', other: 'ans' })}`;

/** French UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'La confidentialité en bref',
  effective: (date: string, version: string, updated?: string) =>
    `En vigueur depuis le ${date}, version ${version}${updated ? `. Dernière mise à jour : ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Dernière mise à jour : ${date}, version ${version}`,
  keptFor: (data: string, howLong: string) => `${data} : ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `objet : « ${subject} »`,
  optional: 'facultatif',
  sensitive: 'sensible',
  sources: { provided: 'fourni par vous', automatic: 'collecté automatiquement', 'third-party': 'provenant de tiers' },
  dpa: 'Lié par un contrat de sous-traitance',
  labelCollected: 'Ce que nous collectons',
  labelPurposes: 'Dans quel but',
  labelShared: 'Vendues ou partagées',
  labelKept: 'Combien de temps',
  notSold: 'Jamais vendues ni partagées',
  sold: 'Oui, voir les destinataires',
  type: 'Données',
  storage: 'Stockage et protection',
  legalBasis: 'Base légale',
  recipient: 'Destinataire',
  location: 'Localisation',
  howLong: 'Conservation',
  after: (period: string, event: string) => `${period} après ${event}`,
  until: (event: string) => `Jusqu’à ${event}`,
  indefinite: 'Sans limite de durée',
  minimumAge: (age: number) => `Non destiné aux enfants de moins de ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region} : moins de ${years(age)}.`,
  breachWithin: (window: string) =>
    `Les violations de données qui vous concernent vous sont communiquées dans un délai de ${window}.`,
  noticeBefore: (period: string) => `Les modifications importantes sont annoncées au moins ${period} à l’avance.`,
  answerWithin: (period: string) => `Nous répondons dans un délai de ${period}.`,
  how: 'Comment',
  extension: (period: string) => `Ce délai peut être prolongé de ${period}.`,
  requestOnline: 'Le formulaire de demande de ce site',
  dpo: 'Délégué à la protection des données',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Nous vendons des informations personnelles et les partageons à des fins de publicité comportementale intercontextuelle.'
      : sells
        ? 'Nous vendons des informations personnelles.'
        : shares
          ? 'Nous partageons des informations personnelles à des fins de publicité comportementale intercontextuelle.'
          : 'Nous ne vendons ni ne partageons vos informations personnelles.') as typeof english.sale,
  usedFor: (uses: string) => `Utilisation : ${uses}`,
  uses: {
    sale: 'vente d’informations personnelles',
    sharing: 'partage à des fins de publicité comportementale intercontextuelle',
    'targeted-advertising': 'publicité ciblée',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respecté',
  honouredNo: 'Non respecté',
  roles: {
    processor: 'Sous-traitant',
    controller: 'Responsable de traitement indépendant',
    'third-party': 'Tiers',
    'user-chosen': 'Choisi par vous',
  },
  sections: {
    about: 'Qui nous sommes',
    collected: 'Données collectées',
    notCollected: 'Données non collectées',
    purposes: 'Pourquoi nous les utilisons',
    storage: 'Où elles sont stockées',
    recipients: 'Qui les reçoit',
    retention: 'Combien de temps nous les conservons',
    cookies: 'Cookies et stockage',
    security: 'Sécurité',
    transfers: 'Transferts internationaux',
    signals: 'Signaux de confidentialité',
    children: 'Enfants',
    changes: 'Modifications et violations de données',
    rights: 'Vos droits',
    contact: 'Nous contacter',
    commitments: 'Ce que nous ne faisons jamais',
    notes: 'En savoir plus',
  },
  legalBases: {
    consent: 'Votre consentement',
    contract: 'Nécessaire à notre contrat avec vous',
    'legal-obligation': 'Obligation légale',
    'vital-interests': 'Sauvegarde de la vie d’une personne',
    'public-task': 'Mission d’intérêt public',
    'legitimate-interests': 'Nos intérêts légitimes',
  },
};
