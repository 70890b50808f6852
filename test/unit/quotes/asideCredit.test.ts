// Three ways a source names who spoke that the reader missed: "she said" after a subject with two
// appositions ("Mara Quist, 58, of the Tenants' Alliance, said …"), a live blog's "Name, in the
// hall, on the plan: “…”", and, between two sources, a "she said" that can stand only for the person
// just named, held against a source that names someone else.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const wire = [
  'LENHAM, March 4 (Wirepost) - The borough council approved the riverside housing plan on Monday night.', '',
  'Council leader Mara Quist, 58, of the Tenants\' Alliance, said the plan left families in overcrowded flats waiting for years. "They have sold the river and kept the keys," she said.',
].join('\n');

const blog = [
  '# Live: Lenham council votes on the riverside plan', '',
  '**21:40** — Opposition housing spokesman Teodor Brandt, in the council chamber, on the riverside plan: "They have sold the river and kept the keys."', '',
  '**21:10** — The vote is called.',
].join('\n');

describe('quotes: credits through appositions and asides', () => {
  it('reads "she" after a subject with two appositions as that person', () => {
    const q = analyzeArticle({ path: '001_wire.txt', text: wire }).quotes.find((x) => x.text.includes('sold the river'));
    assert.equal(q?.speaker?.key, 'mara quist');
  });

  it('does not take a dateline before the name for the speaker\'s first aside', () => {
    const text = 'HOLBECK, May 2 (Northwire) - Ivo Marsh, the site manager, said: "The crane was inspected on Friday."\n';
    const q = analyzeArticle({ path: '003_wire.txt', text }).quotes[0];
    assert.equal(q?.speaker?.key, 'ivo marsh');
  });

  it('reads a name before asides and a colon as the speaker', () => {
    const q = analyzeArticle({ path: '002_blog.md', text: blog }).quotes.find((x) => x.text.includes('sold the river'));
    assert.equal(q?.speaker?.key, 'teodor brandt');
  });

  it('leaves a colon after a clause with a verb alone', () => {
    const text = 'Teodor Brandt, in the chamber, heard the leader say: "They have sold the river and kept the keys."';
    const q = analyzeArticle({ path: '003_x.txt', text }).quotes.find((x) => x.text.includes('sold the river'));
    assert.notEqual(q?.speaker?.key, 'teodor brandt');
  });

  it('holds the two sources against each other on the credit', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog };
    assert.equal(findingsIn(files, '001_wire.txt', 'attribution-conflict').length, 1);
    assert.equal(findingsIn(files, '002_blog.md', 'attribution-conflict').length, 1);
  });

  it('holds no credit against one person named with and without a middle initial', () => {
    const files = {
      '001_wire.txt': 'Landlord Piet Varga, 61, of Mill Lane, spoke in court. "I should have paid them back long ago," he said.',
      '002_paper.txt': 'Landlord Piet J. Varga, 61, of Mill Lane, spoke in court. "I should have paid them back long ago," he said.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'attribution-conflict'), []);
  });
});
