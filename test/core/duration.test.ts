import { expect } from '@open-wc/testing';
import { addDuration, parseDuration } from '../../src/core/duration.js';

describe('durations', () => {
  it('parses every part of an ISO 8601 duration', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).to.deep.equal({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(parseDuration('PT72H')).to.include({ hours: 72, days: 0 });
  });

  it('refuses what is not one', () => {
    for (const bad of ['', 'P', 'PT', 'P1DT', '30D', 'P-1D', 'P1.5D', 'p30d', 'P30D '])
      expect(parseDuration(bad), bad).to.equal(undefined);
  });

  it('adds calendar months and days', () => {
    const day = (y: number, m: number, d: number, duration: string) =>
      addDuration(new Date(y, m, d, 12), parseDuration(duration)!).toDateString();
    // A month after the 31st ends on the last day of a shorter month, never in the month after it.
    expect(day(2026, 0, 31, 'P1M')).to.equal(new Date(2026, 1, 28).toDateString());
    expect(day(2028, 0, 31, 'P1M')).to.equal(new Date(2028, 1, 29).toDateString());
    expect(day(2026, 2, 31, 'P1M')).to.equal(new Date(2026, 3, 30).toDateString());
    expect(day(2026, 7, 31, 'P6M')).to.equal(new Date(2027, 1, 28).toDateString());
    expect(day(2028, 1, 29, 'P1Y')).to.equal(new Date(2029, 1, 28).toDateString());
    expect(day(2026, 0, 15, 'P1M')).to.equal(new Date(2026, 1, 15).toDateString());
    expect(day(2026, 10, 30, 'P3M')).to.equal(new Date(2027, 1, 28).toDateString());
    // Months first, then days: 31 Jan + 1 month 1 day is 1 March.
    expect(day(2026, 0, 31, 'P1M1D')).to.equal(new Date(2026, 2, 1).toDateString());
    expect(addDuration(new Date(2026, 10, 22), parseDuration('P30D')!).toDateString()).to.equal(
      new Date(2026, 11, 22).toDateString(),
    );
    expect(addDuration(new Date(2026, 10, 22, 0), parseDuration('PT72H')!).getDate()).to.equal(25);
  });
});
