// "HALIFAX, Jan. 3 (Northwire) - … released on Tuesday … at 9:40 a.m. Eastern time": a wire's dateline
// without a year cannot place the weekday, so the time had no month to read daylight saving by and no
// instant; its day lies within a week of the dateline, so where the zone keeps one offset all that
// fortnight (in every year) the time is read on it. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a weekday under a dateline without a year', () => {
  it('reads an Eastern time on the offset the fortnight round the dateline keeps', () => {
    const { times } = timesIn('HALIFAX, Jan. 3 (Northwire) - Ferry traffic figures released on Tuesday showed a rise. The port authority published them at 9:40 a.m. Eastern time.');
    assert.equal(claim(times, '9:40 a.m. Eastern time').utcMinutes, 9 * 60 + 40 + 300);
  });

  it('leaves the instant unknown where the clocks change within a week of the dateline', () => {
    const { times } = timesIn('HALIFAX, Nov. 4 (Northwire) - Ferry traffic figures released on Tuesday showed a rise. The port authority published them at 9:40 a.m. Eastern time.');
    assert.equal(claim(times, '9:40 a.m. Eastern time').utcMinutes, undefined);
  });
});
