// "told Spanish sports daily El Faro": an outlet named after what it is ("daily", "broadcaster"), its
// name even opening with a one-letter word; and "Marta Quiroga, the boxer's agent," is a person (an
// agent is someone), so the "she said" after her is hers.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const quote = '"She had three offers and she chose the one with the best trainer,"';

describe('venues: an outlet named after its kind, and an agent as a person', () => {
  it('reads the outlet after "told <describing words> daily"', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: `Boxing agent Marta Quiroga told Spanish sports daily El Faro that talks were over. ${quote} Quiroga said.` });
    assert.equal(a.quotes[0]?.venue?.text, 'Spanish sports daily El Faro');
    const b = analyzeArticle({ path: '001_wire.txt', text: `Boxing agent Marta Quiroga told the business weekly O Mercado that talks were over. ${quote} Quiroga said.` });
    assert.equal(b.quotes[0]?.venue?.text, 'business weekly O Mercado');
  });

  it('reads "X, the boxer\'s agent," as a person', () => {
    const a = analyzeArticle({ path: '002_blog.md', text: `Marta Quiroga, the boxer's agent, has been speaking to Radio Lume. ${quote} she said.` });
    assert.ok(a.people.some((p) => p.key === 'marta quiroga'), a.people.map((p) => p.name).join(', '));
  });

  it('holds the same words told to a daily and to a radio station against each other', () => {
    const files = {
      '001_wire.txt': `Boxing agent Marta Quiroga told Spanish sports daily El Faro that talks were over. ${quote} Quiroga said.`,
      '002_blog.md': `Marta Quiroga, the boxer's agent, has been speaking to Radio Lume. ${quote} she said.`,
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'attribution-conflict').length, 1);
    assert.equal(findingsIn(files, '002_blog.md', 'attribution-conflict').length, 1);
  });
});
