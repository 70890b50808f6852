// Two sources that tell one party's expectation with two numbers, in like words, disagree: what the
// council expects the levy to raise is a claim of each source, though an expected figure is loose.
// Another party's expectation is not held to it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HALBURY, March 3 (Coast Wire) - The county council expects the levy to raise about £2.4 million over the rest of the financial year, which ends in April.';
const notes = 'The council said on Tuesday that it had approved the levy. Council leader Ines Varga put the takings at £2.4 million for the rest of the financial year.';
const explainer = '## What will it raise?\n\nThe council expects the levy to raise **£2.1 million** between March and April.';

describe('findings: one party\'s expectation told with two numbers', () => {
  it('holds one source\'s expectation against another source\'s, both ways', () => {
    const files = { '000_wire.txt': wire, '001_notes.txt': notes, '002_explainer.md': explainer };
    const one = findingsIn(files, '002_explainer.md', 'figure-conflict');
    assert.equal(one.length, 1);
    assert.ok(one[0].against.some((e) => e.path === '000_wire.txt'));
    const other = findingsIn(files, '000_wire.txt', 'figure-conflict');
    assert.ok(other.some((f) => f.against.some((e) => e.path === '002_explainer.md')));
  });

  it('holds a draft that repeats one side against the other side', () => {
    const files = { '000_wire.txt': wire, '001_notes.txt': notes, '002_explainer.md': explainer,
      'draft_levy.md': 'The council expects to raise about £2.4 million from the levy between March and April.' };
    const found = findingsIn(files, 'draft_levy.md', 'figure-conflict');
    assert.ok(found.some((f) => f.against.some((e) => e.path === '002_explainer.md')));
  });

  it('leaves two parties\' expectations apart', () => {
    const files = {
      '000_wire.txt': 'HALBURY, March 3 (Coast Wire) - Economists expect the levy to raise about £2.4 million over the rest of the financial year.',
      '001_notes.txt': notes,
      '002_explainer.md': '## What will it raise?\n\nThe council expects the levy to raise **£2.1 million** between March and April.',
    };
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict'), []);
  });
});
