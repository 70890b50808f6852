// How a radio transcript's turns credit quotations. Invented text.
// - "HOST: You told our breakfast show that "…". Is that still your view? ¶ GUEST: It is.": words a
//   host credits to "you", the person addressed, are the answering guest's;
// - "REPORTER: Inspector Ana Ruiz of Harbour Unit-2 told us, "…"": the turn's label opening the
//   sentence is who speaks the turn, not the subject that credits the quotation, and a unit's number
//   glued to its name ("Unit-2") is part of the affiliation between the name and the verb.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string, opening: string) =>
  analyzeArticle({ path: '003_radio.txt', text }).quotes.find((q) => q.text.replace(/^["“]/, '').startsWith(opening))?.speaker?.key ?? null;

const transcript = [
  'HARBOUR FM — EVENING LINE', '',
  'PRESENTER (NOOR VALDES): Good evening. With me is the economist Lisbet Crane, and on the line the port director, Tobias Amari.', '',
  'VALDES: Lisbet, you told our breakfast show that "the ferry cuts will cost the islands a summer of trade." Is that still your view?', '',
  'CRANE: It is. The timetable is half what it was.', '',
  'VALDES: Tobias, the unions say the cuts are permanent.', '',
  'AMARI: They are not. We will restore the evening sailing in June.', '',
  'VALDES: Inspector Marta Olsen of Harbour Unit-2 told us, "No vessel left the quay after dark." We will follow that up.', '',
  'AMARI: Thank you.', '',
].join('\n');

describe('quotes: a transcript host\'s "you told" and a label opening the reporting sentence', () => {
  it('credits words the host puts to "you" to the guest who answers next', () => {
    assert.equal(speakerOf(transcript, 'the ferry cuts will cost'), 'lisbet crane');
  });

  it('reads the subject after the turn\'s label, past a unit number glued to its name', () => {
    assert.equal(speakerOf(transcript, 'No vessel left the quay'), 'marta olsen');
  });

  it('leaves "you told" to no one where the same speaker goes on in the next turn', () => {
    const alone = transcript.replace('CRANE: It is.', 'VALDES: It is.');
    assert.notEqual(speakerOf(alone, 'the ferry cuts will cost'), 'lisbet crane');
  });
});
