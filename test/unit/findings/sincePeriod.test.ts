// A sum no source gives, with the year it has run since ("received €9 million in grants since 2011"),
// is one claim no source makes: flagged once, at the sum, not again at its "since" year.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'BRENTFORD, June 2 (Coastwire) - Halden Foods will close its bakery in Brentford, the company said on Tuesday. The bakery employs 210 people.\n';

describe('a sum no source gives, with the year it ran since', () => {
  it('is one unsourced claim, at the sum', () => {
    const files = { '001_wire.txt': source, 'draft_bakery.md': '# Bakery to close\n\nHalden Foods received €9 million in council grants for the bakery since 2011, opposition councillors said.\n' };
    const found = findingsIn(files, 'draft_bakery.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['€9 million']);
  });
  it('still flags the year when the sentence has no unsourced sum', () => {
    const files = { '001_wire.txt': source, 'draft_bakery.md': '# Bakery to close\n\nIt is the largest closure in Brentford since 2011, councillors said.\n' };
    const found = findingsIn(files, 'draft_bakery.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['largest closure in Brentford since 2011']);
  });
  it('flags both when a clause of its own, joined on after the sum, tells the record', () => {
    const files = { '001_wire.txt': source, 'draft_bakery.md': '# Bakery to close\n\nThe firm\'s flour bill runs at about €4.5 million a year, and it is the first closure in Brentford since 2011.\n' };
    const found = findingsIn(files, 'draft_bakery.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['about €4.5 million', 'first closure in Brentford since 2011']);
  });
});
