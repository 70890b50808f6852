// “…,” said Kent councillor Joan Pryce.: a capitalised word opening the description after the speech
// verb (a place, a party: "Kent", "Labour") is no speaker of its own; the person named after the role
// is the speaker, as with "said local councillor Joan Pryce". A name that is all there is ("said
// Reuters") stays what it was.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const speakerOf = (text: string): string | undefined => analyzeArticle({ path: '001_wire.txt', text }).quotes[0]?.speaker?.key;

describe('quotes: a capitalised word before the role after the speech verb', () => {
  it('credits "said <Place> <role> <Name>" to the person named', () => {
    assert.equal(speakerOf('"The ward is split down the middle," said Kent councillor Joan Pryce.'), 'joan pryce');
    assert.equal(speakerOf('"We will fight this in court," said Labour councillor Tom Ashby.'), 'tom ashby');
  });

  it('leaves a bare organisation after the verb without a person', () => {
    assert.equal(speakerOf('"The road will stay shut," said Kent Police.'), undefined);
  });

  it('holds a source that credits the line to another person', () => {
    const files = {
      '001_wire.txt': 'Ward chairman Ed Moss, 70, spoke after the vote. "The ward is split down the middle," said Mr Moss.',
      '002_explainer.md': 'Opinion is divided. "The ward is split down the middle," said Kent councillor Joan Pryce.',
      'draft_ward.md': 'The council approved the plan on Monday.',
    };
    const found = findingsIn(files, '002_explainer.md', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
