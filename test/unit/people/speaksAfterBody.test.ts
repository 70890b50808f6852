// "Kelvar Ossington of the Harbour Pilots Association told me …": a name, "of the" and a body's name in
// capitals, then a strong speech verb. The affiliation and the speech after it are two signals, enough
// for a name whose given name no list holds (round 50). Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

describe('people: a name that speaks after its "of the" affiliation', () => {
  it('reads the name before "of the Body" and a speech verb as a person', () => {
    const people = extractPeople(article(['Kelvar Ossington of the Harbour Pilots Association told me the channel would stay shut.']));
    assert.deepEqual(people.map((p) => p.key), ['kelvar ossington']);
  });

  it('reads no person when no speech verb follows the body', () => {
    const people = extractPeople(article(['Kelvar Ossington of the Harbour Pilots Association closed the channel at noon.']));
    assert.deepEqual(people.map((p) => p.key), []);
  });

  it('reads no person when the run takes an article', () => {
    const people = extractPeople(article(['The Grand Lodge of the Northern Rite said the hall would stay shut.']));
    assert.deepEqual(people.map((p) => p.key), []);
  });
});
