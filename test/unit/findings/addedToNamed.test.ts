// A count added to something named right before it ("Kestrel Haulage and eight affiliated
// operators") leaves that one out: a count of the same things told without it ("nine operators in
// all") is not held to it. Two such counts still are (round 40). Invented text.
import { strict as assert } from 'node:assert';
import { addedToNamed, listedPart } from '../../../server/src/analysis/alignment/sumOfParts';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const wire = 'ODENSE, June 4 (Northwire) - The transport agency suspended the licences of Kestrel Haulage and 8 affiliated operators, with effect from 06:00 on Friday.\n';
const blog = '# Live: haulage licences\n\nThursday 4 June 2026\n\n15:20\nThe agency\'s suspension covers nine operators in all and takes effect at 06:00 on Friday.\n';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('alignment: a count added to something named', () => {
  const added = (text: string, n: string) => {
    const a = analyzeArticle({ path: '001_x.txt', text });
    const f = a.figures.find((x) => x.text.includes(n));
    assert.ok(f, `no figure ${n}`);
    return addedToNamed(a.text, f);
  };

  it('reads "<Name> and N", "<Name> & N" and "plus N"', () => {
    assert.equal(added(wire, '8 affiliated'), true);
    assert.equal(added('The ban hits Kestrel Haulage & 8 affiliated operators.', '8 affiliated'), true);
    assert.equal(added('The ban hits Kestrel Haulage plus eight others.', 'eight'), true);
    assert.equal(added('The ban hits nine operators in all.', 'nine'), false);
    assert.equal(added('The ban hits the haulier and 8 affiliated operators.', '8 affiliated'), false);
  });
});

describe('findings: a count added to something named and a count without it', () => {
  it('sources are not held to each other', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_blog.md'), []);
  });

  it('two counts added to the same name that disagree still conflict', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog.replace('covers nine operators in all', 'covers Kestrel Haulage and 6 affiliated operators') };
    assert.ok(conflicts(files, '002_blog.md').length > 0);
  });
});

// "Two patrol boats from Malta and two from Cyprus are expected on Friday, 8 May" / "the four patrol
// boats are due on Friday morning": one part of a list told right after the count, and the whole, are
// two quantities.
describe('findings: a count told as one part of a list and the whole', () => {
  const one = '# Help on the way\n\nAthens asked the EU for help at 22:10 on Monday. Two patrol boats from Malta and two from Cyprus are expected at Piraeus on Friday, 8 May.\n';
  const other = 'NICOSIA, May 5 (Eastwire) - Malta and Cyprus have each offered two patrol boats, and the four patrol boats are due in Greece on Friday morning.\n';
  const third = 'VALLETTA, May 5 (Northwire) - Malta and Cyprus have each offered two patrol boats. The four patrol boats are expected on Friday morning.\n';

  it('reads the part', () => {
    const a = analyzeArticle({ path: '001_x.md', text: one });
    const f = a.figures.find((x) => x.text.startsWith('Two'));
    assert.ok(f);
    assert.equal(listedPart(a.text, f), true);
    const b = analyzeArticle({ path: '002_x.txt', text: other });
    const g = b.figures.find((x) => x.text.startsWith('four'));
    assert.ok(g);
    assert.equal(listedPart(b.text, g), false);
  });

  it('sources are not held to each other', () => {
    const files = { '001_blog.md': one, '002_wire.txt': other, '003_wire.txt': third };
    for (const path of Object.keys(files)) assert.deepEqual(conflicts(files, path), [], path);
  });
});
