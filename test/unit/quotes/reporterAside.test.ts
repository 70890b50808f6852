// "She told me just after the vote, and I quote, “…”", "the harbour master said, and I wrote it down,
// “…”": a reporter's aside set between a speech verb and its quotation. The aside's own verb ("quote",
// "wrote") is the reporter's; the words are the subject's of the speech verb before it (round 50).
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string, opening: string) =>
  analyzeArticle({ path: '003_radio.txt', text }).quotes.find((q) => q.text.replace(/^["“]/, '').startsWith(opening))?.speaker?.key ?? null;

const transcript = [
  'HARBOUR FM — EVENING LINE', '',
  'PRESENTER (NOOR VALDES): Good evening. Our reporter Emil Strand is at the ferry terminal.', '',
  'STRAND: Thank you, Noor. Lisbet Crane, a shop steward for the deckhands, told me just after the vote, and I quote, "We will not sail until the rota is fixed." The crews went home.', '',
  'VALDES: And the port?', '',
  'STRAND: The port director, Tobias Amari, spoke at six. He said, and I wrote it down, "The evening sailing returns in June." Not everyone believes him.', '',
].join('\n');

describe('quotes: a reporter\'s aside between a speech verb and its quotation', () => {
  it('credits the words after ", and I quote," to the subject of the verb before the aside', () => {
    assert.equal(speakerOf(transcript, 'We will not sail'), 'lisbet crane');
  });

  it('credits the words after ", and I wrote it down," through the pronoun before the aside', () => {
    assert.equal(speakerOf(transcript, 'The evening sailing returns'), 'tobias amari');
  });
});
