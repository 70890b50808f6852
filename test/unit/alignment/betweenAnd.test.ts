// "The Green line between Alder and Brook stayed shut until 2:45 p.m.": the "and" of "between … and …"
// joins the two ends of one stretch, so the time's clause keeps the line's words, as an "and" that
// opens a clause with a subject of its own ("… and police closed the road") does not
// (alignment/context.ts ownPart). Invented text.
import { strict as assert } from 'node:assert';
import { ownPart } from '../../../server/src/analysis/alignment/context';

const partOf = (sentence: string, claim: string) => {
  const at = sentence.indexOf(claim);
  const span = ownPart(sentence, { start: 0, end: sentence.length }, { start: at, end: at + claim.length });
  return sentence.slice(span.start, span.end).trim();
};

describe('alignment: "between … and …" in a clock time\'s clause', () => {
  it('keeps the words before "between … and …"', () => {
    assert.equal(partOf('The Green line between Alder and Brook stayed shut until 2:45 p.m. today.', '2:45 p.m.'),
      'The Green line between Alder and Brook stayed shut until 2:45 p.m. today.');
    assert.equal(partOf('Trains between Port Ellen and Brook were halted until 11:05.', '11:05'), 'Trains between Port Ellen and Brook were halted until 11:05.');
  });

  it('still starts after an "and" that opens a clause of its own', () => {
    assert.equal(partOf('Staff cleared the hall quickly and police closed the road at 9:20.', '9:20'), 'police closed the road at 9:20.');
    // "between the two depots" is a stretch told whole: the "and" after it opens a clause.
    assert.equal(partOf('Buses ran on the road between the two depots and trams stopped at 9:20.', '9:20'), 'trams stopped at 9:20.');
  });
});
