// "“The harbour is losing its trade. The islands feel it first and worst,” said Ines Varga" in one article, and a
// host's "You told us that “the harbour is losing its trade” and that the islands “feel it first and worst”" put
// to another guest in a second: both pieces are credited to someone else, so the whole quotation is in
// dispute (the squiggle reaches the name), and the second article's two pieces are one dispute, flagged
// once. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'The ferry timetable was halved on Monday. "The harbour is losing its trade. The islands feel it first and worst," said Ines Varga, chief economist at the Port Bank.',
  '002_radio.txt': [
    'PRESENTER (NOOR VALDES): Good evening. With me is the economist Lisbet Crane, and on the line the port director, Tobias Amari.', '',
    'VALDES: Tobias, is the timetable cut for good?', '',
    'AMARI: It is not. We will restore the evening sailing in June.', '',
    'VALDES: You told us that "the harbour is losing its trade" and that the islands "feel it first and worst." Do you stand by that?', '',
    'CRANE: I do. The timetable is half what it was.', '',
    'VALDES: Thank you both.', '',
  ].join('\n'),
};

describe('quote findings: a quotation credited to someone else in two pieces', () => {
  it('reaches the name where every piece is credited to someone else', () => {
    const found = findingsIn(files, '001_wire.txt', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    const text = files['001_wire.txt'].slice(found[0].span.start, found[0].span.end);
    assert.ok(text.includes('feel it first and worst') && text.includes('Ines Varga'), text);
  });

  it('flags the two pieces of one sentence once', () => {
    const found = findingsIn(files, '002_radio.txt', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
