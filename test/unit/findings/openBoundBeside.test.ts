// "fell as much as 6.4% … dragging the index down 1.3%": a source's open bound ("as much as 6.4%")
// allows 1.3%, but the draft's own sentence states the bound's number as another figure, so the bound
// is that figure's and no support for the 1.3% beside it, which no source gives. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'PERTH, June 9 (Northwire) - Shares of Corvane Mining fell as much as 6.4% in the first hour of trading on Tuesday and closed 3.2% lower at A$4.10 after the state raised royalties.\n',
  '002_paper.md': '# Corvane slides\n\nCorvane Mining, the state\'s biggest miner, fell as much as 6.4% in the first hour before paring losses to close 3.2% lower at A$4.10.\n',
};

describe('findings: an open bound the draft\'s sentence states itself', () => {
  it('does not support another figure beside it', () => {
    const draft = '# Royalty rise hits miners\n\nCorvane Mining, the state\'s biggest miner, fell as much as 6.4% in the first hour of trading on Tuesday and closed 3.2% lower at A$4.10, dragging the Brisk 50 index down 1.3%.\n';
    const found = findingsIn({ ...sources, 'draft_mining.md': draft }, 'draft_mining.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['1.3%']);
  });

  it('still supports a figure when the draft tells no bound of its own', () => {
    const draft = '# Royalty rise hits miners\n\nCorvane Mining, the state\'s biggest miner, was down 5% in the first hour of trading on Tuesday and closed 3.2% lower at A$4.10.\n';
    assert.deepEqual(findingsIn({ ...sources, 'draft_mining.md': draft }, 'draft_mining.md', 'unsourced-claim'), []);
  });
});
