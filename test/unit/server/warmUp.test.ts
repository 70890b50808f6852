// The typing rehearsal after a start (server/src/warmUp.ts) types into a throwaway copy of an open
// draft's review: the live review must be exactly as it was (its review, its claim memory, the
// corpus), and typing on in it must give what a live review that never rehearsed gives, on every
// project corpus with a draft, after random edits.
import * as assert from 'node:assert/strict';
import { LiveReview, type ArticleInput } from '../../../server/src/review';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { rehearsalTexts, rehearseTyping } from '../../../server/src/warmUp';
import { seeded as rng } from '../robustness/arbitraries';
import { corpora } from '../incremental/corpora';

const RULES = () => ({ levels: DEFAULT_SETTINGS.severity, levelsName: 'sourceReview.severity' });
const PHRASES = [' about 3,400 people', ', Mayor Ana Ruiz said.', ' at 9:15 a.m.', '\n\n', ' 14%', ' Okafor', '.'];
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  if (op < 0.4) return text.slice(0, at) + 'a7 .,'[Math.floor(r() * 5)] + text.slice(at);
  if (op < 0.7) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
}

describe('warmUp: the typing rehearsal', () => {
  it('types the phrase and deletes it, ending on the text it started from', () => {
    const text = 'One sentence here. Another one follows it. A third.';
    const texts = rehearsalTexts(text);
    assert.equal(texts[texts.length - 1], text);
    assert.ok(texts.some((t) => /Ana Ruiz said 240 people/.test(t)));
    for (let i = 1; i < texts.length; i++) assert.equal(Math.abs(texts[i].length - texts[i - 1].length), 1);
    assert.equal(rehearsalTexts('no full stop at all').at(-1), 'no full stop at all');
  });

  it('leaves the live review as it was, and typing on answers as without it', function () {
    this.timeout(300000);
    let rehearsed = 0;
    for (const [n, set] of corpora().entries()) {
      const disk: ArticleInput[] = set.files.map((f) => ({ path: f.path, uri: `file://${f.path}`, text: f.text, version: null }));
      const draft = set.files.findIndex((f) => /draft/i.test(f.path));
      if (draft < 0) continue;
      const open = (text: string, version: number) => disk.map((d, i) => i === draft ? { ...d, text, version } : d);
      const warm = new LiveReview(() => ({}), () => undefined);
      const cold = new LiveReview(() => ({}), () => undefined);
      const path = disk[draft].path;
      let text = disk[draft].text;
      for (const live of [warm, cold]) live.update(open(text, 1));
      if (warm.entryByPath(path)?.analysis.role !== 'draft') continue;
      const review = warm.reviewOf(path);
      cold.reviewOf(path);
      const checks = plain(warm.exportChecks(path));
      const whole = plain(warm.review());
      const done = rehearseTyping(warm, path, RULES);
      assert.ok(done, set.name);
      assert.equal(done.edits, rehearsalTexts(text).length, set.name);
      rehearsed++;
      // Nothing of the live review moved: the same review object, claim memory and corpus.
      assert.equal(warm.isReviewed(path), true, set.name);
      assert.equal(warm.reviewOf(path), review, set.name);
      assert.deepEqual(plain(warm.exportChecks(path)), checks, set.name);
      assert.deepEqual(plain(warm.review()), whole, set.name);
      assert.equal(warm.entryByPath(path)?.text, text, set.name);
      // A source is never rehearsed (the copy could not hold it without changing the corpus).
      const source = disk.find((d) => warm.entryByPath(d.path)?.analysis.role === 'source');
      if (source) assert.equal(warm.rehearsal(source.path), undefined);
      const r = rng(4200 + n);
      for (let k = 0; k < 25; k++) {
        text = edit(text, r);
        for (const live of [warm, cold]) live.update(open(text, k + 2));
        assert.deepEqual(plain(warm.reviewOf(path)), plain(cold.reviewOf(path)), `${set.name}, edit ${k}`);
      }
    }
    assert.ok(rehearsed >= 3, `rehearsed on ${rehearsed} corpora`);
  });
});
