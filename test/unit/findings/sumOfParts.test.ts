// A figure told as the sum of several things ("the quarry and the cement works together employ 1,020
// people") and one of the parts told on its own ("the quarry, which employs about 640 people") are two
// quantities, however alike the words: not a conflict, in sources or in a draft. Two sums, or a "sum"
// no larger than the other figure, are still held to each other. Invented text.
import { strict as assert } from 'node:assert';
import { toldAsSum } from '../../../server/src/analysis/alignment/sumOfParts';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const wire = 'BRACKWELL, March 3 (Northwire) - Ostrava Lime runs the Brack Hill quarry, which employs about 640 people.\n';
const notes = 'Notes to editors\n\n2. The Brack Hill quarry (Ostrava Lime) and the Selby cement works (Dunmere Cement) together employ 1,020 people.\n';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('alignment: a figure told as a sum of parts', () => {
  const sum = (text: string, n: string) => {
    const a = analyzeArticle({ path: '001_x.txt', text });
    const f = a.figures.find((x) => x.text.includes(n));
    assert.ok(f, `no figure ${n}`);
    return toldAsSum(a.text, f);
  };

  it('reads "together", "combined", "jointly" and "between them" in the figure\'s clause', () => {
    assert.equal(sum(notes, '1,020'), true);
    assert.equal(sum('The two yards employ a combined 1,020 people.', '1,020'), true);
    assert.equal(sum('The two yards employ 1,020 people between them.', '1,020'), true);
    assert.equal(sum(wire, '640'), false);
    assert.equal(sum('They worked together for years; the yard employs 640 people.', '640'), false);
  });
});

describe('findings: a sum of parts and one part', () => {
  it('sources are not held to each other', () => {
    const files = { '001_wire.txt': wire, '002_notes.txt': notes };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_notes.txt'), []);
  });

  it('a draft\'s part is not held against a source\'s sum', () => {
    const files = { '002_notes.txt': notes, 'draft_lime.md': '# Levy hits Brackwell\n\nThe Brack Hill quarry employs 640 people, the company said.\n' };
    assert.deepEqual(conflicts(files, 'draft_lime.md'), []);
  });

  it('two sums that disagree still conflict', () => {
    const files = { '002_notes.txt': notes, 'draft_lime.md': '# Levy hits Brackwell\n\nThe Brack Hill quarry and the Selby cement works together employ 1,200 people.\n' };
    assert.equal(conflicts(files, 'draft_lime.md').length, 1);
  });
});

describe('findings: a sum and a share told per party', () => {
  it('are held to each other as before ("six between them" / "each offered two")', () => {
    const files = {
      '001_wire.txt': 'HALDEN, May 4 (Northwire) - Norway and Denmark each offered two rescue helicopters, which were due on Thursday.\n',
      '002_paper.md': '# Help arrives\n\nNorway and Denmark have each offered two rescue helicopters, due in Halden on Thursday.\n',
      'draft_help.md': '# Help arrives\n\nNorway and Denmark have offered six rescue helicopters between them, due in Halden on Thursday.\n',
    };
    assert.equal(conflicts(files, 'draft_help.md').length, 1);
  });
});
