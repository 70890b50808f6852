// A sentence that tells two moments ("opened at 14:45 CEST … with voting closing at 16:00 BST") does
// not hide a disagreement of the second: a source time told in the second's own words ("voting
// closing at 1400 GMT"), and in none of the first's, is the second's moment, though it lies near the first.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'BRUSSELS, June 10 (Wirepost) - The summit of the Fairway Union was opened by its chair in the Salle Horta at 15:45 CEST, with voting on the budget closing at 1400 GMT.';

const times = (draft: string, files: Record<string, string> = { '001_wire.txt': wire }) =>
  findingsIn({ ...files, 'draft_summit.md': draft }, 'draft_summit.md', 'time-conflict').map((f) => f.text);

describe('time findings: the other moment of a sentence, told in other words', () => {
  it('a time told in like words conflicts though another time of its sentence is near the source\'s', () => {
    assert.deepEqual(times('The summit of the Fairway Union was opened by its chair in the Salle Horta at 15:45 CEST on June 10, with voting on the budget closing at 16:00 BST.'), ['16:00 BST']);
  });

  it('told right, on any clock, it does not', () => {
    assert.deepEqual(times('The summit of the Fairway Union was opened by its chair in the Salle Horta at 15:45 CEST on June 10, with voting on the budget closing at 15:00 BST.'), []);
    assert.deepEqual(times('The summit of the Fairway Union was opened by its chair in the Salle Horta at 15:45 CEST on June 10, with voting on the budget closing at 16:00 CEST.'), []);
  });

  it('a source time in words of the other moment too still goes to the other moment', () => {
    const files = { '001_wire.txt': 'BRUSSELS, June 10 (Wirepost) - Voting on the budget at the Fairway Union summit closed at 1355 GMT.' };
    assert.deepEqual(times('The Fairway Union summit opened with voting on the budget at 15:50 CEST and closed at 16:30 BST.', files), []);
  });
});
