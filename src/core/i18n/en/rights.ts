/** English UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings = {
  requestOpenForm: 'Open the request form',
  requestAnyAuthority: 'You can complain to the data protection authority where you live, where you work, or where you think your rights were infringed.',
  rights: {
    access: ['Get a copy of your data', 'See what personal data we hold about you and get a copy.'],
    rectification: ['Correct your data', 'Have inaccurate or incomplete data corrected.'],
    erasure: ['Delete your data', 'Have your personal data deleted.'],
    restriction: ['Restrict processing', 'Ask us to keep your data but stop using it for now.'],
    portability: ['Take your data with you', 'Get your data in a machine-readable format to move elsewhere.'],
    objection: ['Object to processing', 'Object to uses based on our legitimate interests or to direct marketing.'],
    'withdraw-consent': ['Withdraw consent', 'Take back consent you gave, as easily as you gave it.'],
    'automated-decisions': ['Human review of automated decisions', 'Not be subject to decisions made only by a machine.'],
    complaint: ['Complain to an authority', 'Lodge a complaint with a data protection authority.'],
    know: ['Know what we collect', 'Learn what personal information we collect, use and disclose.'],
    'opt-out-sale': ['Opt out of sale or sharing', 'Stop the sale or sharing of your personal information.'],
    'limit-sensitive': ['Limit use of sensitive data', 'Limit how we use sensitive personal information.'],
    'non-discrimination': ['No discrimination', 'You will not be treated differently for using your rights.'],
    'opt-out-marketing': ['Stop marketing messages', 'Unsubscribe from non-essential communications.'],
  },
};
