// How the server's Node is started, seen from outside: run as other editors run it (the launcher
// itself, through its first line) it has one V8 helper thread and says so; started bare (`node
// bin/source-review-ls`) it has Node's default pool and says what to add. On Linux the threads are
// counted too, so the flag is shown to take effect, not only to be passed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER_NODE_ARGS } from '../../server/src/helperThreads';
import { buildOnce, LspClient, ROOT, uriOf, waitFor, writeWorkspace } from './harness';

const LAUNCHER = path.join(ROOT, 'bin', 'source-review-ls');
const SOURCE = 'OTTAWA, March 3 (Maple Wire) - A water main break closed 14 schools on Monday, city engineer Lise Tremblay said.\n';
const DRAFT = '# Schools shut\n\nA water main break closed 16 schools on Monday, city engineer Lise Tremblay said.\n';

const threadCount = (pid: number) => fs.readdirSync(`/proc/${pid}/task`).length;

describe('lsp: V8 helper threads (how Node is started for the server)', function () {
  this.timeout(30000);
  before(() => buildOnce());
  let dir: string;
  const clients: LspClient[] = [];

  beforeEach(() => { dir = writeWorkspace({ '001_maple_wire.txt': SOURCE, 'draft_schools.md': DRAFT }); });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A server started with `command`, checked once: its helper-threads log line and its thread count (Linux). */
  async function started(command: string[]): Promise<{ line: string; threads: number | null }> {
    const client = new LspClient({ command });
    clients.push(client);
    await client.initialize([dir]);
    const uri = uriOf(path.join(dir, 'draft_schools.md'));
    await client.open(uri, DRAFT);
    // The draft's figure conflict: the server is up and has done a check (and its first reads).
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 0, 15000);
    const line = await waitFor('the helper-threads log line', () => client.logs.find((l) => l.startsWith('V8 helper threads:')));
    return { line, threads: process.platform === 'linux' ? threadCount(client.process.pid!) : null };
  }

  it('run as other editors run it (the launcher, executed), it has one helper; bare, Node\'s default and a hint', async function () {
    if (process.platform === 'win32') this.skip(); // no shebang lines there: npm's shim starts it
    const direct = await started([LAUNCHER, '--stdio']);
    assert.equal(direct.line, 'V8 helper threads: 1');
    const bare = await started([process.execPath, LAUNCHER, '--stdio']);
    assert.match(bare.line, /^V8 helper threads: Node's default \(started without --v8-pool-size=1;/);
    if (direct.threads !== null && bare.threads !== null) {
      // Node's default pool is four threads: three more than one.
      assert.equal(bare.threads - direct.threads, 3, `threads: ${direct.threads} with the flags, ${bare.threads} without`);
    }
  });

  it('started as the VS Code client starts it (Node with the flags, the bundle), it has one helper', async () => {
    const forked = await started([process.execPath, ...SERVER_NODE_ARGS, path.join(ROOT, 'dist', 'server.js'), '--stdio']);
    assert.equal(forked.line, 'V8 helper threads: 1');
  });
});
