// "At Thursday's hearing (10.30 GMT, 11.30 CET) …": a day's possessive opening its sentence after "At"
// is a day, and a clock time in brackets right after the thing the day owns is that thing's moment, so
// the day dates it. A possessive with no bracketed time ("At Monday's meeting, officials …") still
// dates no clock time.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a clock time in brackets after the thing a day owns', () => {
  const dateline = { year: 2027, month: 5, day: 14 }; // a Friday

  it('dates the bracketed time by the possessive day', () => {
    const body = 'The inquiry opened on Tuesday. At Thursday\'s hearing (10.30 GMT, 11.30 CET) the chair read out the terms.';
    const { times } = timesIn(body, dateline);
    assert.deepEqual(claim(times, '10.30 GMT').date, { year: 2027, month: 5, day: 13 });
    assert.deepEqual(claim(times, '11.30 CET').date, { year: 2027, month: 5, day: 13 });
  });

  it('a possessive without a bracketed time dates nothing after it', () => {
    const body = 'The inquiry opened on Tuesday. At Thursday\'s hearing the chair spoke, and at 10.30 GMT the lawyers left.';
    const { times } = timesIn(body, dateline);
    assert.deepEqual(claim(times, '10.30 GMT').date, { year: 2027, month: 5, day: 11 });
  });
});
