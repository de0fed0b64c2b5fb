import type { signalsStrings as english } from '../../en/signals.js';

/** Polish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Sygnał Global Privacy Control z Twojej przeglądarki został wykryty i uwzględniony jako rezygnacja ze sprzedaży i udostępniania danych.',
  gpcNotHonoured: 'Twoja przeglądarka wysyła sygnał Global Privacy Control. Ta witryna go nie uwzględnia.',
  gpcNothingToStop:
    'Twoja przeglądarka wysyła sygnał Global Privacy Control. Ta witryna nie sprzedaje ani nie udostępnia danych osobowych, więc nie ma tu z czego rezygnować.',
  gpcOff: 'Twoja przeglądarka obsługuje Global Privacy Control, a sygnał jest wyłączony.',
  dntHonoured:
    'Sygnał Do Not Track z Twojej przeglądarki został wykryty i uwzględniony jako rezygnacja ze sprzedaży i udostępniania danych oraz z reklamy ukierunkowanej.',
  dntNotHonoured: 'Twoja przeglądarka wysyła sygnał Do Not Track.',
  noSignal: 'Twoja przeglądarka nie wysyła żadnego sygnału prywatności.',
};
