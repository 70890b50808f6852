// A real LSP client for the server tests: spawns `bin/source-review-ls --stdio`, speaks JSON-RPC over
// its stdio, answers workspace/configuration and client/registerCapability, and records what the
// server sends. Tests wait for conditions with `waitFor` (polling with a timeout), never fixed sleeps.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceArticle, type Sample, type Varier } from '../../bench/corpus';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_ARGS } from '../../server/src/helperThreads';

export const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'bin', 'source-review-ls');

let built = false;
/** Builds once per mocha run. SOURCE_REVIEW_LSP_NO_BUILD=1 tests the dist/server.js already there. */
export function buildOnce(): void {
  if (built || process.env.SOURCE_REVIEW_LSP_NO_BUILD === '1') return;
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
  built = true;
}

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
}
export interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }

export const uriOf = (file: string) => pathToFileURL(file).href;

/** Polls `probe` until it returns something other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 8000, everyMs = 25): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Writes a fixture workspace into a fresh temp folder; returns its path. */
export function writeWorkspace(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-lsp-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

/** A workspace of `count` source articles generated from the samples (bench/corpus.ts), as the bench makes them. */
export function generatedWorkspace(count: number, samples: readonly Sample[], varier: Varier): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const a = sourceArticle(i, samples, varier);
    files[a.name] = a.text;
  }
  return writeWorkspace(files);
}

/** Offset of `needle` in `text` as an LSP position (the fixtures are ASCII + BMP punctuation). */
export function positionOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export const overlaps = (r: Range, p: Position) =>
  (r.start.line < p.line || (r.start.line === p.line && r.start.character <= p.character)) &&
  (r.end.line > p.line || (r.end.line === p.line && r.end.character >= p.character));

export class LspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Every publishDiagnostics, in order. */
  readonly published: Published[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly reviewChanges: { articles: number }[] = [];
  readonly checking: { busy: boolean; ms?: number }[] = [];
  /** `sourceReview` settings: `global` for requests without a scope, or per folder uri. */
  settings: Record<string, unknown> = {};
  settingsByScope = new Map<string, Record<string, unknown>>();
  configurationRequests = 0;
  stderr = '';
  private exited = false;

  /**
   * `uid`/`gid` run the server as another user (a root test run uses it to make chmod 000 bite);
   * `env` replaces its environment (the security test preloads a guard with NODE_OPTIONS). `command`
   * replaces how it is started: by default Node with the server's flags and the launcher, as the
   * VS Code client and the launcher's own first line start it.
   */
  constructor(options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv; command?: readonly string[] } = {}) {
    const { command = [process.execPath, ...SERVER_NODE_ARGS, SERVER, '--stdio'], ...spawnOptions } = options;
    this.process = spawn(command[0], command.slice(1), { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], ...spawnOptions });
    this.process.stderr!.on('data', (d) => { this.stderr += String(d); });
    this.process.on('exit', () => { this.exited = true; });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => { this.published.push(p); });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.connection.onNotification('sourceReview/reviewChanged', (p: { articles: number }) => { this.reviewChanges.push(p); });
    this.connection.onNotification('sourceReview/checking', (p: { busy: boolean; ms?: number }) => { this.checking.push(p); });
    this.connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests++;
      return p.items.map((item) => (item.scopeUri && this.settingsByScope.get(item.scopeUri)) ?? this.settings);
    });
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** `initializationOptions`: what a client sends beside the folders (the storage path, for one). */
  async initialize(folders: string[], initializationOptions?: Record<string, unknown>): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      ...(initializationOptions ? { initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-content change is valid under incremental sync). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** 1 = created, 2 = changed, 3 = deleted. */
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  configurationChanged(): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  hover(uri: string, position: Position): Promise<{ contents: { kind: string; value: string }; range?: Range } | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  /** The latest diagnostics the server published for `uri`. */
  latest(uri: string): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** Waits for a publish for `uri` (after the `since`-th publish) that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept: (p: Published) => boolean = () => true, since = 0, timeoutMs = 8000): Promise<Published> {
    return waitFor(`diagnostics for ${path.basename(uri)}`, () => {
      for (let i = this.published.length - 1; i >= since; i--) {
        const p = this.published[i];
        if (p.uri === uri) return accept(p) ? p : undefined;
      }
      return undefined;
    }, timeoutMs);
  }

  /** Waits until the server's latest reviewChanged reports `n` articles. */
  waitForArticles(n: number, timeoutMs = 8000): Promise<number> {
    return waitFor(`a review set of ${n} articles (last: ${this.reviewChanges.at(-1)?.articles})`, () => this.reviewChanges.at(-1)?.articles === n && n, timeoutMs);
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    await waitFor('the server to exit', () => this.exited, 3000).catch(() => this.process.kill());
    this.connection.dispose();
  }
}

/** A server on `folder` (with a storage folder when given, as VS Code sends it) with one draft open. */
export async function startWithDraft(folder: string, storagePath: string | undefined, uri: string, text: string, settings: Record<string, unknown> = {}): Promise<LspClient> {
  const client = new LspClient();
  client.settings = settings;
  await client.initialize([folder], storagePath ? { storagePath } : undefined);
  await client.open(uri, text, 'markdown');
  return client;
}

/** Resolves once the server's first full check is done: the source index line follows it. */
export const fullyChecked = (c: LspClient, timeoutMs = 15000) =>
  waitFor('the first full check', () => c.logs.some((l) => l.startsWith('source index: ')), timeoutMs);

/**
 * The draft's first diagnostics from a server on the run's folder with no stored state (what every
 * start from storage must equal); the server is stopped after.
 */
export async function freshDiagnostics(run: StorageRun, uri: string, text: string, settings: Record<string, unknown> = {}, timeoutMs = 15000): Promise<Published> {
  const c = await startWithDraft(run.dir, undefined, uri, text, settings);
  run.clients.push(c);
  const p = await c.waitForDiagnostics(uri, (x) => x.version === 1, 0, timeoutMs);
  await c.stop();
  run.clients.splice(run.clients.indexOf(c), 1);
  return p;
}

/** A test's workspace folder and storage folder, and the clients it started (stopped after it). */
export interface StorageRun {
  readonly dir: string;
  readonly storage: string;
  readonly clients: LspClient[];
}

/**
 * For the tests of a describe block that restart the server on the same storage: a fresh workspace
 * (made by `makeWorkspace`) and storage folder before each test, every client stopped and both
 * folders removed after it.
 */
export function withStorage(makeWorkspace: () => string): StorageRun {
  const run = { dir: '', storage: '', clients: [] as LspClient[] };
  beforeEach(() => {
    run.dir = makeWorkspace();
    run.storage = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-storage-'));
  });
  afterEach(async () => {
    for (const c of run.clients.splice(0)) await c.stop();
    fs.rmSync(run.dir, { recursive: true, force: true });
    fs.rmSync(run.storage, { recursive: true, force: true });
  });
  return run;
}
