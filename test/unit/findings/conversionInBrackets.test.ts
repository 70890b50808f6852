// A draft's conversion in brackets is held to the sources' conversions of the same sum into the same
// currency: "NOK 2 million (about €1.7 million)" converts wrongly where the sources write "(about
// €170,000)", though the sums before the brackets agree.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = (converted: string) => `Thursday 5 March 2027\n\nThe gallery and its insurer are offering a reward of NOK 2 million (${converted}) for information that leads to the return of the stolen paintings, police said.`;
const draft = (converted: string) => `Thursday 5 March 2027\n\nThe gallery and its insurer offered a reward of NOK 2 million (${converted}) for information leading to the return of the paintings.`;
const files = (converted: string) => ({ '001_wire.txt': source('about €170,000'), '002_paper.txt': source('roughly €172,000'), 'draft_reward.md': draft(converted) });

describe('figure findings: a conversion in brackets', () => {
  it('flags a conversion ten times the sources\' conversions of the same sum', () => {
    const found = findingsIn(files('about €1.7 million'), 'draft_reward.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
    assert.deepEqual(findingsIn(files('about €1.7 million'), 'draft_reward.md', 'unsourced-claim'), []);
  });

  it('leaves a conversion at another day\'s rate alone', () => {
    assert.deepEqual(findingsIn(files('about €180,000'), 'draft_reward.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files('about €180,000'), 'draft_reward.md', 'unsourced-claim'), []);
  });
});
