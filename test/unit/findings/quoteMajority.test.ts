// A draft that quotes as most sources do, where one source has other words or credits another
// speaker, is held to that source as the sources are held to each other (the convention for figures
// and clock times). One source against one leaves the draft alone. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'PORTHALL, Oct 2 (Harbour Wire) - "We were promised a bridge and we got a ferry timetable," said Aled Rhys, who chairs the Porthall Commuters Group.';
const blog = 'Porthall live\n\nCommuters\' leader Aled Rhys said: "We were promised a bridge and we got a ferry timetable."';
const paper = 'PORTHALL GAZETTE\n\nAled Rhys, who chairs the Porthall Commuters Group, said: "We were promised a bridge and we got a bus timetable."';
const draft = 'Aled Rhys, who chairs the Porthall Commuters Group, said: "We were promised a bridge and we got a ferry timetable."';

describe('quote findings: a draft on the side of most sources', () => {
  it('a misquote by one source against two that carry the draft\'s words is flagged against it', () => {
    const found = findingsIn({ '000_wire.txt': wire, '001_blog.md': blog, '002_paper.txt': paper, 'draft_bridge.md': draft }, 'draft_bridge.md', 'quote-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['002']);
  });

  it('one source against one is no dispute the draft takes a side in', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '002_paper.txt': paper, 'draft_bridge.md': draft }, 'draft_bridge.md', 'quote-mismatch'), []);
  });

  it('a credit two sources give by name, against one source naming another, is flagged against that one', () => {
    const line = '"The ferry is not a plan, it is an apology."';
    const files = {
      '000_wire.txt': `PORTHALL, Oct 2 (Harbour Wire) - ${line.slice(0, -2)}," said Aled Rhys, who chairs the Porthall Commuters Group.`,
      '001_blog.md': `Porthall live\n\nCommuters' leader Aled Rhys said: ${line}`,
      '002_paper.txt': `PORTHALL GAZETTE\n\nCouncillor Nerys Pugh said: ${line}`,
      'draft_bridge.md': `Aled Rhys, who chairs the Porthall Commuters Group, said: ${line}`,
    };
    const found = findingsIn(files, 'draft_bridge.md', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['002']);
    const { '001_blog.md': _left, ...two } = files;
    assert.deepEqual(findingsIn(two, 'draft_bridge.md', 'attribution-conflict'), []);
  });
});
