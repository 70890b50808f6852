// The incremental check (each claim's findings remembered between checks of an edited article) must
// give exactly what a fresh checkArticle gives, after any edit. Drafts and sources of every corpus in
// the project are edited at random — typing, deleting, pasting figures, times, names and quotations,
// moving paragraphs — and checked against their corpus; now and then the corpus itself or the
// tolerance changes. Each result is compared field by field with a full check, and the memo must
// actually have been used.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, type ArticleAnalysis } from '../../../server/src/analysis';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { seeded as rng } from '../robustness/arbitraries';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function corpora(): { name: string; files: { path: string; text: string }[] }[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.map((dir) => ({
    name: dir,
    files: fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
      .map((f) => ({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })),
  })).filter((c) => c.files.length >= 3);
}

const CHARS = ['a', 'e', 'T', '7', '0', '1', ' ', ' ', '.', ',', '\n', '“', '”', '"', '’', '-', '%', '$'];
const PHRASES = [
  ' about 3,400 people', ' at 9:15 a.m. ET', ', Mayor Ana Ruiz said.', '\n\n', ' nearly 40,000 users', '\n',
  ' “We will rebuild the quay,” she said.', ' on March 12', ' more than two dozen crews', '# Update\n\n', ' Ruiz ', '.',
  ' at 10:40 p.m.', ' 14%', ' $2.5 million', ' for three hours', ' he told the BBC.', ' Okafor', ' began at 6 a.m.',
  ' “We had no warning at all,” he said.', ' 12 dead', ' on Monday',
];

/** One random edit: a character typed or deleted, a phrase pasted, a word copied from elsewhere, a paragraph moved. */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  if (op < 0.3) return text.slice(0, at) + CHARS[Math.floor(r() * CHARS.length)] + text.slice(at);
  if (op < 0.5) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * (r() < 0.8 ? 2 : 40)));
  if (op < 0.75) return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
  if (op < 0.88) {
    // A run of the article's own words pasted elsewhere: the same claim twice, repeated ids.
    const from = Math.floor(r() * text.length);
    return text.slice(0, at) + text.slice(from, from + 10 + Math.floor(r() * 60)) + text.slice(at);
  }
  const paragraphs = text.split('\n\n');
  if (paragraphs.length < 2) return text;
  const [moved] = paragraphs.splice(Math.floor(r() * paragraphs.length), 1);
  paragraphs.splice(Math.floor(r() * (paragraphs.length + 1)), 0, moved);
  return paragraphs.join('\n\n');
}

/** Plain data, so that the comparison sees values, not object identity. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('incremental check', () => {
  it('gives exactly what a fresh check gives after every random edit', function () {
    this.timeout(300000);
    const all = corpora();
    assert.ok(all.length >= 4, 'the project has several corpora');
    let hits = 0;
    let checks = 0;
    all.forEach((set, n) => {
      const analyses = set.files.map((f) => analyzeArticle(f));
      const corpus = new Corpus();
      for (const a of analyses) corpus.set(a);
      // The draft, and one source edited while it is open (its own claims are then not the corpus's).
      const edited = [analyses.find((a) => a.role === 'draft'), analyses.find((a) => a.role === 'source')].filter((a): a is ArticleAnalysis => !!a);
      edited.forEach((start, k) => {
        const r = rng(4000 + 10 * n + k);
        const analyzer = new IncrementalAnalyzer();
        const checker = new IncrementalChecker();
        let generation = 0;
        let tolerance: number | undefined;
        let text = start.text.original;
        for (let step = 0; step < 40; step++) {
          text = edit(text, r);
          if (r() < 0.05) {
            // A source changes: every remembered result is out of date.
            const other = analyses[Math.floor(r() * analyses.length)];
            if (other.role === 'source' && other.path !== start.path) {
              corpus.set(analyzeArticle({ path: other.path, text: other.text.original + '\n\nAbout 3,400 people left at 9:15 a.m. ET.\n' }));
              generation++;
            }
          }
          if (r() < 0.05) tolerance = tolerance === undefined ? 0.05 : undefined;
          const options = tolerance === undefined ? {} : { figureTolerance: tolerance };
          const analysis = analyzer.analyze({ path: start.path, text, role: start.role });
          const incremental = checker.check(corpus, analysis, options, generation);
          hits += checker.stats(start.path)?.hits ?? 0;
          checks++;
          assert.deepStrictEqual(plain(incremental), plain(checkArticle(corpus, analysis, options)),
            `${set.name} ${path.basename(start.path)}, edit ${step} (seed ${4000 + 10 * n + k})`);
        }
      });
    });
    assert.ok(hits > checks * 10, `the memo was hardly used: ${hits} claims remembered over ${checks} checks`);
  });

  it('re-checks only the claims an edit touched', () => {
    const corpus = new Corpus();
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Crew ${i + 1} counted ${100 + i} boats at ${(i % 11) + 1} a.m. on Monday, officials said.`);
    corpus.set(analyzeArticle({ path: '/desk/001_harbour.txt', text: paragraphs.join('\n\n') }));
    const checker = new IncrementalChecker();
    const draftPath = '/desk/draft_boats.md';
    const first = analyzeArticle({ path: draftPath, text: paragraphs.join('\n\n') });
    checker.check(corpus, first, {}, 0);
    const claims = checker.stats(draftPath)!.misses;
    assert.ok(claims >= 24, `claims ${claims}`);
    paragraphs[7] = paragraphs[7].replace('107 boats', '170 boats');
    const second = analyzeArticle({ path: draftPath, text: paragraphs.join('\n\n') });
    const review = checker.check(corpus, second, {}, 0);
    const stats = checker.stats(draftPath)!;
    // The claims of the edited sentence alone (its figures, clock time and day) are checked again.
    assert.ok(stats.misses > 0 && stats.misses <= 4, `misses ${stats.misses}`);
    assert.equal(stats.hits, claims - stats.misses);
    assert.ok(review.findings.some((f) => f.kind === 'figure-conflict' && f.text.includes('170')));
    assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, second)));
    // A time edited in one sentence changes the moment a figure of the next sentence belongs to.
    const source = 'TOLVER (Coast Wire) - Power failed across Tolver on Friday.\n\nAbout 12,000 homes were dark at 10 a.m. ET, the utility said.\n';
    corpus.set(analyzeArticle({ path: '/desk/002_coast.txt', text: source }));
    const anchored = (clock: string) => `The utility gave an update at ${clock} ET on Friday. About 30,000 homes were dark, it said.\n`;
    checker.check(corpus, analyzeArticle({ path: draftPath, text: anchored('9 a.m.') }), {}, 2);
    for (const clock of ['10 a.m.', '9 a.m.', '10 a.m.']) {
      const a = analyzeArticle({ path: draftPath, text: anchored(clock) });
      assert.deepStrictEqual(plain(checker.check(corpus, a, {}, 2)), plain(checkArticle(corpus, a)), clock);
    }
    const kinds = (clock: string) => checkArticle(corpus, analyzeArticle({ path: draftPath, text: anchored(clock) })).findings.map((f) => f.kind);
    assert.deepEqual([kinds('10 a.m.'), kinds('9 a.m.')], [['figure-conflict'], ['unsourced-claim']], 'the figure is held to the source at its moment only');
    // A new corpus generation: nothing remembered is used.
    checker.check(corpus, second, {}, 1);
    assert.equal(checker.stats(draftPath)!.hits, 0);
  });
});
