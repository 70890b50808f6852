// A keeper is a trade like any other: “…,” head keeper Mia Carrow said credits the person named after
// the description, as “…,” harbour master Tom Reyes said does.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string): string | undefined => analyzeArticle({ path: '001_wire.txt', text }).quotes[0]?.speaker?.key;

describe('quotes: a keeper described before the name after a quotation', () => {
  it('credits "head keeper <Name> said" and "senior zookeeper <Name> said"', () => {
    assert.equal(speakerOf('The sea lions were fed late. "They sulk when the crowds are thin, and the pool was quiet all week," head keeper Mia Carrow said.'), 'mia carrow');
    assert.equal(speakerOf('"The penguins went back in on their own," senior zookeeper Dev Anand said.'), 'dev anand');
  });
});
