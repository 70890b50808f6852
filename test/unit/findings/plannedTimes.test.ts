// A clock time told as a plan ("was due to open at 10am", "scheduled for 14:00") and the time the
// thing happened ("opened its doors at 10.40am") are two claims, not one moment told two ways: the
// sources are not held to each other, nor the draft to them, across a plan and an outcome. Two plans
// told differently still disagree. Invented text.
import { strict as assert } from 'node:assert';
import { plannedTime } from '../../../server/src/analysis/alignment/plannedTimes';
import { findingsIn } from './review';

function planned(sentence: string, time: string): boolean {
  const at = sentence.indexOf(time);
  return plannedTime(sentence, { start: 0, end: sentence.length }, { start: at, end: at + time.length });
}

const files = {
  '001_wire.txt': 'ORTON, England, March 14 (Northwire) - The new Orton library was due to open at 10am on Saturday, but a fire alarm kept the doors shut, the council said.\n\nCouncil leader Anna Redfern cut the ribbon in the afternoon.\n',
  '002_paper.md': '# Orton library finally opens\n\nOrton\'s new library opened its doors at 10.40am on Saturday, after a false fire alarm, the council said.\n\nAbout 300 people were queueing outside.\n',
};

describe('times: a plan and what happened', () => {
  it('reads a time after a word of plan as planned, and a time told as done as not', () => {
    assert.equal(planned('The library was due to open at 10am on Saturday.', '10am'), true);
    assert.equal(planned('The vote was planned for 14:00 but took place at 15:10.', '14:00'), true);
    assert.equal(planned('The vote was planned for 14:00 but took place at 15:10.', '15:10'), false);
    assert.equal(planned('The vote, scheduled for 2pm, took place at 3.10pm.', '2pm'), true);
    assert.equal(planned('The vote, scheduled for 2pm, took place at 3.10pm.', '3.10pm'), false);
    assert.equal(planned('The match kicked off at 3.15pm instead of 3pm.', '3pm'), true);
    assert.equal(planned('The library opened its doors at 10.40am.', '10.40am'), false);
    assert.equal(planned('Due to the rain, the race started at 11am.', '11am'), false);
    assert.equal(planned('The fire was set at 2am, police said.', '2am'), false);
    assert.equal(planned('He died due to his injuries at 3.10pm.', '3.10pm'), false);
  });

  it('reads a plan whose verb takes a long object before the time (round 43)', () => {
    // "due to announce the new bus timetable at 9:00 GMT": seven words between the plan word and its time.
    assert.equal(planned('The ministry is due to announce the new regional bus timetable at 9:00 GMT.', '9:00 GMT'), true);
    assert.equal(planned('The board is expected to publish its annual water quality report at noon.', 'noon'), true);
    assert.equal(planned('The board was expected to meet, but the chairman finally published the report at noon.', 'noon'), false);
    // A plan word before a place told in six words (round 34): "due on the main Riverside Stage at".
    assert.equal(planned('The closing act had been due on the main Riverside Stage at 10:15 p.m.', '10:15 p.m.'), true);
  });

  it('holds no source to another across a plan and an outcome', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'time-conflict'), [], path);
  });

  it('leaves a draft that tells the outcome alone', () => {
    const draft = { ...files, 'draft_library.md': 'Orton\'s new library opened at 10.40am on Saturday, 40 minutes late, after a fire alarm, the council said.\n' };
    assert.deepEqual(findingsIn(draft, 'draft_library.md', 'time-conflict'), []);
  });

  it('still holds two plans told differently to each other', () => {
    const draft = { ...files, 'draft_library.md': 'Orton\'s new library was due to open at 11am on Saturday, but a fire alarm kept the doors shut, the council said.\n' };
    const found = findingsIn(draft, 'draft_library.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.text), ['10am']);
  });
});
