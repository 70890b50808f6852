// A check against part of the corpus (alignment/partialCorpus.ts: the whole corpus's statistics, and
// only the sources filed under the keys the check looked up) must give exactly what the check gives
// against the whole corpus: on all of the project's corpora pooled into one archive (every draft
// checked, then edited at random), and on a generated archive of many stories, with a plain check
// and with a checker seeded from a stored copy of its last results (what the server does at a start);
// and through a session of edits where each check starts from the part the last one left and is
// seeded from the last answer's results (what the server does while it restores the sources).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, type ArticleAnalysis } from '../../../server/src/analysis';
import { Part, runOnPart, strangersTo, type CorpusOutline } from '../../../server/src/analysis/alignment/partialCorpus';
import { outlineOf as outline, StoredOutline } from '../../../server/src/analysis/alignment/corpusOutline';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { loadSamples, sourceArticle, Varier } from '../../../bench/corpus';
import { seeded as rng } from '../robustness/arbitraries';
import { spread } from '../goldBudget';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const PHRASES = [' about 2,700 people', ' at 8:40 a.m. ET', ', Chief Rosa Lindqvist said.', '\n\n', ' “We will reopen the bridge,” she said.', ' 17%', ' on Tuesday', '9', ' 3'];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  if (r() < 0.6) return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
}

function projectArticles(): ArticleAnalysis[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => analyzeArticle({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })));
}

/** What a stored snapshot of `corpus` holds: its statistics and which sources each key files. */
function outlineOf(corpus: Corpus): { outline: CorpusOutline; order: ArticleAnalysis[] } {
  const data = outline(corpus)!;
  return { outline: new StoredOutline({ ...data, stats: plain(data.stats) }), order: [...corpus.all()].map((c) => c.article) };
}

interface Tally { answered: number; gaveUp: number; partial: number; smallest: number; rechecked: number }

const tally = (): Tally => ({ answered: 0, gaveUp: 0, partial: 0, smallest: 1, rechecked: 0 });

/**
 * Checks `draft` and edits of it against the whole corpus and against parts, plainly and (as the
 * server does at a start) with a checker seeded from the stored results of the text before the
 * edit; every answer must equal the full check's.
 */
function compare(corpus: Corpus, draft: ArticleAnalysis, seed: number, plainTally: Tally, seededTally: Tally, what: string): void {
  const { outline, order } = outlineOf(corpus);
  const r = rng(seed);
  let text = draft.text.original;
  let stored: Map<string, unknown> | undefined;
  for (let step = 0; step < 5; step++) {
    const analysis = analyzeArticle({ path: draft.path, text, role: 'draft' });
    const next = new Map<string, unknown>();
    for (const options of [{}, { figureTolerance: 0.1 }]) {
      const want = plain(checkArticle(corpus, analysis, options));
      const key = JSON.stringify(options);
      const runs: [Tally, (c: Corpus) => unknown][] = [[plainTally, (c) => checkArticle(c, analysis, options)]];
      const copy = stored?.get(key);
      if (copy) {
        runs.push([seededTally, (c) => {
          const checker = new IncrementalChecker();
          assert.ok(checker.seedChecks(analysis, options, 0, copy));
          const review = checker.check(c, analysis, options, 0);
          seededTally.rechecked += checker.stats(analysis.path)!.misses;
          return review;
        }]);
      }
      for (const [t, run] of runs) {
        // As the server does (outlineCheck.ts): other stories' sources are not loaded.
        const part = runOnPart(outline, (i) => order[i], run, Infinity, undefined, strangersTo(analysis, outline, (i) => order[i]?.path));
        if (!part) { t.gaveUp++; continue; }
        t.answered++;
        if (part.sources < corpus.size) t.partial++;
        t.smallest = Math.min(t.smallest, part.sources / corpus.size);
        assert.deepStrictEqual(plain(part.value), want, `${what}, step ${step}, ${key}`);
      }
      const last = new IncrementalChecker();
      last.check(corpus, analysis, options, 1);
      next.set(key, plain(last.exportChecks(analysis, options, 1)));
    }
    stored = next;
    text = edit(text, r);
  }
}

describe('alignment: a check against part of the corpus', () => {
  it('answers as against the whole corpus, on the project\'s corpora pooled into one archive', function () {
    // Drafts are checked and edited against all corpora pooled: with every draft the work grew with the
    // square of the number of sets (268 s with 57 on a quiet 2-core machine), so 30 drafts spread over
    // the sets are taken. The limit is a guard against a hang, not a timing.
    this.timeout(900000);
    const articles = projectArticles();
    const corpus = new Corpus();
    for (const a of articles) corpus.set(a);
    assert.ok(corpus.size > 30, 'the pooled archive is larger than the size at which checks list every source');
    const whole = tally();
    const seeded = tally();
    spread(articles.filter((a) => a.role === 'draft'), 30).forEach((d, n) => compare(corpus, d, 9100 + n, whole, seeded, path.relative(ROOT, d.path)));
    assert.ok(whole.answered > 20 && seeded.answered > 20 && seeded.rechecked > 0, JSON.stringify({ whole, seeded }));
    // Re-checking a few changed claims meets only part of the archive.
    assert.ok(seeded.partial > seeded.answered / 2, JSON.stringify({ whole, seeded }));
  });

  /** 250 sources generated from the samples as the bench makes them, and the sample draft. */
  function generatedArchive(): { corpus: Corpus; draft: ArticleAnalysis } {
    const { sources, draft } = loadSamples();
    const varier = new Varier([...sources, draft].map((s) => s.text));
    const corpus = new Corpus();
    for (let i = 0; i < 250; i++) {
      const a = sourceArticle(i, sources, varier);
      corpus.set(analyzeArticle({ path: `/archive/${a.name}`, text: a.text }));
    }
    return { corpus, draft: analyzeArticle({ path: '/archive/draft.md', text: draft.text, role: 'draft' }) };
  }

  it('answers as against the whole corpus, on a generated archive, and needs only a part of it', function () {
    this.timeout(300000);
    const { corpus, draft } = generatedArchive();
    const whole = tally();
    const seeded = tally();
    compare(corpus, draft, 9200, whole, seeded, 'generated archive');
    assert.ok(whole.answered >= 8 && seeded.answered >= 6 && seeded.smallest < 0.9, JSON.stringify({ whole, seeded }));
  });

  /**
   * A session of edits of each draft as the server answers them while restoring: one part kept
   * from check to check (every draft's), each check seeded from the results the last answer left.
   */
  function session(corpus: Corpus, drafts: ArticleAnalysis[], seed: number, steps: number): { answers: number; warm: number; byClass: number } {
    const { outline, order } = outlineOf(corpus);
    const part = new Part();
    const r = rng(seed);
    let answers = 0;
    let warm = 0;
    let byClass = 0;
    for (const draft of drafts) {
      const options = r() < 0.5 ? {} : { figureTolerance: 0.1 };
      let text = draft.text.original;
      let analysis = analyzeArticle({ path: draft.path, text, role: 'draft' });
      const first = new IncrementalChecker();
      first.check(corpus, analysis, options, 1);
      let stored: unknown = plain(first.exportChecks(analysis, options, 1));
      for (let step = 0; step < steps; step++) {
        text = edit(text, r);
        analysis = analyzeArticle({ path: draft.path, text, role: 'draft' });
        let last: IncrementalChecker | undefined;
        const got = runOnPart(outline, (i) => order[i], (c) => {
          last = new IncrementalChecker();
          assert.ok(last.seedChecks(analysis, options, 0, stored));
          return last.check(c, analysis, options, 0);
        }, Infinity, part, strangersTo(analysis, outline, (i) => order[i]?.path));
        if (!got) continue;
        answers++;
        if (got.runs === 1 && got.sources > 0) warm++;
        assert.deepStrictEqual(plain(got.value), plain(checkArticle(corpus, analysis, options)), `${path.relative(ROOT, draft.path)}, step ${step}`);
        stored = plain(last!.exportChecks(analysis, options, 0));
      }
      // Sources held for figures of some classes only, at the most after any draft (the part only grows,
      // so a later draft that needs every source's times can take them all).
      byClass = Math.max(byClass, [...part.held.values()].filter((p) => p.kinds.classes && !p.kinds.times).length);
    }
    return { answers, warm, byClass };
  }

  it('answers as against the whole corpus when each check starts from the last one\'s part, seeded from its answer', function () {
    this.timeout(300000);
    const articles = projectArticles();
    const corpus = new Corpus();
    for (const a of articles) corpus.set(a);
    const pooled = session(corpus, spread(articles.filter((a) => a.role === 'draft'), 30), 9300, 6);
    const archive = generatedArchive();
    const generated = session(archive.corpus, [archive.draft], 9400, 25);
    // The kept part answers many edits without a second run, and holds some sources' figures of some classes only.
    assert.ok(pooled.answers > 40 && pooled.warm > 10 && generated.answers >= 15 && generated.warm >= 5, JSON.stringify({ pooled, generated }));
    assert.ok(pooled.byClass + generated.byClass > 0, JSON.stringify({ pooled, generated }));
  });

  it('gives up when a check needs every source, or more sources than allowed', () => {
    const articles = projectArticles();
    const small = new Corpus();
    for (const a of articles.filter((x) => x.path.includes(`${path.sep}samples${path.sep}`))) small.set(a);
    const draft = articles.find((a) => a.role === 'draft' && a.path.includes(`${path.sep}samples${path.sep}`))!;
    const { outline, order } = outlineOf(small);
    // A set this small lists every source beside each claim: the check reads them all.
    assert.ok(small.size <= 30);
    assert.equal(runOnPart(outline, (i) => order[i], (c) => checkArticle(c, draft), Infinity), undefined);
    const pooled = new Corpus();
    for (const a of articles) pooled.set(a);
    const whole = outlineOf(pooled);
    assert.equal(runOnPart(whole.outline, (i) => whole.order[i], (c) => checkArticle(c, draft), 1), undefined);
    assert.equal(runOnPart(whole.outline, () => undefined, (c) => checkArticle(c, draft), Infinity), undefined);
  });
});
