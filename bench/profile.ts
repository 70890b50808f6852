// `npx tsx bench/profile.ts [--sources=N] [--out=DIR]` (or `--summarise=FILE.cpuprofile`): CPU profiles of the engine's hot paths, one
// per scenario, and a summary of where the time goes (self time by function, and time under each
// engine stage). Scenarios: analysing a 2,000-word draft; ingesting N sources (analyse + index);
// checking the draft against them; reviewing every article (what the server does per check today).
// Profiles (.cpuprofile, open in Chrome DevTools or VS Code) go to DIR ($TMPDIR/source-review-profiles).
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, reviewArticles, type ArticleAnalysis } from '../server/src/analysis/index';
import { buildDraft, loadSamples, sourceArticle, Varier } from './corpus';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] }

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SOURCES = Number(args.sources ?? 300);
const OUT = path.resolve(args.out ?? path.join(os.tmpdir(), 'source-review-profiles'));

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) => new Promise<T>((resolve, reject) =>
  session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

async function profile(name: string, fn: () => void): Promise<void> {
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.enable');
  await post('Profiler.start');
  const t = performance.now();
  fn();
  const ms = performance.now() - t;
  const { profile: p } = await post<{ profile: Profile }>('Profiler.stop');
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, `${name}.cpuprofile`), JSON.stringify(p));
  console.log(`\n== ${name}: ${ms.toFixed(0)} ms`);
  console.log(summary(p));
}

const short = (url: string) => url.replace(/^file:\/\//, '').replace(path.resolve(__dirname, '..') + '/', '');

const sources = new Map<string, string[]>();
/**
 * `name file:line`. tsx reports every function on line 1 or 2 of its file, so the line is found by
 * looking for the function's definition in the source.
 */
function where(f: Node['callFrame']): string {
  const name = f.functionName || '(anonymous)';
  const file = short(f.url);
  if (!f.url.includes('/server/src/')) return f.url ? `${name} ${file}:${f.lineNumber + 1}` : name;
  if (name === '(anonymous)') return `${name} ${file}`;
  let lines = sources.get(f.url);
  if (!lines) {
    try { lines = fs.readFileSync(f.url.replace(/^file:\/\//, ''), 'utf8').split('\n'); } catch { lines = []; }
    sources.set(f.url, lines);
  }
  const def = new RegExp(`(function\\*?\\s+${name}\\b|^\\s*(?:(?:private|static|readonly|public|async|get|set)\\s+)*\\*?${name}\\s*[(<]|\\b(?:const|let)\\s+${name}\\s*=)`);
  const at = lines.findIndex((l) => def.test(l));
  return `${name} ${file}${at >= 0 ? `:${at + 1}` : ''}`;
}

/** Self time by function, and total time per engine file (a node's time counts once per file on its stack). */
function summary(p: Profile): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map<number, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of dt) {
    const n = byId.get(id)!;
    const key = where(n.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!f.url.includes('/server/src/') && !f.url.includes('/dist/')) continue;
      const k = where(f);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([k, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  return `self time (top 15 of ${total.toFixed(0)} ms sampled):\n${top(self, 15)}\ninclusive, our functions (top 15):\n${top(inclusive, 15)}`;
}

async function main(): Promise<void> {
  if (args.summarise) {
    // Summarise a profile made elsewhere, e.g. the server's from `npm run bench -- --cpu-prof`.
    console.log(summary(JSON.parse(fs.readFileSync(String(args.summarise), 'utf8')) as Profile));
    return;
  }
  const { sources: samples, draft } = loadSamples();
  const varier = new Varier([...samples, draft].map((s) => s.text));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-profile-'));
  const d = buildDraft(2000, draft, samples, varier);
  const draftPath = path.join(tmp, d.name);
  const texts = Array.from({ length: SOURCES }, (_, i) => sourceArticle(i, samples, varier));
  for (let i = 0; i < 3; i++) analyzeArticle({ path: draftPath, text: d.text }); // warm-up
  await profile('analyse-draft-2000w-x20', () => { for (let i = 0; i < 20; i++) analyzeArticle({ path: draftPath, text: d.text + ' '.repeat(i % 2) }); });
  let analyses: ArticleAnalysis[] = [];
  await profile(`analyse-${SOURCES}-sources`, () => { analyses = texts.map((t) => analyzeArticle({ path: path.join(tmp, t.name), text: t.text })); });
  const corpus = new Corpus();
  await profile(`index-${SOURCES}-sources`, () => { for (const a of analyses) corpus.set(a); });
  const draftAnalysis = analyzeArticle({ path: draftPath, text: d.text });
  await profile(`check-draft-vs-${SOURCES}-x5`, () => { for (let i = 0; i < 5; i++) checkArticle(corpus, draftAnalysis); });
  await profile(`review-all-${SOURCES}`, () => { reviewArticles([...analyses, draftAnalysis]); });
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`\nprofiles in ${OUT}`);
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
