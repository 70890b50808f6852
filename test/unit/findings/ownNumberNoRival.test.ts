// Sources are held to each other through the one figure of each other source their words reach best
// (findings/figures.ts, checkFigures). A number this source states itself is another quantity of its own
// (statesOthers drops it when the findings are made), so it does not take the place of the other
// source's figure that tells this one's number with one digit changed or two swapped (misses48).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const dated = (text: string) => 'Published March 4, 2028\n\n' + text;
// The wire tells the two bonds' yields in two sentences; the blog tells both in one sentence, the new
// bond's with one digit changed. Its 10-year yield (which the wire states too) is told in the words
// nearest the wire's new-bond sentence.
const files = {
  '000_wire.txt': dated('The weighted average yield on the reopened 10-year bond fell to 9.12 per cent from 9.40 per cent at a comparable sale in January. The new 30-year bond was priced at a weighted average of 9.87 per cent.'),
  '001_blog.md': dated('The reopened 10-year bond was priced at a weighted average of 9.12 per cent and the new 30-year bond at a weighted average of 9.82 per cent.'),
  '002_paper.md': dated('Investors bid 84 billion crowns at the auction, the central bank said, and it accepted 61 billion.'),
};

describe('figure findings: a number a source states itself takes no other source\'s slipped figure from it', () => {
  it('holds the new bond\'s yield against the other source\'s yield for it', () => {
    const found = conflicts(files, '000_wire.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '9.87 per cent');
    assert.deepEqual(found[0].against.map((e) => e.text), ['9.82 per cent']);
  });

  it('lets no other figure take the place where none is the slipped one', () => {
    const far = { ...files, '001_blog.md': dated('The reopened 10-year bond was priced at a weighted average of 9.12 per cent and the new 30-year bond at a weighted average of 10.45 per cent.') };
    assert.deepEqual(conflicts(far, '000_wire.txt').map((f) => f.text), []);
  });
});
