// server/src/newSpace.ts: a process that keeps much of what it makes (as a start taking in sources
// does) grows V8's new space to 32 MB; calling holdNewSpace as it goes holds it at 16 MB. Each
// case runs in a fresh process, since the setting lasts for the process.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { lastJsonOfFreshRun } from './freshProcess';

const MODULE = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'newSpace.ts');

/** The new space's size (MB) after a run that keeps a fifth of what it makes, holding it or not. */
function newSpaceAfterRun(hold: boolean, release = false): number {
  return lastJsonOfFreshRun<{ mb: number }>(`
    import * as v8 from 'node:v8';
    import { holdNewSpace, releaseNewSpace } from ${JSON.stringify(MODULE)};
    const kept: unknown[] = [];
    for (let i = 0; i < 3e6; i++) {
      const o = { a: i, b: [i, i + 1] };
      if (i % 5 === 0) kept.push(o);
      if (${hold} && (!${release} || i < 2e6) && i % 1000 === 0) holdNewSpace();
      if (${release} && i === 2e6) releaseNewSpace();
    }
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!;
    console.log(JSON.stringify({ mb: space.space_size / 1048576, kept: kept.length }));
  `, path.dirname(MODULE)).mb;
}

describe('server: the new space held at 16 MB', () => {
  it('grows to 32 MB without it and stops at 16 MB with it', function () {
    this.timeout(60000);
    assert.equal(newSpaceAfterRun(false), 32, 'V8 grows the new space to its 32 MB maximum');
    assert.equal(newSpaceAfterRun(true), 16);
  });

  it('grows again once released (as ingestion workers start)', function () {
    this.timeout(60000);
    assert.equal(newSpaceAfterRun(true, true), 32);
  });
});
