import type { signalsStrings as english } from '../../en/signals.js';

/** Czech UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Signál Global Privacy Control z vašeho prohlížeče byl zjištěn a respektován jako odmítnutí prodeje a sdílení.',
  gpcNotHonoured: 'Váš prohlížeč odesílá signál Global Privacy Control. Tento web se jím neřídí.',
  gpcNothingToStop:
    'Váš prohlížeč odesílá signál Global Privacy Control. Tento web osobní údaje neprodává ani nesdílí, takže není co odmítnout.',
  gpcOff: 'Váš prohlížeč podporuje Global Privacy Control a signál je vypnutý.',
  dntHonoured:
    'Signál Do Not Track z vašeho prohlížeče byl zjištěn a respektován jako odmítnutí prodeje, sdílení a cílené reklamy.',
  dntNotHonoured: 'Váš prohlížeč odesílá signál Do Not Track.',
  noSignal: 'Váš prohlížeč neodesílá žádný signál ochrany soukromí.',
};
