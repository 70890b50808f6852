// Why checks of the pooled gold drafts are (not) answered from part of the corpus: the same changes
// as test/unit/alignment/partialCorpusAdversarial.test.ts's "every gold draft" case, each check run
// through a copy of runOnPart that says why it gave up (a look-up of every source, and who made it;
// too many runs; a source it could not load) or how many sources its part held.
// usage: npx tsx scripts/dev/partialRefusals.ts [ROOT]   (ROOT: a tree of the project, default this one)
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..'));
const req = (p: string) => require(path.join(ROOT, p)); // eslint-disable-line @typescript-eslint/no-require-imports

const { analyzeArticle, checkArticle, Corpus, EVERY_SOURCE } = req('server/src/analysis');
const { Part, strangersTo } = req('server/src/analysis/alignment/partialCorpus');
const story = req('server/src/analysis/alignment/story');
const { outlineOf, StoredOutline } = req('server/src/analysis/alignment/corpusOutline');
const { IncrementalChecker } = req('server/src/analysis/findings/incremental');
const { seeded: rng } = req('test/unit/robustness/arbitraries');
const { kindsInTurn } = req('test/unit/goldBudget');
const EVERY: string = EVERY_SOURCE ?? req('server/src/analysis/alignment/corpus').EVERY_SOURCE;

type A = { path: string; role: string; text: { original: string; plain: string }; people: { name: string }[]; quotes: { text: string }[] };
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function projectArticles(): A[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => analyzeArticle({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })));
}

// ---- the test's material and changes (copied) ----
interface Material { stories: string[][]; names: string[]; quotes: string[]; rare: string[] }
function materialOf(sources: readonly A[], corpus: { vocabulary: { weight(w: string): number } }): Material {
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
  const rare = new Set<string>();
  for (const a of sources) for (const w of a.text.plain.match(/\b[a-z]{7,}\b/g) ?? []) if (corpus.vocabulary.weight(w) > 5.5) rare.add(w);
  return { stories: [...byStory.values()], names: [...names].sort(), quotes, rare: [...rare].sort() };
}
function splice(m: Material, r: Rand): string {
  const stories = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, m.stories));
  const out: string[] = ['# Roundup'];
  for (let i = 0; i < 4 + Math.floor(r() * 5); i++) out.push(pick(r, pick(r, stories)));
  return out.join('\n\n') + '\n';
}
const ZONES = ['ET', 'EDT', 'CT', 'PT', 'BST', 'GMT', 'UTC', 'IST', 'AEST', 'CET', 'local time'];
function insertParagraph(text: string, paragraph: string, r: Rand): string {
  const ps = text.split('\n\n');
  ps.splice(1 + Math.floor(r() * ps.length), 0, paragraph);
  return ps.join('\n\n');
}
const CHANGES: ReadonlyArray<(text: string, m: Material, r: Rand) => string> = [
  (t, _m, r) => t.replace(/\d[\d,.]*\d|\d/g, (n) => (r() < 0.25 ? String(Math.max(1, Math.round(Number(n.replace(/,/g, '')) * pick(r, [0.9, 1.1, 2, 0.5, 1.04, 10])))) : n)),
  (t, _m, r) => t.replace(/\b(\d)(\d)\b/g, (n, a: string, b: string) => (r() < 0.3 ? b + a : n)),
  (t, _m, r) => t.replace(/\b(\d{1,2})[:.](\d\d)\s?(a\.m\.|p\.m\.|am|pm)(\s+[A-Z]{2,4}\b)?/g, (s, h: string, mm: string, ap: string) =>
    r() < 0.5 ? `${((Number(h) + pick(r, [1, 2, 11])) % 12) + 1}:${mm} ${ap}${r() < 0.5 ? ' ' + pick(r, ZONES) : ''}` : s),
  (t, _m, r) => t.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b/g, (s, mo: string, d: string) =>
    r() < 0.5 ? `${mo} ${Math.min(28, Math.max(1, Number(d) + pick(r, [-10, -1, 1, 3, 7, 10])))}` : s),
  (t, m, r) => { const names = t.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []; if (names.length === 0) return t; const from = pick(r, names); return t.split(from).join(pick(r, m.names)); },
  (t, m, r) => {
    let q = pick(r, m.quotes);
    if (r() < 0.5) { const ws = q.split(' '); ws[Math.floor(r() * ws.length)] = pick(r, ['never', 'firmly', 'slowly', 'tomorrow']); q = ws.join(' '); }
    return insertParagraph(t, `“${q},” ${pick(r, m.names)} told ${pick(r, ['the BBC', 'Sky News', 'reporters', 'CNN'])}.`, r);
  },
  (t, m, r) => insertParagraph(t, `“${Array.from({ length: 5 }, () => pick(r, m.rare)).join(' ')} and more,” ${pick(r, m.names)} said.`, r),
  (t, _m, r) => insertParagraph(t, `About ${Math.floor(r() * 90000) + 11} residents were moved by ${1 + Math.floor(r() * 11)}:${pick(r, ['05', '30', '45'])} p.m. ${pick(r, ZONES)} on ${pick(r, ['March', 'June', 'October'])} ${1 + Math.floor(r() * 28)}.`, r),
  (t, _m, r) => { const ps = t.split('\n\n'); if (ps.length > 2) ps.splice(1 + Math.floor(r() * (ps.length - 1)), 1); return ps.join('\n\n'); },
  (_t, m, r) => splice(m, r),
];

// ---- runOnPart, instrumented (same logic as alignment/partialCorpus.ts) ----
type Kinds = { figures: boolean; times: boolean; quotes: boolean; statements: boolean; text: boolean; classes?: Set<string> };
type Lookup = string | { cls: string; from: number; to: number } | { words: ReadonlySet<string> };
function classOf(l: Lookup): string | undefined { if (typeof l === 'string') return l.startsWith('f:') ? l.slice(2) : undefined; return 'cls' in l ? l.cls : undefined; }
function kindOf(l: Lookup): 'figures' | 'times' | 'quotes' | 'statements' | 'text' {
  if (typeof l !== 'string') return 'cls' in l ? 'figures' : 'times';
  switch (l.slice(0, 2)) { case 'f:': return 'figures'; case 'q:': return 'quotes'; case 's:': return 'statements'; case 'w:': return 'text'; default: return 'times'; }
}
function holdsKind(k: Kinds, l: Lookup): boolean { const kind = kindOf(l); if (!k[kind]) return false; const cls = classOf(l); return k.times || !k.classes || cls === undefined || k.classes.has(cls); }
function addKind(k: Kinds, l: Lookup): void { const kind = kindOf(l); const cls = classOf(l); if (kind === 'figures' && cls !== undefined) { if (!k.figures) k.classes = new Set([cls]); else k.classes?.add(cls); } k[kind] = true; }

interface Outcome { answer?: unknown; why: string; sources: number; runs: number; who?: string; wide?: string[] }

/** A look-up that names at least this many sources is reported, with who made it. */
const WIDE = 100;

/** Who asked for every source: the first frames of the engine's own code below Corpus.all. */
function caller(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(3).filter((l) => l.includes('/server/src/') && !l.includes('corpus.ts'));
  return lines.slice(0, 6).map((l) => (l.match(/at (\S+)/)?.[1] ?? '?') + '@' + path.basename(l.match(/\(([^)]+)\)/)?.[1] ?? l)).join(' < ');
}

function runOnPart(outline: { stats: unknown; sourcesUnder(l: Lookup): Iterable<number> }, load: (p: number) => A | undefined, run: (c: unknown) => unknown, strangers?: (p: number) => boolean): Outcome {
  const part = new Part();
  for (let runs = 1; runs <= 6; runs++) {
    const keys = new Set<string>();
    const others: Lookup[] = [];
    let who: string | undefined;
    const wide = new Map<string, string>();
    const corpus = part.corpusFor(outline.stats, (l: Lookup) => {
      if (typeof l === 'string') { if (l === EVERY && !who) who = caller(); keys.add(l); } else others.push(l);
      if (l !== EVERY) {
        const name = typeof l === 'string' ? l : 'cls' in l ? `range ${l.cls} ${l.from}..${l.to}` : `clock words ${[...l.words].join(',')}`;
        if (!wide.has(name)) { let n = 0; for (const p of outline.sourcesUnder(l)) if (!strangers?.(p)) n++; if (n >= WIDE) wide.set(name, `${name} (${n}) by ${caller()}`); }
      }
    });
    if (strangers && story.leavesOutStrangers) story.leavesOutStrangers(corpus);
    const value = run(corpus);
    if (keys.has(EVERY)) return { why: 'every-source', sources: part.size, runs, who };
    const wanted = new Map<number, Kinds>();
    const grown: [number, Lookup][] = [];
    for (const lookup of [...keys, ...others]) {
      for (const place of outline.sourcesUnder(lookup)) {
        if (strangers?.(place)) continue;
        const known = part.held.get(place);
        if (known) { if (!holdsKind(known.kinds, lookup)) grown.push([place, lookup]); continue; }
        let kinds = wanted.get(place);
        if (!kinds) wanted.set(place, kinds = { figures: false, times: false, quotes: false, statements: false, text: false });
        addKind(kinds, lookup);
      }
    }
    if (wanted.size === 0 && grown.length === 0) return { answer: value, why: 'answered', sources: part.size, runs, wide: [...wide.values()] };
    const loaded = new Map<number, { analysis: A; kinds: Kinds }>();
    for (const [place, kinds] of wanted) {
      const analysis = load(place);
      if (!analysis || analysis.role !== 'source') return { why: 'load', sources: part.size, runs };
      loaded.set(place, { analysis, kinds });
    }
    part.grow(loaded, grown);
  }
  return { why: 'max-runs', sources: part.size, runs: 6 };
}

// ---- the gold drafts under their changes ----
const articles = projectArticles();
const corpus = new Corpus();
for (const a of articles) corpus.set(a);
const data = outlineOf(corpus);
const outline = new StoredOutline({ ...data, stats: plain(data.stats) });
const order: A[] = [...corpus.all()].map((c: { article: A }) => c.article);
const material = materialOf(order, corpus);
const drafts = articles.filter((a) => a.role === 'draft');
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
let answered = 0, partial = 0, wrong = 0;
const sizes: number[] = [];
const rows: string[] = [];
drafts.forEach((d, n) => {
  const checker0 = new IncrementalChecker();
  const before = analyzeArticle({ path: d.path, text: d.text.original, role: 'draft' });
  checker0.check(corpus, before, {}, 1);
  const stored = plain(checker0.exportChecks(before, {}, 1));
  for (const k of kindsInTurn(n, drafts.length, CHANGES.length, 200) as number[]) {
    const r = rng(7400 + 31 * n + k);
    const analysis = analyzeArticle({ path: d.path, text: CHANGES[k](d.text.original, material, r), role: 'draft' });
    const want = JSON.stringify(plain(checkArticle(corpus, analysis, {})));
    const runs: [string, (c: unknown) => unknown][] = [['plain', (c) => checkArticle(c, analysis, {})], ['seeded', (c) => {
      const checker = new IncrementalChecker();
      if (!checker.seedChecks(analysis, {}, 0, stored)) throw new Error('not seeded');
      return checker.check(c, analysis, {}, 0);
    }]];
    for (const [how, run] of runs) {
      const o = runOnPart(outline, (i) => order[i], run, process.env.NO_STRANGERS || !strangersTo ? undefined : strangersTo(analysis, outline, (i: number) => order[i]?.path));
      let why = o.why;
      if (o.why === 'answered') {
        answered++;
        if (o.sources < corpus.size) partial++; else why = 'answered-whole';
        if (JSON.stringify(plain(o.answer)) !== want) { wrong++; why += '-WRONG'; }
      }
      count(`${how} ${why}${o.who ? ' ' + o.who : ''}`);
      sizes.push(o.sources);
      rows.push(`${path.relative(ROOT, d.path)}\tchange ${k}\t${how}\t${why}\tsources ${o.sources}\truns ${o.runs}\t${o.who ?? ''}`);
      if (why.startsWith('answered-whole')) for (const w of o.wide ?? []) { rows.push(`\t\twide: ${w}`); count(`  wide in ${how} answered-whole: ${w.replace(/^\S+ \(\d+\) /, '').replace(/:\d+:\d+/g, '')}`); }
    }
  }
});
if (process.env.ROWS) fs.writeFileSync(process.env.ROWS, rows.join('\n') + '\n');
sizes.sort((a, b) => a - b);
console.log(`sources a part held (answered or not): median ${sizes[sizes.length >> 1]}, 90th percentile ${sizes[Math.floor(sizes.length * 0.9)]}`);
console.log(`root ${ROOT}\nanswered ${answered}, partial ${partial} (test asks > ${answered / 2}), wrong ${wrong}, corpus ${corpus.size} sources`);
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);
