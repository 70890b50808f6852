// "09:30 — Several hundred people are already gathered in San Telmo park" / "the march left San Telmo
// park at 10:00": a crowd gathering and the same crowd setting out are two stages of one journey, two moments
// however alike their words (the park's name), as a departure and an arrival are. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = [
  '# LIVE: Nurses march on the ministry',
  '',
  '*Valdora live desk · Thursday 7 May 2026 · all times local*',
  '',
  '**10:40** — The head of the march has reached the ministry.',
  '',
  '**09:30** — Several hundred people are already gathered in San Telmo park. Many carry signs.',
].join('\n');
const explainer = '# Why the nurses marched\n\n*Published Friday 8 May 2026*\n\nThe march on Thursday 7 May left San Telmo park at 10:00 local time.';

describe('times: stages of a journey', () => {
  it('does not hold a crowd gathering against its setting out', () => {
    const files = { '001_blog.md': blog, '002_explainer.md': explainer };
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds one setting out told at two times', () => {
    const draft = '# Nurses march\n\nThe march on Thursday left San Telmo park at 10:45 local time, organisers said.';
    assert.ok(findingsIn({ '002_explainer.md': explainer, 'draft.md': draft }, 'draft.md', 'time-conflict').length > 0);
  });
});
