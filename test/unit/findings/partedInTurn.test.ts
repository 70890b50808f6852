// A guest on air who says a line of their written statement again and then goes on in other words
// ("That's not fair. We need…" against the statement's "This is not fair, and every…") says it anew:
// a word or two changed right where the two part ways is no misquote of the statement (round 45).
// A word changed inside a turn that then goes on alike, or in two written quotations, still is. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = [
  'HALBURY, March 3 (Northwire) - Bus drivers in Halbury walked out on Monday over new rosters.', '',
  '"Our drivers are being asked to cover routes that were never staffed for it. This is not fair, and everyone here knows it," said Tomas Reyner, the drivers\' union secretary.', '',
].join('\n');
const radio = (turn: string) => [
  'RADIO HALBURY - DRIVETIME', 'Broadcast: Tuesday 4 March 2025 (transcript)', '',
  'ANNA COLE (PRESENTER): Tomas Reyner of the drivers\' union is with me. Tomas, what is the problem?', '',
  `TOMAS REYNER: ${turn}`, '',
  'COLE: Tomas Reyner, thank you.', '',
].join('\n');
const parted = 'Look, it is simple. Our drivers are being asked to cover routes that were never staffed for it. That\'s not fair. We want rosters we can live with, and we want them this month.';

describe('quotes: a transcript turn that parts ways with the statement', () => {
  it('leaves a line said anew on air alone, both ways', () => {
    const files = { '000_wire.txt': wire, '003_radio.txt': radio(parted) };
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'quote-mismatch'), []);
  });

  it('still flags a word changed in a turn that goes on alike', () => {
    const alike = 'Our drivers are being asked to cover routes that were never built for it. This is not fair, and everyone here knows it.';
    const files = { '000_wire.txt': wire, '003_radio.txt': radio(alike) };
    assert.ok(findingsIn(files, '000_wire.txt', 'quote-mismatch').length > 0);
  });

  it('still flags two written quotations that part ways after a changed word', () => {
    const paper = [
      'Halbury drivers strike', '', 'By Lee Okafor', '',
      '"Our drivers are being asked to cover routes that were never staffed for it. That\'s not fair. We want rosters we can live with, and we want them this month," said Tomas Reyner, the union secretary.', '',
    ].join('\n');
    const files = { '000_wire.txt': wire, '001_paper.txt': paper };
    assert.ok(findingsIn(files, '000_wire.txt', 'quote-mismatch').length > 0);
  });
});
