// A reporter's transcript turn retelling someone's words in indirect speech ("in his words, the
// bridge would be closed until spring") puts each verb one tense back: against the quotation
// (“the bridge will be closed until spring”), that is no misquote. A changed word that is not a
// tense put back, or a turn with no retelling cue, still is (round 40). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'ORVIK, Feb 9 (Eastwire) - The harbour office posted a notice on Monday. It read: "The harbour bridge will be closed until spring and there is no quick fix."\n';
const radio = (turn: string) => [
  'RADIO ORVIK - MORNING NEWS', 'Tuesday 10 February 2027, 07:00 bulletin (transcript)', '',
  'MARIA HOLT (PRESENTER): Good morning, this is Maria Holt. Our reporter Peter Lund was at the harbour. Peter?', '',
  `PETER LUND (REPORTER): ${turn}`, '',
  'HOLT: Thank you, Peter.', '',
].join('\n');
const retold = 'Maria, the notice was blunt. It said, in its words, the harbour bridge would be closed until spring and there was no quick fix.';

describe('quotes: indirect speech in a transcript turn', () => {
  it('leaves a retelling with its verbs put one tense back alone, both ways', () => {
    const files = { '000_wire.txt': wire, '003_radio.txt': radio(retold) };
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'quote-mismatch'), []);
  });

  it('still flags a word changed that is no tense put back', () => {
    const files = { '000_wire.txt': wire, '003_radio.txt': radio(retold.replace('closed until spring', 'shut until spring')) };
    assert.ok(findingsIn(files, '000_wire.txt', 'quote-mismatch').length > 0);
  });

  it('still flags the tense changed in a turn that retells no one', () => {
    const own = 'Maria, I think the harbour bridge would be closed until spring and there was no quick fix.';
    const files = { '000_wire.txt': wire, '003_radio.txt': radio(own) };
    assert.ok(findingsIn(files, '000_wire.txt', 'quote-mismatch').length > 0);
  });
});
