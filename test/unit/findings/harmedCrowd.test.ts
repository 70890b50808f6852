// "Hospitals are treating 23 injured, up from 17 last night" / "The Salvation Army sheltered 52 residents
// on Monday night": people hurt and people counted otherwise are two crowds, though both are told of
// one night; counts of the hurt on one night are still held to each other. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'RIVERTON, June 2 (Wirepost) - A storm tore roofs off homes in Riverton on Monday, June 1, 2026. The Salvation Army sheltered 52 residents at the Riverton Middle School gym on Monday night.';

describe('findings: people hurt and people otherwise counted at one moment', () => {
  it('does not hold a count of the injured against a count of people sheltered the same night', () => {
    const files = {
      '001_wire.txt': wire,
      '002_paper.txt': 'RIVERTON, June 2 (Valley Post) - Hospitals are treating 23 injured, up from 17 last night, after the storm of Monday, June 1, 2026.',
    };
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });

  it('still holds two counts of the injured told of the same night', () => {
    const files = {
      '001_wire.txt': wire + ' Hospitals treated 17 injured people on Monday night.',
      '002_paper.txt': 'RIVERTON, June 2 (Valley Post) - Hospitals are treating 23 injured, up from 12 last night, after the storm of Monday, June 1, 2026.',
    };
    assert.equal(findingsIn(files, '002_paper.txt', 'figure-conflict').length, 1);
  });
});
