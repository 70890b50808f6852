// "Three of the chamber's 151 members were absent" told right after the vote's time, and another
// source's "five Union members voted against" at that moment: a part of a whole told by number is a
// subset, not the moment's count, so it is no rival to another count of that moment.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a part of a numbered whole at a moment', () => {
  const wire = 'Assembly passes budget\n\nBy Ina Holt\n\nBRAVIK, May 7 (Nordpost) - The Bravik Assembly passed the budget early on Thursday.\n\n' +
    'The Budget Bill was carried by 71 votes to 60, with four abstentions, at 12:41 a.m. (2241 GMT Wednesday). Three of the chamber\'s 135 members were absent.';
  it('holds no count of the moment against the part', () => {
    const blog = '# LIVE: Bravik budget vote\n\n*Bravik Post live desk · Wednesday 6 – Thursday 7 May 2026 · all times CEST · newest first*\n\n**00:45** — Breakdown: the government lost seven of its own MPs. By our count five Union members voted against and two abstained.';
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '001_blog.md', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds two parts of the same whole to each other', () => {
    const blog = '# LIVE: Bravik budget vote\n\n*Bravik Post live desk · Wednesday 6 – Thursday 7 May 2026 · all times CEST · newest first*\n\n**00:45** — Breakdown: Six of the chamber\'s 135 members were absent from the vote.';
    assert.equal(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '001_blog.md', 'figure-conflict').length, 1);
  });
});
