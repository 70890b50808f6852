// "told Harbour FM" in the draft and in one source, "told the Valley Herald" in another: the sources
// disagree on the outlet, and the draft, on one side, is held to the other side as its figures and
// times are. A source that agrees with the draft while no source disagrees with that source leaves the
// draft alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const said = '"Nobody will be left without a bed tonight,"';

describe('venues: a draft on one side of sources that disagree on the outlet', () => {
  const files = {
    '001_wire.txt': `PORT ELLIS, May 3 (Wirepost) - Every family had been housed by evening. ${said} Mayor Ingrid Solvang told Harbour FM.`,
    '002_paper.txt': `Every family had been housed by evening. ${said} Mayor Ingrid Solvang told the Valley Herald.`,
    'draft_shelter.md': `Every family had been housed by evening. ${said} Mayor Ingrid Solvang told Harbour FM.`,
  };

  it('flags the draft against the source that names another outlet', () => {
    const found = findingsIn(files, 'draft_shelter.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, 'Harbour FM');
    assert.deepEqual(found[0].against.map((e) => e.label), ['002']);
  });

  it('still flags the two sources against each other', () => {
    assert.equal(findingsIn(files, '001_wire.txt', 'attribution-conflict').length, 1);
    assert.equal(findingsIn(files, '002_paper.txt', 'attribution-conflict').length, 1);
  });

  it('leaves the draft alone where its outlet is not in dispute among the sources', () => {
    // Only the draft's supporter tells a venue; the other source tells the words to no outlet.
    const quiet = { ...files, '002_paper.txt': `Every family had been housed by evening. ${said} Mayor Ingrid Solvang said.` };
    assert.equal(findingsIn(quiet, 'draft_shelter.md', 'attribution-conflict').length, 0);
  });
});
