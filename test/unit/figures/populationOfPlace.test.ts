// "a market town of about 61,000 people", "a city of 2.3 million": how many live in a place is a
// quantity of its own, never held against a crowd at an event told in like words.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function counted(body: string, words: string): (string | null)[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.filter((f) => f.text === words).map((f) => f.counted);
}

describe('figures: a place\'s population, told as "a <place> of N"', () => {
  it('reads "a <place> of N (people)" as a population', () => {
    assert.deepEqual(counted('Corrin, a small port town of about 48,000 people, lies on the estuary.', 'about 48,000 people'), ['inhabitant']);
    assert.deepEqual(counted('Hollin is a city of 2.3 million on the coast.', '2.3 million'), ['inhabitant']);
  });
  it('leaves crowds and counts of other things', () => {
    assert.deepEqual(counted('The ground held 31,500 people for a concert last year.', '31,500 people'), ['person']);
    assert.deepEqual(counted('A convoy of 40 lorries left the town of Corrin.', '40 lorries'), ['lorry']);
  });
  it('calls a draft\'s population no source gives unsourced, not a conflict with a crowd told in like words', () => {
    const files = {
      '000_wire.txt': [
        'Tomas Reid, 31, a nurse from Belling, said he had been about 15 metres (50 feet) from the turnstile when the queue began to move forward. ' +
          '"It went from busy to frightening in a few seconds," he said. "I dropped my phone and thought I would fall."',
        'Eleven ambulances and two fire engines were sent to the stadium, along with a mountain rescue team. About 90 police officers and 600 stewards were on duty.',
        'The stadium, about 2 km (a mile and a quarter) from Corrin railway station, held 16,800 people for a concert in June a year earlier without serious incident.',
      ].join('\n\n'),
      'draft.md': '# Crush at Harbour Park\n\nHarbour Park, in a port town of about 26,000 people, is about 2km from Corrin railway station.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), ['about 26,000 people']);
  });
});
