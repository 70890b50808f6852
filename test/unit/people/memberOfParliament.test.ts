// "Tove Rinde, an MP, said", "Tove Rinde, a Harbour Party MP, said": the letters of a member of a
// parliament (MP, MEP, MSP, MLA, MPP) head a role as "lawmaker" does, and after an article they are no
// post-nominal closing a name: "a Harbour Party MP" is a party's member, not a person called "Harbour
// Party" (round 47, found on a held-out set). Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

const roles = (text: string) => extractPeople(article([text])).map((p) => [p.key, p.roles.join('; ')]);

describe('people: a member of parliament by letters', () => {
  it('reads "an MP" set off after a name as the person\'s role', () => {
    assert.deepEqual(roles('Tove Rinde, an MP, said the levy was unfair.'), [['tove rinde', 'MP']]);
    assert.deepEqual(roles('Tove Rinde, an MEP on the fisheries committee, said the levy was unfair.'), [['tove rinde', 'MEP on the fisheries committee']]);
  });

  it('reads "a <Party> MP" after an article as a role, not as a name with letters after it', () => {
    assert.deepEqual(roles('Tove Rinde, a Harbour Party MP, said the levy was unfair.'), [['tove rinde', 'Harbour Party MP']]);
    assert.deepEqual(roles('Tove Rinde, a Coast Alliance MSP, said the levy was unfair.'), [['tove rinde', 'Coast Alliance MSP']]);
  });

  it('still leaves letters after a name out of the name', () => {
    assert.deepEqual(extractPeople(article(['Tove Rinde MP said the levy was unfair.'])).map((p) => p.key), ['tove rinde']);
  });
});
