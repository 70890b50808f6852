// A draft's figure told as where a change went ("the vacancy rate dipped slightly, to 4.6%") is not
// supported by sources that tell its number only as where the change started ("slipped to 4.2% from
// 4.6%", "a small dip from 4.6%", a results table's "4.2% (2026: 4.6%)"): the draft has the change
// backwards, and the sources' end stands against it. A start told with a decimal end before it ("to
// 4.2% from 4.6%") is a start; where a part's rate started ("the school's rate … up from 98.0%") is
// the part's. Not flagged: a draft telling the change the right way round, a year-ago value told as
// such, a cap ("up to 4.6%").
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const sources = {
  '000_wire.txt': 'Published March 4, 2027\n\nThe city\'s office vacancy rate slipped to 4.2% from 4.6%, the property board said, while rents rose 3%.',
  '001_blog.md': 'Published March 4, 2027\n\nThe property board\'s figures:\n\n- Office vacancy rate: 4.2% (2026: 4.6%)\n- Rents: +3%',
  '002_paper.txt': 'Published March 4, 2027\n\nOffice vacancy rate: 4.2% of floor space stood empty, a small dip from 4.6%.',
};

describe('figure findings: a change told backwards', () => {
  it('flags a draft whose change goes to the number the sources start it from', () => {
    const files = { ...sources, 'draft_offices.md': 'The office vacancy rate dipped slightly, to 4.6%, the property board said.' };
    const found = figureConflicts(files, 'draft_offices.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '4.6%');
    assert.ok(found[0].against.length >= 2, JSON.stringify(found[0].against));
  });

  it('reads the perfect tense ("has fallen to", "has risen to") as where a change went', () => {
    const one = {
      '000_wire.txt': 'Published March 4, 2027\n\nThe Harbour Party stands at 24% in the Tidewell poll, down from 27% in January, level with the Farmers\' League on 24%.',
      'draft_poll.md': 'The Harbour Party\'s support has fallen to 27% in the Tidewell poll, with the Farmers\' League on 24%.',
    };
    const found = figureConflicts(one, 'draft_poll.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '27%');
    const risen = { ...one, 'draft_poll.md': 'The Harbour Party\'s support has risen to 27% in the Tidewell poll.' };
    assert.equal(figureConflicts(risen, 'draft_poll.md').length, 1);
  });

  it('does not flag the change told the right way round', () => {
    const files = { ...sources, 'draft_offices.md': 'The office vacancy rate slipped to 4.2% from 4.6%, the property board said.' };
    assert.deepEqual(figureConflicts(files, 'draft_offices.md'), []);
  });

  it('does not flag the year before\'s value told as such, nor a cap', () => {
    const before = { ...sources, 'draft_offices.md': 'A year ago the office vacancy rate was 4.6%, the property board said.' };
    assert.deepEqual(figureConflicts(before, 'draft_offices.md'), []);
    const cap = { ...sources, 'draft_offices.md': 'The office vacancy rate could climb up to 4.6%, the property board said.' };
    assert.deepEqual(figureConflicts(cap, 'draft_offices.md'), []);
  });

  it('holds a part\'s starting value apart from the whole\'s', () => {
    const files = {
      '000_wire.txt': 'Published August 13, 2027\n\nThe national pass rate rose to 97.2%, up from 97.0% last year.',
      '001_local.txt': 'Published August 13, 2027\n\nThe borough\'s pass rate rose to 99.1%, up from 98.0% last year, well above the national pass rate.',
      'draft_results.md': 'The national pass rate rose to 97.2%, up from 97.0% last year.',
    };
    assert.deepEqual(figureConflicts(files, 'draft_results.md'), []);
    assert.deepEqual(figureConflicts(files, '001_local.txt'), []);
  });
});
