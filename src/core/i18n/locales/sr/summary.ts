import type { summaryStrings as english } from '../../en/summary.js';

/** Serbian (Cyrillic) UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Приватност укратко',
  effective: (date: string, version: string, updated?: string) =>
    `Почетак примене: ${date}, верзија ${version}${updated ? `. Последње ажурирање: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Последње ажурирање: ${date}, верзија ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `предмет: „${subject}“`,
  optional: 'опционо',
  sensitive: 'осетљиво',
  sources: { provided: 'од вас', automatic: 'аутоматски прикупљено', 'third-party': 'од трећих страна' },
  dpa: 'Обавезан уговором о обради података',
  labelCollected: 'Шта прикупљамо',
  labelPurposes: 'У коју сврху',
  labelShared: 'Продаја или дељење',
  labelKept: 'Колико дуго',
  notSold: 'Никада се не продају нити деле',
  sold: 'Да – погледајте ко их прима',
  type: 'Подаци',
  storage: 'Складиштење и заштита',
  legalBasis: 'Правни основ',
  recipient: 'Прималац',
  location: 'Локација',
  howLong: 'Рок чувања',
  after: (period: string, event: string) => `${period} након догађаја: ${event}`,
  until: (event: string) => `До догађаја: ${event}`,
  indefinite: 'Неограничено',
  minimumAge: (age: number) => `Није намењено деци до навршене ${age}. године.`,
  ageIn: (region: string, age: number) => `${region}: до навршене ${age}. године.`,
  breachWithin: (window: string) => `О повредама података које се односе на вас обавештавамо најкасније за ${window}.`,
  noticeBefore: (period: string) => `Битне промене најављујемо најмање ${period} унапред.`,
  answerWithin: (period: string) => `Одговарамо најкасније за ${period}.`,
  how: 'Начин',
  extension: (period: string) => `Тај рок може да се продужи за ${period}.`,
  requestOnline: 'Образац за захтеве на овом сајту',
  dpo: 'Лице за заштиту података о личности',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Продајемо податке о личности и делимо их за бихејвиорално оглашавање засновано на активностима на различитим сајтовима и услугама.'
      : sells
        ? 'Продајемо податке о личности.'
        : shares
          ? 'Делимо податке о личности за бихејвиорално оглашавање засновано на активностима на различитим сајтовима и услугама.'
          : 'Не продајемо нити делимо ваше податке о личности.') as typeof english.sale,
  usedFor: (uses: string) => `Употреба: ${uses}`,
  uses: {
    sale: 'продаја података о личности',
    sharing: 'дељење за бихејвиорално оглашавање засновано на активностима на различитим сајтовима и услугама',
    'targeted-advertising': 'циљано оглашавање',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Уважава се',
  honouredNo: 'Не уважава се',
  roles: {
    processor: 'Обрађивач',
    controller: 'Самостални руковалац',
    'third-party': 'Трећа страна',
    'user-chosen': 'По вашем избору',
  },
  sections: {
    about: 'Ко смо',
    collected: 'Подаци које прикупљамо',
    notCollected: 'Подаци које не прикупљамо',
    purposes: 'Зашто их користимо',
    storage: 'Где се чувају',
    recipients: 'Ко их прима',
    retention: 'Колико дуго их чувамо',
    cookies: 'Колачићи и складиште',
    security: 'Безбедност',
    transfers: 'Међународни преноси',
    signals: 'Сигнали приватности',
    children: 'Деца',
    changes: 'Промене и повреде података',
    rights: 'Ваша права',
    contact: 'Контакт',
    commitments: 'Шта никада не радимо',
    notes: 'Више',
  },
  legalBases: {
    consent: 'Ваш пристанак',
    contract: 'Неопходно за извршење уговора с вама',
    'legal-obligation': 'Прописано законом',
    'vital-interests': 'Ради заштите нечијег живота',
    'public-task': 'Задатак у јавном интересу',
    'legitimate-interests': 'Наши легитимни интереси',
  },
};
