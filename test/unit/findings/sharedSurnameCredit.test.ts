// "Councillor Dlamini was unbending …, calling the tower “not a safe place to sleep”" in an article that
// names both Qhawekazi Dlamini and Kwame Dlamini (unrelated): the surname alone may stand for either, so
// it disputes no other article's credit of one of them, either way round; a credit of someone else by
// full name is still disputed. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DURBAN, Sept 3 (Northwire) - Residents of the Ridge tower were told to leave on Tuesday.\n\n' +
  'Qhawekazi Dlamini, the council\'s cabinet member for housing, who is not related to the tenants\' leader, said the council had made no concession.\n\n' +
  '"That tower is not a safe place to sleep. It will be emptied," she said.';
const explainer = (who: string) => '## Who is who\n\n- **Kwame Dlamini** is chair of the tenants\' association, which called the rent strike.\n' +
  '- **Qhawekazi Dlamini** is the council\'s cabinet member for housing.\n- **Carl Mendes** is the fire service\'s area manager.\n\n' +
  `${who} was unbending on the eviction, calling the tower "not a safe place to sleep" for anyone.`;

describe('findings: a credit to a surname two people share', () => {
  it('does not hold the surname alone against the wire\'s credit of one of them', () => {
    const files = { '001_wire.txt': wire, '002_explainer.md': explainer('Councillor Dlamini') };
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'attribution-conflict'), []);
  });

  it('still holds a credit of someone else by full name', () => {
    for (const who of ['Carl Mendes', 'Kwame Dlamini']) {
      const files = { '001_wire.txt': wire, '002_explainer.md': explainer(who) };
      assert.equal(findingsIn(files, '002_explainer.md', 'attribution-conflict').length, 1, who);
    }
  });
});
