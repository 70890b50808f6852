// A draft's count told of one part of the day ("By Wednesday morning, 260 volunteers") where the
// sources tell that number of another part ("on Wednesday afternoon 260") is their count of another
// moment: what they count at the draft's part of the day, by that word or by a clock time within its
// hours ("At 6am … 120"), is held against it, as a count moved between clock times is.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const sources = {
  '001_police.txt': 'Published June 9, 2027\n\nAt 6am on Wednesday, 120 volunteers were searching the moor for the missing walker, police said.',
  '002_wire.txt': 'Published June 9, 2027\n\nOn Wednesday afternoon 260 volunteers were combing the moor, the mountain rescue team said.',
  '003_briefing.txt': 'Published June 9, 2027\n\nSERGEANT HOLT: Right now we have 260 volunteers searching the moor for the missing walker, and the helicopter is back up.',
};

describe('figure findings: a count told of another part of the day', () => {
  it('the sources\' count of the draft\'s part of the day is held against it', () => {
    const files = { ...sources, 'draft_moor.md': 'By Wednesday morning, 260 volunteers were searching the moor for the missing walker.' };
    const found = figureConflicts(files, 'draft_moor.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });

  it('the count told of its own part of the day is supported', () => {
    const files = { ...sources, 'draft_moor.md': 'By Wednesday afternoon, 260 volunteers were searching the moor for the missing walker.' };
    assert.deepEqual(figureConflicts(files, 'draft_moor.md'), []);
  });

  it('a part of the day that bounds an event is not the count\'s moment', () => {
    const files = { ...sources, 'draft_moor.md': 'The storm broke before dawn on Wednesday, leaving 260 volunteers searching the moor for the missing walker.' };
    assert.deepEqual(figureConflicts(files, 'draft_moor.md'), []);
  });
});
