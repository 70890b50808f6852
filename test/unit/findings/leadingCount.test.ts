// "1,436 passengers and 612 crew" / "1,436 guests and 618 crew": a count told right after an equal
// count of a second thing is the same total in both sources; the count before may be named in another
// word for it when its number is seldom told by chance.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a count told after an equal count', () => {
  const files = {
    '001_wire.txt': 'Published May 9, 2027\n\nThe Corran Star left Leith on Saturday with 1,436 passengers and 612 crew, bound for Reykjavik.',
    '002_line.txt': 'Published May 9, 2027\n\nThere are 1,436 guests and 612 crew on the ship, the line said in a statement.',
    '003_guide.md': 'Published May 11, 2027\n\n- **On board this sailing:** 1,436 passengers and 618 crew\n- **Built:** 2011',
  };

  it('holds the sources to each other through the count told before', () => {
    const found = figureConflicts(files, '003_guide.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
    assert.equal(figureConflicts(files, '002_line.txt').length, 1);
  });

  it('another count before, or a round one in another word, leaves them apart', () => {
    const other = { '001_wire.txt': files['001_wire.txt'], '003_guide.md': files['003_guide.md'].replace('1,436 passengers', '1,440 passengers') };
    assert.deepEqual(figureConflicts(other, '003_guide.md'), []);
    const round = {
      '001_wire.txt': files['001_wire.txt'].replace('1,436 passengers', '1,400 passengers'),
      '003_guide.md': files['003_guide.md'].replace('1,436 passengers', '1,400 guests'),
    };
    assert.deepEqual(figureConflicts(round, '003_guide.md'), []);
  });
});
