// A source held against the odd source through the sources it agrees with (findings/throughAgreeing.ts):
// the sources asked are counted, not their figures, so two sources that each tell the number twice do
// not use up the places before the source whose own check holds the odd source's figure (misses54).
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

// 003 alone tells 27 crews; 004 and 005 tell 23 in 003's words and their checks hold them against it.
// 000 tells 23 once, in words of its own that do not reach 003; 001 and 002 tell 23 twice each in
// 000's words (four figures agreeing with 000's, asked before 004's).
const files = {
  '000_wire.txt': 'Published June 2, 2027\n\nThe county fire service sent 23 crews to the warehouse blaze on the ring road, it said.',
  '001_paper.md': 'Published June 2, 2027\n\nThe county fire service sent 23 crews to the warehouse blaze on the ring road. The county fire service said the 23 crews fought the warehouse blaze on the ring road until dawn.',
  '002_tv.txt': 'Published June 2, 2027\n\nThe county fire service sent 23 crews to the warehouse blaze on the ring road, it said. The county fire service kept 23 crews at the warehouse blaze on the ring road overnight.',
  '003_radio.txt': 'Published June 2, 2027\n\nAt the height of the warehouse blaze, 27 crews were working on the ring road site, the county fire service told us.',
  '004_blog.md': 'Published June 2, 2027\n\nAt the height of the warehouse blaze on Tuesday, 23 crews were working at the ring road site, according to the county fire service.',
  '005_site.md': 'Published June 2, 2027\n\nAt the height of the warehouse blaze, 23 crews were working on the ring road site, the county fire service said.',
};

describe('figure findings: a source held against the odd one through agreeing sources, counted by source', () => {
  it('holds the single telling against the odd source, though two sources asked first tell the number twice', () => {
    const odd = conflicts(files, '003_radio.txt');
    assert.ok(odd.some((f) => f.text === '27 crews' && f.against.some((e) => e.label === '004')), JSON.stringify(odd));
    const found = conflicts(files, '000_wire.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '23 crews');
    assert.ok(found[0].against.some((e) => e.label === '003'), JSON.stringify(found[0].against));
  });

  it('still holds no source that tells the number twice itself', () => {
    for (const path of ['001_paper.md', '002_tv.txt']) assert.deepEqual(conflicts(files, path), [], path);
  });
});
