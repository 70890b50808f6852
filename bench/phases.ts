// `npx tsx bench/phases.ts [--sources=1000] [--edits=200] [--runs=1]`: the server's per-keystroke
// work in process, split into its phases (analysis of the draft, the review set's update, the
// incremental check, suppression, diagnostics, the JSON of the notification), so the tail of the
// keystroke latency can be traced to a phase and to particular edits. Same corpus and edits as
// `npm run bench` (bench/corpus.ts). Add --expose-gc via NODE_OPTIONS to force a collection first.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as v8 from 'node:v8';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { analyzeArticle } from '../server/src/analysis/index';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { diagnosticsFor, PublishedDiagnostics } from '../server/src/diagnostics';
import { LiveReview } from '../server/src/review';
import { SuppressedView } from '../server/src/suppressedView';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { applyKeystroke, typingEdits, typingWorkspace } from './corpus';
import { mainThreadCpuMs, summarise } from './stats';

// Split at the first '=' only: --v8=--heap-growing-percent=20 keeps its value whole.
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const s = a.replace(/^--/, ''); const i = s.indexOf('='); return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)]; }));
const SOURCES = Number(args.sources ?? 1000);
const EDITS = Number(args.edits ?? 200);
const RUNS = Number(args.runs ?? 1);
// --v8=FLAGS: V8 flags set at run time, as server/src/main.ts sets its own (e.g. --v8=--heap-growing-percent=20).
if (args.v8) for (const flag of String(args.v8).split(',')) v8.setFlagsFromString(flag);
/** --profile=FILE: a CPU profile of the typing of the last run (summarise with bench/profile.ts). */
const PROFILE = args.profile as string | undefined;
/**
 * --allocations: where the typing of the last run allocates (V8's sampling heap profiler), by function.
 * --allocations=promoted: only what outlived a scavenge (what fills the old generation); =retained:
 * only what is alive after two forced collections at the end (needs node --expose-gc).
 * --allocations-out=FILE: the raw sampling profile, for reading by call stack.
 */
const ALLOCATIONS = 'allocations' in args;
const ALLOCATION_KIND = String(args.allocations ?? '');
const ALLOCATIONS_OUT = args['allocations-out'] as string | undefined;

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) => new Promise<T>((resolve, reject) =>
  session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

const { draft: d, draftPath, uri, sources: sourceInputs } = typingWorkspace('/tmp/source-review-phases', SOURCES);
void analyzeArticle;

interface AllocationNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: AllocationNode[] }

const PHASES = ['update', 'check', 'suppress', 'diagnostics', 'changed', 'json'] as const;
async function main(): Promise<void> {
for (let run = 0; run < RUNS; run++) {
  const live = new LiveReview(() => ({}), (m) => console.error(m), new IncrementalAnalyzer());
  const view = new SuppressedView(() => live, () => ({ levels: DEFAULT_SETTINGS.severity, levelsName: 'sourceReview.severity' }));
  const published = new PublishedDiagnostics();
  let text = d.text;
  const t0 = performance.now();
  live.update([...sourceInputs, { path: draftPath, uri, text, version: 1 }]);
  live.reviewOf(draftPath);
  console.log(`start: ${(performance.now() - t0).toFixed(0)} ms`);
  const times: Record<string, number[]> = Object.fromEntries([...PHASES, 'total'].map((p) => [p, []]));
  const slow: string[] = [];
  const edits = typingEdits(d.text, EDITS);
  // Collector pauses while typing, by kind (scavenges, full collections, incremental steps).
  const gc = new Map<string, number[]>();
  const gcKinds: Record<number, string> = {
    [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = gcKinds[((e as unknown as { detail: { kind: number } }).detail).kind] ?? 'other';
      gc.set(kind, [...(gc.get(kind) ?? []), e.duration]);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const profiling = PROFILE && run === RUNS - 1;
  if (profiling) {
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  if (ALLOCATIONS && run === RUNS - 1) {
    await post('HeapProfiler.enable');
    // Objects collected since are counted too: the churn is what the collector pays for.
    await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: ALLOCATION_KIND !== 'retained', includeObjectsCollectedByMinorGC: ALLOCATION_KIND === '' });
  }
  for (let i = 0; i < edits.length; i++) {
    const k = edits[i];
    text = applyKeystroke(text, k);
    const version = i + 2;
    const t: number[] = [performance.now()];
    live.update([...sourceInputs, { path: draftPath, uri, text, version }]);
    t.push(performance.now());
    live.reviewOf(draftPath);
    t.push(performance.now());
    const review = view.reviewOf(draftPath);
    t.push(performance.now());
    const diagnostics = diagnosticsFor(view, draftPath);
    t.push(performance.now());
    published.changed(uri, diagnostics, version, review);
    t.push(performance.now());
    const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
    t.push(performance.now());
    PHASES.forEach((p, j) => times[p].push(t[j + 1] - t[j]));
    const total = t[t.length - 1] - t[0];
    times.total.push(total);
    slow.push(`${total.toFixed(1).padStart(6)} ms  #${i} ${JSON.stringify(k.insert || '⌫')} @${k.offset}  ` +
      PHASES.map((p, j) => `${p} ${(t[j + 1] - t[j]).toFixed(1)}`).join(' ') + `  ${diagnostics.length} diags ${(json.length / 1024).toFixed(0)} KB`);
  }
  const cpu = process.cpuUsage(cpu0);
  await new Promise((r) => setTimeout(r, 100)); // gc entries arrive asynchronously
  observer.disconnect();
  const mainCpu = mainThreadCpuMs() - main0;
  // Main-thread CPU time barely moves with other processes' load, unlike the wall-clock times.
  console.log(`cpu while typing: ${(mainCpu / edits.length).toFixed(2)} ms per edit on the main thread, ${((cpu.user + cpu.system) / 1000 / edits.length).toFixed(2)} ms on all threads`);
  for (const [kind, ds] of gc) console.log(`gc ${kind}: ${ds.length} pauses, ${ds.reduce((a, b) => a + b, 0).toFixed(0)} ms in all, max ${Math.max(...ds).toFixed(1)} ms`);
  if (profiling) {
    const { profile } = await post<{ profile: unknown }>('Profiler.stop');
    fs.writeFileSync(PROFILE, JSON.stringify(profile));
  }
  if (ALLOCATIONS && run === RUNS - 1) {
    if (ALLOCATION_KIND === 'retained') for (let i = 0; i < 2; i++) (globalThis as unknown as { gc(): void }).gc();
    const { profile } = await post<{ profile: { head: AllocationNode } }>('HeapProfiler.stopSampling');
    if (ALLOCATIONS_OUT) fs.writeFileSync(ALLOCATIONS_OUT, JSON.stringify(profile));
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let total = 0;
    const walk = (n: AllocationNode, stack: string[]): number => {
      const f = n.callFrame;
      const here = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      let sum = n.selfSize;
      if (n.selfSize > 0) {
        self.set(here, (self.get(here) ?? 0) + n.selfSize);
        total += n.selfSize;
      }
      for (const c of n.children) sum += walk(c, [...stack, here]);
      if (!stack.includes(here)) inclusive.set(here, (inclusive.get(here) ?? 0) + sum);
      return sum;
    };
    walk(profile.head, []);
    console.log(`allocated while typing: ${(total / 1048576).toFixed(0)} MB, ${(total / edits.length / 1024).toFixed(0)} KB per edit; by function:`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / edits.length / 1024).toFixed(0).padStart(6)} KB/edit  ${k}`);
    console.log('inclusive:');
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(v / edits.length / 1024).toFixed(0).padStart(6)} KB/edit  ${k}`);
  }
  for (const p of [...PHASES, 'total']) {
    const s = summarise(times[p]);
    console.log(`${p.padEnd(12)} p50 ${s.median.toFixed(2).padStart(6)}  p95 ${s.p95.toFixed(2).padStart(6)}  max ${s.max.toFixed(1).padStart(6)}`);
  }
  console.log('slowest edits:');
  for (const l of slow.sort().reverse().slice(0, 12)) console.log('  ' + l);
  console.log(`heap used ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
}
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
