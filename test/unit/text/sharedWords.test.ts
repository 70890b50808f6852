// The people and figure tokenisers cut short words through sharedSlice (text/sharedWords.ts), which
// hands out the string kept for an equal word. Its answer must be exactly plain.slice: checked on
// every span of up to 16 code units of the gold sets' texts, on random spans of random texts over a
// few letters (so that words meet again and slots are taken over by other words), on words that
// share a slot, and on every token both tokenisers cut from the gold sets.
import { strict as assert } from 'node:assert';
import { sharedSlice } from '../../../server/src/analysis/text/sharedWords';
import { prepareText } from '../../../server/src/analysis/text';
import { tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { figureTokens } from '../../../server/src/analysis/claims/figures/tokens';
import { corpora } from '../incremental/corpora';
import { seeded, singleLineSoup } from '../robustness/arbitraries';

/** The slot sharedSlice picks for a word (its hash, as sharedWords.ts works it out). */
function slotOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
  return hash & 4095;
}

describe('short words cut once (sharedSlice)', () => {
  it('every short span of the gold sets gives what slicing gives', () => {
    let spans = 0;
    for (const set of corpora()) {
      for (const f of set.files) {
        const text = f.text;
        for (let start = 0; start < text.length; start += 7) {
          for (let n = 0; n <= 16 && start + n <= text.length; n++) {
            assert.equal(sharedSlice(text, start, start + n), text.slice(start, start + n), `${f.path} ${start}+${n}`);
            spans++;
          }
        }
      }
    }
    assert.ok(spans > 100_000, `only ${spans} spans`);
  });

  it('random spans of texts over a few letters give what slicing gives', () => {
    const random = seeded(15);
    const letters = 'abAB’-é1 ';
    const texts = [0, 1, 2].map(() => Array.from({ length: 3000 }, () => letters[Math.floor(random() * letters.length)]).join(''));
    texts.push(singleLineSoup(3000, 15));
    for (let n = 0; n < 50_000; n++) {
      const text = texts[Math.floor(random() * texts.length)];
      const start = Math.floor(random() * text.length);
      const end = Math.min(text.length, start + Math.floor(random() * 15));
      assert.equal(sharedSlice(text, start, end), text.slice(start, end), `${start}-${end}`);
    }
  });

  it('a word never gets the word kept in its slot unless they are equal', () => {
    // Words of one length in one slot: each takes the slot over from the last.
    const bySlot = new Map<number, string[]>();
    for (let a = 97; a <= 122; a++) for (let b = 97; b <= 122; b++) for (let c = 97; c <= 122; c++) {
      const w = String.fromCharCode(a, b, c);
      const list = bySlot.get(slotOf(w)) ?? [];
      list.push(w);
      bySlot.set(slotOf(w), list);
    }
    const [, same] = [...bySlot].find(([, list]) => list.length >= 3) ?? [0, []];
    assert.ok(same.length >= 3, 'three-letter words that share a slot');
    const text = same.join(' ');
    for (let round = 0; round < 3; round++) {
      same.forEach((w, k) => assert.equal(sharedSlice(text, 4 * k, 4 * k + 3), w));
    }
    // Longer than the words kept: cut afresh, and equal.
    const long = 'internationalisation internationalisation';
    assert.equal(sharedSlice(long, 0, 20), 'internationalisation');
    assert.equal(sharedSlice(long, 21, 41), 'internationalisation');
  });

  it('every token the people and figure tokenisers cut from the gold sets is the text at its span', () => {
    let tokens = 0;
    for (const set of corpora()) {
      for (const f of set.files) {
        const { plain, sentences } = prepareText(f.text, f.path);
        for (const s of sentences) {
          for (const t of tokenize(plain, s.span.start, s.span.end)) {
            assert.equal(t.text, plain.slice(t.start, t.end));
            assert.equal(t.lower, t.kind === 'word' ? t.text.toLowerCase() : t.text);
            tokens++;
          }
          for (const t of figureTokens(plain, s.span.start, s.span.end)) {
            assert.equal(t.text, plain.slice(t.start, t.end));
            assert.equal(t.lower, t.text.toLowerCase());
            tokens++;
          }
        }
      }
    }
    assert.ok(tokens > 10_000, `only ${tokens} tokens`);
  });
});
