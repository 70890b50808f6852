// The live review set (review.ts) keeps one corpus of sources across checks and re-analyses only
// what changed. After any sequence of additions, edits, role changes and removals its reviews must
// be exactly those of a review made from scratch, and it must re-analyse only the changed articles.
import * as assert from 'node:assert/strict';
import { reviewArticles, analyzeArticle } from '../../server/src/analysis';
import type { DocumentReview } from '../../server/src/analysis/types';
import { LiveReview, type ArticleInput } from '../../server/src/review';

const STORY = [
  (n: number) => `RIVERTON, May 3 (Harbour Post) - Floodwater closed ${n} homes on Tuesday, fire chief Ana Ruiz said.\n\n“We moved ${n} families before noon,” Ruiz said.\n`,
  (n: number) => `RIVERTON (Valley Daily) - About ${n} homes were closed by floodwater at 9 a.m. on Tuesday.\n\nRuiz said crews worked through the night.\n`,
  (n: number) => `# Riverton flood\n\nFloodwater closed ${n} homes at 9 a.m. on Tuesday, fire chief Ana Ruiz said.\n`,
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const rank = (order: string[], path: string) => (order.includes(path) ? order.indexOf(path) : order.length);

/** What a review says, without the objects' identity: findings and claims of one article. */
const shape = (r: DocumentReview | undefined) => r && JSON.parse(JSON.stringify(r));

describe('lsp: the live review set (review.ts)', () => {
  it('gives the same reviews as a review from scratch after random changes', function () {
    this.timeout(60000);
    const r = rng(7);
    const live = new LiveReview(() => ({}), (m) => assert.fail(m));
    const set = new Map<string, ArticleInput>();
    for (let step = 0; step < 80; step++) {
      // Labels are unique (one file per leading number): the engine orders rows by label.
      const k = Math.floor(r() * 6);
      const name = `/desk/${String(1 + k).padStart(3, '0')}_${['post', 'daily', 'wire'][k % 3]}.${k % 2 ? 'txt' : 'md'}`;
      const op = r();
      if (op < 0.2 && set.size > 0) {
        set.delete([...set.keys()][Math.floor(r() * set.size)]);
      } else {
        const draft = r() < 0.25;
        const path = draft ? `/desk/draft_${Math.floor(r() * 2)}.md` : name;
        const n = [40, 40, 40, 55, 1200][Math.floor(r() * 5)];
        set.set(path, { path, uri: `file://${path}`, text: STORY[Math.floor(r() * STORY.length)](n), version: r() < 0.3 ? step : null, ...(r() < 0.1 ? { role: 'draft' as const } : {}) });
      }
      live.update([...set.values()]);
      // A fresh corpus fed in the live corpus's order: the engine names the first source it meets
      // in some messages, so the order has to match for the comparison to be exact.
      const order = live.sourceOrder();
      const inputs = [...set.values()].sort((a, b) => rank(order, a.path) - rank(order, b.path));
      const fresh = reviewArticles(inputs.map((a) => analyzeArticle(a)));
      for (const doc of fresh.documents) assert.deepEqual(shape(live.reviewOf(doc.path)), shape(doc), `step ${step}: ${doc.path}`);
      assert.deepEqual(JSON.parse(JSON.stringify(live.speakers())).length, fresh.speakers.length, `step ${step}: speakers`);
    }
  });

  it('re-analyses only what changed, and keeps reviews that could not change', () => {
    const live = new LiveReview(() => ({}), (m) => assert.fail(m));
    const sources = [0, 1].map((i) => ({ path: `/desk/00${i + 1}_x.txt`, uri: `file:///desk/00${i + 1}_x.txt`, text: STORY[i](40), version: null }));
    const draft = { path: '/desk/draft.md', uri: 'file:///desk/draft.md', text: STORY[2](55), version: 1 };
    let u = live.update([...sources, draft]);
    assert.deepEqual(u.analysed.length, 3);
    const sourceReview = live.reviewOf(sources[0].path);
    assert.ok(live.reviewOf(draft.path)!.findings.some((f) => f.kind === 'figure-conflict'));

    // A keystroke in the draft: the draft alone is analysed, the corpus and the sources' reviews stay.
    u = live.update([...sources, { ...draft, text: draft.text.replace('Tuesday', 'Tuesday '), version: 2 }]);
    assert.deepEqual(u.analysed, [draft.path]);
    assert.equal(u.corpusChanged, false);
    assert.equal(live.isReviewed(sources[0].path), true);
    assert.equal(live.reviewOf(sources[0].path), sourceReview);

    // A source edited: that source alone is analysed; every review is due again.
    u = live.update([{ ...sources[0], text: STORY[0](55) }, sources[1], { ...draft, version: 2, text: draft.text.replace('Tuesday', 'Tuesday ') }]);
    assert.deepEqual(u.analysed, [sources[0].path]);
    assert.equal(u.corpusChanged, true);
    assert.equal(live.isReviewed(draft.path), false);

    // A source removed: gone from the corpus and from the evidence.
    u = live.update([{ ...draft, version: 2, text: draft.text.replace('Tuesday', 'Tuesday ') }]);
    assert.deepEqual(u.removed.sort(), sources.map((s) => s.path).sort());
    assert.equal(live.reviewOf(draft.path)!.findings.filter((f) => f.kind === 'figure-conflict').length, 0);
    assert.equal(live.entryByUri(sources[0].uri), undefined);
  });

  it('skips inputs handed over again, and still notices a path replaced at the same place', () => {
    const live = new LiveReview(() => ({}), (m) => assert.fail(m));
    const input = (i: number, text = STORY[i % 2](40)) => ({ path: `/desk/00${i + 1}_x.txt`, uri: `file:///desk/00${i + 1}_x.txt`, text, version: null });
    const a = input(0);
    const b = input(1);
    let u = live.update([a, b]);
    assert.deepEqual(u.analysed, [a.path, b.path]);
    // The same objects again: nothing to do.
    u = live.update([a, b]);
    assert.deepEqual([u.analysed, u.removed], [[], []]);
    // Equal copies: compared, not analysed.
    u = live.update([{ ...a }, { ...b }]);
    assert.deepEqual([u.analysed, u.removed], [[], []]);
    // Another path where b was, same length: b leaves, c comes.
    const c = input(2);
    u = live.update([a, c]);
    assert.deepEqual([u.analysed, u.removed], [[c.path], [b.path]]);
    assert.equal(live.entryByPath(b.path), undefined);
    // After clear(), the same objects are read again.
    live.clear();
    u = live.update([a, c]);
    assert.deepEqual(u.analysed, [a.path, c.path]);
  });

  it('tries an article whose analysis failed again on the next update', () => {
    let fail = true;
    const analyzer = {
      analyze: (i: ArticleInput) => {
        if (fail) throw new Error('no');
        return analyzeArticle(i);
      },
      forget: () => undefined,
      clear: () => undefined,
    };
    const logs: string[] = [];
    const live = new LiveReview(() => ({}), (m) => logs.push(m), analyzer);
    const a = { path: '/desk/001_x.txt', uri: 'file:///desk/001_x.txt', text: STORY[0](40), version: null };
    assert.deepEqual(live.update([a]).analysed, []);
    assert.equal(logs.length, 1);
    fail = false;
    assert.deepEqual(live.update([a]).analysed, [a.path]);
  });
});
