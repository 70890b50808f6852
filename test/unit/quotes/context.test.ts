// The quote stage's article context makes a sentence's tokens, and finds which of them are in a
// mention, only when asked. It must answer exactly as the plain context (every sentence's tokens
// made at once, one pass over all of them for the mentions) on every gold-set article and after
// random edits, asked in any order; and it must not read a sentence nobody asked about.
import { strict as assert } from 'node:assert';
import { analyzeArticle, type ArticleText, type Person } from '../../../server/src/analysis';
import { articleContext, mentionEnd, mentionStart, personAt } from '../../../server/src/analysis/claims/quotes/context';
import { sentenceTokensOf, type Token } from '../../../server/src/analysis/claims/people/tokens';
import { corpora } from '../incremental/corpora';
import { seeded as rng } from '../robustness/arbitraries';

/** The plain path: every sentence's tokens, and one pass over all of them for the mentions. */
function plainContext(text: ArticleText, people: Person[]): { tokens: Token[][]; mentionAt: Map<number, { key: string; start: number; end: number }> } {
  const tokens = text.sentences.map((s, i) => sentenceTokensOf(text.plain, s, i));
  const spans: Array<{ key: string; start: number; end: number }> = [];
  for (const p of people) for (const m of p.mentions) spans.push({ key: p.key, start: m.start, end: m.end });
  spans.sort((a, b) => a.start - b.start);
  const mentionAt = new Map<number, { key: string; start: number; end: number }>();
  for (const sentence of tokens) {
    let k = 0;
    for (const t of sentence) {
      while (k < spans.length && spans[k].end <= t.start) k++;
      if (k < spans.length && spans[k].start <= t.start && t.end <= spans[k].end) mentionAt.set(t.start, spans[k]);
    }
  }
  return { tokens, mentionAt };
}

const PASTE = [' Ana Ruiz', ' “We left,” Tom Reyes said.', ' Reyes', '\n\n', ' he said', '.', ' Mayor Ruiz told reporters'];

describe('quotes: the article context', () => {
  it('answers as the plain context on every gold-set article and after random edits, asked in any order', () => {
    let asked = 0;
    let inMentions = 0;
    corpora().forEach((set, n) => {
      const r = rng(4400 + n);
      for (const file of set.files) {
        let text = file.text;
        for (let step = 0; step < 6; step++) {
          const a = analyzeArticle({ path: file.path, text });
          const plain = plainContext(a.text, a.people);
          const lazy = articleContext(a.text, a.people);
          const order = a.text.sentences.map((_, i) => i).sort(() => r() - 0.5);
          // Mentions first for some sentences (before their tokens were asked for), tokens first for others.
          for (const si of order) {
            const want = plain.tokens[si];
            if (r() < 0.5) for (const t of want) assert.deepStrictEqual(lazy.mentionAt(t.start), plain.mentionAt.get(t.start), `${file.path} step ${step} sentence ${si} at ${t.start}`);
            assert.deepStrictEqual(lazy.tokens(si), want);
            want.forEach((t, i) => {
              assert.deepStrictEqual(lazy.mentionAt(t.start), plain.mentionAt.get(t.start));
              assert.equal(personAt(lazy, t), plain.mentionAt.get(t.start)?.key ?? null);
              if (lazy.mentionAt(t.start)) {
                inMentions++;
                assert.ok(mentionStart(lazy, want, i) <= i && mentionEnd(lazy, want, i) >= i);
              }
              asked++;
            });
          }
          for (let k = 0; k < 20; k++) {
            const at = Math.floor(r() * (a.text.plain.length + 2)) - 1;
            assert.deepStrictEqual(articleContext(a.text, a.people).mentionAt(at), plain.mentionAt.get(at), `${file.path} offset ${at}`);
          }
          assert.equal(lazy.tokens(a.text.sentences.length), undefined);
          assert.equal(lazy.tokens(-1), undefined);
          const at = Math.floor(r() * (text.length + 1));
          text = text.slice(0, at) + PASTE[Math.floor(r() * PASTE.length)] + text.slice(at);
        }
      }
    });
    assert.ok(asked > 10000 && inMentions > 500, `${asked} tokens, ${inMentions} in mentions`);
  });

  it('reads only the sentences asked about', () => {
    const set = corpora()[0];
    const draft = set.files.find((f) => /draft/.test(f.path))!;
    const a = analyzeArticle(draft);
    const read = new Set<number>();
    const sentences = new Proxy(a.text.sentences, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const ctx = articleContext({ ...a.text, sentences }, a.people);
    assert.equal(read.size, 0);
    const si = Math.floor(a.text.sentences.length / 2);
    ctx.tokens(si);
    assert.deepStrictEqual([...read], [si]);
    read.clear();
    ctx.tokens(si);
    assert.equal(read.size, 0);
  });
});
