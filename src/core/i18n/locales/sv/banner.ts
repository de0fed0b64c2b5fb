import type { bannerStrings as english } from '../../en/banner.js';

/** Swedish UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Kakor på den här webbplatsen',
  noticeText:
    'Den här webbplatsen använder bara kakor och lagring som är strikt nödvändiga för att den ska fungera. De kräver inget samtycke, så det finns inget att godkänna eller avvisa.',
  cookieDetails: 'Information om kakor',
  acknowledge: 'OK',
  promptTitle: 'Dina integritetsval',
  promptText:
    'Vi använder strikt nödvändiga kakor för att driva webbplatsen. Inget valfritt används förrän du har gjort ett val, och du kan när som helst ändra dig.',
  promptPurposes: (purposes: string) => `Med ditt tillstånd skulle vi även använda kakor för: ${purposes}.`,
  promptRecipients: (recipients: string) => `Uppgifter från dem skulle gå till: ${recipients}.`,
  promptMore: 'Se alla kakor och vem som tar emot uppgifterna',
  acceptAll: 'Acceptera alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  reopen: 'Integritetsval',
  storageUnavailable: 'Din webbläsare blockerar kakor, så det här valet gäller bara den här sidan.',
};
