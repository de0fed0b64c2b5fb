// The lists both list-word tests join (in Chromium against its Intl, in Node against full ICU):
// 0 to 5 items of words of every kind a list may hold, Latin, the language's own (`own`), and the
// ones Spanish and Hebrew join differently.
const SAMPLES = [
  'Analytics',
  'isla',
  'Hielo',
  'hilo',
  'Higiene',
  'hiato',
  'IA',
  'ídolo',
  'y',
  'אנליטיקה',
  '«Isla»',
  '42',
];

/** Every list to try, for a language whose own words are `own`. */
export function listCases(own) {
  const words = [...SAMPLES, ...own];
  const cases = [];
  for (let n = 0; n <= 5; n++)
    for (let start = 0; start < words.length; start++)
      cases.push(Array.from({ length: n }, (_, i) => words[(start + i * 3) % words.length]));
  return cases;
}
