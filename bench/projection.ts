// Cold start with and without the persisted source index, projected at engine level: the server
// does not load the index yet (see docs/PERFORMANCE.md), so a bundled child process does what a
// server start would (scan, sources, draft checked) from scratch, while writing the index, and
// from the index. Each mode is a fresh process, so nothing is warm but the OS file cache.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundled } from './bundled';

export interface ProjectionResult {
  sources: number;
  /** Process start → draft checked, analysing every source. */
  scratchMs: number;
  /** The same while writing the index (until the draft is checked; writes finish after). */
  writeMs: number;
  /** Until every entry is on disk. */
  writeFlushedMs: number;
  /** Process start → draft checked, sources read and their analyses taken from the index (by hash). */
  indexedMs: number;
  /** The same without reading the sources (size + mtime only). */
  lazyMs: number;
  hits: number;
  indexMb: number;
  indexedPeakRssMb: number;
  /** Where the indexed start's time goes: node + bundle, sources (read + load), Corpus.set, the draft. */
  indexedParts: { startMs: number; sourcesMs: number; corpusMs: number; draftMs: number };
  /** Process start → draft checked from the index, the draft one digit changed, its checks seeded from the last start's. */
  seededMs: number;
  /** The same split for that start (the draft: read + analyse + load the stored checks + check). */
  seededParts: { startMs: number; sourcesMs: number; corpusMs: number; draftMs: number };
  scratchPeakRssMb: number;
}

interface ChildResult { totalMs: number; flushedMs: number; hits: number; peakRssMb: number; loadMs: number; ingestMs: number; corpusMs: number; draftMs: number }

let bundle: string | undefined;

function child(job: Record<string, unknown>): ChildResult {
  const r = spawnSync(process.execPath, [bundle!, JSON.stringify(job)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

function folderMb(dir: string): number {
  let bytes = 0;
  for (const name of fs.readdirSync(dir)) bytes += fs.statSync(path.join(dir, name)).size;
  return bytes / 2 ** 20;
}

export async function coldStartProjection(tmp: string, dir: string, names: readonly string[], draft: { name: string; text: string }): Promise<ProjectionResult> {
  if (!bundle) {
    bundle = bundled(path.join(__dirname, 'coldstart.ts'), tmp);
  }
  const namesFile = path.join(tmp, `names-${names.length}.json`);
  fs.writeFileSync(namesFile, JSON.stringify(names));
  const draftPath = path.join(tmp, draft.name);
  fs.writeFileSync(draftPath, draft.text);
  const indexRoot = path.join(tmp, `index-${names.length}`);
  fs.rmSync(indexRoot, { recursive: true, force: true });
  const job = { dir, namesFile, draftPath, indexRoot, checksFile: path.join(tmp, `checks-${names.length}.json`) };
  const scratch = child({ ...job, mode: 'scratch' });
  const write = child({ ...job, mode: 'write' });
  const indexed = child({ ...job, mode: 'index' });
  const lazy = child({ ...job, mode: 'index-lazy' });
  const seeded = child({ ...job, mode: 'index-checks' });
  const mb = folderMb(path.join(indexRoot, fs.readdirSync(indexRoot)[0]));
  return {
    sources: names.length,
    scratchMs: Math.round(scratch.totalMs), writeMs: Math.round(write.totalMs), writeFlushedMs: Math.round(write.flushedMs),
    indexedMs: Math.round(indexed.totalMs), lazyMs: Math.round(lazy.totalMs), hits: indexed.hits, indexMb: Math.round(mb * 10) / 10,
    indexedPeakRssMb: Math.round(indexed.peakRssMb),
    indexedParts: { startMs: Math.round(indexed.loadMs), sourcesMs: Math.round(indexed.ingestMs), corpusMs: Math.round(indexed.corpusMs), draftMs: Math.round(indexed.draftMs) },
    seededMs: Math.round(seeded.totalMs),
    seededParts: { startMs: Math.round(seeded.loadMs), sourcesMs: Math.round(seeded.ingestMs), corpusMs: Math.round(seeded.corpusMs), draftMs: Math.round(seeded.draftMs) }, scratchPeakRssMb: Math.round(scratch.peakRssMb),
  };
}
