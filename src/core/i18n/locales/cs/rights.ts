import type { rightsStrings as english } from '../../en/rights.js';

/** Czech UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Otevřít formulář žádosti',
  requestAnyAuthority:
    'Stížnost můžete podat u úřadu pro ochranu osobních údajů v místě svého bydliště, v místě výkonu práce nebo v místě, kde podle vás došlo k porušení vašich práv.',
  rights: {
    access: ['Právo na přístup', 'Zjistěte, jaké vaše osobní údaje uchováváme, a získejte jejich kopii.'],
    rectification: ['Právo na opravu', 'Nechte opravit nepřesné nebo doplnit neúplné údaje.'],
    erasure: ['Právo na výmaz', 'Nechte své osobní údaje vymazat.'],
    restriction: [
      'Právo na omezení zpracování',
      'Požádejte nás, abychom vaše údaje uchovali, ale prozatím je nepoužívali.',
    ],
    portability: [
      'Právo na přenositelnost údajů',
      'Získejte své údaje ve strojově čitelném formátu, abyste je mohli přenést jinam.',
    ],
    objection: [
      'Právo vznést námitku',
      'Vzneste námitku proti zpracování založenému na našich oprávněných zájmech nebo proti přímému marketingu.',
    ],
    'withdraw-consent': ['Právo odvolat souhlas', 'Odvolejte udělený souhlas stejně snadno, jako jste ho udělili.'],
    'automated-decisions': [
      'Právo nebýt předmětem automatizovaného rozhodování',
      'Nemusíte se podřídit rozhodnutím, která učinil výhradně stroj.',
    ],
    complaint: ['Právo podat stížnost u dozorového úřadu', 'Podejte stížnost u úřadu pro ochranu osobních údajů.'],
    know: ['Právo vědět', 'Zjistěte, jaké osobní údaje shromažďujeme, používáme a zpřístupňujeme.'],
    'opt-out-sale': ['Právo odmítnout prodej nebo sdílení', 'Zastavte prodej nebo sdílení svých osobních údajů.'],
    'limit-sensitive': [
      'Právo omezit používání a zpřístupňování citlivých osobních údajů',
      'Omezte, jak používáme citlivé osobní údaje.',
    ],
    'non-discrimination': ['Právo na nediskriminaci', 'Za uplatnění svých práv s vámi nebudeme zacházet jinak.'],
    'opt-out-marketing': ['Zastavit marketingová sdělení', 'Odhlaste se z odběru sdělení, která nejsou nezbytná.'],
  },
  dates: {
    lang: 'cs',
    months: [
      '{d}. ledna {y}',
      '{d}. února {y}',
      '{d}. března {y}',
      '{d}. dubna {y}',
      '{d}. května {y}',
      '{d}. června {y}',
      '{d}. července {y}',
      '{d}. srpna {y}',
      '{d}. září {y}',
      '{d}. října {y}',
      '{d}. listopadu {y}',
      '{d}. prosince {y}',
    ],
  },
};
