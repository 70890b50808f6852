// Preloaded into the language server by `scripts/soak.mjs --heap`: every 2 s, a full garbage
// collection, then the live heap (heapUsed) and RSS appended to $SR_HEAP_LOG as "ms heapMB rssMB".
// Live heap after a full collection grows only when something is kept: the leak signal that RSS,
// which also holds freed but unreturned pages, cannot give.
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const file = process.env.SR_HEAP_LOG;
const t0 = Date.now();
if (file) {
  setInterval(() => {
    gc();
    const m = process.memoryUsage();
    fs.appendFileSync(file, `${Date.now() - t0} ${(m.heapUsed / 2 ** 20).toFixed(2)} ${(m.rss / 2 ** 20).toFixed(1)}\n`);
  }, 2000).unref();
}

// With $SR_HEAP_SNAPSHOTS (a folder): a heap snapshot after a full collection every 90 s (or every
// $SR_HEAP_EVERY ms), to compare what the live heap holds as the session goes on.
const snapshots = process.env.SR_HEAP_SNAPSHOTS;
if (snapshots) {
  const path = require('node:path');
  let n = 0;
  setInterval(() => {
    gc();
    v8.writeHeapSnapshot(path.join(snapshots, `heap-${String(++n).padStart(2, '0')}.heapsnapshot`));
  }, Number(process.env.SR_HEAP_EVERY ?? 90_000)).unref();
}
