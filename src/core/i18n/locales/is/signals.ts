import type { signalsStrings as english } from '../../en/signals.js';

/** Icelandic UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'Global Privacy Control-merki vafrans þíns greindist og var virt sem afþökkun á sölu og deilingu.',
  gpcNotHonoured: 'Vafrinn þinn sendir Global Privacy Control-merki. Þessi vefur bregst ekki við því.',
  gpcNothingToStop:
    'Vafrinn þinn sendir Global Privacy Control-merki. Þessi vefur hvorki selur né deilir persónulegum upplýsingum, svo það er ekkert sem merkið þarf að afþakka.',
  gpcOff: 'Vafrinn þinn styður Global Privacy Control og merkið er óvirkt.',
  dntHonoured:
    'Do Not Track-merki vafrans þíns greindist og var virt sem afþökkun á sölu, deilingu og markvissum auglýsingum.',
  dntNotHonoured: 'Vafrinn þinn sendir Do Not Track-merki.',
  noSignal: 'Vafrinn þinn sendir ekkert persónuverndarmerki.',
};
