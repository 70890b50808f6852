// "Helen Amadi KC", "Nadia Ferrant MP", "Ann Lee OBE": letters after a name say what the person is, not
// who. The bare name and the name with its letters are one speaker, and the words after the letters
// (a speech verb, an apposition) are read beside the name.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const speakerOf = (text: string): string | undefined => analyzeArticle({ path: '001_wire.txt', text }).quotes[0]?.speaker?.key;

describe('quotes: post-nominal letters after a speaker\'s name', () => {
  it('credits the bare name when the letters stand before the verb or an apposition', () => {
    assert.equal(speakerOf('Defence barrister Helen Amadi KC told the court: "My client has co-operated from the first day."'), 'helen amadi');
    assert.equal(speakerOf('"The bypass will be built," said Nadia Ferrant MP.'), 'nadia ferrant');
    assert.equal(speakerOf('Ann Lee OBE, who chairs the trust, said: "We will reopen the ward by June."'), 'ann lee');
  });

  it('keeps a role written before the name ("Labour MP Nadia Ferrant")', () => {
    assert.equal(speakerOf('Labour MP Nadia Ferrant said: "The bypass will be built."'), 'nadia ferrant');
  });

  it('does not set the same words credited with and without the letters against each other', () => {
    const files = {
      '001_wire.txt': '"The contract was a sham from start to finish," prosecutor Helen Amadi told jurors.',
      '002_paper.md': 'Prosecutor **Helen Amadi KC** told the jury the contract was “a sham from start to finish”.',
      'draft_trial.md': 'Prosecutor Helen Amadi KC said the contract was "a sham from start to finish".',
    };
    const sources = findingsIn(files, '002_paper.md', 'attribution-conflict');
    assert.equal(sources.length, 0, JSON.stringify(sources));
    const draft = findingsIn(files, 'draft_trial.md', 'attribution-conflict');
    assert.equal(draft.length, 0, JSON.stringify(draft));
  });
});
