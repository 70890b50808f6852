// A quick keystroke → diagnostics probe for the language server (the formal one is `npm run bench`).
// Writes a workspace of N generated sources plus a draft of W words (bench/corpus.ts generators),
// starts a server bundle over stdio with debounceMs 0, types one-character edits into the open
// draft and times each didChange until the publishDiagnostics of that version arrives.
// usage: npx tsx scripts/dev/keystroke.ts [--server=dist/server.js] [--sources=5,100] [--words=2000] [--edits=60]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { applyKeystroke, buildDraft, loadSamples, typingEdits, Varier, writeArchive } from '../../bench/corpus';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const ROOT = path.resolve(__dirname, '..', '..');
const server = path.resolve(ROOT, arg('server', 'dist/server.js'));
const sizes = arg('sources', '5,100').split(',').map(Number);
const words = Number(arg('words', '2000'));
const edits = Number(arg('edits', '60'));

interface Published { uri: string; version?: number }

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function run(sources: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-keys-'));
  const samples = loadSamples();
  const varier = new Varier(samples.sources.map((s) => s.text));
  writeArchive(dir, sources, samples.sources, varier);
  const draft = buildDraft(words, samples.draft, samples.sources, varier);
  fs.writeFileSync(path.join(dir, draft.name), draft.text);
  const uri = pathToFileURL(path.join(dir, draft.name)).href;

  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters: { version: number; resolve: () => void }[] = [];
  let latest = -1;
  conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    if (p.uri !== uri || p.version === undefined) return;
    latest = Math.max(latest, p.version);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].version <= latest) waiters.splice(i, 1)[0].resolve();
  });
  const settled = (version: number) => new Promise<void>((resolve) => { if (latest >= version) resolve(); else waiters.push({ version, resolve }); });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: 0 })));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const t0 = performance.now();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await conn.sendNotification('initialized', {});
  let text = draft.text;
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await settled(1);
  const first = performance.now() - t0;
  const times: number[] = [];
  let version = 1;
  for (const k of typingEdits(text, edits)) {
    const range = { start: positionAt(text, k.offset), end: positionAt(text, k.offset + k.deleteCount) };
    text = applyKeystroke(text, k);
    version++;
    const s = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: k.insert }] });
    await settled(version);
    times.push(performance.now() - s);
  }
  console.log(`${path.basename(server)} sources=${sources} draft=${draft.words} words: first diagnostics ${first.toFixed(0)} ms; ` +
    `keystroke p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${times.length} edits)`);
  await conn.sendRequest('shutdown').catch(() => undefined);
  await conn.sendNotification('exit').catch(() => undefined);
  conn.dispose();
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}

void (async () => {
  for (const n of sizes) await run(n);
})();
