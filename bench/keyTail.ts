// `npx tsx bench/keyTail.ts [--sources=1000] [--edits=200] [--v8=FLAGS] [--out=FILE]`: which of the
// bench's keystrokes make the tail, and why. Runs the server's per-keystroke path in process (as
// bench/phases.ts) under the server's heap flags, and records for every edit the main thread's CPU
// per phase (from /proc/self/task/PID/schedstat, nanoseconds, so it barely moves with the load),
// the collector's pauses that fell inside it (performance 'gc' entries, by kind), how many of the
// draft's claims the check met afresh, and where the edit is (in a figure, a clock time, a word).
// Prints the slowest tenth with their causes and a summary: CPU p50/p95 with and without the edits a
// collection fell in.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { diagnosticsFor, PublishedDiagnostics } from '../server/src/diagnostics';
import { LiveReview } from '../server/src/review';
import { SuppressedView } from '../server/src/suppressedView';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { applyServerHeapSettings } from '../server/src/heapSettings';
import { applyKeystroke, typingEdits, typingWorkspace } from './corpus';
import { quantile } from './stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => { const s = a.replace(/^--/, ''); const i = s.indexOf('='); return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)]; }));
const SOURCES = Number(args.sources ?? 1000);
const EDITS = Number(args.edits ?? 200);
const OUT = args.out as string | undefined;
/** --idle-scavenge=PCT: after an edit is answered, a scavenge when the new space is at least PCT % full (what main.ts may do between keystrokes). */
const IDLE = args['idle-scavenge'] === undefined ? undefined : Number(args['idle-scavenge']);
applyServerHeapSettings();
if (args.v8) for (const flag of String(args.v8).split(',')) v8.setFlagsFromString(flag);

const schedstat = `/proc/${process.pid}/task/${process.pid}/schedstat`;
/** The main thread's CPU so far, ms (nanosecond counter). */
function cpuMs(): number {
  return Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
}

const PHASES = ['update', 'check', 'suppress', 'diagnostics', 'changed', 'json', 'idle'] as const;
interface Gc { start: number; ms: number; kind: string }
interface Edit { i: number; insert: string; offset: number; around: string; cpu: number[]; wall: number; t0: number; t1: number; gc: Gc[]; diags: number }

let collect: ((o: { type: string }) => void) | undefined;
function idleScavenge(pct: number): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc') as (o: { type: string }) => void;
  }
  const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (space && space.space_used_size >= (pct / 100) * space.space_size) collect({ type: 'minor' });
}

async function main(): Promise<void> {
  const { draft: d, draftPath, uri, sources } = typingWorkspace('/tmp/source-review-keytail', SOURCES);
  const live = new LiveReview(() => ({}), (m) => console.error(m), new IncrementalAnalyzer());
  const view = new SuppressedView(() => live, () => ({ levels: DEFAULT_SETTINGS.severity, levelsName: 'sourceReview.severity' }));
  const published = new PublishedDiagnostics();
  let text = d.text;
  live.update([...sources, { path: draftPath, uri, text, version: 1 }]);
  live.reviewOf(draftPath);
  const gcs: Gc[] = [];
  const kinds: Record<number, string> = {
    [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge', [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
    [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration, kind: kinds[(e as unknown as { detail: { kind: number } }).detail.kind] ?? 'other' });
  });
  observer.observe({ entryTypes: ['gc'] });
  const edits = typingEdits(d.text, EDITS);
  const out: Edit[] = [];
  for (let i = 0; i < edits.length; i++) {
    const k = edits[i];
    text = applyKeystroke(text, k);
    const version = i + 2;
    const t0 = performance.now();
    const c: number[] = [cpuMs()];
    live.update([...sources, { path: draftPath, uri, text, version }]);
    c.push(cpuMs());
    live.reviewOf(draftPath);
    c.push(cpuMs());
    view.reviewOf(draftPath);
    c.push(cpuMs());
    const diagnostics = diagnosticsFor(view, draftPath);
    c.push(cpuMs());
    published.changed(uri, diagnostics, version, view.reviewOf(draftPath));
    c.push(cpuMs());
    JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
    c.push(cpuMs());
    if (IDLE !== undefined) idleScavenge(IDLE);
    c.push(cpuMs());
    const t1 = performance.now();
    const at = k.offset;
    const around = text.slice(Math.max(0, at - 24), at).replace(/\n/g, '⏎') + '|' + text.slice(at, at + 8).replace(/\n/g, '⏎');
    out.push({ i, insert: k.insert || '⌫', offset: at, around, cpu: PHASES.map((_, j) => c[j + 1] - c[j]), wall: t1 - t0, t0, t1, gc: [], diags: diagnostics.length });
  }
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  for (const g of gcs) {
    const e = out.find((x) => g.start >= x.t0 && g.start < x.t1);
    if (e) e.gc.push(g);
  }
  const total = (e: Edit) => e.cpu.reduce((a, b) => a + b, 0);
  const totals = out.map(total);
  const q = (xs: number[], p: number) => quantile([...xs].sort((a, b) => a - b), p);
  const withGc = out.filter((e) => e.gc.length > 0);
  const noGc = out.filter((e) => e.gc.length === 0);
  console.log(`edits ${out.length}; main-thread CPU per edit p50 ${q(totals, 0.5).toFixed(2)} p90 ${q(totals, 0.9).toFixed(2)} p95 ${q(totals, 0.95).toFixed(2)} max ${Math.max(...totals).toFixed(1)} ms; wall p50 ${q(out.map((e) => e.wall), 0.5).toFixed(2)} p95 ${q(out.map((e) => e.wall), 0.95).toFixed(2)}`);
  console.log(`edits with a collection: ${withGc.length} (CPU p50 ${q(withGc.map(total), 0.5).toFixed(2)}), without: ${noGc.length} (CPU p50 ${q(noGc.map(total), 0.5).toFixed(2)} p95 ${q(noGc.map(total), 0.95).toFixed(2)})`);
  const byKind = new Map<string, number[]>();
  for (const g of gcs) byKind.set(g.kind, [...(byKind.get(g.kind) ?? []), g.ms]);
  for (const [kind, ds] of byKind) console.log(`gc ${kind}: ${ds.length}, ${ds.reduce((a, b) => a + b, 0).toFixed(0)} ms in all, p50 ${q(ds, 0.5).toFixed(2)} max ${Math.max(...ds).toFixed(1)}`);
  for (const [j, p] of PHASES.entries()) {
    const xs = out.map((e) => e.cpu[j]);
    console.log(`${p.padEnd(12)} CPU p50 ${q(xs, 0.5).toFixed(2).padStart(6)} p95 ${q(xs, 0.95).toFixed(2).padStart(6)} max ${Math.max(...xs).toFixed(1).padStart(6)} sum ${xs.reduce((a, b) => a + b, 0).toFixed(0)}`);
  }
  console.log('slowest tenth (CPU):');
  for (const e of [...out].sort((a, b) => total(b) - total(a)).slice(0, Math.ceil(out.length / 10))) {
    console.log(`  ${total(e).toFixed(1).padStart(6)} ms #${String(e.i).padStart(3)} ${JSON.stringify(e.insert)} ${JSON.stringify(e.around)} ` + PHASES.map((p, j) => `${p} ${e.cpu[j].toFixed(1)}`).join(' ') + (e.gc.length ? '  gc ' + e.gc.map((g) => `${g.kind} ${g.ms.toFixed(1)}`).join(', ') : '') + `  ${e.diags} diags`);
  }
  if (OUT) fs.writeFileSync(OUT, out.map((e) => JSON.stringify(e)).join('\n') + '\n');
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
