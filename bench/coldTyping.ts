// `npx tsx bench/coldTyping.ts [--sources=1000] [--runs=3]`: the first typing after a start from the
// index, in process, measured in main-thread CPU (which barely moves with other processes' load,
// unlike the server bench's wall-clock latencies). A first process analyses the sources and the
// draft, stores the sources in an IndexStore and the draft's claim checks as the server keeps them;
// then each run is a fresh process that does what the server's start from the index does before
// the first keystroke — restores the sources without analysing them, analyses the draft once,
// seeds its checks — and types the bench's 200 edits through LiveReview, the suppression view and
// diagnostics (as bench/phases.ts does). Printed per run: main-thread CPU per edit for edits 0 to
// 40 (the code not yet optimised; the p95 comes from them) and 41 to 199, and wall medians.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../server/src/analysis/index';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { diagnosticsFor, PublishedDiagnostics } from '../server/src/diagnostics';
import { applyServerHeapSettings } from '../server/src/heapSettings';
import { IndexStore } from '../server/src/indexStore';
import { LiveReview, type Analyzer } from '../server/src/review';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { SuppressedView } from '../server/src/suppressedView';
import { applyKeystroke, typingEdits, typingWorkspace } from './corpus';
import { mainThreadCpuMs } from './stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const s = a.replace(/^--/, ''); const i = s.indexOf('='); return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)]; }));
const SOURCES = Number(args.sources ?? 1000);
const RUNS = Number(args.runs ?? 3);
const ROOT = String(args.root ?? path.join(os.tmpdir(), `source-review-cold-typing-${SOURCES}`));
const STAMP = { size: 1, mtimeMs: 1 };

const { draft: d, draftPath, uri, sources } = typingWorkspace('/tmp/source-review-cold-typing', SOURCES);

async function setup(): Promise<void> {
  fs.rmSync(ROOT, { recursive: true, force: true });
  const store = new IndexStore(ROOT, { engine: 'cold-typing' });
  for (const s of sources) store.save(s.path, STAMP, s.text, analyzeArticle(s));
  await store.flush();
  const live = new LiveReview(() => ({}), () => undefined, new IncrementalAnalyzer());
  live.update([...sources, { path: draftPath, uri, text: d.text, version: 1 }]);
  live.reviewOf(draftPath);
  fs.writeFileSync(path.join(ROOT, 'checks.json'), JSON.stringify(live.exportChecks(draftPath)));
}

function run(): void {
  // The server's own heap flags (server/src/heapSettings.ts, set by main.ts).
  applyServerHeapSettings();
  const store = new IndexStore(ROOT, { engine: 'cold-typing' });
  const editing = new IncrementalAnalyzer();
  // Sources come from the index, as PrefetchedAnalyzer gives them to the server; the draft is analysed.
  const analyzer: Analyzer = {
    analyze(input, isEditing): ArticleAnalysis {
      if (input.version !== null) return editing.analyze(input, isEditing);
      const stored = store.load(input.path, STAMP, input.text);
      if (!stored) throw new Error(`not in the index: ${input.path}`);
      return stored;
    },
    within: (p, fn) => editing.within(p, fn),
    forget: (p) => editing.forget(p),
    clear: () => editing.clear(),
  };
  const live = new LiveReview(() => ({}), () => undefined, analyzer);
  const view = new SuppressedView(() => live, () => ({ levels: DEFAULT_SETTINGS.severity, levelsName: 'sourceReview.severity' }));
  const published = new PublishedDiagnostics();
  const keystroke = (text: string, version: number): void => {
    live.update([...sources, { path: draftPath, uri, text, version }]);
    live.reviewOf(draftPath);
    const review = view.reviewOf(draftPath);
    const diagnostics = diagnosticsFor(view, draftPath);
    published.changed(uri, diagnostics, version, review);
    JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
  };
  live.update([...sources, { path: draftPath, uri, text: d.text, version: 1 }]);
  if (!live.seedChecks(draftPath, JSON.parse(fs.readFileSync(path.join(ROOT, 'checks.json'), 'utf8')))) throw new Error('the stored checks did not apply');
  keystroke(d.text, 1); // the first diagnostics, from the seeded checks
  const edits = typingEdits(d.text, 200);
  const wall: number[] = [];
  let text = d.text;
  let cpu = mainThreadCpuMs();
  let first = 0;
  for (let i = 0; i < edits.length; i++) {
    text = applyKeystroke(text, edits[i]);
    const t0 = performance.now();
    keystroke(text, i + 2);
    wall.push(performance.now() - t0);
    if (i === 40) { first = mainThreadCpuMs() - cpu; cpu = mainThreadCpuMs(); }
  }
  const rest = mainThreadCpuMs() - cpu;
  const median = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(JSON.stringify({
    cpuPerEdit0to40: +(first / 41).toFixed(2), cpuPerEdit41to199: +(rest / (edits.length - 41)).toFixed(2),
    wallMedian1to40: +median(wall.slice(1, 41)).toFixed(2), wallMedian41to199: +median(wall.slice(41)).toFixed(2),
  }));
}

async function main(): Promise<void> {
  if ('run' in args) { run(); return; }
  await setup();
  for (let r = 0; r < RUNS; r++) {
    // A fresh process per run: nothing compiled or optimised yet, as after a start.
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, __filename, '--run', `--sources=${SOURCES}`, `--root=${ROOT}`], { encoding: 'utf8' }));
  }
}

void main();
