import type { DateWords } from '../time.js';

/** English UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings = {
  requestOpenForm: 'Open the request form',
  requestAnyAuthority:
    'You can complain to the data protection authority where you live, where you work, or where you think your rights were infringed.',
  rights: {
    access: ['Right of access', 'See what personal data we hold about you and get a copy.'],
    rectification: ['Right to rectification', 'Have inaccurate or incomplete data corrected.'],
    erasure: ['Right to erasure', 'Have your personal data deleted.'],
    restriction: ['Right to restriction of processing', 'Ask us to keep your data but stop using it for now.'],
    portability: ['Right to data portability', 'Get your data in a machine-readable format to move elsewhere.'],
    objection: ['Right to object', 'Object to uses based on our legitimate interests or to direct marketing.'],
    'withdraw-consent': ['Right to withdraw consent', 'Take back consent you gave, as easily as you gave it.'],
    'automated-decisions': [
      'Right not to be subject to automated decision-making',
      'Not be subject to decisions made only by a machine.',
    ],
    complaint: [
      'Right to lodge a complaint with a supervisory authority',
      'Lodge a complaint with a data protection authority.',
    ],
    know: ['Right to know', 'Learn what personal information we collect, use and disclose.'],
    'opt-out-sale': ['Right to opt-out of sale/sharing', 'Stop the sale or sharing of your personal information.'],
    'limit-sensitive': [
      'Right to limit use and disclosure of sensitive personal information',
      'Limit how we use sensitive personal information.',
    ],
    'non-discrimination': ['Right to non-discrimination', 'You will not be treated differently for using your rights.'],
    'opt-out-marketing': ['Stop marketing messages', 'Unsubscribe from non-essential communications.'],
  },
  /** How a date is written (see `formatDate`); undefined where Intl writes it. */
  dates: {
    lang: 'en',
    regions: 'AS BI CA GU JP MH MP PH PR UM US VI',
    months: [
      'January {d}, {y}',
      'February {d}, {y}',
      'March {d}, {y}',
      'April {d}, {y}',
      'May {d}, {y}',
      'June {d}, {y}',
      'July {d}, {y}',
      'August {d}, {y}',
      'September {d}, {y}',
      'October {d}, {y}',
      'November {d}, {y}',
      'December {d}, {y}',
    ],
  } as DateWords | undefined,
};
