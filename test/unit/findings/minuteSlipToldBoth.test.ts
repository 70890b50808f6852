// "warned by siren at 02:15" / a timeline's "02:51 The siren goes" that tells "02:15" too: an article
// that tells both minutes, each at a clock time of its own, holds them as two moments, so the one is
// no slip of the other's digits (findings/times.ts minuteSlip). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (extra: string) => `HEXLEY, March 3 (Wirepost) - Residents were warned by siren at 02:15 that the river had breached its banks, officials said.${extra}`;
const paper = (extra: string) => `Published 3 March 2030\n\nNeighbours on Mill Lane say the siren went at 02:51, well after water reached the first homes.${extra}`;

const conflicts = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: swapped minute digits where one article tells both minutes', () => {
  it('still holds 02:15 against 02:51 when neither article tells the other minute', () => {
    assert.deepEqual(conflicts({ '001_wire.txt': wire(''), '002_paper.md': paper('') }, '001_wire.txt'), [['02:15', '002']]);
  });

  it('leaves them alone when the other article tells this minute at a time of its own', () => {
    const files = { '001_wire.txt': wire(''), '002_paper.md': paper(' The council logged the breach at 02:15.') };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_paper.md'), []);
  });

  it('leaves them alone when the article under review tells the other minute itself', () => {
    const files = { '001_wire.txt': wire(' Pumps were started at 02:51.'), '002_paper.md': paper('') };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_paper.md'), []);
  });
});
