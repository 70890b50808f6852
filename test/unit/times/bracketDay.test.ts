// "5:10 a.m. local time (04:10 GMT, or 11:10 p.m. on Sunday in Boston)": a date inside brackets
// opened after a clock time is the day of the converted times, not the first time's; a date written
// after the brackets, or beside the time itself, still is. Sentences are our own.
import { strict as assert } from 'node:assert';
import { findingsIn } from '../findings/review';
import { claim, timesIn } from './helpers';

const APR_6_2027 = { year: 2027, month: 4, day: 6 };

describe('times: a date inside brackets after a clock time', () => {
  it('is the converted time\'s day, not the first time\'s', () => {
    const { times } = timesIn('The pipeline ruptured at 5:10 a.m. local time (04:10 GMT, or 11:10 p.m. on Monday in Boston).', APR_6_2027);
    assert.deepEqual(claim(times, '5:10 a.m. local time').date, APR_6_2027);
    assert.deepEqual(claim(times, '11:10 p.m.').date, { year: 2027, month: 4, day: 5 });
  });

  it('a date after the brackets, or beside the time, is still the time\'s', () => {
    const after = timesIn('The pipeline ruptured at 5:10 a.m. (0410 GMT) on Monday, the operator said.', APR_6_2027).times;
    assert.deepEqual(claim(after, '5:10 a.m.').date, { year: 2027, month: 4, day: 5 });
    const beside = timesIn('The pipeline ruptured at 5:10 a.m. on Monday (0410 GMT).', APR_6_2027).times;
    assert.deepEqual(claim(beside, '5:10 a.m.').date, { year: 2027, month: 4, day: 5 });
  });

  it('lets the time be held to a source\'s reading of the same moment', () => {
    const files = {
      '000_wire.md': 'TARVIK, April 6 (Coastwire) - The alarm at the Tarvik refinery sounded at 5:13 a.m. local time (03:13 GMT, or 11:13 p.m. on Monday in New York).',
      '001_blog.md': 'Tuesday 6 April 2027\n\n**06:40** Police say the alarm at the Tarvik refinery went off at 5:07 a.m.',
    };
    assert.equal(findingsIn(files, '000_wire.md', 'time-conflict').length, 1);
  });
});
