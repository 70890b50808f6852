// "Seven councillors voted for the plan and two abstained": a number in words joined on by "and"
// with a verb after it counts what the count before it counted, so a draft's "two councillors
// abstained" is supported rather than held against the seven.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a number in words coordinated with a count', () => {
  it('takes the noun of the count before it when a verb in -ed follows', () => {
    assert.deepEqual(read('Seven councillors voted for the plan and two abstained.'), [['Seven councillors', 'councillor'], ['two', 'councillor']]);
  });

  it('leaves a number word alone without the verb, the "and", or a count of a size', () => {
    assert.deepEqual(read('Seven councillors voted for the plan and two later.'), [['Seven councillors', 'councillor']]);
    assert.deepEqual(read('Seven councillors voted for the plan; two abstained.'), [['Seven councillors', 'councillor']]);
    assert.deepEqual(read('About 900 councillors met and two resigned.'), [['About 900 councillors', 'councillor']]);
  });

  it('supports a draft that counts the abstainers', () => {
    const files = {
      '001_wire.txt': 'BRISTOL, May 3 (Wirepost) - The city council approved the ring-road plan on Tuesday. Seven Green councillors voted against the plan and two abstained.',
      'draft_council.md': '# Ring road approved\n\nThe city council approved the ring-road plan on Tuesday. Seven Green councillors voted against it. Two Green councillors abstained.',
    };
    assert.deepEqual(findingsIn(files, 'draft_council.md', 'figure-conflict'), []);
  });
});
