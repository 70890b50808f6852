// Runs a TypeScript snippet in a fresh Node process (through tsx), for settings that last for the
// process (V8 flags, the heap), and returns what it printed last, parsed as JSON.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function lastJsonOfFreshRun<T>(source: string, cwd: string): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-fresh-'));
  try {
    const script = path.join(dir, 'run.ts');
    fs.writeFileSync(script, source);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', cwd });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
