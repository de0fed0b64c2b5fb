// The durations both duration-word tests write (in Chromium against its Intl, in Node against full
// ICU), and what Intl makes of them: each unit alone from 0 to 1,100 and in the millions, and
// durations of two to seven parts.
const UNITS = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
  ['H', 'hour'],
  ['M', 'minute'],
  ['S', 'second'],
];
const iso = (counts) => {
  const date = counts
    .slice(0, 4)
    .map((n, i) => (n ? `${n}${UNITS[i][0]}` : ''))
    .join('');
  const time = counts
    .slice(4)
    .map((n, i) => (n ? `${n}${UNITS[i + 4][0]}` : ''))
    .join('');
  return `P${date}${time ? `T${time}` : ''}`;
};

/** Every duration to try. */
export function durationCases() {
  const counts = [...Array.from({ length: 1101 }, (_, i) => i + 1), 12345, 1000000, 2000000, 10000001];
  const cases = [];
  for (let u = 0; u < UNITS.length; u++)
    for (const n of counts) cases.push(iso(UNITS.map((_, i) => (i === u ? n : 0))));
  cases.push('P1Y6M', 'PT1H30M', 'P1W2D', 'P2Y1M3D', 'P1Y2M3W4DT5H6M7S', 'P21DT22H', 'P101Y1002D');
  return cases;
}

/** The catalog's language as Intl knows it: the built-in "pt" is Portugal's Portuguese. */
export const intlTag = (tag) => (tag === 'pt' ? 'pt-PT' : tag);

const made = new Map();
const intl = (key, make) => made.get(key) ?? made.set(key, make()).get(key);

/** A duration as Intl writes it, each part with Intl.NumberFormat, the parts with Intl.ListFormat. */
export function expectedDuration(text, lang) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  const parts = UNITS.flatMap(([, unit], i) =>
    m[i + 1] && +m[i + 1]
      ? [
          intl(
            `${lang} ${unit}`,
            () => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }),
          ).format(+m[i + 1]),
        ]
      : [],
  );
  return intl(lang, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(parts.length ? parts : ['0']);
}
