import { expect } from '@open-wc/testing';
import { readSignals } from '../../../src/core/signals/detect.js';

describe('readSignals', () => {
  it('reads Global Privacy Control as true, false or unsupported', () => {
    expect(readSignals({ globalPrivacyControl: true }).gpc).to.equal(true);
    expect(readSignals({ globalPrivacyControl: false }).gpc).to.equal(false);
    expect(readSignals({}).gpc).to.equal(undefined);
    expect(readSignals(undefined).gpc).to.equal(undefined);
  });

  it('ignores GPC values that are not booleans', () => {
    for (const value of ['1', 1, 'true', null, {}])
      expect(readSignals({ globalPrivacyControl: value }).gpc, String(value)).to.equal(undefined);
  });

  const dntCases: [unknown, boolean | undefined][] = [
    ['1', true],
    ['yes', true],
    ['YES', true],
    ['0', false],
    ['no', false],
    ['unspecified', undefined],
    [null, undefined],
    [undefined, undefined],
    ['2', undefined],
    [1, undefined],
  ];
  for (const [value, expected] of dntCases) {
    it(`normalises navigator.doNotTrack ${JSON.stringify(value)} to ${expected}`, () => {
      expect(readSignals({ doNotTrack: value }).dnt).to.equal(expected);
    });
  }

  it('falls back to window.doNotTrack and then navigator.msDoNotTrack', () => {
    expect(readSignals({ doNotTrack: 'unspecified' }, { doNotTrack: '1' }).dnt).to.equal(true);
    expect(readSignals({ msDoNotTrack: '1' }, {}).dnt).to.equal(true);
    expect(readSignals({ doNotTrack: '0', msDoNotTrack: '1' }).dnt).to.equal(false);
  });

  it('reads the real navigator without throwing', () => {
    const { gpc, dnt } = readSignals(navigator, window as never);
    expect([true, false, undefined]).to.include(gpc);
    expect([true, false, undefined]).to.include(dnt);
  });
});
