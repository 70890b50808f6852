// "The liquidators have recovered £3.6m, … and some members have received a combined £2.2m from a
// protection fund": the draft's sentence tells £3.6m of its own, so a source's £3.6m is that figure's
// match, not a conflict of the £2.2m beside it. With no source telling £2.2m, it is an unsourced claim.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a number the draft\'s own sentence also states', () => {
  const sources = {
    '001_wire.txt': 'Published June 2, 2027\n\nThe liquidators of Harrowgate Savings, Carr Whitley, have recovered 3.6 million pounds so far, about 15 pence in the pound. Members lost about 24 million pounds in all.',
    '002_release.txt': 'Published June 2, 2027\n\nThe joint liquidators, Carr Whitley LLP, have so far recovered £3.6 million for members of Harrowgate Savings. Members lost £24 million.',
  };

  it('is not held against the source figure the sentence states itself', () => {
    const files = {
      ...sources,
      'draft_savings.md': 'The liquidators, Carr Whitley, have recovered £3.6m, or about 15p in the pound, and some members have received a combined £2.2m from the Savings Protection Fund.',
    };
    const conflicts = findingsIn(files, 'draft_savings.md', 'figure-conflict');
    assert.equal(conflicts.length, 0, JSON.stringify(conflicts));
    const unsourced = findingsIn(files, 'draft_savings.md', 'unsourced-claim');
    assert.ok(unsourced.some((u) => u.text === '£2.2m'), JSON.stringify(unsourced));
  });

  it('still holds a wrong recovered sum against the sources', () => {
    const files = { ...sources, 'draft_savings.md': 'The liquidators, Carr Whitley, have recovered £6.3m so far.' };
    const conflicts = findingsIn(files, 'draft_savings.md', 'figure-conflict');
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });
});
