// "## Timeline (BST)" over a list of times, in a story whose body keeps another clock (CEST): the
// zone the heading names is the clock of the zone-less times under it, and of no others. Read on the
// body's clock, the timeline's 09:55 BST mayday (10:55 CEST) was held against another source's
// "10:55 CEST". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const wire = [
  '# Ferry crew rescued off Cherbourg',
  '',
  'CHERBOURG, France, June 3 (Northwire) - A cargo ferry lost power in the Channel on Tuesday and drifted for three hours before tugs reached it, the French coastguard said.',
  '',
  'The crew sent a mayday at 10:55 CEST, the coastguard said. All 22 crew were safe.',
  '',
  '## Timeline (BST)',
  '',
  '- 09:40 - The ferry reports an engine fault.',
  '- 09:55 - Mayday sent to the coastguard.',
  '- 12:50 - Tugs reach the ferry.',
  '',
].join('\n');

const files = {
  '001_wire.md': wire,
  '002_paper.md': '# Stricken ferry towed to Cherbourg\n\nA cargo ferry with 22 crew lost power off Cherbourg on Tuesday. Its crew sent a mayday at 10:55 CEST, French officials said, and tugs reached the vessel at 13:50 CEST.\n',
};

describe('times: a section heading that names its clock', () => {
  it('reads the times under "Timeline (BST)" on BST and the body\'s on its own clock', () => {
    const times = analyzeArticle({ path: '001_wire.md', text: wire }).times.filter((t) => t.granularity === 'clock');
    assert.deepEqual(times.map((t) => [t.text, t.zone]), [['10:55 CEST', 'CEST'], ['09:40', 'BST'], ['09:55', 'BST'], ['12:50', 'BST']]);
  });

  it('holds no source to another across the two clocks', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'time-conflict'), [], path);
  });

  it('still holds a draft\'s wrong time to the timeline and the sources', () => {
    const draft = { ...files, 'draft_ferry.md': '# Ferry towed\n\nA cargo ferry with 22 crew lost power off Cherbourg on Tuesday. Tugs reached the ferry at 14:50 CEST.\n' };
    const found = findingsIn(draft, 'draft_ferry.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
