import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byRound, median } from '../../bench/compare.js';

const samples = (values) => values.map((v, round) => ({ round, v }));
const v = (s) => s.v;

test('median: odd and even counts, non-numbers left out, null when nothing is left', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([5, null, undefined, NaN, Infinity, 1]), 3);
  assert.equal(median([null, NaN]), null);
});

test('byRound pairs loads of the same round, not of the same position', () => {
  const ours = [
    { round: 2, v: 10 },
    { round: 0, v: 50 },
    { round: 1, v: 30 },
  ];
  const peer = samples([40, 35, 20]);
  // Round 0: 50 - 40; round 1: 30 - 35; round 2: 10 - 20.
  assert.deepEqual(byRound(ours, peer, v), { rounds: 3, met: 2, medianDifference: -5 });
});

test('byRound leaves out rounds either side lacks or has no value for', () => {
  const ours = [
    { round: 0, v: 1 },
    { round: 1, v: null },
    { round: 2, v: 5 },
    { round: 5, v: 0 },
  ];
  const peer = [
    { round: 0, v: 3 },
    { round: 1, v: 1 },
    { round: 2, v: undefined },
    { round: 3, v: 9 },
  ];
  assert.deepEqual(byRound(ours, peer, v), { rounds: 1, met: 1, medianDifference: -2 });
  assert.deepEqual(byRound([], peer, v), { rounds: 0, met: 0, medianDifference: null });
});

test('byRound counts what a target asks: lower by default (a tie is not lower), or within a limit', () => {
  const ours = samples([100, 140, 141, 90]);
  const floor = samples([100, 100, 100, 100]);
  assert.equal(byRound(ours, floor, v).met, 1);
  assert.equal(byRound(ours, floor, v, (d) => d <= 40).met, 3);
  assert.equal(byRound(ours, floor, v).medianDifference, 20);
});
