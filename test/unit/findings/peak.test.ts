// A count told as the peak ("at the peak of the storm", "a peak of 58,200") is one quantity however
// many snapshots an article gives: a draft's peak is held to the sources' peaks, and a source that
// tells its peak does not support the draft's peak with a later snapshot of the same thing.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { peakFigures } from '../../../server/src/analysis/alignment/peaks';
import { findingsIn } from './review';

const wire = 'HOBART, July 8 (Southwire) - Winds cut power to 58,200 homes at the peak of the storm on Tuesday morning, Harbour Power said. By 3 p.m. that had fallen to 31,500.';
const blog = 'Derwent Daily | LIVE\n\nAll times AEST.\n\n3.10pm\nHarbour Power says 31,500 homes are still off supply, down from a peak of 58,200 at 9am.\n\n9.05am\nCrews are out across the southern suburbs.';

const peaksOf = (text: string): string[] => {
  const a = analyzeArticle({ path: 'x.md', text });
  return [...peakFigures(a)].map((i) => a.figures[i].text);
};

describe('figure findings: a count told as the peak', () => {
  it('reads which count a peak phrase is about', () => {
    assert.deepEqual(peaksOf('Harbour Power said 31,500 homes were still off supply, down from a peak of 58,200.'), ['58,200']);
    assert.deepEqual(peaksOf('At the height of the storm, nearly 60,000 homes were dark; by noon 20,000 were.'), ['nearly 60,000 homes']);
    assert.deepEqual(peaksOf('Crews said 58,200 homes lost power at the peak of the storm, and 12,000 were still waiting on Wednesday.'), ['58,200 homes']);
    assert.deepEqual(peaksOf('- Without power at peak: 58,200 homes'), ['58,200 homes']);
    assert.deepEqual(peaksOf('The river at Bridgewater peaked at 4.2 metres.'), []);
  });

  it('a draft\'s peak is held to the sources\' peaks, not supported by a later snapshot', () => {
    const files = {
      '001_wire.txt': wire, '002_blog.txt': blog,
      'draft.md': 'Harbour Power said 31,500 homes were without power at the peak of the storm, and 12,000 were still waiting late on Tuesday.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);
    assert.deepEqual(found, [['31,500 homes', '001', '002']]);
  });

  it('a draft that gives the later snapshot without calling it the peak is supported', () => {
    const files = {
      '001_wire.txt': wire, '002_blog.txt': blog,
      'draft.md': 'Harbour Power said 31,500 homes were still without power on Tuesday afternoon.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict'), []);
  });
});
