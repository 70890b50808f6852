// The scheduler's debounce: a keystroke restarts its document's quiet time; without a quiet time
// (debounceMs 0) the check runs on the next turn of the event loop, not after a timer's least delay.
import * as assert from 'node:assert/strict';
import { Scheduler } from '../../server/src/scheduler';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('scheduler', () => {
  it('runs a check with no quiet time on the next turn, once for a burst of edits', async () => {
    let checks = 0;
    const s = new Scheduler(async () => { checks++; }, assert.fail);
    s.schedule('doc', 0);
    s.schedule('doc', 0);
    assert.ok(s.isPending('doc'));
    await turn();
    await turn();
    assert.equal(checks, 1);
    assert.ok(!s.isPending('doc'));
  });

  it('cancels a check with no quiet time, and keeps quiet times as timers', async () => {
    let checks = 0;
    const s = new Scheduler(async () => { checks++; }, assert.fail);
    s.schedule('a', 0);
    s.cancel('a');
    s.schedule('b', 30);
    await turn();
    await turn();
    assert.equal(checks, 0);
    assert.ok(s.isPending('b'));
    await s.flush();
    assert.equal(checks, 1);
    assert.ok(!s.isPending('b'));
    s.schedule('c', 0);
    s.dispose();
    await turn();
    assert.equal(checks, 1);
  });
});
