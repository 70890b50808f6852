// The checks look claims up through indexes of claim keys instead of walking every source. An index
// may hand out more candidates than match, never fewer: every review through the indexes must equal
// the review of a corpus that hands out every claim of every source (Corpus { exhaustive: true }).
// Compared on every corpus of the project, on all of them pooled into one archive (other stories'
// claims then meet), and on a generated archive of many stories, with sources replaced and removed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, type ArticleAnalysis } from '../../../server/src/analysis';
import { loadSamples, sourceArticle, Varier } from '../../../bench/corpus';
import { spread } from '../goldBudget';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function projectCorpora(): ArticleAnalysis[][] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.map((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => analyzeArticle({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })));
}

/** The same sources in the same order, indexed and exhaustive. */
function both(articles: readonly ArticleAnalysis[]): [Corpus, Corpus] {
  const indexed = new Corpus();
  const exhaustive = new Corpus({ exhaustive: true });
  for (const a of articles) { indexed.set(a); exhaustive.set(a); }
  return [indexed, exhaustive];
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function assertSameReviews(articles: readonly ArticleAnalysis[], indexed: Corpus, exhaustive: Corpus, what: string): number {
  let compared = 0;
  for (const a of articles) {
    for (const options of [{}, { figureTolerance: 0.1 }]) {
      const want = checkArticle(exhaustive, a, options);
      assert.deepStrictEqual(plain(checkArticle(indexed, a, options)), plain(want), `${what}: ${path.basename(a.path)}`);
      compared += want.claims.reduce((n, c) => n + c.comparisons.length, 0);
    }
  }
  return compared;
}

describe('alignment: indexes of claim keys', () => {
  it('review every corpus of the project exactly as comparing all pairs does', function () {
    this.timeout(300000);
    for (const articles of projectCorpora()) {
      const [indexed, exhaustive] = both(articles);
      assert.ok(assertSameReviews(articles, indexed, exhaustive, path.dirname(articles[0].path)) > 0);
    }
  });

  it('review the corpora pooled into one archive exactly as comparing all pairs does', function () {
    // Every article of every set checked against them all pooled grew with the square of the number of
    // sets (284 s with 66 sets): 50 drafts and 70 sources spread over the sets are checked. The limit
    // is a guard against a hang, not a timing.
    this.timeout(600000);
    const articles = projectCorpora().flat();
    const [indexed, exhaustive] = both(articles);
    const checked = [...spread(articles.filter((a) => a.role === 'draft'), 50), ...spread(articles.filter((a) => a.role !== 'draft'), 70)];
    assert.ok(assertSameReviews(checked, indexed, exhaustive, 'pooled') > 0);
  });

  it('find dates at the edge of their window and times linked each way', () => {
    // Written for this test: dates a slipped digit apart, across a leap day, and clock times that
    // are one moment only by their words, by a measure, or by opening the story.
    const sources = [
      ['/wire/001_harbour.txt', 'PORT ELLIS, Feb. 27, 2024 (Tide Wire) - The council approved the dredging contract in a vote dated March 19, 2024. The quay flooded at 4:10 p.m. ET, when the tide gauge read 3.2 metres. The pumps first failed at 2:05 p.m. ET.'],
      ['/wire/002_gazette.md', 'Port Ellis Gazette, Feb. 29, 2024. Councillors approved the dredging contract in a vote dated May 17, 2024, after the quay flooded. Water covered the quay at 4:40 p.m. ET. Pumps began failing at 2:50 p.m. ET. The gauge read 3.2 metres at 4:45 p.m. ET.'],
      ['/wire/003_radio.txt', 'Ellis Radio, March 1, 2024. The dredging contract vote was on April 2, 2024. The harbour master closed the quay gates at 5:20 p.m. ET as water rose.'],
    ].map(([p, text]) => analyzeArticle({ path: p, text }));
    const draft = analyzeArticle({
      path: '/wire/draft_port.md',
      text: 'PORT ELLIS, March 2, 2024 - Councillors approved the dredging contract in a vote dated March 29, 2024. The quay flooded at 4:55 p.m. ET, with the tide gauge at 3.2 metres. The pumps first failed at 1:15 p.m. ET. The harbour master closed the quay gates at 6:30 p.m. ET.\n',
    });
    const [indexed, exhaustive] = both(sources);
    const compared = assertSameReviews([draft, ...sources], indexed, exhaustive, 'edges');
    assert.ok(compared > 0);
  });

  it('find the sources\' years one digit off a draft\'s, and a source writing the draft\'s year', () => {
    // Written for this test: a year swapped in a draft, told beside a full date in one source, and a
    // second draft year that one source writes in its running text (so it is not held wrong).
    const sources = [
      ['/pier/001_wire.txt', 'SALTHAVEN, March 3, 2026 (Coastwire) - The Victorian-style pier was built by the harbour trust in 1957. The cafe on the pier opened on June 1, 2014.'],
      ['/pier/002_paper.md', 'Published 3 March 2026\n\nThe Victorian-style pier was built by the harbour trust in 1957. Its cafe opened in 2014, and the kiosk followed in 2015.'],
    ].map(([p, text]) => analyzeArticle({ path: p, text }));
    const draft = analyzeArticle({ path: '/pier/draft_pier.md', text: 'The Victorian-style pier was built by the harbour trust in 1975. The cafe on the pier opened in 2015.\n' });
    const [indexed, exhaustive] = both(sources);
    assertSameReviews([draft, ...sources], indexed, exhaustive, 'years');
    assert.deepEqual(checkArticle(indexed, draft).findings.filter((f) => f.message.startsWith('year conflicts')).map((f) => [f.text, ...f.against.map((e) => e.label)]), [['1975', '001', '002']]);
  });

  it('find a quotation in the sources\' running text, however its rarest word is spelled', () => {
    // Written for this test: words a draft quotes that sources carry without quotation marks, with
    // the rarest word hyphenated, curly-apostrophed or in a link target on one side.
    const sources = [
      ['/quay/001_post.txt', 'The harbour master said the cyber-attack had shut the lock gates for most of the night.'],
      ['/quay/002_radio.md', 'Officials said [the dredgers](https://example.org/dredgers-overnight) would work overnight, and that the harbour’s pumps were never at risk.'],
      ['/quay/003_wire.txt', 'The port authority confirmed the lock gates stayed shut overnight.'],
    ].map(([p, text]) => analyzeArticle({ path: p, text }));
    const draft = analyzeArticle({
      path: '/quay/draft_gates.md',
      text: [
        '“The cyberattack had shut the lock gates for most of the night,” the harbour master said.',
        '“The harbour\'s pumps were never at risk,” an official said.',
        '“Dredgers overnight will clear the channel,” an official said.',
        '“Nobody here has seen anything like this spring tide,” a pilot said.',
      ].join('\n\n') + '\n',
    });
    const [indexed, exhaustive] = both(sources);
    assertSameReviews([draft], indexed, exhaustive, 'running text');
    const unsourced = checkArticle(indexed, draft).findings.filter((f) => f.kind === 'unsourced-claim').map((f) => f.text);
    assert.ok(unsourced.some((t) => t.includes('spring tide')), 'a quotation no source has is unsourced');
    assert.ok(!unsourced.some((t) => t.includes('lock gates')), 'a quotation a source carries in its running text is not');
  });

  it('find figures at the edge of their ratios and tolerances', function () {
    this.timeout(300000);
    // Written for this test: one count, one share and one duration told with every qualifier and
    // numbers spread over two orders of magnitude, at the same moment and without one.
    let seed = 99;
    const r = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    const qualifiers = ['', 'about ', 'nearly ', 'more than ', 'up to ', 'at least ', 'fewer than ', 'some '];
    const value = () => [0, 1, 7, 12, 27, 40, 45, 150, 180, 199, 200, 210, 800, 950, 1000, 4400][Math.floor(r() * 16)] * (r() < 0.5 ? 1 : 1 + Math.floor(r() * 9) / 10);
    const sentence = () => {
      const q = () => qualifiers[Math.floor(r() * qualifiers.length)];
      const n = () => Number(value().toFixed(1)).toLocaleString('en-US');
      return [
        `${q()}${n()} passengers were stranded at Kelso station at 5:${r() < 0.5 ? '30' : '40'} p.m. on Friday, the operator said.`,
        `Fares on the Kelso line rose ${q()}${n()}% this year.`,
        `The Kelso line was closed for ${q()}${n()} hours after the signal fault.`,
        `${q()}${n()} passengers waited for replacement buses, the operator said.`,
      ][Math.floor(r() * 4)];
    };
    const articles = Array.from({ length: 30 }, (_, i) => analyzeArticle({
      path: i < 5 ? `/rail/draft_${i}.md` : `/rail/${String(i).padStart(3, '0')}_outlet.txt`,
      text: Array.from({ length: 4 }, sentence).join(' ') + '\n',
    }));
    const [indexed, exhaustive] = both(articles);
    for (const tolerance of [0, 0.1, 0.5, 0.999, 1, 3]) {
      for (const a of articles) {
        const options = { figureTolerance: tolerance };
        assert.deepStrictEqual(plain(checkArticle(indexed, a, options)), plain(checkArticle(exhaustive, a, options)), `${a.path} at ${tolerance}`);
      }
    }
  });

  it('keep a source with a table of figures apart, and stay exact', () => {
    // Written for this test: a results table of 150 counts, clock times and dates in one source.
    const rows = Array.from({ length: 150 }, (_, i) => `Ward ${i + 1}: ${200 + 7 * i} voters by ${1 + (i % 11)}:${i % 2 ? '30' : '15'} p.m. on March ${1 + (i % 28)}, 2026.`);
    const sources = [
      analyzeArticle({ path: '/poll/001_table.txt', text: `Turnout by ward, Kelso council election.\n\n${rows.join(' ')}\n` }),
      analyzeArticle({ path: '/poll/002_wire.txt', text: 'KELSO, March 4, 2026 (Vale Wire) - About 410 voters had cast ballots in Ward 3 by 4:30 p.m. on March 4, 2026, officials said.\n' }),
      analyzeArticle({ path: '/poll/003_post.md', text: 'Officials said 395 voters had voted in Ward 3 by 4:30 p.m. on March 4, 2026.\n' }),
    ];
    const draft = analyzeArticle({ path: '/poll/draft_turnout.md', text: 'About 450 voters had cast ballots in Ward 3 by 4:30 p.m. on March 4, 2026, officials said.\n' });
    assert.ok(sources[0].figures.length > 100);
    const [indexed, exhaustive] = both(sources);
    assertSameReviews([draft, ...sources], indexed, exhaustive, 'table');
    // Replaced by a short version: it leaves its own place in the index.
    for (const c of [indexed, exhaustive]) c.set(analyzeArticle({ path: '/poll/001_table.txt', text: `Turnout by ward.\n\n${rows.slice(0, 3).join(' ')}\n` }));
    assertSameReviews([draft, ...sources.slice(1)], indexed, exhaustive, 'table replaced');
  });

  it('hold no length as a third source\'s for a length of the same digits in another unit', () => {
    // Written for this test: two stories of one day pooled in one archive. A quarry "about 60km" from a
    // town and a flood wave that ran "roughly seventy kilometres" share a word beside them; the flood's
    // other source tells "70 centimetres" of rain coming down the valley. Centimetres are not
    // kilometres: the rain is no third source siding with the wave's length (comparing all pairs once
    // took it for one and held the quarry's distance against the wave's; the index never did).
    const day = 'Published 3 March 2026\n\n';
    const articles = [
      ['/quarry/001_wire.txt', 'Rescuers reached the Dunsby quarry near Harwick, about 60km south of Marlow, where two workers were trapped after a rockfall.'],
      ['/flood/001_radio.txt', 'The flood wave formed near Pellow and travelled roughly seventy kilometres down the valley before it spread out.'],
      ['/flood/002_paper.md', 'About 70 centimetres of rain came down over the valley in two days, the weather office said.'],
    ].map(([p, text]) => analyzeArticle({ path: p, text: day + text + '\n' }));
    const [indexed, exhaustive] = both(articles);
    assertSameReviews(articles, indexed, exhaustive, 'other unit');
    for (const a of articles) {
      const conflicts = checkArticle(exhaustive, a).findings.filter((f) => f.kind === 'figure-conflict').map((f) => f.text);
      assert.deepEqual(conflicts, [], a.path);
    }
  });

  it('stay exact while sources are replaced and removed in a generated archive', function () {
    this.timeout(180000);
    const { sources: samples, draft } = loadSamples();
    const varier = new Varier([...samples, draft].map((s) => s.text));
    const articles = Array.from({ length: 40 }, (_, i) => {
      const a = sourceArticle(i, samples, varier);
      return analyzeArticle({ path: `/archive/${a.name}`, text: a.text });
    });
    const drafts = [analyzeArticle({ path: '/archive/draft.md', text: draft.text })];
    const [indexed, exhaustive] = both(articles);
    // A source changed (set again: it moves to the end of the order) and one removed.
    for (const c of [indexed, exhaustive]) {
      c.set(analyzeArticle({ path: articles[3].path, text: articles[3].text.original.replace(/\d+/g, (d) => String(Number(d) + 1)) }));
      c.delete(articles[7].path);
    }
    const kept = articles.filter((_, i) => i !== 7 && i !== 3).concat(indexed.get(articles[3].path)!.article);
    const compared = assertSameReviews([...drafts, ...kept.filter((_, i) => i % 4 === 0)], indexed, exhaustive, 'archive');
    assert.ok(compared > 100, `comparisons ${compared}`);
  });
});
