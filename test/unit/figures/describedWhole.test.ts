// "318 of the 412 scheduled crossings": a participle before the whole's noun describes it, and the
// part counts what the whole counts, as "318 of the 412 crossings" does; not the thing of a count in
// the sentence before. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.value, f.counted]);

describe('figures: a part of a whole described by a participle', () => {
  it('counts what the described whole counts', () => {
    assert.deepEqual(counted('The airline said 2,400 pilots had walked out. In all, 527 of the 640 planned flights were grounded.'),
      [[2400, 'pilot'], [527, 'flight'], [640, 'flight']]);
  });
});
