// How Node is started for the language server: the flags, reading them back, and the launcher's
// first line, which must start Node with the same flags for editors that run it directly.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { helperPoolSize, helperThreadsLine, SERVER_NODE_ARGS } from '../../../server/src/helperThreads';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('helper threads: how Node is started for the server', () => {
  it('reads the pool size in both spellings; the last one wins, as in Node', () => {
    assert.equal(helperPoolSize(['--v8-pool-size=1']), 1);
    assert.equal(helperPoolSize(['--inspect', '--v8-pool-size', '3']), 3);
    assert.equal(helperPoolSize(['--v8-pool-size=2', '--nolazy', '--v8-pool-size=1']), 1);
    assert.equal(helperPoolSize([]), null);
    assert.equal(helperPoolSize(['--v8-pool-size=many', '--v8-pool-size']), null);
  });

  it("says how many helpers there are, the command line winning over NODE_OPTIONS, and says when it is Node's default", () => {
    assert.equal(helperThreadsLine(SERVER_NODE_ARGS), `V8 helper threads: ${helperPoolSize(SERVER_NODE_ARGS)}`);
    assert.equal(helperThreadsLine([], '--max-old-space-size=512 --v8-pool-size=2'), 'V8 helper threads: 2');
    assert.equal(helperThreadsLine(['--v8-pool-size=1'], '--v8-pool-size=3'), 'V8 helper threads: 1');
    // 0 is Node's "choose for me": the default, with the advice.
    for (const line of [helperThreadsLine([]), helperThreadsLine(['--v8-pool-size=0'])]) {
      assert.match(line, /Node's default/);
      assert.ok(line.includes(SERVER_NODE_ARGS.join(' ')), line);
    }
  });

  it('the flags set a pool of one helper', () => {
    assert.equal(helperPoolSize(SERVER_NODE_ARGS), 1);
  });

  it('bin/source-review-ls starts Node with exactly these flags (its first line), and is executable', () => {
    const launcher = path.join(ROOT, 'bin', 'source-review-ls');
    const first = fs.readFileSync(launcher, 'utf8').split('\n')[0];
    const m = /^#!\/usr\/bin\/env -S node((?: \S+)*)$/.exec(first);
    assert.ok(m, `unexpected first line: ${first}`);
    assert.deepEqual(m[1].split(' ').filter(Boolean), [...SERVER_NODE_ARGS]);
    if (process.platform !== 'win32') assert.ok((fs.statSync(launcher).mode & 0o111) !== 0, 'the launcher is not executable');
  });
});
