// "the council expects all households to be reconnected by 6 a.m." is a target, told in the present
// tense; "the last of the households … were reconnected at half past five" is what happened. A target and an
// outcome are two claims (alignment/plannedTimes.ts), whether the plan word is "expected" or "expects".
// Invented text.
import { strict as assert } from 'node:assert';
import { plannedTime } from '../../../server/src/analysis/alignment/plannedTimes';
import { findingsIn } from './review';

function planned(sentence: string, time: string): boolean {
  const at = sentence.indexOf(time);
  return plannedTime(sentence, { start: 0, end: sentence.length }, { start: at, end: at + time.length });
}

const release = 'DUNMORE COUNCIL | MEDIA RELEASE\n\nFor immediate release: Monday 9 March 2026, 11:15 p.m.\n\nA burst main at Fenwick cut supply to 4,100 households on Monday.\n\nSupply\n\nAt 10 p.m., 900 households remained without water. Crews are refilling the network slowly, and the council expects all households to be reconnected by 6 a.m. on Tuesday 10 March.\n';
const radio = 'RADIO FENWICK - Tuesday 10 March 2026, 7:05 a.m.\n\nHOST: Good morning. The council says the last of the households that lost water yesterday were reconnected at half past five this morning.\n';

describe('times: a target told with "expects" and what happened', () => {
  it('reads a time after "expects" or "expect" as planned', () => {
    assert.equal(planned('The company expects all homes to be reconnected by 6 a.m.', '6 a.m.'), true);
    assert.equal(planned('Engineers expect the bridge to reopen at 4pm.', '4pm'), true);
    assert.equal(planned('The company said all homes were reconnected by 6 a.m.', '6 a.m.'), false);
  });

  it('holds neither source to the other across a target and an outcome', () => {
    const files = { '001_release.txt': release, '002_radio.txt': radio };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_radio.txt', 'time-conflict'), []);
  });
});
