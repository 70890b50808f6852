// A workspace folder with more article files than sourceReview.maxFiles is read up to the cap, and
// the editor is told (a warning message, not only a log line); by default a newsroom-sized folder is
// read whole.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { buildOnce, LspClient, waitFor, writeWorkspace } from './harness';

function folderOf(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= n; i++) files[`${String(i).padStart(3, '0')}_desk.txt`] = `KELSO (Desk ${i}) - ${100 + i} passengers were stranded at 5:30 p.m. on Friday.\n`;
  return writeWorkspace(files);
}

describe('lsp: the folder cap (sourceReview.maxFiles)', function () {
  this.timeout(30000);
  before(() => buildOnce());
  let client: LspClient;
  let dir: string;
  const shown: string[] = [];

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(settings: Record<string, unknown>): Promise<void> {
    shown.length = 0;
    client = new LspClient();
    client.settings = settings;
    client.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { shown.push(p.message); return null; });
    client.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { shown.push(p.message); });
    await client.initialize([dir]);
  }

  it('reads a folder up to the cap and warns the editor that the rest is not checked', async () => {
    dir = folderOf(7);
    await start({ maxFiles: 3 });
    await client.waitForArticles(3);
    const message = await waitFor('a warning message', () => shown.find((m) => m.includes('maxFiles')));
    assert.match(message, /read only the first 3 article files/);
  });

  it('reads a folder whole below the cap, without a warning', async () => {
    assert.ok(DEFAULT_SETTINGS.maxFiles >= 20_000, 'a newsroom archive of 10,000 sources fits the default');
    dir = folderOf(7);
    await start({});
    await client.waitForArticles(7);
    assert.deepEqual(shown, []);
    assert.ok(!client.logs.some((l) => l.includes('the rest are left out')));
  });
});
