// "reopened the line at 3:40 p.m. (1340 GMT) following a safety check of the points": the words after
// "following" name an earlier event for the bracketed conversion as for the time before it. Read from
// the conversion, the text after it opens with the bracket that closes it, and the earlier event went
// unseen: the conversion was linked by those words to a timeline's "15:25 Safety check of the points
// begins" and held to it (findings/otherThingWords.ts). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';
import { otherThingWords } from '../../../server/src/analysis/findings/otherThingWords';

const wire = 'VARNA, March 4 (Coastline Wire) - Crews reopened the coastal rail line at 3:40 p.m. (1340 GMT) following a safety check of the points.';

function otherThing(time: string): string[] {
  const claims = articleClaims(analyzeArticle({ path: '001_wire.txt', text: wire }));
  const ref = claims.times.find((r) => r.time.text === time);
  assert.ok(ref, time);
  return [...(otherThingWords(ref) ?? [])].sort();
}

describe('time findings: an earlier event after a bracketed conversion', () => {
  it('reads the earlier event for the time before the brackets and for the conversion alike', () => {
    const before = otherThing('3:40 p.m.');
    assert.ok(before.length > 0);
    assert.deepEqual(otherThing('1340 GMT'), before);
  });

  it('reads none where no "following" comes after the brackets', () => {
    const plain = analyzeArticle({ path: '001_wire.txt', text: 'Crews reopened the line at 3:40 p.m. (1340 GMT), the operator said.' });
    const ref = articleClaims(plain).times.find((r) => r.time.text === '1340 GMT');
    assert.ok(ref);
    assert.equal(otherThingWords(ref), null);
  });
});

// "After a safety check of the points, crews reopened the line at 3:40 p.m.": a sentence that opens
// with the earlier event tells it first; its words are no more the time's own than when told after it
// ("… at 3:40 p.m. following a safety check"). A draft's "After a re-opening auction, trading resumed
// at …" was linked by them to a timeline's "Re-opening auction begins" row, and so agreed with the
// auction's minute. Invented text.
describe('time findings: an earlier event told before the time', () => {
  const words = (text: string, time: string) => {
    const ref = articleClaims(analyzeArticle({ path: 'draft_x.md', text })).times.find((r) => r.time.text === time);
    assert.ok(ref, time);
    return [...(otherThingWords(ref) ?? [])].sort();
  };

  it('reads the opening "After …," as another thing', () => {
    assert.deepEqual(words('After a safety check of the points, crews reopened the line at 3:40 p.m.', '3:40 p.m.'), ['check', 'point', 'safety']);
  });

  it('reads no span of time as one ("After two hours, …")', () => {
    assert.deepEqual(words('After two hours, crews reopened the line at 3:40 p.m.', '3:40 p.m.'), []);
  });
});
