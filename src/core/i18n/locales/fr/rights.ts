import type { rightsStrings as english } from '../../en/rights.js';

/** French UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Ouvrir le formulaire de demande',
  requestAnyAuthority:
    'Vous pouvez introduire une réclamation auprès de l’autorité de protection des données du lieu où vous résidez, où vous travaillez ou où vous estimez que vos droits ont été violés.',
  rights: {
    access: ['Droit d’accès', 'Savoir quelles données personnelles nous détenons sur vous et en obtenir une copie.'],
    rectification: ['Droit de rectification', 'Faire corriger des données inexactes ou incomplètes.'],
    erasure: ['Droit à l’effacement', 'Faire supprimer vos données personnelles.'],
    restriction: [
      'Droit à la limitation du traitement',
      'Nous demander de conserver vos données sans plus les utiliser pour le moment.',
    ],
    portability: [
      'Droit à la portabilité des données',
      'Recevoir vos données dans un format lisible par machine pour les transférer ailleurs.',
    ],
    objection: [
      'Droit d’opposition',
      'Vous opposer aux traitements fondés sur nos intérêts légitimes ou à la prospection commerciale.',
    ],
    'withdraw-consent': [
      'Droit de retirer son consentement',
      'Retirer un consentement donné, aussi facilement que vous l’avez donné.',
    ],
    'automated-decisions': [
      'Droit de ne pas faire l’objet d’une décision automatisée',
      'Ne pas faire l’objet de décisions prises uniquement par une machine.',
    ],
    complaint: [
      'Droit d’introduire une réclamation auprès d’une autorité de contrôle',
      'Introduire une réclamation auprès d’une autorité de protection des données.',
    ],
    know: ['Droit de savoir', 'Savoir quelles informations personnelles nous collectons, utilisons et communiquons.'],
    'opt-out-sale': [
      'Droit de refuser la vente ou le partage',
      'Faire cesser la vente ou le partage de vos informations personnelles.',
    ],
    'limit-sensitive': [
      'Droit de limiter l’utilisation et la communication des informations personnelles sensibles',
      'Limiter l’usage que nous faisons des informations personnelles sensibles.',
    ],
    'non-discrimination': [
      'Droit à la non-discrimination',
      'Exercer vos droits ne vous vaudra aucun traitement différent.',
    ],
    'opt-out-marketing': [
      'Ne plus recevoir de messages promotionnels',
      'Vous désabonner des communications non essentielles.',
    ],
  },
  dates: {
    lang: 'fr',
    months: [
      '{d} janvier {y}',
      '{d} février {y}',
      '{d} mars {y}',
      '{d} avril {y}',
      '{d} mai {y}',
      '{d} juin {y}',
      '{d} juillet {y}',
      '{d} août {y}',
      '{d} septembre {y}',
      '{d} octobre {y}',
      '{d} novembre {y}',
      '{d} décembre {y}',
    ],
  },
};
