// Property tests (fast-check) on the engine's public face: whatever text an editor's workspace holds
// (any UTF-16, lone surrogates, NUL, emoji, right-to-left, unbalanced quotes, thousands of numbers,
// a 1 MB line), analyzeArticle, reviewArticles and checkArticle never throw, and every span they
// return lies inside its article on code-unit boundaries that do not split a surrogate pair.
// Timing (linear in length) is in linearity.test.ts; line endings in lineEndings.test.ts.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeArticle, checkArticle, Corpus, reviewArticles } from '../../../server/src/analysis/index';
import type { ArticleAnalysis, DocumentReview } from '../../../server/src/analysis/types';
import { anyArticleText, anyUtf16, articlePath, newsSoup, repeat, singleLineSoup } from './arbitraries';
import { assertAnalysis, assertDocumentReview, assertReview, onBoundary } from './invariants';

/** A paragraph every extractor reads the same way, whatever comes before it. */
const CANARY = 'The county said 4,321 residents left their homes at 9:15 a.m. ET on Tuesday.';

/** Findings without their order-dependent wording: what, where, and against which words. */
function comparable(d: DocumentReview): string[] {
  return d.findings.map((f) => JSON.stringify([f.kind, f.span, f.text, f.against.map((e) => `${e.path}@${e.span.start}-${e.span.end}`).sort()])).sort();
}

describe('robustness: engine properties (fast-check)', function () {
  this.timeout(60000);

  it('the invariants catch a span that splits a surrogate pair or leaves the text', () => {
    // The checker itself must be able to fail, or the properties below prove nothing.
    assert.equal(onBoundary('a😀b', 2), false);
    assert.equal(onBoundary('a😀b', 1), true);
    assert.equal(onBoundary('a😀b', 3), true);
    assert.equal(onBoundary('ab', 3), false);
    assert.equal(onBoundary('ab', -1), false);
    assert.equal(onBoundary('ab', 0.5), false);
    const a = analyzeArticle({ path: 'x.txt', text: CANARY });
    assert.throws(() => assertAnalysis({ ...a, figures: [{ ...a.figures[0], span: { start: 3, end: 999 } }] }, CANARY));
  });

  it('analyzeArticle: any UTF-16 text, any file kind — never throws, spans inside on boundaries', () => {
    fc.assert(fc.property(anyArticleText, articlePath, (text, path) => {
      assertAnalysis(analyzeArticle({ path, text }), text);
    }), { numRuns: 400 });
  });

  it('analyzeArticle: news-shaped soup keeps every span on a boundary and every index valid', () => {
    fc.assert(fc.property(newsSoup(400), articlePath, (text, path) => {
      assertAnalysis(analyzeArticle({ path, text }), text);
    }), { numRuns: 300 });
  });

  it('no extractor fails silently: a plain paragraph after any text is still read (figure and time)', () => {
    // Extractors catch their own exceptions and return nothing; a crash would show here as a
    // missing figure or time in a paragraph that is always read the same way.
    const alone = analyzeArticle({ path: 'x.txt', text: CANARY });
    assert.ok(alone.figures.some((f) => f.value === 4321), 'the canary paragraph has a figure');
    assert.ok(alone.times.some((t) => t.text.startsWith('9:15')), 'the canary paragraph has a clock time');
    fc.assert(fc.property(fc.oneof(newsSoup(), anyUtf16(200)), (prefix) => {
      const a = analyzeArticle({ path: 'x.txt', text: `${prefix}\n\n${CANARY}\n` });
      assert.ok(a.figures.some((f) => f.value === 4321), `figure lost after ${JSON.stringify(prefix.slice(-80))}: ${a.figures.map((f) => f.text).join(' | ')}`);
      assert.ok(a.times.some((t) => t.text.startsWith('9:15')), `time lost after ${JSON.stringify(prefix.slice(-80))}`);
    }), { numRuns: 200 });
  });

  it('reviewArticles: any set of articles — never throws; findings, evidence and claims inside their articles', () => {
    const article = fc.record({ text: fc.oneof({ weight: 3, arbitrary: newsSoup(150) }, { weight: 1, arbitrary: anyUtf16(200) }), draft: fc.boolean() });
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true })), (articles, tolerance) => {
      const analyses = articles.map((a, i) => analyzeArticle({ path: `${a.draft ? 'draft_' : ''}${String(i).padStart(3, '0')}_x.${i % 2 ? 'md' : 'txt'}`, text: a.text }));
      const review = reviewArticles(analyses, tolerance === null ? {} : { figureTolerance: tolerance });
      assertReview(review, analyses);
    }), { numRuns: 150 });
  });

  it('reviewArticles: the same story told with random noise never throws and stays inside its articles', () => {
    // Articles sharing figures, times and speakers reach the alignment and findings code.
    const story = [
      'Fire chief Ana Ruiz said 1,200 people were evacuated at 9 a.m. ET on Monday.',
      'Fire chief Ana Ruiz said 1,500 people were evacuated at 10 a.m. ET on Monday.',
      '“We moved everyone out before the smoke reached the school,” Ruiz told Channel 9.',
      '“We moved everyone out before the fire reached the school,” Ruiz said in a post on X.',
      '“We moved everyone out before the smoke reached the school,” said Mayor Tom Okafor.',
      'About 300 homes lost power, and repairs could cost $4.5 million, the utility said in a post on X.',
      'More than 450 homes lost power, and repairs could cost $6 million, the utility said.',
    ];
    const noisy = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...story), newsSoup(20)), { minLength: 1, maxLength: 6 }), fc.constantFrom('txt', 'md'));
    fc.assert(fc.property(fc.array(noisy, { minLength: 2, maxLength: 4 }), (articles) => {
      const analyses = articles.map(([parts, ext], i) => analyzeArticle({
        path: `${i === 0 ? 'draft_' : ''}${String(i).padStart(3, '0')}_story.${ext}`,
        text: parts.map(([s, noise]) => `${s.replace(/\d/, (d) => String((Number(d) + i) % 10))} ${noise}`).join('\n\n'),
      }));
      assertReview(reviewArticles(analyses), analyses);
    }), { numRuns: 100 });
  });

  it('Corpus: any order of adding, replacing and removing sources gives the findings of a fresh corpus', () => {
    const sources = ['001_a.txt', '002_b.md', '003_c.txt'];
    const step = fc.record({ op: fc.constantFrom('set', 'set', 'delete'), which: fc.integer({ min: 0, max: 2 }), text: newsSoup(60) });
    const base = 'Fire chief Ana Ruiz said 1,200 people were evacuated at 9 a.m. ET on Monday. “We moved everyone out,” Ruiz said.';
    fc.assert(fc.property(fc.array(step, { maxLength: 12 }), newsSoup(60), (steps, draftNoise) => {
      const corpus = new Corpus();
      const current = new Map<string, ArticleAnalysis>();
      for (const s of steps) {
        const path = sources[s.which];
        if (s.op === 'delete') { corpus.delete(path); current.delete(path); continue; }
        const a = analyzeArticle({ path, text: `${base.replace('1,200', String(1000 + s.which * 100))} ${s.text}` });
        corpus.set(a);
        current.set(path, a);
      }
      const draft = analyzeArticle({ path: 'draft_x.md', text: `${base} ${draftNoise}` });
      const fresh = new Corpus();
      for (const path of sources) { const a = current.get(path); if (a) fresh.set(a); }
      const incremental = checkArticle(corpus, draft);
      const byPath = new Map([...current.entries(), [draft.path, draft]]);
      assertDocumentReview(incremental, byPath);
      assert.deepEqual(comparable(incremental), comparable(checkArticle(fresh, draft)));
    }), { numRuns: 100 });
  });

  describe('fixed nasty inputs', () => {
    const cases: Record<string, string> = {
      'empty': '',
      'only NUL': '\u0000'.repeat(1000),
      'only a BOM': '\ufeff',
      'BOM then front matter': '\ufeff---\ndraft: true\n---\n1,200 people left.',
      'lone surrogates everywhere': '\ud800 1,200 \udc00 people \udbff\udfff at \ud83d9 a.m.\ud83d',
      'emoji between every digit': '1😀2😀3,😀4😀0😀0 people at 9😀:😀15 a.m.',
      'right-to-left with marks': '\u202eשלום\u202c 1,200 \u200fאנשים\u200f “ציטוט” said Ana Ruiz at 9 a.m.',
      'carriage returns only': 'Chief Ana Ruiz said 1,200 people left.\r\r“We moved,” Ruiz said.\r\rAt 9 a.m. ET it ended.\r',
      'ten thousand opening quotes': '“'.repeat(10_000),
      'nested quotes 2,000 deep': '“‘'.repeat(1000) + 'x' + '’”'.repeat(1000),
      'unbalanced mixed quotes': '“a "b ‘c '.repeat(3000),
      'thousands of numbers': Array.from({ length: 5000 }, (_, i) => `${(i * 7919) % 100000}`).join(', '),
      'a.m. repeated': '9 a.m. '.repeat(5000),
      'a paragraph of separators': '-—–|:'.repeat(5000) + ' 9 a.m. ' + '-—–|:'.repeat(5000),
      'unclosed code fence': '```\n' + '1,200 people at 9 a.m.\n'.repeat(500),
      'front matter never closed': '---\ntitle: ' + 'x'.repeat(20_000),
      'long word': 'a'.repeat(200_000),
      'combining marks': 'e\u0301\u0301\u0301'.repeat(10_000) + ' 1,200 people',
    };
    for (const [name, text] of Object.entries(cases)) {
      it(`${name}: analyse and review (as source and as draft) without throwing`, () => {
        for (const path of ['002_src.txt', '003_src.md', 'draft_x.md']) {
          const a = analyzeArticle({ path, text });
          assertAnalysis(a, text);
          const other = analyzeArticle({ path: '001_other.txt', text: 'Chief Ana Ruiz said 1,200 people left at 9 a.m. ET on Monday.' });
          assertReview(reviewArticles([a, other]), [a, other]);
        }
      });
    }

    it('a 1 MB single line (news tokens, numbers, quotes): analysed and reviewed without throwing', () => {
      const lines = [singleLineSoup(1_000_000, 3), repeat('12,345 people were ', 1_000_000), repeat('“a "b ‘c ', 1_000_000)];
      const source = analyzeArticle({ path: '001_src.txt', text: 'Chief Ana Ruiz said 12,345 people left at 9 a.m. ET on Monday. “We moved,” Ruiz said.' });
      for (const text of lines) {
        assert.ok(!/[\n\r]/.test(text) && text.length >= 999_999);
        const draft = analyzeArticle({ path: 'draft_big.txt', text });
        assertAnalysis(draft, text);
        assertReview(reviewArticles([draft, source]), [draft, source]);
      }
    });
  });
});
