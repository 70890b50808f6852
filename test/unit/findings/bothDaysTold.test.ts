// "announced on Monday, 6th July, that the fare would rise from K12 to K15" / "6 July … 7th July 2027:
// K12 to K15": where each article writes the other's day as well, both tell both days (the day a change
// was announced and the day it took effect); like words around two of them do not make one misdated.
// A source that never writes the other day is still held to it. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('date findings: two articles that each tell both days', () => {
  const release = 'Kestrel Buses said on Monday, 6th July 2027, that the standard fare on its city routes would go up from 12 kwacha to 15 kwacha.\n\nFare history on city routes:\n- 7th July 2027: standard fare from 12 kwacha to 15 kwacha per trip';
  const explainer = 'Riders woke up on Tuesday, 7th July, to a new fare. Kestrel Buses announced late on Monday, 6th July, that the standard fare on its city routes would rise from 12 kwacha to 15 kwacha per trip.';

  it('does not flag either day when each article writes the other', () => {
    const files = { '001_release.txt': release, '002_explainer.md': explainer };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'time-conflict').map((f) => f.text), []);
  });

  it('still flags the day where the other article writes only its own', () => {
    const lone = 'Kestrel Buses said on Monday, 6th July 2027, that the standard fare on its city routes would go up from 12 kwacha to 15 kwacha.\n\nFare history on city routes:\n- 8th July 2027: standard fare from 12 kwacha to 15 kwacha per trip';
    const files = { '001_release.txt': lone, '002_explainer.md': explainer.replace('Riders woke up on Tuesday, 7th July, to a new fare. ', '') };
    assert.ok(findingsIn(files, '001_release.txt', 'time-conflict').length + findingsIn(files, '002_explainer.md', 'time-conflict').length > 0);
  });
});
