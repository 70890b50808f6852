// A draft's sum converted in brackets ("€64 million (£55.3 million)") is the writer's arithmetic and
// needs no source of its own; but one that is a source's sum in the same currency with two
// neighbouring digits swapped ("about 53.5 million pounds") is that sum misreported. Not a
// conversion at another rate, nor one inside a quotation, nor one a source states.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const source = {
  '001_wire.txt': 'Published July 3, 2027\n\nHarbour Athletic signed the defender for a fee of 64 million euros. In sterling the fee is worth about 53.5 million pounds, a club record.',
};

describe('figure findings: a sum converted in brackets with its digits swapped', () => {
  it('flags a draft conversion that is the source\'s sum with neighbouring digits swapped', () => {
    const files = { ...source, 'draft_fee.md': 'Harbour Athletic paid a fee of €64 million (£55.3 million) for the defender.' };
    const found = figureConflicts(files, 'draft_fee.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '£55.3 million');
    assert.equal(found[0].against[0].text, 'about 53.5 million pounds');
  });

  it('does not flag a conversion at another rate', () => {
    const files = { ...source, 'draft_fee.md': 'Harbour Athletic paid a fee of €64 million (£54.9 million) for the defender.' };
    assert.deepEqual(figureConflicts(files, 'draft_fee.md'), []);
  });

  it('does not flag the source\'s own conversion', () => {
    const files = { ...source, 'draft_fee.md': 'Harbour Athletic paid a fee of €64 million (£53.5 million) for the defender.' };
    assert.deepEqual(figureConflicts(files, 'draft_fee.md'), []);
  });

  it('does not flag a conversion inside a quotation', () => {
    const files = { ...source, 'draft_fee.md': '"We paid €64 million (£55.3 million) and he is worth every cent," the chairman said.' };
    assert.deepEqual(figureConflicts(files, 'draft_fee.md'), []);
  });
});
