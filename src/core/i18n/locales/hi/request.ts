import type { requestStrings as english } from '../../en/request.js';

/** Hindi UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'गोपनीयता अनुरोध करें',
  requestTitle: 'गोपनीयता अनुरोध करें',
  requestChoose: 'आप किस अधिकार का उपयोग करना चाहते हैं?',
  requestEmail: 'आपका ईमेल पता',
  requestDetails: 'विवरण (वैकल्पिक)',
  requestSubmit: 'अनुरोध भेजें',
  requestSending: 'भेजा जा रहा है…',
  requestSent: (reference: string) => `आपका अनुरोध मिल गया है।${reference ? ` संदर्भ संख्या: ${reference}` : ''}`,
  requestByEmail: 'ईमेल लिखें',
  requestSelfService: 'अपने खाते में स्वयं करें',
  requestDeadline: (date: string) => `हम ${date} तक जवाब देंगे।`,
  requestNoIdentity: 'इस अनुरोध के लिए आपसे पहचान दस्तावेज़ नहीं माँगे जाएँगे।',
  requestRetry: 'फिर से कोशिश करें',
  requestFailed: (reason: string) =>
    `आपका अनुरोध नहीं भेजा जा सका (${reason})। आपकी दर्ज की गई कोई भी जानकारी खोई नहीं है: फिर से कोशिश करें, या इसे ईमेल से भेजें।`,
  requestUncertain:
    'हमें समय पर कोई जवाब नहीं मिला, इसलिए हो सकता है कि आपका अनुरोध न पहुँचा हो। आपकी दर्ज की गई कोई भी जानकारी खोई नहीं है: फिर से कोशिश करें (इसे दो बार नहीं गिना जाएगा), या इसे ईमेल से भेजें।',
  requestNetworkError: 'कोई कनेक्शन नहीं',
  requestServerError: (status: number) => `सर्वर ने ${status} लौटाया`,
  requestBadReply: 'सर्वर का जवाब पुष्टि नहीं था',
  requestOptional: '(वैकल्पिक)',
  requestNoMethod:
    'इस नीति में यह अनुरोध ऑनलाइन करने का कोई तरीका नहीं बताया गया है। गोपनीयता नीति में दिए गए संपर्क विवरण का उपयोग करें।',
  invalidEmail: 'ईमेल पता दर्ज करें, जैसे name@example.com।',
  required: 'यह फ़ील्ड ज़रूरी है।',
  back: 'वापस',
  requestObjectionTitle: 'आपत्ति करने का आपका अधिकार',
  requestOtherRights: 'आपके अन्य अधिकार',
  requestNoEmail: 'इस नीति में अनुरोधों के लिए कोई ईमेल पता नहीं दिया गया है।',
  requestNoRights: 'इस नीति में ऐसा कोई अधिकार नहीं बताया गया है जिसके लिए आप यहाँ अनुरोध कर सकें।',
  requestBody: (right: string) => `मेरा अनुरोध मेरे इस अधिकार के उपयोग के लिए है: ${right}।`,
  requestFrom: (email: string) => `मेरा ईमेल पता: ${email}`,
};
