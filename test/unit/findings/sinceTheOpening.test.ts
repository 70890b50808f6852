// A draft's "had climbed the keep since the 9 a.m. opening" / a wire's "climbed the keep before the
// gates shut at 1 p.m.": the draft's time is when the climbing began (a bound, as "since 9 a.m.",
// claims/times/qualifiers.ts boundBeforeThe), the wire's when it stopped, so the two are no one moment
// told four hours apart. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'KELLERBY, June 12 (Wirepost) - The castle in Kellerby shut for the afternoon on Friday as temperatures passed 39C.\n\n' +
  "Nearly 4,000 people, 3,870 by the trust's count, climbed the keep before the gates shut at 1 p.m., and 900 more came after reopening.\n";
const radio = 'CITY RADIO - 12 June\n\nPRESENTER: The heat is the story of the day, and the castle is open again this evening.\n';
const draft = (opening: string) => `# Heat shuts castle\n\nBy the time the gates closed, 3,870 people had climbed the keep ${opening}.\n`;

const conflicts = (d: string) =>
  findingsIn({ '001_wire.txt': wire, '002_radio.txt': radio, 'draft_castle.md': d }, 'draft_castle.md', 'time-conflict').map((f) => f.text);

describe('time findings: "since the 9 a.m. opening" bounds a stretch', () => {
  it('leaves the draft\'s opening time alone against the wire\'s closing time', () => {
    assert.deepEqual(conflicts(draft('since the 9 a.m. opening')), []);
  });

  it('still holds a draft that tells the closing at another time', () => {
    assert.deepEqual(conflicts(draft('before the gates shut at 2 p.m.')), ['2 p.m.']);
  });
});
