// Drafts made to meet the corpus where a check against part of it (alignment/partialCorpus.ts) could
// go wrong: sentences spliced from sources of different stories, quotations credited to another
// source's speaker or with a word changed, figures moved near other sources' values or made up, clock
// times shifted or given another zone, dates moved, words rare in the corpus quoted without marks,
// paragraphs dropped, the whole draft written anew. Each must get from the part exactly what the
// check against the whole corpus gives, plainly and from a checker seeded with the stored results of
// the draft before the change (as the server does at a start). A false alarm the part alone raised
// would reach an editor before the full check replaced it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, type ArticleAnalysis, type CheckOptions } from '../../../server/src/analysis';
import { runOnPart, strangersTo, type CorpusOutline } from '../../../server/src/analysis/alignment/partialCorpus';
import { outlineOf, StoredOutline } from '../../../server/src/analysis/alignment/corpusOutline';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { seeded as rng } from '../robustness/arbitraries';
import { kindsInTurn } from '../goldBudget';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function projectArticles(): ArticleAnalysis[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => analyzeArticle({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })));
}

/** What the project's sources offer a generator: paragraphs, speakers' names, quotations, rare words, by story. */
interface Material {
  stories: string[][];
  names: string[];
  quotes: string[];
  rare: string[];
}

function materialOf(sources: readonly ArticleAnalysis[], corpus: Corpus): Material {
  const byStory = new Map<string, string[]>();
  const names = new Set<string>();
  const quotes: string[] = [];
  for (const a of sources) {
    const story = path.dirname(a.path);
    const paragraphs = a.text.original.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40 && !p.startsWith('#'));
    byStory.set(story, [...(byStory.get(story) ?? []), ...paragraphs]);
    for (const p of a.people) if (p.name.includes(' ')) names.add(p.name);
    for (const q of a.quotes) if (q.text.length > 30) quotes.push(q.text);
  }
  // Words of a source's running text that few sentences of the corpus have.
  const rare = new Set<string>();
  for (const a of sources) {
    for (const w of a.text.plain.match(/\b[a-z]{7,}\b/g) ?? []) if (corpus.vocabulary.weight(w) > 5.5) rare.add(w);
  }
  return { stories: [...byStory.values()], names: [...names].sort(), quotes, rare: [...rare].sort() };
}

/** A new draft: paragraphs of two to four stories, interleaved. */
function splice(m: Material, r: Rand): string {
  const stories = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, m.stories));
  const out: string[] = ['# Roundup'];
  for (let i = 0; i < 4 + Math.floor(r() * 5); i++) out.push(pick(r, pick(r, stories)));
  return out.join('\n\n') + '\n';
}

const ZONES = ['ET', 'EDT', 'CT', 'PT', 'BST', 'GMT', 'UTC', 'IST', 'AEST', 'CET', 'local time'];

/** One change of the kind a check could answer from the wrong sources. */
const CHANGES: ReadonlyArray<(text: string, m: Material, r: Rand) => string> = [
  // A figure moved a little, or a lot: near other sources' values, or unsourced.
  (t, _m, r) => t.replace(/\d[\d,.]*\d|\d/g, (n) => (r() < 0.25 ? String(Math.max(1, Math.round(Number(n.replace(/,/g, '')) * pick(r, [0.9, 1.1, 2, 0.5, 1.04, 10])))) : n)),
  // Digits swapped ("143" / "134").
  (t, _m, r) => t.replace(/\b(\d)(\d)\b/g, (n, a: string, b: string) => (r() < 0.3 ? b + a : n)),
  // A clock time shifted, or told on another clock.
  (t, _m, r) => t.replace(/\b(\d{1,2})[:.](\d\d)\s?(a\.m\.|p\.m\.|am|pm)(\s+[A-Z]{2,4}\b)?/g, (s, h: string, mm: string, ap: string) =>
    r() < 0.5 ? `${((Number(h) + pick(r, [1, 2, 11])) % 12) + 1}:${mm} ${ap}${r() < 0.5 ? ' ' + pick(r, ZONES) : ''}` : s),
  // A day moved.
  (t, _m, r) => t.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b/g, (s, mo: string, d: string) =>
    r() < 0.5 ? `${mo} ${Math.min(28, Math.max(1, Number(d) + pick(r, [-10, -1, 1, 3, 7, 10])))}` : s),
  // Someone else's name put in: quotations and statements credited to another source's speaker.
  (t, m, r) => {
    const names = t.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? [];
    if (names.length === 0) return t;
    const from = pick(r, names);
    return t.split(from).join(pick(r, m.names));
  },
  // A source's quotation said by a speaker of another story, a word changed or not.
  (t, m, r) => {
    let q = pick(r, m.quotes);
    if (r() < 0.5) { const ws = q.split(' '); ws[Math.floor(r() * ws.length)] = pick(r, ['never', 'firmly', 'slowly', 'tomorrow']); q = ws.join(' '); }
    return insertParagraph(t, `“${q},” ${pick(r, m.names)} told ${pick(r, ['the BBC', 'Sky News', 'reporters', 'CNN'])}.`, r);
  },
  // Words rare in the corpus quoted, as no source quotes them (the search of the running text).
  (t, m, r) => insertParagraph(t, `“${Array.from({ length: 5 }, () => pick(r, m.rare)).join(' ')} and more,” ${pick(r, m.names)} said.`, r),
  // A made-up figure, a time in an unusual zone, a date.
  (t, _m, r) => insertParagraph(t, `About ${Math.floor(r() * 90000) + 11} residents were moved by ${1 + Math.floor(r() * 11)}:${pick(r, ['05', '30', '45'])} p.m. ${pick(r, ZONES)} on ${pick(r, ['March', 'June', 'October'])} ${1 + Math.floor(r() * 28)}.`, r),
  // A paragraph dropped.
  (t, _m, r) => { const ps = t.split('\n\n'); if (ps.length > 2) ps.splice(1 + Math.floor(r() * (ps.length - 1)), 1); return ps.join('\n\n'); },
  // Written anew.
  (_t, m, r) => splice(m, r),
];

function insertParagraph(text: string, paragraph: string, r: Rand): string {
  const ps = text.split('\n\n');
  ps.splice(1 + Math.floor(r() * ps.length), 0, paragraph);
  return ps.join('\n\n');
}

interface Tally { cases: number; answered: number; partial: number; seeded: number }

/** The draft must get from the part what it gets from the whole, plainly and seeded with `stored` (made for an earlier text). */
function same(corpus: Corpus, outline: CorpusOutline, order: readonly ArticleAnalysis[], analysis: ArticleAnalysis, stored: unknown, t: Tally, what: string, options: CheckOptions = {}): void {
  t.cases++;
  const want = plain(checkArticle(corpus, analysis, options));
  const runs: [string, (c: Corpus) => unknown][] = [['plain', (c) => checkArticle(c, analysis, options)]];
  if (stored) {
    runs.push(['seeded', (c) => {
      const checker = new IncrementalChecker();
      assert.ok(checker.seedChecks(analysis, options, 0, stored));
      return checker.check(c, analysis, options, 0);
    }]);
  }
  for (const [how, run] of runs) {
    // As the server does (outlineCheck.ts): other stories' sources, which the draft's look-ups never hand out, are not loaded.
    const part = runOnPart(outline, (i) => order[i], run, Infinity, undefined, strangersTo(analysis, outline, (i) => order[i]?.path));
    if (!part) continue;
    t.answered++;
    if (how === 'seeded') t.seeded++;
    if (part.sources < corpus.size) t.partial++;
    assert.deepStrictEqual(plain(part.value), want, `${what} (${how})`);
  }
}

function storedChecks(corpus: Corpus, analysis: ArticleAnalysis, options: CheckOptions = {}): unknown {
  const checker = new IncrementalChecker();
  checker.check(corpus, analysis, options, 1);
  return plain(checker.exportChecks(analysis, options, 1));
}

/**
 * A source that is a table: more figures of one class than FigureIndex keeps with the others (they
 * go apart, by source), many clock times and dates, in several zones.
 */
function tableSource(r: Rand, names: readonly string[]): string {
  const rows: string[] = ['# Evacuation log', ''];
  for (let i = 0; i < 90; i++) {
    const h = 1 + Math.floor(r() * 12);
    rows.push(`- ${pick(r, ['Ward', 'District', 'Zone'])} ${i + 1}: ${Math.floor(r() * 5000) + 10} people evacuated by ${h}:${pick(r, ['00', '15', '40'])} ${pick(r, ['a.m.', 'p.m.'])} ${pick(r, ZONES)} on ${pick(r, ['March', 'June'])} ${1 + Math.floor(r() * 28)}.`);
  }
  rows.push('', `“We moved everyone we could reach before the water came,” ${pick(r, names)} told reporters.`);
  return rows.join('\n') + '\n';
}

describe('alignment: a check against part of the corpus, adversarial drafts', () => {
  it('is never answered from statistics a stored outline cannot carry (a number past a double times 1000)', () => {
    const corpus = new Corpus();
    for (let i = 0; i < 32; i++) corpus.set(analyzeArticle({ path: `/s/${i}.md`, text: `# Harbour ${i}\n\nThe harbour office logged ${i + 40} boats on Monday.\n`, role: 'source' }));
    // Kept as Infinity among the values some source states (in any unit), which JSON writes as null.
    corpus.set(analyzeArticle({ path: '/s/ledger.md', text: '# Ledger\n\nThe ledger listed 5' + ',000'.repeat(102) + ' grains of sand.\n', role: 'source' }));
    const draft = analyzeArticle({ path: '/d.md', text: '# Draft\n\nThe treasury owes $7' + ',000'.repeat(102) + '.\n', role: 'draft' });
    const want = plain(checkArticle(corpus, draft));
    assert.ok(!want.findings.some((f) => f.kind === 'unsourced-claim'), 'some source states a number this large');
    const data = outlineOf(corpus);
    if (data) {
      // As stored: through JSON. Read back, the value is gone and the figure would be flagged unsourced.
      const order = [...corpus.all()].map((c) => c.article);
      const part = runOnPart(new StoredOutline({ ...data, stats: plain(data.stats) }), (i) => order[i], (c) => checkArticle(c, draft), Infinity);
      if (part) assert.deepStrictEqual(plain(part.value), want);
    }
    // No outline is made of such a corpus: stored, it would be refused when read (outlineStore.ts).
    assert.equal(data, undefined);
  });

  let corpus: Corpus;
  let outline: CorpusOutline;
  let order: ArticleAnalysis[];
  let material: Material;

  before(() => {
    const articles = projectArticles();
    corpus = new Corpus();
    for (const a of articles) corpus.set(a);
    const data = outlineOf(corpus)!;
    // As stored: the statistics go through JSON.
    outline = new StoredOutline({ ...data, stats: plain(data.stats) });
    order = [...corpus.all()].map((c) => c.article);
    material = materialOf(order, corpus);
    assert.ok(material.stories.length >= 10 && material.names.length > 20 && material.quotes.length > 20 && material.rare.length > 20);
  });

  it('answers as against the whole corpus for spliced drafts under every kind of change', function () {
    this.timeout(300000);
    const t: Tally = { cases: 0, answered: 0, partial: 0, seeded: 0 };
    for (let seed = 0; seed < 24; seed++) {
      const r = rng(7300 + seed);
      // Some drafts sit at a source's path: every look-up leaves that path's claims out.
      const at = seed % 4 === 3 ? order[(seed * 7) % order.length].path : '/drafts/spliced.md';
      let text = splice(material, r);
      let before = analyzeArticle({ path: at, text, role: 'draft' });
      let stored = storedChecks(corpus, before);
      for (let step = 0; step < 3; step++) {
        const change = Math.floor(r() * CHANGES.length);
        text = CHANGES[change](text, material, r);
        const analysis = analyzeArticle({ path: at, text, role: 'draft' });
        same(corpus, outline, order, analysis, stored, t, `seed ${seed}, step ${step}, change ${change}`);
        before = analysis;
        stored = storedChecks(corpus, before);
      }
    }
    // Most answers come from part of the archive; the comparison is not vacuous.
    assert.ok(t.answered > 60 && t.seeded > 30 && t.partial > t.answered / 2, JSON.stringify(t));
  });

  it('answers as against the whole corpus when the changes are applied in turn to every gold draft', function () {
    // About 200 changed drafts in all, each checked against the pooled archive: applying every change
    // to every draft grew with the square of the number of sets and outgrew its limit in CI (this is
    // a third of that work). The limit is a guard against a hang, not a timing.
    this.timeout(600000);
    const t: Tally = { cases: 0, answered: 0, partial: 0, seeded: 0 };
    const drafts = order.length > 0 ? projectArticles().filter((a) => a.role === 'draft') : [];
    const applied = new Set<number>();
    drafts.forEach((d, n) => {
      const stored = storedChecks(corpus, analyzeArticle({ path: d.path, text: d.text.original, role: 'draft' }));
      kindsInTurn(n, drafts.length, CHANGES.length, 200).forEach((k) => {
        const change = CHANGES[k];
        applied.add(k);
        const r = rng(7400 + 31 * n + k);
        const analysis = analyzeArticle({ path: d.path, text: change(d.text.original, material, r), role: 'draft' });
        same(corpus, outline, order, analysis, stored, t, `${path.relative(ROOT, d.path)}, change ${k}`);
      });
    });
    assert.equal(applied.size, CHANGES.length, 'every kind of change is applied to some draft');
    // Held to the cases run, not a fixed count: past 100 sets the budget gives each draft one change
    // (kindsInTurn), about 100 cases in all, not 200.
    assert.ok(t.cases >= 100 && t.answered > t.cases / 2 && t.partial > t.answered / 2, JSON.stringify(t));
  });

  it('answers as against the whole corpus once sources were replaced, removed and added back, with a table among them and a tolerance', function () {
    this.timeout(300000);
    const r = rng(7500);
    const edited = new Corpus();
    const articles = projectArticles();
    for (const a of articles) edited.set(a);
    // Sources replaced by edited copies go to the end of the corpus's order; removed ones come back last.
    const sources = articles.filter((a) => a.role === 'source');
    for (let i = 0; i < sources.length; i += 3) {
      const a = sources[i];
      const change = CHANGES[Math.floor(r() * (CHANGES.length - 1))];
      edited.set(analyzeArticle({ path: a.path, text: change(a.text.original, material, r) }));
    }
    for (let i = 1; i < sources.length; i += 7) edited.delete(sources[i].path);
    for (let i = 1; i < sources.length; i += 14) edited.set(sources[i]);
    for (let k = 0; k < 3; k++) edited.set(analyzeArticle({ path: `/tables/log-${k}.md`, text: tableSource(r, material.names), role: 'source' }));
    const data = outlineOf(edited)!;
    const editedOutline = new StoredOutline({ ...data, stats: plain(data.stats) });
    const editedOrder = [...edited.all()].map((c) => c.article);
    // The same sources in the same order, built afresh: what the next start's corpus is.
    const fresh = new Corpus();
    for (const a of editedOrder) fresh.set(a);
    const t: Tally = { cases: 0, answered: 0, partial: 0, seeded: 0 };
    for (let seed = 0; seed < 12; seed++) {
      const options: CheckOptions = seed % 2 === 0 ? {} : { figureTolerance: 0.1 };
      let text = splice(material, r) + (seed % 3 === 0 ? '\n' + tableSource(r, material.names).split('\n').slice(2, 12).join('\n') + '\n' : '');
      const stored = storedChecks(edited, analyzeArticle({ path: '/drafts/edited.md', text, role: 'draft' }), options);
      text = CHANGES[seed % CHANGES.length](text, material, r);
      const analysis = analyzeArticle({ path: '/drafts/edited.md', text, role: 'draft' });
      same(edited, editedOutline, editedOrder, analysis, stored, t, `edited corpus, seed ${seed}`, options);
      assert.deepStrictEqual(plain(checkArticle(fresh, analysis, options)), plain(checkArticle(edited, analysis, options)), `built afresh, seed ${seed}`);
    }
    assert.ok(t.answered > 12 && t.partial > t.answered / 2, JSON.stringify(t));
  });

  it('reads a zone-less time on the sources\' clocks in an order that does not depend on which sources came and went', () => {
    // Read on BST, "after 10:00" is 150 minutes after 11:30 GMT; on EDT, 150 minutes before: equally
    // near, the first zone wins, and only one of the readings lets "after" agree.
    const src = (p: string, text: string) => analyzeArticle({ path: p, text, role: 'source' });
    const sources = [
      src('/z/a.md', '# Wire\n\nThe ferry docked at 9 a.m. BST on Tuesday.\n'),
      src('/z/b.md', '# Post\n\nThe mayor spoke at 9 a.m. EDT on Tuesday.\n'),
      src('/z/c.md', '# Desk\n\nThe warehouse fire began at 11:30 GMT on Tuesday, officials said.\n'),
    ];
    const fresh = new Corpus();
    for (const a of sources) fresh.set(a);
    // The same sources in the same order, after a source writing EDT came and went before them.
    const edited = new Corpus();
    edited.set(src('/z/0.md', '# Other\n\nA bus left at 7 a.m. EDT.\n'));
    for (const a of sources) edited.set(a);
    edited.delete('/z/0.md');
    assert.deepEqual([...edited.all()].map((c) => c.article.path), sources.map((a) => a.path));
    assert.deepEqual(edited.localZoneLabels(), fresh.localZoneLabels());
    assert.deepEqual(edited.stats().zones, fresh.localZoneLabels());
    for (const q of ['after', 'before', 'at']) {
      const draft = analyzeArticle({ path: '/z/draft.md', text: `# Draft\n\nThe warehouse fire began ${q} 10:00 on Tuesday, officials said.\n`, role: 'draft' });
      assert.deepStrictEqual(plain(checkArticle(edited, draft)), plain(checkArticle(fresh, draft)), q);
    }
  });
});
