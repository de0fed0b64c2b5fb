import type { signalsStrings as english } from '../../en/signals.js';

/** Hungarian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Észleltük böngészője Global Privacy Control jelzését, és az eladás és a megosztás megtiltásaként tiszteletben tartottuk.',
  gpcNotHonoured: 'Böngészője Global Privacy Control jelzést küld. Ez a webhely nem reagál rá.',
  gpcNothingToStop:
    'Böngészője Global Privacy Control jelzést küld. Ez a webhely nem ad el és nem oszt meg személyes információkat, így nincs mit megtiltani.',
  gpcOff: 'Böngészője támogatja a Global Privacy Control jelzést, és az jelenleg ki van kapcsolva.',
  dntHonoured:
    'Észleltük böngészője Do Not Track jelzését, és az eladás, a megosztás és a célzott reklámozás megtiltásaként tiszteletben tartottuk.',
  dntNotHonoured: 'Böngészője Do Not Track jelzést küld.',
  noSignal: 'Böngészője nem küld adatvédelmi jelzést.',
};
