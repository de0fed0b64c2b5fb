import type { signalsStrings as english } from '../../en/signals.js';

/** Estonian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'Teie brauseri signaal Global Privacy Control tuvastati ja seda järgiti kui müügi ja jagamise keeldu.',
  gpcNotHonoured: 'Teie brauser saadab signaali Global Privacy Control. See veebisait seda ei järgi.',
  gpcNothingToStop:
    'Teie brauser saadab signaali Global Privacy Control. See veebisait ei müü ega jaga isiklikku teavet, seega pole signaalil midagi keelata.',
  gpcOff: 'Teie brauser toetab signaali Global Privacy Control ja see on välja lülitatud.',
  dntHonoured:
    'Teie brauseri signaal Do Not Track tuvastati ja seda järgiti kui müügi, jagamise ja sihitud reklaami keeldu.',
  dntNotHonoured: 'Teie brauser saadab signaali Do Not Track.',
  noSignal: 'Teie brauser ei saada privaatsussignaali.',
};
