// Through the real server over stdio: cold start (spawn → first diagnostics of the open draft),
// keystroke → diagnostics latency for one-character edits, and the server's peak RSS.
import * as fs from 'node:fs';
import { applyKeystroke, type Keystroke } from './corpus';
import { BenchServer, positionAt, uriOf } from './lsp';
import { summarise, threadTimes, threadTimesSpent, type Summary, type ThreadTimes } from './stats';

export interface ServerRunOptions {
  workspace: string;
  draftPath: string;
  draftText: string;
  edits: readonly Keystroke[];
  /** Stop typing once this much time went into keystrokes (at least `minEdits` are measured). */
  budgetMs: number;
  minEdits: number;
  /** How long the first diagnostics may take. */
  coldTimeoutMs: number;
  nodeArgs?: string[];
  /** The launcher to spawn (a frozen copy, see freezeServer). */
  launcher?: string;
  /** Folder of the persisted source index (initializationOptions.storagePath); none: no index. */
  storagePath?: string;
  /** Appends this run's latencies, in typing order, as one JSON line to this file (--latencies). */
  latenciesFile?: string;
  /** What the JSON line calls this run. */
  label?: string;
}

export interface ServerRunResult {
  /** Spawn → first publishDiagnostics of the draft (ms); null when it did not come within the cap. */
  coldStartMs: number | null;
  /** The cap the cold start was cut at, when it was (ms). */
  coldStartCutMs?: number;
  /** Articles the server reported in its review set. */
  articles: number | undefined;
  /** Article files it read from disk (its log line). */
  filesRead: number | undefined;
  editsPlanned: number;
  /** Keystroke sent → diagnostics of that version received (ms). */
  latency: Summary;
  /** The server's own check duration per keystroke (sourceReview/checking), for comparison. */
  serverCheckMs: Summary;
  peakRssMb: number | null;
  rssAfterMb: number | null;
  /** With an index: sources read from it and sources analysed (the server's log line). */
  index?: { hits: number; misses: number };
  warnings: string[];
  /** The server's log lines about its start (what it read, published and checked, with their times). */
  startLog?: string[];
}

const START_LINES = /^(review set:|published |first diagnostics|seeded |(slow )?checked |source index:|corpus outline|analysed )/;

export async function serverRun(o: ServerRunOptions): Promise<ServerRunResult> {
  const t0 = performance.now();
  /** The same moment on the monotonic clock (µs) of bench/gcLog.cjs's pauses, to put them in the timeline. */
  const t0Us = Number(process.hrtime.bigint() / 1000n);
  const server = new BenchServer({ nodeArgs: o.nodeArgs, settings: { debounceMs: 0 }, launcher: o.launcher });
  const uri = uriOf(o.draftPath);
  try {
    await server.initialize(o.workspace, o.storagePath);
    await server.open(uri, o.draftText, 1);
    try {
      await server.diagnosticsFor(uri, 1, o.coldTimeoutMs);
    } catch (err) {
      // Did not finish within the cap: record how far it got, then end the process we started.
      const mem = server.memory();
      server.kill();
      return {
        coldStartMs: null, coldStartCutMs: Math.round(performance.now() - t0), articles: server.articles, filesRead: server.filesRead, editsPlanned: o.edits.length,
        latency: summarise([]), serverCheckMs: summarise([]), peakRssMb: mem ? Math.round(mem.peakMb) : null, rssAfterMb: mem ? Math.round(mem.rssMb) : null,
        warnings: [String(err instanceof Error ? err.message : err), ...server.logs.filter((l) => /more than|skipping|could not|failed/i.test(l)).slice(0, 5)],
      };
    }
    const coldStartMs = performance.now() - t0;
    const checksBefore = server.checkMs.length;
    let text = o.draftText;
    const latencies: number[] = [];
    /** Each edit's send time, from spawn (ms): with the server's log lines' times, the timeline of the latencies file. */
    const sentAt: number[] = [];
    const typingStart = performance.now();
    // The server's main-thread CPU: before typing, after the first edit (which waits for the
    // restore), after edit 40 (the edits that set the p95) and at the end.
    const cpu: number[] = [server.mainThreadCpuMs()];
    // And each thread's time on a CPU and waiting for one, at the same marks (Linux).
    const threads: (ThreadTimes | null)[] = [threadTimes(server.pid)];
    for (let i = 0; i < o.edits.length; i++) {
      if (i >= o.minEdits && performance.now() - typingStart > o.budgetMs) break;
      // A keystroke that cannot finish inside the budget is not started (after the minimum).
      if (i >= o.minEdits && latencies.length > 0 && performance.now() - typingStart + Math.max(...latencies) > o.budgetMs * 1.5) break;
      const k = o.edits[i];
      const range = { start: positionAt(text, k.offset), end: positionAt(text, k.offset + k.deleteCount) };
      text = applyKeystroke(text, k);
      const version = i + 2;
      const t = performance.now();
      sentAt.push(t - t0);
      const published = server.diagnosticsFor(uri, version, o.coldTimeoutMs);
      await server.change(uri, version, range, k.insert);
      await published;
      latencies.push(performance.now() - t);
      if (i === 0 || i === 40) { cpu.push(server.mainThreadCpuMs()); threads.push(threadTimes(server.pid)); }
    }
    cpu.push(server.mainThreadCpuMs());
    threads.push(threadTimes(server.pid));
    const spent = (a: number, b: number) => cpu.length === 4 && Number.isFinite(cpu[a]) && Number.isFinite(cpu[b]) ? cpu[b] - cpu[a] : null;
    const cpuMs = { firstEdit: spent(0, 1), edits1to40: spent(1, 2), edits41on: spent(2, 3) };
    const threadMs = threads.length === 4 ? { edits1to40: threadTimesSpent(threads[1], threads[2]), edits41on: threadTimesSpent(threads[2], threads[3]) } : null;
    if (o.latenciesFile) fs.appendFileSync(o.latenciesFile, JSON.stringify({ run: o.label ?? '', latencies: latencies.map((x) => Math.round(x * 100) / 100), mainThreadCpuMs: cpuMs, threadMs,
      // The timeline (ms from spawn): the first diagnostics, each edit's send, the server's log lines as they arrived.
      coldStartMs: Math.round(coldStartMs), t0Us, sentAt: sentAt.map((x) => Math.round(x * 10) / 10),
      logs: server.logs.map((m, i) => [Math.round((server.logTimes[i] - t0) * 10) / 10, m.slice(0, 240)]) }) + '\n');
    // From 3,000 sources edits are answered while the sources are restored, so the typing can end
    // before the restore: the peak is read once the first check over every source is done.
    await firstCheckDone(server, o.coldTimeoutMs);
    const mem = server.memory();
    return {
      coldStartMs: Math.round(coldStartMs),
      articles: server.articles,
      filesRead: server.filesRead,
      editsPlanned: o.edits.length,
      latency: summarise(latencies),
      serverCheckMs: summarise(server.checkMs.slice(checksBefore)),
      peakRssMb: mem ? Math.round(mem.peakMb) : null,
      rssAfterMb: mem ? Math.round(mem.rssMb) : null,
      ...(o.storagePath ? { index: await indexCounts(server) } : {}),
      warnings: server.logs.filter((l) => /more than|skipping|could not|failed/i.test(l)).slice(0, 5),
      startLog: server.logs.filter((l) => START_LINES.test(l)).slice(0, 8),
    };
  } finally {
    await server.stop();
  }
}

/** Waits (up to `capMs`) for the log line of the check that took in every source ("checked N articles"). */
async function firstCheckDone(server: BenchServer, capMs: number): Promise<void> {
  for (let waited = 0; waited < capMs; waited += 50) {
    if (server.logs.some((l) => /^(slow )?checked \d+ articles/.test(l))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The server's "source index: H sources read from the index, M analysed" line, once it is logged. */
async function indexCounts(server: BenchServer): Promise<{ hits: number; misses: number } | undefined> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    for (const l of server.logs) {
      const m = /^source index: (\d+) sources read from the index, (\d+) analysed/.exec(l);
      if (m) return { hits: Number(m[1]), misses: Number(m[2]) };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}
