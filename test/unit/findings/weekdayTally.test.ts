// "Two armed men robbed the branch … in the early hours of Tuesday and escaped with 14 boxes" against
// the sources' "… in the early hours of Monday and escaped with 14 boxes": a draft's tally told with
// the same numbers as a source's is one event told twice, so the weekday is held to the source's,
// where tallies that moved between days would be two snapshots.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DALMORE, May 6 (Northwire) - Two armed men robbed the Kestrel Bank branch on Harbour Street in the early hours of Monday and escaped with 14 safe-deposit boxes, police said.';
const paper = 'Two armed men robbed the Kestrel Bank branch on Harbour Street before dawn on Monday and escaped with 14 safe-deposit boxes, detectives said.';
const draft = (day: string) => `Two armed men robbed the Kestrel Bank branch on Harbour Street in the early hours of ${day} and escaped with 14 safe-deposit boxes.`;

describe('time findings: a weekday told with the same tally', () => {
  it('flags a draft that puts the same tally on another weekday', () => {
    const files = { '001_wire.txt': wire, '002_paper.txt': paper, 'draft_bank.md': draft('Tuesday') };
    const found = findingsIn(files, 'draft_bank.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_bank.md'].slice(found[0].span.start, found[0].span.end), 'Tuesday');
    assert.deepEqual(found[0].against.map((e) => e.label), ['001', '002']);
  });

  it('holds the tally, not a share told beside it', () => {
    const files = {
      '001_wire.txt': 'OSLEN, June 3 (Northwire) - Packaging maker Brightfold Group said on Tuesday it would cut 340 jobs, about 9% of its staff, and close its Varde plant.',
      'draft_cuts.md': 'Packaging maker Brightfold Group said on Wednesday it will cut 340 jobs, about 12% of its staff, and close its Varde plant.',
    };
    const found = findingsIn(files, 'draft_cuts.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_cuts.md'].slice(found[0].span.start, found[0].span.end), 'Wednesday');
  });

  it('holds the same tally told in many of the same words, whatever the words beside the weekday', () => {
    const source = 'Three people were killed and 17 others taken to hospital after a boiler explosion tore through a council apartment block in the harbour town of Selby Cove early on Friday, officials said.';
    const files = { '001_wire.txt': source, 'draft_cove.md': 'Three people have died and 17 have been taken to hospital after a boiler explosion partly collapsed a council apartment block in Selby Cove early on Saturday.' };
    const found = findingsIn(files, 'draft_cove.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_cove.md'].slice(found[0].span.start, found[0].span.end), 'Saturday');
    // The day it was said is not the day of what was said.
    const said = 'Officials said on Saturday that three people had been killed and 17 others taken to hospital after a boiler explosion tore through a council apartment block in the harbour town of Selby Cove.';
    assert.deepEqual(findingsIn({ '001_wire.txt': source, 'draft_cove.md': said }, 'draft_cove.md', 'time-conflict'), []);
  });

  it('holds a draft that tells part of the source\'s tally ("Six people were killed" / "… killed and 43 injured")', () => {
    const source = 'Six people were killed and 43 injured when a coach carrying pensioners on a tour of the Tatra mountains left a mountain road and rolled 35 metres down a slope on Saturday afternoon, police said.';
    const told = (day: string) => `Six people, five of them pensioners, were killed when a coach on a tour of the Tatra mountains ran off a mountain road and rolled 35 metres down a hillside on ${day} afternoon.`;
    const found = findingsIn({ '001_wire.txt': source, 'draft_coach.md': told('Sunday') }, 'draft_coach.md', 'time-conflict');
    assert.deepEqual(found.map((f) => [f.text, ...f.against.map((e) => e.label)]), [['Sunday', '001']]);
    assert.deepEqual(findingsIn({ '001_wire.txt': source, 'draft_coach.md': told('Saturday') }, 'draft_coach.md', 'time-conflict'), []);
    // A draft count the source does not have is another snapshot: "Nine people" on Sunday.
    const nine = told('Sunday').replace('Six people, five', 'Nine people, eight');
    assert.deepEqual(findingsIn({ '001_wire.txt': source, 'draft_coach.md': nine }, 'draft_coach.md', 'time-conflict'), []);
  });

  it('leaves the same weekday, and tallies that moved, alone', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, 'draft_bank.md': draft('Monday') }, 'draft_bank.md', 'time-conflict'), []);
    const moved = 'Two armed men robbed the Kestrel Bank branch on Harbour Street in the early hours of Tuesday and escaped with 19 safe-deposit boxes.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, 'draft_bank.md': moved }, 'draft_bank.md', 'time-conflict'), []);
  });

  it('leaves a day told from another ("a day after")', () => {
    const after = 'Two armed men robbed the Kestrel Bank branch on Harbour Street on Tuesday, a day after they escaped with 14 safe-deposit boxes from a depot.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, 'draft_bank.md': after }, 'draft_bank.md', 'time-conflict'), []);
  });

  it('leaves a draft alone where the sources disagree among themselves, and never holds sources to each other by the tally', () => {
    const sunday = paper.replace('Monday', 'Sunday');
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_paper.txt': sunday, 'draft_bank.md': draft('Tuesday') }, 'draft_bank.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_paper.txt': sunday }, '002_paper.txt', 'time-conflict'), []);
  });
});
