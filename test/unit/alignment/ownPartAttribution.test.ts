// A clock time's own part of its clause stops short of an attribution set off by a comma (", the
// harbour office said,"): who says so is not what happened. The speech verb is found in any case,
// as the pattern matches it (ownPart looks for its letters before trying the pattern). Invented text.
import { strict as assert } from 'node:assert';
import { ownPart } from '../../../server/src/analysis/alignment/context';

/** ownPart of the whole text as one clause, for the claim `claim` (a piece of the text). */
function part(text: string, claim: string): string {
  const at = text.indexOf(claim);
  const span = ownPart(text, { start: 0, end: text.length }, { start: at, end: at + claim.length });
  return text.slice(span.start, span.end);
}

describe('alignment: a clause\'s own part ends before an attribution', () => {
  it('cuts an attribution after the claim', () => {
    assert.equal(part('The ferry left the quay at 07:40, the harbour office said, with 212 people on board', '07:40'), 'The ferry left the quay at 07:40');
  });

  it('finds the speech verb in capitals and in any case', () => {
    assert.equal(part('The ferry left the quay at 07:40, the harbour office SAID, with 212 people on board', '07:40'), 'The ferry left the quay at 07:40');
    assert.equal(part('The ferry left the quay at 07:40, its owner Added, with 212 people on board', '07:40'), 'The ferry left the quay at 07:40');
  });

  it('keeps the whole clause when no attribution is set off', () => {
    const text = 'The ferry left the quay at 07:40 with 212 people on board';
    assert.equal(part(text, '07:40'), text);
  });
});
