// "Overseas buyers accounted for about 22 per cent of sales" against a source's "about 70% of all sales
// were of new homes": two holders' shares of one base are two facts. A share of a base is held against
// another share of it only where the source's sentence names the draft's holder; another holder's
// share the sources never give is unsourced. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a share of a base held by someone the source does not name', () => {
  const source = 'HALDEN, June 2 (Nordwire) - Home sales rose in May, the registry said. About 70% of all sales were of new homes in the coastal districts.';
  const run = (draft: string) => ({
    conflicts: findingsIn({ '001_wire.txt': source, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text),
    unsourced: findingsIn({ '001_wire.txt': source, 'draft.md': draft }, 'draft.md', 'unsourced-claim').map((f) => f.text),
  });

  it('calls another holder\'s share unsourced, not a conflict', () => {
    const r = run('Home sales rose in May. Overseas buyers accounted for about 22 per cent of sales, agents said.');
    assert.deepEqual(r.conflicts, []);
    assert.deepEqual(r.unsourced, ['about 22 per cent of sales']);
  });
});
