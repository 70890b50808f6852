// The engine takes time linear in an article's length, whatever the article holds: the time for 8×
// the text must grow about 8×, never 64× (quadratic). Medians of interleaved runs, a base size large
// enough to measure, and a generous bound (3× the linear growth) keep this stable on a loaded 2-core
// machine; the first test shows the same bound does catch a quadratic function.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis/index';
import type { ArticleAnalysis } from '../../../server/src/analysis/types';
import { repeat, seeded, singleLineSoup, NEWS_TOKENS } from './arbitraries';
import { bestGrowth, describeGrowth, measureGrowth } from './timing';

const FACTOR = 8;
/** Linear growth is ×8; allow 3× that for noise. A quadratic step shows as ×64. */
const BOUND = FACTOR * 3;

/** Two small sources the article under test is reviewed against (its length is the only variable). */
const SOURCES: ArticleAnalysis[] = [
  analyzeArticle({ path: '001_wire.txt', text: 'ASHFORD, Vt., March 2 (Ridge Wire) - Fire chief Ana Ruiz said 1,200 people were evacuated at 9 a.m. ET on Monday.\n\n“We moved everyone out before the smoke reached the school,” Ruiz told Channel 9.\n\nAbout 300 homes lost power, and repairs could cost $4.5 million, up 12% from last year.\n' }),
  analyzeArticle({ path: '002_courier.md', text: '# Leak\n\nAbout 1,250 people left at 9:30 a.m. ET, said Mayor Tom Okafor. “It was chaos,” Okafor said in a post on X. Damage reached $5 million.\n' }),
];

/** Analyse the text as a draft and as a source, and review each against the sources. */
function engine(text: string): void {
  const draft = analyzeArticle({ path: 'draft_story.md', text });
  reviewArticles([draft, ...SOURCES]);
  const source = analyzeArticle({ path: '003_story.txt', text });
  reviewArticles([source, ...SOURCES]);
}

/** Multi-paragraph news-shaped text from a fixed seed. */
function paragraphs(n: number): string {
  const rand = seeded(11);
  let out = '';
  while (out.length < n) {
    const words: string[] = [];
    for (let k = 0, m = 8 + Math.floor(rand() * 30); k < m; k++) words.push(NEWS_TOKENS[Math.floor(rand() * NEWS_TOKENS.length)]);
    out += `${words.join(' ')}.\n\n`;
  }
  return out.slice(0, n);
}

const INPUTS: Record<string, (n: number) => string> = {
  'news-shaped paragraphs': paragraphs,
  'news tokens on one line': (n) => singleLineSoup(n, 5),
  'clock times, one sentence': (n) => repeat('9 a.m. ', n),
  'figures and times, one sentence': (n) => repeat('1 at 9 a.m. ', n),
  'percentages': (n) => repeat('1% ', n),
  'money': (n) => repeat('$1 ', n),
  'bare numbers': (n) => repeat('1 ', n),
  'counted figures': (n) => repeat('12,345 people were ', n),
  'dates': (n) => repeat('March 1, ', n),
  'unbalanced quotation marks': (n) => repeat('“a "b ‘c ', n),
  'quotes with speakers': (n) => repeat('"We will," said Ana Diaz. ', n),
  'capitalised words': (n) => repeat('Ab ', n),
  'emoji and digits': (n) => repeat('😀1 ', n),
  'markdown table rows': (n) => repeat('| 1,200 | 9 a.m. | Ana Ruiz |\n', n),
  'numbered list without stops': (n) => repeat('1. 300 homes\n', n),
};

describe('robustness: the engine is linear in the article length', function () {
  this.timeout(60000);

  it('the growth bound catches a quadratic function and passes a linear one', function () {
    let sink = 0;
    const quadratic = (s: string) => { for (let i = 0; i < s.length; i++) for (let j = 0; j < s.length; j++) sink += s.charCodeAt(j) & i; };
    const linear = (s: string) => { for (let r = 0; r < 200; r++) for (let i = 0; i < s.length; i++) sink += s.charCodeAt(i); };
    const q = bestGrowth((n) => 'x'.repeat(n), quadratic, { n: 600, maxN: 600, reps: 5 }, BOUND); // retries cannot hide it
    const l = measureGrowth((n) => 'x'.repeat(n), linear, { n: 500, minMs: 10, reps: 3 });
    assert.ok(q.ratio > BOUND, `quadratic not caught: ${describeGrowth(q)}`);
    assert.ok(l.ratio <= BOUND, `linear rejected: ${describeGrowth(l)}`);
    assert.ok(sink !== 0.5);
    this.test!.title += ` — quadratic ×${q.ratio.toFixed(0)}, linear ×${l.ratio.toFixed(1)}`;
  });

  for (const [name, make] of Object.entries(INPUTS)) {
    it(`${name}: ×${FACTOR} text takes at most ×${BOUND} time`, function () {
      const g = bestGrowth(make, engine, { n: 2000, factor: FACTOR, reps: 3, minMs: 30, maxN: 32_000, giveUpRatio: BOUND * 3 }, BOUND);
      this.test!.title += ` — ${describeGrowth(g)}`;
      assert.ok(g.ratio <= BOUND, `super-linear: ${describeGrowth(g)}`);
    });
  }
});
