import type { rightsStrings as english } from '../../en/rights.js';

/** Basque UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Ireki eskaera-inprimakia',
  requestAnyAuthority:
    'Erreklamazioa aurkez dezakezu bizi zaren lekuko, lan egiten duzun lekuko edo zure eskubideak urratu direla uste duzun lekuko datuak babesteko agintaritzan.',
  rights: {
    access: [
      'Datuetara irispidea izateko eskubidea',
      'Ikusi zer datu pertsonal ditugun zuri buruz, eta lortu horien kopia.',
    ],
    rectification: ['Datuak zuzentzeko eskubidea', 'Eskatu datu okerrak zuzentzeko edo osatu gabeak osatzeko.'],
    erasure: ['Datuak ezerezteko eskubidea', 'Eskatu zure datu pertsonalak ezabatzeko.'],
    restriction: [
      'Datuen tratamendua mugatzeko eskubidea',
      'Eskatu datuak gordetzeko, baina oraingoz erabiltzeari uzteko.',
    ],
    portability: [
      'Datuen eramangarritasunaren gaineko eskubidea',
      'Jaso zure datuak makinaz irakur daitekeen formatu batean, beste nonbaitera eramateko.',
    ],
    objection: [
      'Aurka egiteko eskubidea',
      'Egin gure interes legitimoetan oinarritutako erabileren edo marketin zuzenaren aurka.',
    ],
    'withdraw-consent': ['Baimena erretiratzeko eskubidea', 'Kendu emandako baimena, eman zenuen bezain erraz.'],
    'automated-decisions': [
      'Erabaki indibidual automatizatuen xede ez izateko eskubidea',
      'Ez izan makina batek soilik hartutako erabakien xede.',
    ],
    complaint: [
      'Kontrol-agintaritza batean erreklamazioa aurkezteko eskubidea',
      'Aurkeztu erreklamazio bat datuak babesteko agintaritza batean.',
    ],
    know: ['Jakiteko eskubidea', 'Jakin zer informazio pertsonal biltzen, erabiltzen eta jakinarazten dugun.'],
    'opt-out-sale': [
      'Salmentatik/partekatzetik kanpo geratzeko eskubidea',
      'Geldiarazi zure informazio pertsonalaren salmenta edo partekatzea.',
    ],
    'limit-sensitive': [
      'Informazio pertsonal sentikorraren erabilera eta zabalkundea mugatzeko eskubidea',
      'Mugatu nola erabiltzen dugun informazio pertsonal sentikorra.',
    ],
    'non-discrimination': [
      'Diskriminaziorik ez jasateko eskubidea',
      'Ez zaizu modu desberdinean tratatuko zure eskubideak erabiltzeagatik.',
    ],
    'opt-out-marketing': ['Gelditu marketin-mezuak', 'Eman baja funtsezkoak ez diren komunikazioetan.'],
  },
  dates: {
    lang: 'eu',
    months: [
      '{y}(e)ko urtarrilaren {d}(a)',
      '{y}(e)ko otsailaren {d}(a)',
      '{y}(e)ko martxoaren {d}(a)',
      '{y}(e)ko apirilaren {d}(a)',
      '{y}(e)ko maiatzaren {d}(a)',
      '{y}(e)ko ekainaren {d}(a)',
      '{y}(e)ko uztailaren {d}(a)',
      '{y}(e)ko abuztuaren {d}(a)',
      '{y}(e)ko irailaren {d}(a)',
      '{y}(e)ko urriaren {d}(a)',
      '{y}(e)ko azaroaren {d}(a)',
      '{y}(e)ko abenduaren {d}(a)',
    ],
  },
};
