// `npx tsx bench/timeline.ts LATENCIES.jsonl [GC_DIR] [--edits=N]`: what each slow edit of a typed
// run waited for. Reads the lines `npm run bench -- --only=server --latencies=FILE` appends (each
// edit's send time and latency, the server's log lines as they arrived, all in ms from spawn) and,
// with GC_DIR, the collector pauses bench/gcLog.cjs wrote there (run the bench with
// `--server-node-args=--v8-pool-size=1,--require=bench/gcLog.cjs` and SOURCE_REVIEW_GC_LOG=GC_DIR).
// Prints each run's start (the restore's window: from "restoring the sources" to the log line of
// the check that took in every source), the collector's pauses in that window, the first N events
// (edits and log lines) in order, and the slowest edits with the pauses that fell inside them.
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Line {
  run: string;
  latencies: number[];
  coldStartMs?: number;
  t0Us?: number;
  sentAt?: number[];
  logs?: [number, string][];
}

interface Pause { at: number; ms: number; kind: string }

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const shown = Number(args.find((a) => a.startsWith('--edits='))?.slice(8) ?? 12);
if (files.length === 0) {
  console.error('usage: npx tsx bench/timeline.ts LATENCIES.jsonl [GC_DIR] [--edits=N]');
  process.exit(2);
}
const runs = fs.readFileSync(files[0], 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const pauses: Pause[] = [];
if (files[1]) {
  for (const f of fs.readdirSync(files[1])) {
    for (const l of fs.readFileSync(path.join(files[1], f), 'utf8').split('\n')) if (l.trim()) pauses.push(JSON.parse(l) as Pause);
  }
}

const fmt = (ms: number) => ms.toFixed(1).padStart(9);

for (const r of runs) {
  if (!r.sentAt || !r.logs) {
    console.log(`== ${r.run}: no timeline (written before the timeline was added)`);
    continue;
  }
  const sentAt = r.sentAt;
  const logs = r.logs;
  const end = sentAt.length > 0 ? sentAt[sentAt.length - 1] + r.latencies[sentAt.length - 1] : 0;
  // Pauses of this run's server: those between its spawn and its last edit (the bench runs one server at a time).
  const mine = r.t0Us === undefined ? [] : pauses.map((p) => ({ ...p, t: (p.at - r.t0Us!) / 1000 })).filter((p) => p.t >= 0 && p.t <= end + 1000);
  const restoring = logs.find(([, m]) => /restoring the sources/.test(m));
  const restored = logs.find(([, m]) => /^(slow )?checked \d+ articles/.test(m));
  console.log(`== ${r.run}: first diagnostics at ${r.coldStartMs ?? '?'} ms`);
  // The restore starts once the first diagnostics are out; its log line can reach the client only after it (a busy host).
  if (restoring && r.coldStartMs !== undefined && r.coldStartMs < restoring[0]) restoring[0] = r.coldStartMs;
  if (restoring && restored) {
    const inside = mine.filter((p) => p.t >= restoring[0] && p.t <= restored[0]);
    const byKind = new Map<string, [number, number]>();
    for (const p of inside) {
      const k = byKind.get(p.kind) ?? [0, 0];
      byKind.set(p.kind, [k[0] + 1, k[1] + p.ms]);
    }
    console.log(`restore: ${restoring[0].toFixed(0)} to ${restored[0].toFixed(0)} ms (${restored[1].slice(0, 120)})`);
    if (mine.length > 0) console.log(`  collector pauses in it: ${[...byKind].map(([k, [n, ms]]) => `${k} ${n} (${ms.toFixed(0)} ms)`).join(', ') || 'none'}`);
  }
  const events: [number, string][] = [];
  sentAt.forEach((t, i) => events.push([t, `edit ${i} sent; answered at ${(t + r.latencies[i]).toFixed(1)} (${r.latencies[i].toFixed(1)} ms)`]));
  for (const [t, m] of logs) events.push([t, `  server: ${m.replace(/file:\/\/\S*\//g, '').slice(0, 150)}`]);
  events.sort((a, b) => a[0] - b[0]);
  const firstEdits = events.filter(([, m]) => m.startsWith('edit ')).slice(0, shown);
  const upTo = firstEdits.length > 0 ? firstEdits[firstEdits.length - 1][0] : 0;
  for (const [t, m] of events) if (t <= upTo) console.log(`${fmt(t)} ${m}`);
  const slowest = r.latencies.map((ms, i) => [ms, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 5);
  console.log('slowest edits:');
  for (const [ms, i] of slowest) {
    const inside = mine.filter((p) => p.t >= sentAt[i] && p.t <= sentAt[i] + ms);
    const overlaps = restoring && restored && sentAt[i] < restored[0] && sentAt[i] + ms > restoring[0] ? ', during the restore' : '';
    console.log(`  edit ${i}: ${ms.toFixed(1)} ms${overlaps}${mine.length > 0 ? `; collector: ${inside.map((p) => `${p.kind} ${p.ms.toFixed(1)} ms`).join(', ') || 'none'}` : ''}`);
  }
}
