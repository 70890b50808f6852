// usage: npx tsx scripts/dev/incrSeeds.ts [--seed=1] [--seeds=3] [--edits=30] [--sets=samples,dales] [--source] [--claims] [--budget=600] [--all] [--quiet]
//
// Seeded random edits in the incremental engine, each answer held to a fresh check. For every set
// (samples/ and test/fixtures/corpora/*, or those whose folder name contains one of --sets), the
// draft (and with --source also the first source) is opened as the server opens it
// (IncrementalAnalyzer + IncrementalChecker, the check run `within` the analyser's memory, the
// corpus generation bumped when a source changes), and edited: a character typed or deleted, a word
// deleted, a word typed key by key, a sentence pasted from another article of the set, an undo.
// After every keystroke the incremental findings (kind, file, range, message, against; with
// --claims the claim views too) are compared with analyzeArticle + checkArticle from scratch over
// the same texts. The first divergence of each run is printed with seed, set, article and edit; a
// run stops at its first divergence. Exit code 1 when any run diverged. --all keeps going after a
// divergence (one line each). --budget bounds the whole run in seconds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, type ArticleAnalysis, type DocumentReview, type Finding } from '../../server/src/analysis';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { IncrementalChecker } from '../../server/src/analysis/findings/incremental';
import { seeded } from '../../test/unit/robustness/arbitraries';

const ROOT = path.resolve(__dirname, '..', '..');
const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const firstSeed = Number(arg('seed', '1'));
const seedCount = Number(arg('seeds', '1'));
const editCount = Number(arg('edits', '30'));
const setFilter = arg('sets', '').split(',').filter(Boolean);
const withSource = flag('source');
const withClaims = flag('claims');
const keepGoing = flag('all');
const quiet = flag('quiet');
const budgetMs = Number(arg('budget', '600')) * 1000;

interface SetFiles { name: string; files: { path: string; text: string }[] }

function sets(): SetFiles[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs
    .filter((d) => setFilter.length === 0 || setFilter.some((f) => path.basename(d).includes(f)))
    .map((dir) => ({
      name: path.basename(dir),
      files: fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
        .map((f) => ({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })),
    }))
    .filter((s) => s.files.length >= 2);
}

/** One step of an edit: the text after it and what was done, for the report. */
interface Step { text: string; what: string }

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const CHARS = ['a', 'e', 's', 'T', '7', '0', '1', ' ', '.', ',', '\n', '"', '“', '”', '-', '%', ':'];
const show = (s: string): string => JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);

/** Words swapped for one another by the 'swap' edit, in groups. */
const SWAPS: readonly string[][] = [
  ['a.m.', 'p.m.'], ['am', 'pm'], ['morning', 'afternoon', 'evening', 'night'], ['dawn', 'dusk'],
  ['gmt', 'bst', 'utc', 'cet'], ['et', 'pt', 'ct'], ['edt', 'pdt'],
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['people', 'homes', 'customers', 'workers', 'passengers'], ['before', 'after'], ['overnight', 'today'],
];
const SWAP = new RegExp(String.raw`(?<![A-Za-z.])(?:${SWAPS.flat().map((w) => w.replace(/\./g, '\\.')).sort((a, b) => b.length - a.length).join('|')})(?![\w])`, 'gi');

/** Word starts (after a space or line break) in `text`. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) if (/\s/.test(text[i - 1]) && /\S/.test(text[i])) out.push(i);
  return out;
}

/** The edits of one random edit: usually one, a word typed gives one per key. */
function randomEdit(text: string, others: readonly ArticleAnalysis[], history: string[], r: () => number): Step[] {
  const op = r();
  const at = Math.floor(r() * (text.length + 1));
  if (op < 0.2) {
    const ch = pick(CHARS, r);
    return [{ text: text.slice(0, at) + ch + text.slice(at), what: `insert ${show(ch)} at ${at}` }];
  }
  if (op < 0.35) {
    if (at >= text.length) return [];
    return [{ text: text.slice(0, at) + text.slice(at + 1), what: `delete ${show(text[at])} at ${at}` }];
  }
  if (op < 0.5) {
    const starts = wordStarts(text);
    if (starts.length === 0) return [];
    const s = pick(starts, r);
    let e = s;
    while (e < text.length && /\S/.test(text[e])) e++;
    while (e < text.length && text[e] === ' ') e++;
    return [{ text: text.slice(0, s) + text.slice(e), what: `delete word ${show(text.slice(s, e))} at ${s}` }];
  }
  if (op < 0.72) {
    // A word of another article (figures, times, names and all) typed at a word start, key by key.
    const other = pick(others, r);
    const words = other.text.original.split(/\s+/).filter((w) => w.length > 0 && w.length < 20);
    if (words.length === 0) return [];
    const word = `${pick(words, r)} `;
    const starts = wordStarts(text);
    let cursor = starts.length > 0 ? pick(starts, r) : at;
    const steps: Step[] = [];
    let t = text;
    for (const ch of word) {
      t = t.slice(0, cursor) + ch + t.slice(cursor);
      steps.push({ text: t, what: `type ${show(word)} at ${cursor - steps.length}, key ${steps.length + 1} ${show(ch)}` });
      cursor++;
    }
    return steps;
  }
  if (op < 0.8) {
    // A word swapped for its like (a.m./p.m., a part of the day, a zone, a weekday, a count's noun):
    // the claims of other sentences that read it change while their own words stay the same.
    const found: { at: number; word: string }[] = [];
    SWAP.lastIndex = 0;
    for (let m = SWAP.exec(text); m; m = SWAP.exec(text)) found.push({ at: m.index, word: m[0] });
    if (found.length === 0) return [];
    const { at: where, word } = pick(found, r);
    const group = SWAPS.find((g) => g.includes(word.toLowerCase())) ?? [];
    const others = group.filter((w) => w !== word.toLowerCase());
    if (others.length === 0) return [];
    let next = pick(others, r);
    if (word.length > 1 && word === word.toUpperCase()) next = next.toUpperCase();
    else if (word[0] !== word[0].toLowerCase()) next = next[0].toUpperCase() + next.slice(1);
    return [{ text: text.slice(0, where) + next + text.slice(where + word.length), what: `swap ${show(word)} for ${show(next)} at ${where}` }];
  }
  if (op < 0.92) {
    // A sentence of another article pasted before a sentence of this one.
    const other = pick(others, r);
    const sentences = other.text.sentences;
    if (sentences.length === 0) return [];
    const s = pick(sentences, r);
    const pasted = `${other.text.original.slice(s.span.start, s.span.end)} `;
    const starts = wordStarts(text);
    const where = starts.length > 0 ? pick(starts, r) : at;
    return [{ text: text.slice(0, where) + pasted + text.slice(where), what: `paste ${show(pasted)} from ${path.basename(other.path)} at ${where}` }];
  }
  // Undo: back to the text before the last edit.
  if (history.length < 2) return [];
  return [{ text: history[history.length - 2], what: 'undo' }];
}

/** A finding as the editor sees it: kind, file, range, message, against. */
function view(f: Finding): string {
  return JSON.stringify([f.kind, path.basename(f.path), f.span.start, f.span.end, f.message, f.against.map((e) => [path.basename(e.path), e.span.start, e.span.end, e.text]), f.id, f.severity, f.attribution ?? null]);
}

/** The first difference between two reviews, or undefined. */
function divergence(live: DocumentReview, fresh: DocumentReview): string | undefined {
  const a = live.findings.map(view);
  const b = fresh.findings.map(view);
  const freshOnly = b.filter((x) => !a.includes(x));
  const liveOnly = a.filter((x) => !b.includes(x));
  if (freshOnly.length || liveOnly.length) {
    return [...liveOnly.map((x) => `  incremental only: ${x}`), ...freshOnly.map((x) => `  fresh only:       ${x}`)].join('\n');
  }
  if (a.join('\n') !== b.join('\n')) return '  findings in another order';
  if (withClaims) {
    const ca = JSON.stringify(live.claims);
    const cb = JSON.stringify(fresh.claims);
    if (ca !== cb) {
      for (let i = 0; i < Math.max(live.claims.length, fresh.claims.length); i++) {
        const x = JSON.stringify(live.claims[i]);
        const y = JSON.stringify(fresh.claims[i]);
        if (x !== y) return `  claim view ${i}:\n  incremental: ${x}\n  fresh:       ${y}`;
      }
    }
  }
  return undefined;
}

interface Outcome { steps: number; diverged: boolean }

/** One run: one article of one set edited under one seed. */
function run(set: SetFiles, edited: ArticleAnalysis, analyses: readonly ArticleAnalysis[], seed: number, deadline: number): Outcome {
  const r = seeded(seed * 7919 + set.name.length * 31 + (edited.role === 'draft' ? 0 : 1));
  const others = analyses.filter((a) => a.path !== edited.path);
  // The server's corpus holds the sources as its analyser read them; the fresh one reads them anew.
  const live = new Corpus();
  const fresh = new Corpus();
  for (const a of analyses) if (a.role === 'source') { live.set(a); fresh.set(a); }
  const analyzer = new IncrementalAnalyzer();
  const checker = new IncrementalChecker();
  let generation = 0;
  const history = [edited.text.original];
  const name = `seed ${seed} ${set.name} ${path.basename(edited.path)}`;
  let steps = 0;
  let diverged = false;
  const check = (text: string, what: string, edit: number): boolean => {
    const input = { path: edited.path, text, role: edited.role };
    const analysis = analyzer.analyze(input, true);
    const freshAnalysis = analyzeArticle(input);
    if (edited.role === 'source') {
      live.set(analysis);
      fresh.set(freshAnalysis);
      generation++;
    }
    const mine = analyzer.within(edited.path, () => checker.check(live, analysis, {}, generation));
    const theirs = checkArticle(fresh, freshAnalysis, {});
    steps++;
    const diff = divergence(mine, theirs);
    if (!diff) return true;
    diverged = true;
    console.log(`DIVERGED ${name} edit ${edit}: ${what}\n${diff}`);
    return false;
  };
  if (!check(history[0], 'open', 0) && !keepGoing) return { steps, diverged };
  for (let e = 1; e <= editCount && Date.now() < deadline; e++) {
    const text = history[history.length - 1];
    const edit = randomEdit(text, others, history, r);
    if (edit.length === 0) continue;
    let ok = true;
    for (const step of edit) {
      if (!check(step.text, step.what, e)) { ok = false; if (!keepGoing) break; }
    }
    const last = edit[edit.length - 1];
    if (last.what === 'undo') history.pop(); else history.push(last.text);
    if (!ok && !keepGoing) break;
  }
  if (!quiet && !diverged) console.log(`ok ${name}: ${steps} checks`);
  return { steps, diverged };
}

function main(): void {
  const started = Date.now();
  const deadline = started + budgetMs;
  let runs = 0;
  let failed = 0;
  let checks = 0;
  for (const set of sets()) {
    const analyses = set.files.map((f) => analyzeArticle(f));
    const targets = [analyses.find((a) => a.role === 'draft'), withSource ? analyses.find((a) => a.role === 'source') : undefined]
      .filter((a): a is ArticleAnalysis => !!a);
    for (let seed = firstSeed; seed < firstSeed + seedCount; seed++) {
      for (const t of targets) {
        if (Date.now() >= deadline) break;
        const o = run(set, t, analyses, seed, deadline);
        runs++;
        checks += o.steps;
        if (o.diverged) failed++;
      }
    }
  }
  const cut = Date.now() >= deadline ? ' (budget reached)' : '';
  console.log(`${runs} runs, ${checks} checks, ${failed} diverged, ${((Date.now() - started) / 1000).toFixed(0)} s${cut}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
