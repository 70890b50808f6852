// Preloaded into the server by `bench/editCpu.ts --alloc-log=DIR` (node --require): on SIGUSR2
// (sent once the first diagnostics are in, before the typing) starts V8's sampling heap profiler
// counting every allocation, also those collected since, and at exit writes DIR/alloc-PID.heapprofile:
// what the typing allocates in the real server, with the LSP's own work. Nothing goes to stdout.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Session } = require('node:inspector');
const dir = process.env.SOURCE_REVIEW_ALLOC_LOG;
if (dir) {
  const session = new Session();
  session.connect();
  let started = false;
  process.on('SIGUSR2', () => {
    if (started) return;
    started = true;
    session.post('HeapProfiler.enable');
    session.post('HeapProfiler.startSampling', { samplingInterval: 2048, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  });
  process.on('exit', () => {
    if (!started) return;
    session.post('HeapProfiler.stopSampling', (err, res) => {
      if (!err) fs.writeFileSync(path.join(dir, `alloc-${process.pid}.heapprofile`), JSON.stringify(res.profile));
    });
  });
}
