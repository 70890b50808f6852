// Preloaded into the server by `bench/editCpu.ts --gc-log=DIR` (node --require): writes every
// collector pause of the process to DIR/gc-PID.jsonl as {at, ms, kind, newMb}, `at` in the monotonic clock's
// microseconds (the clock of editCpu's edit marks), so each pause can be put in the edit it fell in.
// Nothing goes to stdout, which is the LSP's channel.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { PerformanceObserver, constants } = require('node:perf_hooks');
const v8 = require('node:v8');
const dir = process.env.SOURCE_REVIEW_GC_LOG;
if (dir) {
  const file = path.join(dir, `gc-${process.pid}.jsonl`);
  // performance.now() is ms from timeOrigin; this offset puts it on process.hrtime's clock.
  const offsetUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  const kinds = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak' };
  const observer = new PerformanceObserver((list) => {
    // The new space's size now (after the pauses): what sets how often scavenges come.
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    const newMb = space ? Math.round(space.space_size / 1048576 * 10) / 10 : null;
    const lines = list.getEntries().map((e) => JSON.stringify({ at: Math.round(offsetUs + e.startTime * 1000), ms: Math.round(e.duration * 1000) / 1000, kind: kinds[e.detail && e.detail.kind] || 'other', newMb }));
    if (lines.length > 0) fs.appendFileSync(file, lines.join('\n') + '\n');
  });
  observer.observe({ entryTypes: ['gc'] });
}
