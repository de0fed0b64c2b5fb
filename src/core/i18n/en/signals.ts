/** English UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings = {
  gpcHonoured:
    'Your browser’s Global Privacy Control signal was detected and honoured as an opt-out of sale and sharing.',
  gpcNotHonoured: 'Your browser sends a Global Privacy Control signal. This site does not act on it.',
  gpcNothingToStop:
    'Your browser sends a Global Privacy Control signal. This site neither sells nor shares personal information, so there is nothing for it to opt out of.',
  gpcOff: 'Your browser supports Global Privacy Control, and the signal is off.',
  dntHonoured:
    'Your browser’s Do Not Track signal was detected and honoured as an opt-out of sale, sharing and targeted advertising.',
  dntNotHonoured: 'Your browser sends a Do Not Track signal.',
  noSignal: 'Your browser sends no privacy signal.',
};
