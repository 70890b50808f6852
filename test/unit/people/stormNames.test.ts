// Storms take people's given names: "Severe Tropical Cyclone Marlo", "Hurricane Tavish", "Tropical
// Storm Ines" are weather systems, not speakers, even when the name is reused as a subject later.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

describe('people: storms named like people', () => {
  it('a storm word before a given name makes the run a storm, not a person', () => {
    const text = article(
      ['Severe Tropical Cyclone Marlo crossed the coast near Karumba overnight.'],
      ['Marlo had weakened to category 1 by dawn, forecasters said.'],
      ['Hurricane Tavish and Tropical Storm Ines are moving north.'],
      ['Typhoon Halden stalled offshore, Mayor Rosa Delacroix said.'],
    );
    assert.deepEqual(extractPeople(text).map((p) => p.key), ['rosa delacroix']);
  });

  it('"Storm" alone before a name is left to the other evidence (it is also a given name)', () => {
    const text = article(['Storm Keller, a firefighter from Dunmore, said the crews were exhausted.']);
    assert.deepEqual(extractPeople(text).map((p) => p.key), ['storm keller']);
  });
});
