import { strict as assert } from 'node:assert';
import type { QuoteWord } from '../../../server/src/analysis/alignment/quotes';
import { alignQuotes } from '../../../server/src/analysis/alignment/quotes';
import { foldSpelling } from '../../../server/src/analysis/alignment/spellingVariants';
import { tokenize } from '../../../server/src/analysis/alignment/words';

function words(text: string): QuoteWord[] {
  return tokenize(text).map((t) => ({ norm: t.norm, start: t.start, end: t.end, wildBefore: false }));
}

function edits(x: string, y: string): number {
  const r = alignQuotes(words(x), words(y));
  assert.ok(r.alignment, 'aligned');
  return r.alignment.edits;
}

describe('alignment: British and American spellings in quotations', () => {
  it('reads a quotation respelt to another house style as the same words', () => {
    assert.equal(edits('the board has prioritised the harbour and the town centre for years', 'the board has prioritized the harbor and the town center for years'), 0);
    assert.equal(edits('we analysed every labour contract the council signed', 'we analyzed every labor contract the council signed'), 0);
  });

  it('still reads a changed word as changed', () => {
    assert.equal(edits('the board has prioritised the harbour and the town centre for years', 'the board has neglected the harbor and the town center for years'), 1);
  });

  it('folds only long words, so short words that differ stay apart', () => {
    assert.notEqual(foldSpelling('four'), foldSpelling('for'));
    assert.notEqual(foldSpelling('hour'), foldSpelling('hor'));
    assert.notEqual(foldSpelling('timbre'), foldSpelling('timber'));
    assert.equal(foldSpelling('metres'), foldSpelling('meters'));
    assert.equal(foldSpelling('organisation'), foldSpelling('organization'));
    assert.equal(foldSpelling('favoured'), foldSpelling('favored'));
    assert.equal(foldSpelling('centred'), foldSpelling('centered'));
  });
});
