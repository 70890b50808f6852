// The whole text's mentions are kept for the last text read (an article with a wire dateline without
// a year reads them twice). The kept list must be what scanning and selecting the text gives, for
// that text only, and must not be changed by the stages that read it.
import { strict as assert } from 'node:assert';
import { scanMentions } from '../../../server/src/analysis/claims/times/scan';
import { selectMentions, textMentions } from '../../../server/src/analysis/claims/times/select';
import { analyzeArticle } from '../../../server/src/analysis/index';
import { corpora } from '../incremental/corpora';

const plainPath = (plain: string) => selectMentions(plain.length, scanMentions(plain), plain);

describe('times: the mentions of the last text read', () => {
  it('are those of scanning and selecting the text, on every article of the gold sets', () => {
    for (const set of corpora()) {
      for (const file of set.files) {
        const plain = analyzeArticle(file).text.plain; // the analysis itself read them through textMentions
        const kept = textMentions(plain);
        assert.equal(textMentions(plain), kept, 'the same text is read once');
        // Deep-equal after a whole analysis: no stage changed the shared mentions.
        assert.deepStrictEqual(kept, plainPath(plain), file.path);
      }
    }
  });

  it('are never those of another text', () => {
    const a = 'At 9 a.m. on March 10, 2025, the plant shut.';
    const b = 'At 10 a.m. on March 11, 2025, the plant shut.';
    assert.deepStrictEqual(textMentions(a), plainPath(a));
    assert.deepStrictEqual(textMentions(b), plainPath(b));
    assert.deepStrictEqual(textMentions(a), plainPath(a));
    assert.notDeepStrictEqual(plainPath(a), plainPath(b));
  });
});
