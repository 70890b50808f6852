// The times stage's word helpers (words.ts) and line breaks (dateline.ts) read character codes and
// ask the Unicode patterns only past ASCII. They must answer as the patterns over every character
// did: checked at every position of the gold sets' articles and of random text with letters, marks
// and spaces past ASCII (é, ß, ſ, K, İ, Greek, a letter outside the BMP, lone surrogates, \u00a0).
import { strict as assert } from 'node:assert';
import { atSentenceStart, boundaryBefore, isCapitalised, nextWord, prevWord } from '../../../server/src/analysis/claims/times/words';
import { lineBreak } from '../../../server/src/analysis/claims/times/dateline';
import { corpora } from '../incremental/corpora';
import { seeded } from '../robustness/arbitraries';

// The helpers as they were, one pattern per character.
const SPACE = /[ \t\u00a0]/;
const LETTER = /\p{L}/u;
function prevPlain(text: string, i: number) {
  let j = i;
  let spaces = 0;
  while (j > 0 && SPACE.test(text[j - 1]) && spaces < 3) { j--; spaces++; }
  if (spaces === 0) return null;
  const end = j;
  while (j > 0 && LETTER.test(text[j - 1]) && end - j < 24) j--;
  return j < end ? { word: text.slice(j, end), start: j, end } : null;
}
function nextPlain(text: string, i: number) {
  let j = i;
  let spaces = 0;
  while (j < text.length && SPACE.test(text[j]) && spaces < 3) { j++; spaces++; }
  if (spaces === 0) return null;
  const start = j;
  while (j < text.length && LETTER.test(text[j]) && j - start < 24) j++;
  return j > start ? { word: text.slice(start, j), start, end: j } : null;
}
function startPlain(text: string, i: number): boolean {
  let j = i;
  let steps = 0;
  while (j > 0 && SPACE.test(text[j - 1]) && steps < 8) { j--; steps++; }
  if (j === 0) return true;
  return /[\n.!?:;"“‘'(\[—–-]/.test(text[j - 1]);
}
const boundaryPlain = (text: string, i: number) => { const re = /(?<![\p{L}\p{N}])/uy; re.lastIndex = i; return re.test(text); };
const capitalPlain = (word: string) => /^\p{Lu}/u.test(word);
function breakPlain(plain: string, at: number): number {
  const n = plain.indexOf('\n', at);
  const r = plain.indexOf('\r', at);
  const end = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  return end < 0 ? plain.length : end;
}

function compare(text: string): void {
  for (let i = 0; i <= text.length; i++) {
    const what = `${i} in ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`;
    assert.deepStrictEqual(prevWord(text, i), prevPlain(text, i), `prevWord ${what}`);
    assert.deepStrictEqual(nextWord(text, i), nextPlain(text, i), `nextWord ${what}`);
    assert.equal(atSentenceStart(text, i), startPlain(text, i), `atSentenceStart ${what}`);
    assert.equal(boundaryBefore(text, i), boundaryPlain(text, i), `boundaryBefore ${what}`);
    assert.equal(lineBreak(text, i), breakPlain(text, i), `lineBreak ${what}`);
    assert.equal(isCapitalised(text.slice(i, i + 3)), capitalPlain(text.slice(i, i + 3)), `isCapitalised ${what}`);
  }
}

const PIECES = ['at', 'At', 'MARCH', 'é', 'ß', 'ſix', '\u212Aelvin', 'İstanbul', 'Ωmega', 'ω', '𝐀', '\ud835', '\udc00', '7', '٣', '.',
  ',', '"', '“', '—', '-', '(', '\n', '\r', '\r\n', '\t', '\u00a0', '\u2009', ' ', '  ', '    ', 'x'.repeat(30)];

describe('times: word helpers read character codes', () => {
  it('answer as the patterns did at every position of the gold sets', () => {
    for (const set of corpora()) for (const file of set.files) compare(file.text);
  });

  it('answer as the patterns did at every position of random text past ASCII', () => {
    const r = seeded(13);
    for (let n = 0; n < 1500; n++) {
      let text = '';
      const k = 1 + Math.floor(r() * 12);
      for (let i = 0; i < k; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      compare(text);
    }
  });
});
