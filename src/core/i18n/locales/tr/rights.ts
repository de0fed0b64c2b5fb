import type { rightsStrings as english } from '../../en/rights.js';

/** Turkish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Talep formunu açın',
  requestAnyAuthority:
    'Yaşadığınız, çalıştığınız veya haklarınızın ihlal edildiğini düşündüğünüz yerdeki veri koruma otoritesine şikâyette bulunabilirsiniz.',
  rights: {
    access: ['Erişim hakkı', 'Hakkınızda hangi kişisel verileri tuttuğumuzu öğrenin ve bir kopyasını alın.'],
    rectification: ['Düzeltme hakkı', 'Yanlış verilerin düzeltilmesini veya eksik verilerin tamamlanmasını isteyin.'],
    erasure: ['Silme hakkı', 'Kişisel verilerinizin silinmesini isteyin.'],
    restriction: [
      'İşlemenin kısıtlanması hakkı',
      'Verilerinizi saklamamızı ancak şimdilik kullanmayı bırakmamızı isteyin.',
    ],
    portability: [
      'Veri taşınabilirliği hakkı',
      'Verilerinizi başka bir yere taşımak için makinece okunabilir bir biçimde alın.',
    ],
    objection: ['İtiraz hakkı', 'Meşru menfaatlerimize dayanan kullanımlara veya doğrudan pazarlamaya itiraz edin.'],
    'withdraw-consent': ['Açık rızayı geri alma hakkı', 'Verdiğiniz rızayı, verdiğiniz kadar kolay biçimde geri alın.'],
    'automated-decisions': [
      'Otomatik karar vermeye tabi olmama hakkı',
      'Yalnızca otomatik sistemlerce verilen kararlara tabi tutulmamayı isteyin.',
    ],
    complaint: ['Denetim makamına şikâyette bulunma hakkı', 'Bir veri koruma otoritesine şikâyette bulunun.'],
    know: ['Bilme hakkı', 'Hangi kişisel bilgileri topladığımızı, kullandığımızı ve açıkladığımızı öğrenin.'],
    'opt-out-sale': [
      'Satış/paylaşımdan çıkma hakkı',
      'Kişisel bilgilerinizin satılmasını veya paylaşılmasını durdurun.',
    ],
    'limit-sensitive': [
      'Hassas kişisel bilgilerin kullanımını ve açıklanmasını sınırlama hakkı',
      'Hassas kişisel bilgileri nasıl kullandığımızı sınırlayın.',
    ],
    'non-discrimination': ['Ayrımcılığa uğramama hakkı', 'Haklarınızı kullandığınız için size farklı davranılmaz.'],
    'opt-out-marketing': ['Pazarlama mesajlarını durdurun', 'Zorunlu olmayan iletişimlerden aboneliğinizi iptal edin.'],
  },
  dates: {
    lang: 'tr',
    months: [
      '{d} Ocak {y}',
      '{d} Şubat {y}',
      '{d} Mart {y}',
      '{d} Nisan {y}',
      '{d} Mayıs {y}',
      '{d} Haziran {y}',
      '{d} Temmuz {y}',
      '{d} Ağustos {y}',
      '{d} Eylül {y}',
      '{d} Ekim {y}',
      '{d} Kasım {y}',
      '{d} Aralık {y}',
    ],
  },
};
