// Weather news quotes forecasters: "senior forecaster Idris Penwarden said" names a person by role,
// as "meteorologist …" does by its ending, though neither name is in the list of given names.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

describe('people: a forecaster is a role', () => {
  it('reads the name after "forecaster" as a person with that role', () => {
    const people = extractPeople(article(['"The rain will last for days," weather service senior forecaster Idris Penwarden said.']));
    assert.deepEqual(people.map((p) => [p.key, p.roles]), [['idris penwarden', ['weather service senior forecaster']]]);
  });
});
