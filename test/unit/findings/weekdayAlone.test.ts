// "Sunday's cup final" against the sources' "Saturday's cup final": a weekday told alone is held to
// the weekday the sources give the same event in the same words, with no dateline needed.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'BRAMLEY, Oct 9 (Northwire) - Millbrook beat Castleford 3-1 in Saturday\'s county shield final at Ashgate Lane, ending a long wait for a trophy.',
  '002_paper.txt': 'Millbrook won the county shield final at Ashgate Lane on Saturday, beating Castleford 3-1 in front of a packed stand.',
};

describe('time findings: a weekday told alone', () => {
  it('flags a draft that puts the event on another weekday', () => {
    const files = { ...sources, 'draft_shield.md': 'Millbrook beat Castleford 3-1 in Sunday\'s county shield final at Ashgate Lane.' };
    const found = findingsIn(files, 'draft_shield.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_shield.md'].slice(found[0].span.start, found[0].span.end), 'Sunday');
  });

  it('leaves the same weekday alone, and a weekday told of something else', () => {
    assert.deepEqual(findingsIn({ ...sources, 'draft_shield.md': 'Millbrook beat Castleford 3-1 in Saturday\'s county shield final at Ashgate Lane.' }, 'draft_shield.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ ...sources, 'draft_shield.md': 'The squad returned to training on Sunday morning with the trophy.' }, 'draft_shield.md', 'time-conflict'), []);
  });

  it('leaves snapshots and lasting states on their own days alone', () => {
    const counts = {
      '001_wire.txt': 'BRAMLEY, Oct 10 (Northwire) - Five people were in hospital on Saturday after the stand at Ashgate Lane gave way, the health board said.',
      '002_paper.txt': 'Two people were in hospital on Sunday after the stand at Ashgate Lane gave way, the health board said.',
    };
    assert.deepEqual(findingsIn(counts, '002_paper.txt', 'time-conflict'), []);
    const state = {
      '001_wire.txt': 'BRAMLEY, Oct 10 (Northwire) - Patients remained in hospital on Saturday after the stand at Ashgate Lane gave way, the health board said.',
      '002_paper.txt': 'Patients remained in hospital on Sunday after the stand at Ashgate Lane gave way, the health board said.',
    };
    assert.deepEqual(findingsIn(state, '002_paper.txt', 'time-conflict'), []);
  });

  it('leaves a sentence that tells two weekdays, and a state that stays, to other rules', () => {
    const two = {
      '001_wire.txt': 'BRAMLEY, Oct 9 (Northwire) - Libraries across the Ashgate district stay closed on Monday and Tuesday, reopening Wednesday, the council said.',
      'draft_shield.md': 'Libraries across the Ashgate district will stay shut on Monday and reopen on Wednesday, the council said.',
    };
    assert.deepEqual(findingsIn(two, 'draft_shield.md', 'time-conflict'), []);
    const stay = {
      '001_wire.txt': 'BRAMLEY, Oct 9 (Northwire) - The Ashgate Lane ground will stay closed on Monday while engineers inspect the stand, the club said.',
      'draft_shield.md': 'The Ashgate Lane ground will stay closed on Tuesday while engineers inspect the stand, the club said.',
    };
    assert.deepEqual(findingsIn(stay, 'draft_shield.md', 'time-conflict'), []);
  });

  it('leaves a weekday beside a clock time to the clock times', () => {
    const files = {
      '001_wire.txt': 'The club began emailing season-ticket holders at 2300 GMT on Tuesday about the county shield final tickets.',
      'draft_shield.md': 'The club began emailing season-ticket holders at 8am on Wednesday, which was 2300 GMT on Tuesday, about the county shield final tickets.',
    };
    assert.deepEqual(findingsIn(files, 'draft_shield.md', 'time-conflict'), []);
  });
});
