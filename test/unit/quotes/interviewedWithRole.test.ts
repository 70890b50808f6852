// "We reached Kessel mayor Ana Ruiz by phone. “The bridge is gone,” she said.": the outlet names whom it
// interviewed with what the person is before the name, and "she said" after it is that person's; so
// too after a live blog's stamp and emoji ("**09:15** — 📞 We reached …"). Another source crediting
// the same words to someone else is then an attribution conflict.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const speakers = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: the outlet interviewed a person named after what they are', () => {
  it('credits "she said" to the person named after a role', () => {
    assert.deepEqual(speakers('We reached Kessel mayor Ana Ruiz by phone. “The bridge is gone,” she said.'), ['ana ruiz']);
    assert.deepEqual(speakers('I spoke to fire chief Tom Hale at the scene. “We lost the roof,” he said.'), ['tom hale']);
  });

  it('reads past a live blog\'s stamp and emoji', () => {
    assert.deepEqual(speakers('**09:15** — 📞 We reached Kessel mayor Ana Ruiz by phone. “The bridge is gone,” she said.'), ['ana ruiz']);
  });

  it('leaves "she said" unclear when the sentence names someone else too', () => {
    assert.deepEqual(speakers('We reached Kessel mayor Ana Ruiz and deputy mayor Maria Lopez by phone. “The bridge is gone,” she said.'), [null]);
  });

  it('holds another source\'s credit of the words against the interviewed person', () => {
    const blog = '**09:15** — 📞 We reached Kessel mayor Ana Ruiz by phone. “The bridge is gone, and the water is still rising,” she said.';
    const wire = 'KESSEL, April 3 (Nordpost) - "The bridge is gone, and the water is still rising," said Lena Berg, the deputy mayor.';
    assert.equal(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '001_blog.md', 'attribution-conflict').length, 1);
  });
});
