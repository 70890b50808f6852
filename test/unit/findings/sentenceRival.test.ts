// One sentence of a source with two figures of a kind ("hearing loss was more common (4.3% versus
// 2.1%), and 7.9% quit"): its likeness to the draft's sentence is the same for both, so the words right
// beside each figure say which the draft tells. A draft that gives the other number to the first
// quantity is not supported by that number told of the second.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const sources = {
  '001_study.txt': 'Published May 3, 2027\n\nAt the Tarrow plant hearing damage affected 4.3% of welders versus 2.1% across the industry, and 7.9% of welders left their jobs because of the constant noise.',
  '002_survey.txt': 'Published May 3, 2027\n\nA union survey found hearing damage in 4.3% of welders at the Tarrow plant.',
};

describe('figure findings: a rival figure in the same sentence', () => {
  it('the same number told of the sentence\'s other quantity does not support the draft', () => {
    const files = { ...sources, 'draft_noise.md': 'Hearing damage affected 7.9% of welders at the Tarrow plant, against 2.1% across the industry.' };
    const found = figureConflicts(files, 'draft_noise.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '7.9% of welders');
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
  });

  it('the draft telling that other quantity is supported', () => {
    const files = { ...sources, 'draft_noise.md': 'At the Tarrow plant 7.9% of welders left their jobs because of the constant noise.' };
    assert.deepEqual(figureConflicts(files, 'draft_noise.md'), []);
  });

  it('a number the draft\'s own sentence states is not a rival', () => {
    const files = {
      '001_results.txt': 'Published May 3, 2027\n\nThe charge pushed statutory pretax profit down to 51.4 million pounds from 63.2 million pounds a year earlier.',
      'draft_results.md': 'The charge pushed statutory pretax profit down to £51.4m from £63.2m.',
    };
    assert.deepEqual(figureConflicts(files, 'draft_results.md'), []);
  });
});
