// “…,” said harbour engineer Dr Mara Collins.: a description with no article after a strong speech
// verb, the name closing the sentence (or only an age after it: ", 58."), credits that person; so does “…,” Dr Mara Collins, 51, of the
// Port Authority, told a briefing, where the "of …" is set off by commas as well as the age.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const speakerOf = (text: string): string | undefined => analyzeArticle({ path: '001_wire.txt', text }).quotes[0]?.speaker?.key;

describe('quotes: a description after the speech verb, and a comma-set "of …"', () => {
  it('credits "said <description> <Name>." to the person named', () => {
    assert.equal(speakerOf('"The pier will be rebuilt by spring," said harbour engineer Dr Mara Collins.'), 'mara collins');
    assert.equal(speakerOf('"The pier will be rebuilt by spring," said harbour engineer Mara Collins.'), 'mara collins');
  });

  it('credits "said <description> <Name>, 58." (only the age after the name) to the person named', () => {
    assert.equal(speakerOf('"The pier will be rebuilt by spring," said harbour engineer Mara Collins, 58.'), 'mara collins');
    // A semicolon after the age closes the clause as a full stop does.
    assert.equal(speakerOf('"The pier will be rebuilt by spring," said harbour engineer Mara Collins, 58; the board agreed.'), 'mara collins');
  });

  it('credits "<Name>, 51, of the <organisation>, told …" to the person named', () => {
    assert.equal(speakerOf('“The pier will be rebuilt by spring,” harbour engineer Dr Mara Collins, 51, of the Tasman Port Authority, told a briefing.'), 'mara collins');
  });

  it('leaves a weak verb\'s description that goes on past the name alone', () => {
    assert.notEqual(speakerOf('"The pier will be rebuilt by spring," noted harbour engineer Mara Collins and her crew.'), 'mara collins');
  });

  it('holds a draft that credits the line to the wrong person in this form', () => {
    const files = {
      '001_wire.txt': '"Our divers were in the water within the hour," said harbour master Tom Reyes. Harbour engineer Dr Mara Collins said the pier would be rebuilt by spring.',
      '002_paper.md': '“Our divers were in the water within the hour,” harbour master Tom Reyes told reporters.',
      'draft_pier.md': '"Our divers were in the water within the hour," said harbour engineer Dr Mara Collins.',
    };
    const found = findingsIn(files, 'draft_pier.md', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /Tom Reyes/);
  });
});
