import type { signalsStrings as english } from '../../en/signals.js';

/** French UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Le signal Global Privacy Control de votre navigateur a été détecté et respecté comme un refus de la vente et du partage.',
  gpcNotHonoured: 'Votre navigateur envoie un signal Global Privacy Control. Ce site n’en tient pas compte.',
  gpcNothingToStop:
    'Votre navigateur envoie un signal Global Privacy Control. Ce site ne vend ni ne partage d’informations personnelles ; il n’y a donc rien à refuser.',
  gpcOff: 'Votre navigateur prend en charge Global Privacy Control, et le signal est désactivé.',
  dntHonoured:
    'Le signal Do Not Track de votre navigateur a été détecté et respecté comme un refus de la vente, du partage et de la publicité ciblée.',
  dntNotHonoured: 'Votre navigateur envoie un signal Do Not Track.',
  noSignal: 'Votre navigateur n’envoie aucun signal de confidentialité.',
};
