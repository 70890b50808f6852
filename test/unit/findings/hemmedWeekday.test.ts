// "… in three decades on Friday, June 11, by 31 votes to 12": a day hemmed in by other claims has no
// words of its own near it, so a source's "on Thursday" (11 June by the calendar and by the source's
// own date) cannot be tied to it by near words. Its sentence's words then decide whether the two
// tell one event, and the draft's weekday, wrong by the calendar, is held against the source's.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HARLAN, June 11, 2026 (Wirepost) - The Harlan regional assembly approved the biggest overhaul of its school funding rules in three decades on Thursday, voting 31 to 12 after a long debate.';
const paper = 'Harlan Courier, 12 June 2026\n\nThe regional assembly in Harlan on Thursday approved the biggest overhaul of school funding in three decades.';

describe('time findings: a weekday hemmed in by other claims', () => {
  it('holds the draft\'s weekday, wrong by the calendar, against the sources\' weekday of that day in like sentences', () => {
    const draft = 'The Harlan regional assembly approved the biggest overhaul of school funding rules in three decades on Friday, June 11, by 31 votes to 12.';
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => [f.text, f.against.map((e) => e.label).sort().join(',')]), [['Friday, June 11', '001,002']]);
  });

  it('leaves the calendar\'s weekday alone', () => {
    const draft = 'The Harlan regional assembly approved the biggest overhaul of school funding rules in three decades on Thursday, June 11, by 31 votes to 12.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });
});
