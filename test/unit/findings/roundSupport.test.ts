// "about 12,000 ft" reaches 12,800, but it says 12,000: where another source states 12,000 exactly
// in like words, a draft's 12,800 is not supported by the round number.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a round number is not support against its own number stated exactly', () => {
  const sources = {
    '001_wire.txt': 'The balloon had climbed to 12,000 feet over the Tarn valley when its burner failed, the operator said.',
    '002_blog.txt': 'Passengers said the balloon was at about 12,000 ft over the Tarn valley when the burner went out.',
  };

  it('a draft figure within the round number\'s reach still conflicts with the exact one', () => {
    const found = figureConflicts({ ...sources, 'draft_balloon.md': 'The balloon had climbed to 12,800 feet over the Tarn valley when its burner failed.' }, 'draft_balloon.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
  });

  it('with no exact number against it, the round number supports', () => {
    const found = figureConflicts({ '002_blog.txt': sources['002_blog.txt'], 'draft_balloon.md': 'The balloon had climbed to 12,800 feet over the Tarn valley when its burner failed.' }, 'draft_balloon.md');
    assert.deepEqual(found, []);
  });
});
