// Between sources, two changes that take effect on one day ("4.9% – almost five per cent – from Monday 7 April" /
// "2.1% from Monday 7 April") are tied to that day, but are two quantities when the other source
// states the figure's number (or the exact number it rounds) of another moment.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a rounded figure tied to a day the other source also states', () => {
  const buses = 'Northshire Gazette\n12 January 2031\n\nBus fares in Northshire will rise by 4.9% – almost five per cent – from Monday 7 April 2031.';

  it('is not held against another change of that day when the other source states its number', () => {
    const files = {
      '001_buses.txt': buses,
      '002_trams.txt': 'Metro News\n12 January 2031\n\nTram fares in Northshire will rise by 2.1% from Monday 7 April 2031. The 4.9% rise for bus fares was announced this morning.',
    };
    assert.deepEqual(findingsIn(files, '001_buses.txt', 'figure-conflict').map((f) => f.text), []);
  });

  it('is still held against that day\'s figure when the other source never states it', () => {
    const files = {
      '001_buses.txt': buses,
      '002_trams.txt': 'Metro News\n12 January 2031\n\nBus fares in Northshire will rise by 3.1% from Monday 7 April 2031.',
    };
    assert.equal(findingsIn(files, '001_buses.txt', 'figure-conflict').length, 1);
  });
});
