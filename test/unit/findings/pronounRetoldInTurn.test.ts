// "The firm's chief executive, Dana Whitlow, has apologised. She said the company would cooperate fully
// with the inquiry" in a reporter's transcript turn: the "she" opening the retelling stands for the
// person the turn named in the sentence before, so the words are that person's, not the reporter's,
// and a source crediting them to her is no conflict of credit (round 45). A turn that names no one
// before its "she said" still is. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const paper = [
  'Harbour yard fire', '', 'By Lee Okafor', '',
  'Chief executive Dana Whitlow said Corran Marine would "cooperate fully with the harbour inquiry".', '',
].join('\n');
const radio = (turn: string) => [
  'RADIO CORRAN - MORNING REPORT', 'Broadcast: Friday 5 June 2026 (transcript)', '',
  'ANNA COLE (PRESENTER): Our reporter Tom Reyner is at the yard. Tom?', '',
  `TOM REYNER (REPORTER): ${turn}`, '',
  'COLE: Tom Reyner, thank you.', '',
].join('\n');

describe('quotes: a pronoun retelling in a transcript turn', () => {
  it('credits the words to the person the turn named just before', () => {
    const files = { '000_paper.txt': paper, '003_radio.txt': radio('Anna, the firm\'s chief executive, Dana Whitlow, has apologised. She said the company would cooperate fully with the harbour inquiry.') };
    assert.deepEqual(findingsIn(files, '000_paper.txt', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'attribution-conflict'), []);
  });

  it('still flags a turn that names no one before its retelling', () => {
    const files = { '000_paper.txt': paper, '003_radio.txt': radio('Anna, it has been a long night here. She said the company would cooperate fully with the harbour inquiry.') };
    assert.ok(findingsIn(files, '000_paper.txt', 'attribution-conflict').length + findingsIn(files, '003_radio.txt', 'attribution-conflict').length > 0);
  });
});
