// A broadcast transcript's guest turn ("REID: It went from busy to frightening … He kept shouting
// "move back", but nobody could."): the guest's own words up to the sentence that quotes someone else
// are the guest's quotation, credited to the name the label's surname stands for ("Tomas Reid is
// thirty-one"); and a sentence ending on an initial ("… at Gate C.") is no headline.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const transcript = [
  'RADIO CORRIN - "CORRIN AT EIGHT" - SUNDAY 10 MAY 2026', 'Transcript extract. Presenter: Ian Cole. Reporter: Mina Shah.', '',
  'COLE: Good morning. Twelve people were hurt last night at Harbour Park. Mina, what happened?', '',
  'SHAH: Ian, the queue at the north gate simply lurched forward just before the band came on.', '',
  'COLE: Let\'s hear from someone who was in that queue. Tomas Reid is thirty-one, he\'s a nurse, and he spoke to us earlier.', '',
  'REID: It went from busy to frightening in about five seconds. I lost my phone. A man behind me kept shouting "move back, move back", but nobody could.',
].join('\n');

describe('transcripts: a turn that quotes someone else', () => {
  it('keeps the guest\'s own words before the quoting sentence as the guest\'s quotation', () => {
    const quotes = analyzeArticle({ path: '003_radio.txt', text: transcript }).quotes;
    const reid = quotes.find((q) => q.text.startsWith('It went from busy'));
    assert.ok(reid, JSON.stringify(quotes.map((q) => q.text)));
    assert.equal(reid.speaker?.key, 'tomas reid');
    assert.ok(!reid.text.includes('move back'));
  });

  it('holds another source\'s wording of the guest\'s words against the transcript', () => {
    const wire = 'CORRIN, England, May 10 (Coastline News) - Tomas Reid, 31, a nurse, said he had been near the gate. ' +
      '"It went from busy to terrifying in about five seconds," he said.';
    const found = findingsIn({ '003_radio.txt': transcript, '000_wire.txt': wire }, '000_wire.txt', 'quote-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
  });

  it('reads a sentence that ends on an initial as a sentence, not a headline', () => {
    const people = analyzeArticle({ path: 'x.md', text: 'We spoke to Nora Fenn, 24, who was in the queue at Gate C.' }).people.map((p) => p.name);
    assert.deepEqual(people, ['Nora Fenn']);
  });
});
