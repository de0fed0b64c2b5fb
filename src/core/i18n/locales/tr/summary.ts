import type { summaryStrings as english } from '../../en/summary.js';

/** Turkish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Bir bakışta gizlilik',
  effective: (date: string, version: string, updated?: string) =>
    `Yürürlük tarihi: ${date}, sürüm ${version}${updated ? `. Son güncelleme: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Son güncelleme: ${date}, sürüm ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `konu satırı: “${subject}”`,
  optional: 'isteğe bağlı',
  sensitive: 'hassas',
  sources: { provided: 'sizin verdiğiniz', automatic: 'otomatik olarak toplanan', 'third-party': 'üçüncü taraflardan' },
  dpa: 'Veri işleme sözleşmesiyle bağlı',
  labelCollected: 'Ne topluyoruz',
  labelPurposes: 'Ne için',
  labelShared: 'Satış veya paylaşım',
  labelKept: 'Ne kadar süre',
  notSold: 'Asla satılmaz veya paylaşılmaz',
  sold: 'Evet, kimlerin aldığını görün',
  type: 'Veri',
  storage: 'Saklama ve koruma',
  legalBasis: 'Hukuki sebep',
  recipient: 'Alıcı',
  location: 'Konum',
  howLong: 'Saklama süresi',
  after: (period: string, event: string) => `${event} sonrasında ${period}`,
  until: (event: string) => `Şu zamana kadar: ${event}`,
  indefinite: 'Süresiz',
  minimumAge: (age: number) => `${age} yaşın altındaki çocuklara yönelik değildir.`,
  ageIn: (region: string, age: number) => `${region}: ${age} yaşın altı.`,
  breachWithin: (window: string) => `Sizi etkileyen veri ihlalleri en geç şu süre içinde bildirilir: ${window}.`,
  noticeBefore: (period: string) => `Önemli değişiklikler en az şu kadar süre önceden duyurulur: ${period}.`,
  answerWithin: (period: string) => `Şu süre içinde yanıt veririz: ${period}.`,
  how: 'Nasıl',
  extension: (period: string) => `Bu süre şu kadar uzatılabilir: ${period}.`,
  requestOnline: 'Bu sitedeki talep formu',
  dpo: 'Veri koruma görevlisi',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Kişisel bilgileri satıyoruz ve başka site ve hizmetlerdeki davranışa dayalı reklamcılık için paylaşıyoruz.'
      : sells
        ? 'Kişisel bilgileri satıyoruz.'
        : shares
          ? 'Kişisel bilgileri, başka site ve hizmetlerdeki davranışa dayalı reklamcılık için paylaşıyoruz.'
          : 'Kişisel bilgilerinizi satmıyor ve paylaşmıyoruz.') as typeof english.sale,
  usedFor: (uses: string) => `Kullanım amacı: ${uses}`,
  uses: {
    sale: 'kişisel bilgilerin satışı',
    sharing: 'başka site ve hizmetlerdeki davranışa dayalı reklamcılık için paylaşım',
    'targeted-advertising': 'hedefli reklamcılık',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Uygulanıyor',
  honouredNo: 'Uygulanmıyor',
  roles: {
    processor: 'Veri işleyen',
    controller: 'Bağımsız veri sorumlusu',
    'third-party': 'Üçüncü taraf',
    'user-chosen': 'Sizin seçtiğiniz',
  },
  sections: {
    about: 'Biz kimiz',
    collected: 'Topladığımız veriler',
    notCollected: 'Toplamadığımız veriler',
    purposes: 'Neden kullanıyoruz',
    storage: 'Nerede saklanıyor',
    recipients: 'Kimler alıyor',
    retention: 'Ne kadar süre saklıyoruz',
    cookies: 'Çerezler ve depolama',
    security: 'Güvenlik',
    transfers: 'Yurt dışına aktarımlar',
    signals: 'Gizlilik sinyalleri',
    children: 'Çocuklar',
    changes: 'Değişiklikler ve ihlaller',
    rights: 'Haklarınız',
    contact: 'İletişim',
    commitments: 'Asla yapmadıklarımız',
    notes: 'Diğer',
  },
  legalBases: {
    consent: 'Açık rızanız',
    contract: 'Sizinle yaptığımız sözleşme için gerekli',
    'legal-obligation': 'Kanunen zorunlu',
    'vital-interests': 'Birinin hayatını korumak için',
    'public-task': 'Kamu yararına yürütülen bir görev',
    'legitimate-interests': 'Meşru menfaatlerimiz',
  },
};
