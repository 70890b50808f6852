// What an edited article's memos keep from one keystroke to the next must not hold on to the whole
// text of the keystroke that made it. V8 keeps a slice of 13 code units or more as a view of its
// parent string, so a memo key, a numbered text piece or a remembered figure's text cut from the
// article kept that version of the draft in memory for as long as its span stayed unchanged: one
// whole draft per place typed in (ownCopy.ts; docs/PERFORMANCE.md, thirty-fourth round). Measured
// here by the heap after full collections, with texts large enough that a kept version shows.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { ownCopy, ownStrings } from '../../../server/src/analysis/ownCopy';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  for (let i = 0; i < 3; i++) collect();
  return process.memoryUsage().heapUsed;
}

describe('ownCopy', () => {
  it('gives an equal string, and leaves short strings as they are', () => {
    const text = 'A ferry ran aground off Kessock at 6:40 a.m., the harbour master said.';
    for (const [s, e] of [[0, 5], [2, 40], [10, text.length]]) assert.equal(ownCopy(text.slice(s, e)), text.slice(s, e));
    assert.equal(ownCopy(''), '');
  });

  it('keeps none of the text it was cut from', () => {
    const kept: string[] = [];
    const before = heapAfterCollection();
    for (let i = 0; i < 40; i++) {
      // A fresh 400,000-unit text each time; only a 30-unit piece of it is kept.
      const text = `${i} `.padEnd(400_000, 'abcdefghij');
      kept.push(ownCopy(text.slice(100, 130)));
    }
    const grown = heapAfterCollection() - before;
    // Slices would keep 40 texts of ~400 KB (16 MB); copies keep 40 small strings.
    assert.ok(grown < 4_000_000, `heap grew by ${grown} bytes`);
    assert.equal(kept.length, 40);
  });

  it('ownStrings replaces long strings in plain objects and arrays in place, and leaves other objects alone', () => {
    const long = 'the sheriff’s office said on Tuesday';
    const inner = { text: long, n: 3, short: 'said' };
    const value = { figures: [inner, long], set: new Set([long]), none: null };
    ownStrings(value);
    assert.equal(value.figures[0], inner);
    assert.deepEqual(value, { figures: [{ text: long, n: 3, short: 'said' }, long], set: new Set([long]), none: null });
  });
});

describe('an edited article keeps no earlier version of its text', () => {
  const paragraph = (i: number) => `Crews from the Harlow depot restored power to ${1000 + i} homes by 7:${String(10 + (i % 50)).padStart(2, '0')} p.m. on Friday, the utility’s spokeswoman Dana Whitlock said in a statement about district ${i}.`;
  const source = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n') + '\n';

  it('after typing at many places, the heap holds about one version of the draft, not one per place', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/wire.txt', text: source }));
    const analyzer = new IncrementalAnalyzer();
    const checker = new IncrementalChecker();
    const path = '/desk/draft.md';
    // A long draft (~65,000 code units, two bytes each: "’"), so that each kept version is large.
    const paragraphs = Array.from({ length: 400 }, (_, i) => paragraph(i));
    const typeAt = (k: number) => {
      paragraphs[(k * 97) % paragraphs.length] = paragraphs[(k * 97) % paragraphs.length].replace('homes', k % 2 ? 'houses' : 'homes');
      const article = analyzer.analyze({ path, text: `# Outage\n\n${paragraphs.join('\n\n')}\n`, role: 'draft' });
      checker.check(corpus, article, {}, 1);
      return article;
    };
    let last = typeAt(0);
    const before = heapAfterCollection();
    for (let k = 1; k <= 16; k++) last = typeAt(k);
    const grown = heapAfterCollection() - before;
    if (process.env.SHOW_KEPT) console.log(`grown ${grown}`);
    const version = last.text.original.length * 2;
    // 16 places typed in: kept slices held several versions (main fe40489: about 12 of them).
    assert.ok(grown < 4 * version, `heap grew by ${grown} bytes, a version is ${version}`);
  }).timeout(120_000);
});
