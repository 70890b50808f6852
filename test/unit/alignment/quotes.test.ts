import { strict as assert } from 'node:assert';
import type { QuoteWord } from '../../../server/src/analysis/alignment/quotes';
import { alignQuotes, differingSpan, normalise } from '../../../server/src/analysis/alignment/quotes';
import { tokenize } from '../../../server/src/analysis/alignment/words';

/** Words of a quotation written inline, with "…" and "[…]" marking omissions like in articles. */
function words(text: string): { text: string; words: QuoteWord[] } {
  let last = 0;
  const out = tokenize(text).map((t) => {
    const between = text.slice(last, t.start);
    last = t.end;
    return { norm: t.norm.replace(/’/g, "'"), start: t.start, end: t.end, wildBefore: between.includes('…') || between.includes('[') };
  });
  return { text, words: out };
}

function compare(x: string, y: string) {
  const a = words(x);
  const b = words(y);
  const r = alignQuotes(a.words, b.words);
  assert.ok(r.alignment, 'aligned');
  return { ...r, alignment: r.alignment, ax: a.text, bx: b.text };
}

describe('alignment: quotations', () => {
  it('treats hyphenation and compounds as the same word', () => {
    const r = compare('a huge cyber-attack on the ferry booking system', 'a huge cyber attack on the ferry booking system');
    assert.equal(r.alignment.edits, 0);
    assert.equal(r.alignment.matched, 8);
  });

  it('reads a word with or without its accents or macrons as the same word, and a changed word still as changed', () => {
    const same = compare('the marae at Ōtāwhiti will open its doors to everyone', 'the marae at Otawhiti will open its doors to everyone');
    assert.equal(same.alignment.edits, 0);
    assert.equal(same.alignment.matched, 10);
    const changed = compare('the marae at Ōtāwhiti will open its gates to everyone', 'the marae at Otawhiti will open its doors to everyone');
    assert.equal(changed.alignment.edits, 1);
    const mine = differingSpan(changed.a, changed.alignment, 'a', changed.b);
    assert.ok(mine);
    assert.equal(changed.ax.slice(mine.start, mine.end), 'gates');
  });

  it('finds a changed word and points at it on both sides', () => {
    const r = compare('we will try and reopen the bridge by Friday', 'we will try to reopen the bridge by Friday');
    assert.equal(r.alignment.edits, 1);
    const mine = differingSpan(r.a, r.alignment, 'a', r.b);
    const theirs = differingSpan(r.a, r.alignment, 'b', r.b);
    assert.ok(mine && theirs);
    assert.equal(r.ax.slice(mine.start, mine.end), 'and');
    assert.equal(r.bx.slice(theirs.start, theirs.end), 'to');
  });

  it('marks the neighbours of a dropped word', () => {
    const r = compare('this was planned, which rules out a prank', 'this was planned, which almost certainly rules out a prank');
    assert.equal(r.alignment.edits, 2);
    const mine = differingSpan(r.a, r.alignment, 'a', r.b);
    assert.ok(mine);
    assert.equal(r.ax.slice(mine.start, mine.end), 'which rules');
  });

  it('does not count words left out at an ellipsis or replaced by an editor’s brackets', () => {
    assert.equal(compare('the pumps failed … and the water rose fast', 'the pumps failed at midnight and the water rose fast').alignment.edits, 0);
    assert.equal(compare('[The mayor] knew about the cracks for years', 'she knew about the cracks for years').alignment.edits, 0);
  });

  it('aligns an excerpt inside a longer quotation without edits', () => {
    const r = compare('the cracks for years', 'she knew about the cracks for years and said nothing');
    assert.equal(r.alignment.edits, 0);
    assert.equal(r.alignment.matched, 4);
  });
});

describe('alignment: a quotation word normalised', () => {
  it('is what the two patterns make of it, with or without apostrophes', () => {
    const plain = (w: string) => w.replace(/’/g, "'").replace(/^'+|'+$/g, '');
    const pieces = ['a', 'we', "'", '’', "''", 're', 'o', 'é', 'Σ', '😀'];
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
    for (let n = 0; n < 5000; n++) {
      let w = '';
      for (let i = Math.floor(next() * 6); i >= 0; i--) w += pieces[Math.floor(next() * pieces.length)];
      assert.equal(normalise(w), plain(w), JSON.stringify(w));
    }
    for (const w of ['', "'", "''", "we're", "’tis", "o'", 'rock’n’roll']) assert.equal(normalise(w), plain(w), JSON.stringify(w));
  });
});
