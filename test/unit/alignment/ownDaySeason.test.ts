// A zone-less clock time read on a seasonal clock ("UK time", "ET") takes daylight saving from its own
// day when that is known: "06:45 on 22 June" on UK time is BST, so it is an hour off "07:45 BST" that
// day, not the same instant read as GMT.
import { strict as assert } from 'node:assert';
import type { TimeClaim } from '../../../server/src/analysis/types';
import { minutesApart } from '../../../server/src/analysis/alignment/figures';

function clock(local: number, zone: string | null, zoneExplicit: boolean, date: TimeClaim['date'], utc?: number): TimeClaim {
  return {
    kind: 'time', span: { start: 0, end: 1 }, text: '', granularity: 'clock', localMinutes: local, ...(utc === undefined ? {} : { utcMinutes: utc }),
    zone, zoneExplicit, date, qualifier: 'exact', sentence: 0,
  };
}

describe('alignment: daylight saving of a guessed clock from the time\'s own day', () => {
  const bst = clock(7 * 60 + 45, 'BST', true, { year: 2027, month: 7, day: 11 }, 6 * 60 + 45);
  it('reads a summer day\'s zone-less time on UK time as BST only', () => {
    const summer = clock(6 * 60 + 45, null, false, { year: 2027, month: 7, day: 11 });
    assert.equal(minutesApart(bst, summer, ['UK time']), -60);
    const eastern = clock(2 * 60 + 45, null, false, { year: 2027, month: 7, day: 11 });
    assert.equal(minutesApart(bst, eastern, ['ET']), 0);
  });
  it('still tries both seasons when the time tells no day', () => {
    const undated = clock(6 * 60 + 45, null, false, {});
    assert.equal(minutesApart(clock(5 * 60 + 45, 'GMT', true, {}, 5 * 60 + 45), undated, ['UK time']), 0);
  });
});
