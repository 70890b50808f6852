// Two clock times told with the same two-word phrase side by side ("a binding bid") and a third word
// in common are one event, though the rest of their clauses differ; and a blog that says "All times
// GMT" makes GMT a local clock, on which a paper's zone-less "12.30pm" is read against a wire's GMT.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { phrasesNear } from '../../../server/src/analysis/alignment/phrases';

// Datelined where the engine knows no clock (a dateline's place can give one: placeZones.ts).
const wire = 'READING, Jan. 12 (Wirepost) - Marlow Tools said at 0700 GMT that its directors were minded to back the sweetened proposal, received late on Monday evening, and Norwegian suitor Halvorsen duly followed with a binding bid at 1200 GMT.';
const paper = 'Marlow Tools agrees sale\n\nBy a staff writer · Tuesday 12 January 2027\n\nIn a terse second stock-exchange filing at 12.30pm, Halvorsen confirmed a binding bid, which Marlow directors unanimously support.';
const blog = 'Markets Live | Tuesday 12 January 2027\nAll times GMT.\n\n12:05\nMarlow shares were suspended at 12:01 pending the announcement.\n\n11:40\nTalk of a Halvorsen bid lifts Marlow shares 4% in a flat market. Halvorsen has made two earlier bid approaches. Analysts expect the Halvorsen bid to win backing.';

describe('time findings: one event told in a shared phrase', () => {
  const files = { '001_wire.txt': wire, '002_paper.md': paper, '003_blog.txt': blog };

  it('holds the two times to each other', () => {
    const found = findingsIn(files, '002_paper.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
  });

  it('agrees at the same minute, and reads no GMT into a zone-less time without a blog on GMT', () => {
    assert.deepEqual(findingsIn({ ...files, '002_paper.md': paper.replace('12.30pm', '12pm') }, '002_paper.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_paper.md': paper }, '002_paper.md', 'time-conflict'), []);
  });

  it('takes only lower-case words side by side, as their stems, as a phrase', () => {
    const text = 'Norwegian suitor Halvorsen followed with a binding bid at 1200 GMT.';
    const at = text.indexOf('1200 GMT');
    assert.deepEqual(phrasesNear(text, { start: 0, end: text.length }, { start: at, end: at + 8 }), ['bind bid']);
  });
});
