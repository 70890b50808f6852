// "a worker found smoke in the boiler room at 4:10 a.m." / "a guard spotted smoke … at 5:10 a.m.":
// "found", told actively, is noticing as "spotted" and "discovered" are; one thing noticed at two times
// an hour apart is a disagreement. "The car was found burned out at 5:40" tells where a thing lay, not
// who noticed it: not keyed. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('time findings: "found" as noticing', () => {
  it('keys an active "found" with what was noticed, not a passive one', () => {
    assert.ok(eventKeysAt('At 4:10 a.m. a night porter found smoke in the boiler room.', '4:10 a.m.').includes('~notice:smok'));
    assert.deepEqual(eventKeysAt('The stolen car was found burned out at 5:40 near the quarry.', '5:40'), []);
  });

  it('flags one sighting told an hour apart', () => {
    const files = {
      '001_wire.txt': 'Friday 9 April 2027\n\nA night porter spotted smoke in the boiler room of the Arden Hotel at around 5:10 a.m., the fire service said.',
      '002_paper.txt': 'Friday 9 April 2027\n\nAt 4:10 a.m. a night porter found smoke in the boiler room of the Arden Hotel.',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_paper.txt', 'time-conflict').length, 1);
  });

  it('does not link what was found to what was seen of another thing', () => {
    const files = {
      '001_wire.txt': 'Friday 9 April 2027\n\nA night porter spotted smoke in the boiler room of the Arden Hotel at around 5:10 a.m., the fire service said.',
      '002_paper.txt': 'Friday 9 April 2027\n\nAt 4:10 a.m. a night porter found a broken window at the Arden Hotel.',
    };
    assert.equal(findingsIn(files, '002_paper.txt', 'time-conflict').length, 0);
  });
});
