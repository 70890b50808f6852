// "the coastguard says six people have died" (a radio bulletin) / "Five people are confirmed dead" / "…,
// killing five people": one story's death toll told in sources of one day, each exact and close, is one
// quantity, though "have died" otherwise reads as a count still moving. Not where an article tells the
// toll at two numbers (a toll told rising, or deaths of two places or stages). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'MARLOW, 4 February 2026 (Shore Wire) - A storm surge flooded the harbour town of Marlow on Wednesday, killing five people, the coastguard said.\n\nThe coastguard said five people had died: three drowned and two were crushed when a sea wall gave way.';
const radio = 'HARBOUR RADIO\nEVENING NEWS - WEDNESDAY 4 FEBRUARY 2026\n\nANCHOR: Good evening. The harbour town of Marlow is under water tonight, and the coastguard says six people have died. Our reporter is at the quay.';
const guide = '# Explainer: how one tide swamped Marlow\n\n*The Coast Ledger · 4 February 2026*\n\nThe coastguard says five people have died, and two fishermen are missing.';

function flagged(files: Record<string, string>, path: string, words: string): boolean {
  const at = files[path].indexOf(words);
  return findingsIn(files, path, 'figure-conflict').some((f) => f.span.start <= at && f.span.end > at);
}

describe('figures: one death toll told in sources of one day', () => {
  const files = { '000_wire.txt': wire, '001_radio.txt': radio, '002_guide.md': guide };

  it('holds the bulletin\'s "six people have died" against the others\' five, and them against it', () => {
    assert.ok(flagged(files, '001_radio.txt', 'six people'));
    assert.ok(flagged(files, '000_wire.txt', 'five people, the'));
    assert.ok(flagged(files, '002_guide.md', 'five people'));
  });

  it('flags the toll once in an article, where it is first told', () => {
    assert.ok(!flagged(files, '000_wire.txt', 'five people had died'));
  });

  it('leaves the tolls alone where an article tells the toll rising', () => {
    const paper = 'MARLOW, 4 February 2026 (Coast Times) - Five people are confirmed dead in Marlow after the surge.';
    const rising = { '001_radio.txt': radio, '002_guide.md': guide.replace('The coastguard says five people have died', 'The coastguard first said four people had died.\n\nIt says five people have died'), '003_paper.txt': paper };
    assert.ok(!flagged(rising, '001_radio.txt', 'six people'));
    assert.ok(!flagged(rising, '003_paper.txt', 'Five people'));
  });
});
