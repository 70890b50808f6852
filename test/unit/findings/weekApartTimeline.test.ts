// "Thursday 5 March: committee backs the plan" / "the walkout on Thursday 12 March": two days a whole
// week apart share their weekday by the calendar, and where an article writes both days out its
// writer tells the two Thursdays apart; the shared weekday is no sign that they date one event.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = [
  'HARBOUR BOARD OF PORT ELLEN - MEDIA RELEASE',
  'Port Ellen, 12 March 2026 - The Harbour Board confirms that the new berth charges will apply from 1 April.',
  'KEY DATES',
  '- Thursday 5 March: Finance Committee of the Board recommends the new charges.',
  '- Thursday 12 March, 09:00: dock workers begin a walkout at the north quay.',
  '- Wednesday 1 April: new charges apply.',
].join('\n');

describe('dates: a week apart in a timeline', () => {
  it('does not hold a timeline\'s earlier day against another source\'s day a week later', () => {
    const explainer = '# Why the docks stopped\n\nThe walkout on Thursday 12 March was called by the dockers\' union and fishing cooperatives from the west of the island.';
    assert.deepEqual(findingsIn({ '001_release.txt': release, '002_explainer.md': explainer }, '001_release.txt', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds one event dated a week apart where neither article writes the other day', () => {
    const draft = '# Docks stop\n\nDock workers began a walkout at the north quay on Thursday 19 March, the Harbour Board said.';
    assert.ok(findingsIn({ '001_release.txt': release, 'draft.md': draft }, 'draft.md', 'time-conflict').length > 0);
  });
});
