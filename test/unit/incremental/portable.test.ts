// The incremental check's results carried to another process (IncrementalChecker.exportChecks →
// JSON → seedChecks): a checker started from them against an equal corpus, built again from the
// same articles, must give exactly what a fresh checkArticle gives after edits, while re-checking
// only the claims that are not among the stored ones. Copies for other options, labels or roles,
// and damaged copies, are refused.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { seeded as rng } from '../robustness/arbitraries';
import { corpora } from './corpora';


const PHRASES = [' about 2,700 people', ' at 8:40 a.m. ET', ', Chief Rosa Lindqvist said.', '\n\n', ' “We will reopen the bridge,” she said.', ' 17%', ' on Tuesday', 'x'];

/** One random edit: a phrase pasted or a few characters deleted. */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  if (r() < 0.6) return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A corpus of `files`' sources, analysed from scratch (as another process would). */
function corpusOf(files: readonly { path: string; text: string }[]): Corpus {
  const corpus = new Corpus();
  for (const f of files) {
    const a = analyzeArticle(f);
    if (a.role === 'source') corpus.set(a);
  }
  return corpus;
}

describe('incremental check carried across processes', () => {
  it('a checker seeded from stored results gives exactly what a fresh check gives, re-checking only new claims', function () {
    this.timeout(300000);
    let hits = 0;
    let misses = 0;
    let sets = 0;
    corpora().forEach((set, n) => {
      const draft = set.files.map((f) => analyzeArticle(f)).find((a) => a.role === 'draft');
      if (!draft) return;
      sets++;
      const r = rng(7100 + n);
      // The last session: the draft checked, then typed in.
      let text = draft.text.original;
      const before = new IncrementalChecker();
      const analyzerBefore = new IncrementalAnalyzer();
      const corpusBefore = corpusOf(set.files);
      for (let step = 0; step < 3; step++) {
        before.check(corpusBefore, analyzerBefore.analyze({ path: draft.path, text, role: draft.role }), {}, 3);
        text = edit(text, r);
      }
      const last = analyzerBefore.analyze({ path: draft.path, text, role: draft.role });
      before.check(corpusBefore, last, {}, 3);
      const stored = plain(before.exportChecks(last, {}, 3));
      assert.ok(stored, `${set.name}: the last check's results are exported`);
      assert.equal(before.exportChecks(last, {}, 4), undefined, 'not for another corpus generation');
      // This session: the corpus built again, the draft opened with more edits.
      const corpus = corpusOf(set.files);
      const checker = new IncrementalChecker();
      const analyzer = new IncrementalAnalyzer();
      text = edit(text, r);
      let analysis = analyzer.analyze({ path: draft.path, text, role: draft.role });
      assert.ok(checker.seedChecks(analysis, {}, 0, stored), `${set.name}: seeded`);
      for (let step = 0; step < 6; step++) {
        const review = checker.check(corpus, analysis, {}, 0);
        const stats = checker.stats(draft.path)!;
        if (step === 0) { hits += stats.hits; misses += stats.misses; }
        assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, analysis)), `${set.name}, step ${step}`);
        text = edit(text, r);
        analysis = analyzer.analyze({ path: draft.path, text, role: draft.role });
      }
    });
    assert.ok(sets >= 4, `drafts in ${sets} corpora`);
    assert.ok(hits > misses * 3, `the stored results were hardly used: ${hits} claims taken, ${misses} checked`);
  });

  it('refuses stored results for other options, label or role, and damaged ones', () => {
    const wire = 'HOLMVIK (Fjord Wire) - A landslide closed the coast road on Sunday.\n\n About 640 homes lost power at 7:20 a.m., the county said.\n';
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/001_wire.txt', text: wire }));
    const draftText = 'About 900 homes lost power at 7:20 a.m. on Sunday, the county said.\n';
    const draft = analyzeArticle({ path: '/desk/draft_slide.md', text: draftText });
    const checker = new IncrementalChecker();
    checker.check(corpus, draft, {}, 1);
    const stored = plain(checker.exportChecks(draft, {}, 1))!;
    assert.ok(stored.results.length > 0);
    const fresh = () => new IncrementalChecker();
    assert.equal(fresh().seedChecks(draft, { figureTolerance: 0.2 }, 0, stored), false, 'other tolerance');
    assert.equal(fresh().seedChecks({ ...draft, label: 'other' }, {}, 0, stored), false, 'other label');
    assert.equal(fresh().seedChecks({ ...draft, role: 'source' }, {}, 0, stored), false, 'other role');
    for (const damaged of [null, 7, {}, { ...stored, results: 'x' }, { ...stored, texts: [['a', -1]] },
      { ...stored, results: [{ ...stored.results[0], key: 5 }] },
      { ...stored, results: [{ ...stored.results[0], findings: [{ kind: 'figure-conflict' }] }] },
      { ...stored, results: [{ ...stored.results[0], claims: [{ span: { start: 'a', end: 2 } }] }] }]) {
      assert.equal(fresh().seedChecks(draft, {}, 0, damaged), false, JSON.stringify(damaged)?.slice(0, 80));
    }
    // The copy as stored is taken: every claim of the unchanged draft comes from it.
    const seeded = fresh();
    assert.equal(seeded.seedChecks(draft, {}, 0, stored), true);
    const review = seeded.check(corpus, draft, {}, 0);
    assert.equal(seeded.stats(draft.path)!.misses, 0);
    assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, draft)));
    assert.ok(review.findings.some((f) => f.kind === 'figure-conflict'), 'the conflict comes back from the stored copy');
  });
});
