// "turnout was 21.7% at noon" in a draft that dates its noon by another day, against a release that
// times "12:00 (11:00 UTC) - Turnout of 21.7%" and states an untimed "Turnout in the first round was
// 48.2%": the release's counterpart of the draft's reading is the one it times alike; its untimed
// figure is another quantity (findings/figures.ts readAtSameClock). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'BRNOVA ELECTION OFFICE\nPress release, Tuesday, 9 June 2026\n\n' +
  'The office today announced the final results of the second round of the mayoral election held on Sunday, 7 June 2026.\n\n' +
  'TIMELINE (all times CET; UTC in brackets)\n\n' +
  '- 12:00 (11:00 UTC) - Turnout of 21.7%, as published by the State Election Commission.\n\n' +
  'NOTES\n\n1. Turnout in the first round was 48.2%.';

describe('findings: a reading the source times alike', () => {
  it('does not hold a timed reading against the source\'s untimed figure', () => {
    const files = {
      '001_release.txt': release,
      'draft.md': 'Results were announced at 14:30 CET on Tuesday, 9 June.\n\nThe State Election Commission put turnout at 21.7% at noon, when the first round had drawn fewer voters.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds a timed reading the source does not tell alike', () => {
    const files = {
      '001_release.txt': release.replace('Turnout of 21.7%', 'Turnout of 26.4%'),
      'draft.md': 'Results were announced at 14:30 CET on Tuesday, 9 June.\n\nThe State Election Commission put turnout at 21.7% at noon, when the first round had drawn fewer voters.',
    };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
});
