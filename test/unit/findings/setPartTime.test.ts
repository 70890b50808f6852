// "Trail cameras … logged three collared grey wolves during the day, two of them before 10 a.m." /
// "1:35 pm: Third collared grey wolf of the day logged by the camera at Elk Pass": a time told of a part
// of a set counted before it ("two of them") bounds several things of the set, no one moment, so the
// set's words its clause shares with another article's time do not make the two times one moment.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DENALI, Aug 9 (Northern Wire) - Trail cameras along the north ridge logged three collared grey wolves during the day, two of them before 10 a.m., ranger Ana Reyes said.';
const log = [
  'PARK SERVICE MEDIA STATEMENT',
  '',
  'Timeline',
  '- 1:35 pm: Third collared grey wolf of the day logged by the camera at Elk Pass.',
].join('\n');

describe('times: a time told of a part of a set', () => {
  it('does not hold "before 10 a.m." (two of them) against the third one\'s "1:35 pm"', () => {
    const files = { '000_wire.txt': wire, '001_log.txt': log };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_log.txt', 'time-conflict'), []);
  });

  it('still holds the same words told without a part', () => {
    const whole = wire.replace('three collared grey wolves during the day, two of them before 10 a.m.', 'the third collared grey wolf of the day before 10 a.m.');
    assert.equal(findingsIn({ '000_wire.txt': whole, '001_log.txt': log }, '000_wire.txt', 'time-conflict').length, 1);
  });
});
