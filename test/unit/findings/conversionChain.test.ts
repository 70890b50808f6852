// "read out its ruling at 10:21 a.m. (1021 GMT, 11:21 a.m. in Madrid)": a source that tells one moment
// on three clocks is read, against a time written on one of them, on that clock. A draft's "12:21pm in
// Madrid" matches the GMT reading if Madrid may be on summer time (a day in March not known), but
// the source's own Madrid reading says otherwise; converted right, it is not flagged.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

// A March dateline: a wire's day is not the story's, so whether Madrid was on summer time is unknown.
const wire = 'LONDON, March 13 (Channel Wire) - A tribunal cleared the bank of fraud on Friday.\n\nThe tribunal read out its ruling at 10:21 a.m. (1021 GMT, 11:21 a.m. in Madrid), ending a six-week hearing.';

const times = (draft: string) => findingsIn({ '001_wire.txt': wire, 'draft_ruling.md': draft }, 'draft_ruling.md', 'time-conflict').map((f) => [f.text, f.against.map((e) => e.label)]);

describe('time findings: a chain of conversions in brackets', () => {
  it('a wrong conversion conflicts with the source time told on its clock', () => {
    assert.deepEqual(times('The tribunal read out its ruling at 10:21am (12:21pm in Madrid), ending a six-week hearing.'), [['12:21pm in Madrid', ['001']]]);
  });

  it('a right one does not, nor the time before it', () => {
    assert.deepEqual(times('The tribunal read out its ruling at 10:21am (11:21am in Madrid), ending a six-week hearing.'), []);
    assert.deepEqual(times('The tribunal read out its ruling at 10:21am, ending a six-week hearing.'), []);
  });
});
