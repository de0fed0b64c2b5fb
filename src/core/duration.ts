/** ISO 8601 durations (`P30D`, `PT72H`, `P1Y6M`), parsed into their parts. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
export const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

export function parseDuration(value: string): Duration | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  return Object.fromEntries(DURATION_UNITS.map((unit, i) => [unit, Number(match[i + 1] ?? 0)])) as unknown as Duration;
}

/**
 * The calendar date a duration after `from` ends on. A period in months ends on the same day of
 * the month it lands in, or on that month's last day when it has no such day: one month after
 * 31 January is 28 (or 29) February, never a day in March (EU Regulation 1182/71, Art. 3(2)(c)).
 */
export function addDuration(from: Date, d: Duration): Date {
  const to = new Date(from.getTime());
  const day = to.getDate();
  to.setFullYear(to.getFullYear() + d.years, to.getMonth() + d.months, 1);
  const lastDay = new Date(to.getFullYear(), to.getMonth() + 1, 0).getDate();
  to.setDate(Math.min(day, lastDay) + d.weeks * 7 + d.days);
  to.setTime(to.getTime() + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000);
  return to;
}
