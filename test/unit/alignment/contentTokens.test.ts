// scanContentTokens looks a token of ASCII letters and digits up by its characters in place (no
// slice, no string hash). Every token and content word it gives must be exactly what scanTokens'
// norm and contentWordFor give: on every article of the project, on random text built from the
// cases the scanner treats apart (capitals, apostrophes, hyphens, brackets, non-ASCII letters),
// cut anywhere, and past the point where its table of words is emptied and filled again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentWordFor, scanContentTokens, scanTokens } from '../../../server/src/analysis/alignment/words';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function plainPath(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  scanTokens(text, start, end, (norm, s, e) => out.push(`${contentWordFor(norm)}@${s}-${e}`));
  return out;
}

function fastPath(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  scanContentTokens(text, start, end, (word, s, e) => out.push(`${word}@${s}-${e}`));
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['Harbour', 'harbour', 'HARBOUR', ' ', ' ', 'fell', 'Fell', 'cyber', '-', '‐', 'attack', "'s", "'", '’', 'we', "'re",
  '[', ']', 'the', 'The', '12', '3rd', ',', '.', 'Crews', 'rose', 'dock', 'é', 'É', 'Zürich', 'x', 'I', 'a', '\u00a0', '\u2019s', 'İ', 'ß', '\u00b5'];

describe('alignment: content tokens read in place', () => {
  it('equal scanTokens and contentWordFor on every article of the project', () => {
    const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
    let tokens = 0;
    for (const dir of dirs) {
      for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((n) => /\.(txt|md)$/.test(n))) {
        const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
        const expected = plainPath(text, 0, text.length);
        assert.deepStrictEqual(fastPath(text, 0, text.length), expected, `${dir}/${f}`);
        tokens += expected.length;
      }
    }
    assert.ok(tokens > 10000, `only ${tokens} tokens read`);
  });

  it('equal them on random text cut anywhere', () => {
    const r = rng(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 30);
      for (let i = 0; i < len; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      const a = Math.floor(r() * (text.length + 1));
      const b = a + Math.floor(r() * (text.length - a + 1));
      assert.deepStrictEqual(fastPath(text, a, b), plainPath(text, a, b), `${JSON.stringify(text)} [${a}, ${b})`);
      assert.deepStrictEqual(fastPath(text, 0, text.length), plainPath(text, 0, text.length), JSON.stringify(text));
    }
  });

  it('equal them while the table of words is emptied and filled again', () => {
    // More distinct words than the table keeps, each met in several spellings, then met again.
    const words: string[] = [];
    for (let i = 0; i < 90000; i++) words.push(`w${i.toString(36)}ing`);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < words.length; i += 500) {
        const chunk = words.slice(i, i + 500);
        const text = chunk.map((w, k) => (k % 3 === 0 ? w.toUpperCase() : k % 3 === 1 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
        assert.deepStrictEqual(fastPath(text, 0, text.length), plainPath(text, 0, text.length));
      }
    }
  });

  it('keep apart words whose characters hash alike', () => {
    // "abvaczf" and "abhlbpp" have the same 32-bit FNV-1a hash, by which the table finds a word.
    const text = 'abvaczf abhlbpp ABHLBPP Abvaczf abvaczfs abhlbpp';
    assert.deepStrictEqual(fastPath(text, 0, text.length), plainPath(text, 0, text.length));
    assert.deepStrictEqual(fastPath(text, 0, text.length).map((t) => t.split('@')[0]), ['abvaczf', 'abhlbpp', 'abhlbpp', 'abvaczf', 'abvaczf', 'abhlbpp']);
  });
});
