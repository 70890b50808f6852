// "he" after a sentence that opens with a person whose verb the reader cannot find ("Tam Reid, 71,
// who has lived on the street for 40 years, watched …") is that person, not someone named earlier.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const paper = [
  'Residents described the flooding on Canal Row.', '',
  '"The water came up through the floorboards," Nadia Osei, who chairs the residents\' association, told Wharf Radio.', '',
  'Alan Birch, 68, who has lived on Canal Row for more than 30 years, watched from an upstairs window. "I have never seen the canal come over the towpath like that," he told the Gazette.',
].join('\n');

describe('quotes: "he" after a person opening a sentence', () => {
  it('credits the quotation to the person the sentence before opens with', () => {
    const q = analyzeArticle({ path: '002_paper.txt', text: paper }).quotes.find((x) => x.text.includes('towpath'));
    assert.equal(q?.speaker?.key, 'alan birch');
  });

  it('raises no attribution conflict for a draft that names him', () => {
    const files = {
      '002_paper.txt': paper,
      'draft_flood.md': 'Alan Birch, a resident, said: "I have never seen the canal come over the towpath like that."',
    };
    assert.deepEqual(findingsIn(files, 'draft_flood.md', 'attribution-conflict'), []);
  });
});
