// server/src/heapSettings.ts: the server's heap flags, and V8's own heap growth while ingestion
// workers run. The flags last for the process, so the real-V8 case runs in fresh processes.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { applyServerHeapSettings, relaxHeapGrowth, resetHeapSettingsForTest, restoreHeapGrowth, SERVING_HEAP_GROWTH } from '../../../server/src/heapSettings';
import { lastJsonOfFreshRun } from './freshProcess';

const MODULE = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'heapSettings.ts');

/** Full collections while a process keeps ~120 MB it makes bit by bit, under the given calls. */
function fullCollections(calls: string): number {
  return lastJsonOfFreshRun<{ full: number }>(`
    import { PerformanceObserver, constants } from 'node:perf_hooks';
    import { applyServerHeapSettings, relaxHeapGrowth, restoreHeapGrowth } from ${JSON.stringify(MODULE)};
    void applyServerHeapSettings; void relaxHeapGrowth; void restoreHeapGrowth;
    ${calls}
    let full = 0;
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
    });
    obs.observe({ entryTypes: ['gc'] });
    const kept: unknown[] = [];
    for (let i = 0; i < 1.5e6; i++) kept.push({ a: i, b: 'x' + i, c: [i] });
    setTimeout(() => { obs.disconnect(); console.log(JSON.stringify({ full, kept: kept.length })); }, 50);
  `, path.dirname(MODULE)).full;
}

describe('server: heap settings', () => {
  afterEach(() => resetHeapSettingsForTest());

  it('sets the serving growth and no pretenuring, lets V8 choose while pools run, and restores after the last', () => {
    const flags: string[] = [];
    resetHeapSettingsForTest((f) => flags.push(f));
    applyServerHeapSettings();
    assert.deepEqual(flags, [`--heap-growing-percent=${SERVING_HEAP_GROWTH}`, '--no-allocation-site-pretenuring']);
    flags.length = 0;
    relaxHeapGrowth();
    relaxHeapGrowth(); // a second pool at once: nothing more to set
    assert.deepEqual(flags, ['--heap-growing-percent=0']);
    restoreHeapGrowth();
    assert.deepEqual(flags, ['--heap-growing-percent=0'], 'one pool still runs');
    restoreHeapGrowth();
    restoreHeapGrowth(); // one restore too many changes nothing
    assert.deepEqual(flags, ['--heap-growing-percent=0', `--heap-growing-percent=${SERVING_HEAP_GROWTH}`]);
  });

  it('leaves a process that does not serve (the CLI) alone', () => {
    const flags: string[] = [];
    resetHeapSettingsForTest((f) => flags.push(f));
    relaxHeapGrowth();
    restoreHeapGrowth();
    assert.deepEqual(flags, []);
  });

  it('collects a growing heap whole fewer times while relaxed than while serving (real V8)', function () {
    this.timeout(120000);
    const serving = fullCollections('applyServerHeapSettings();');
    const relaxed = fullCollections('applyServerHeapSettings(); relaxHeapGrowth();');
    const restored = fullCollections('applyServerHeapSettings(); relaxHeapGrowth(); restoreHeapGrowth();');
    assert.ok(relaxed < serving, `relaxed ${relaxed}, serving ${serving}`);
    assert.ok(restored > relaxed, `restored ${restored}, relaxed ${relaxed}`);
  });
});
