// Runs a TypeScript snippet in a fresh Node process (through tsx), for settings that last for the
// process (V8 flags, the heap), and returns what it printed (last, parsed as JSON).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function lastJsonOfFreshRun<T>(source: string, cwd: string): T {
  return JSON.parse(stdoutOfFreshRun(source, cwd).trim().split('\n').pop()!) as T;
}

/** All the snippet's process printed (V8's traces too). */
export function stdoutOfFreshRun(source: string, cwd: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-fresh-'));
  try {
    const script = path.join(dir, 'run.ts');
    fs.writeFileSync(script, source);
    // Into a file: V8 writes its traces with C's stdio, which drops what a full pipe refuses
    // (Node makes the pipe non-blocking).
    const stdout = path.join(dir, 'stdout');
    const fd = fs.openSync(stdout, 'w');
    let r;
    try {
      r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', cwd, stdio: ['ignore', fd, 'pipe'] });
    } finally {
      fs.closeSync(fd);
    }
    assert.equal(r.status, 0, r.stderr);
    return fs.readFileSync(stdout, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
