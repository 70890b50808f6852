// "- **Qhawekazi Dlamini** is the council's cabinet member for housing." beside "Kwame Dlamini": a pair
// that opens its line and is given a role by "is" (a who's-who line) introduces a person in full, though
// no list knows the given name; it is not a capitalised word glued onto the other's surname. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const text = (line: string) => '## Who is who\n\n- **Kwame Dlamini** is chair of the tenants\' association, which called the rent strike.\n' +
  `- **Qhawekazi Dlamini** ${line}\n\nCouncillor Dlamini said the rent rise would stand.`;

describe('people: a rare given name given a role by "is"', () => {
  it('keeps both people of the surname', () => {
    const a = analyzeArticle({ path: '002_explainer.md', text: text('is the council\'s cabinet member for housing.') });
    assert.deepEqual(a.people.map((p) => p.key).filter((k) => k.includes(' ')).sort(), ['kwame dlamini', 'qhawekazi dlamini']);
  });

  it('still drops a capitalised word glued on with no role after it', () => {
    const a = analyzeArticle({ path: '002_explainer.md', text: text('spoke for the council on housing.') });
    assert.deepEqual(a.people.map((p) => p.key).filter((k) => k.includes(' ')), ['kwame dlamini']);
  });
});
