import type { signalsStrings as english } from '../../en/signals.js';

/** Japanese UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'お使いのブラウザのGlobal Privacy Controlシグナルを検出し、販売と共有のオプトアウトとして尊重しました。',
  gpcNotHonoured:
    'お使いのブラウザはGlobal Privacy Controlシグナルを送信しています。このサイトはこのシグナルに対応していません。',
  gpcNothingToStop:
    'お使いのブラウザはGlobal Privacy Controlシグナルを送信しています。このサイトは個人情報を販売も共有もしていないため、オプトアウトの対象となるものはありません。',
  gpcOff: 'お使いのブラウザはGlobal Privacy Controlに対応しており、シグナルはオフになっています。',
  dntHonoured:
    'お使いのブラウザのDo Not Trackシグナルを検出し、販売、共有およびターゲティング広告のオプトアウトとして尊重しました。',
  dntNotHonoured: 'お使いのブラウザはDo Not Trackシグナルを送信しています。',
  noSignal: 'お使いのブラウザはプライバシーシグナルを送信していません。',
};
