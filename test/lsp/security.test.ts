// Security (issue 7): the extension opens no network connection, runs nothing from the workspace, and
// writes only the ignore file a user asked for and its own cache; settings and .source-review.json
// entries that point outside the workspace read nothing there.
//  - statically: the bundles (dist/) use network and process modules only inside the LSP libraries'
//    own transports (IPC, pipes, starting the server), never in our code;
//  - at run time: the real server, with a guard preloaded (guard.cjs) that records every connection,
//    lookup, child process, module load, read and write, is driven through a hostile workspace.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildOnce, LspClient, ROOT, uriOf, waitFor, writeWorkspace, type Diagnostic } from './harness';

/** The bundle split at esbuild's "// path/of/module.js" markers: [module, code] pairs. */
function sections(bundle: string): [string, string][] {
  const out: [string, string][] = [];
  let name = '(bundle prelude)';
  let lines: string[] = [];
  for (const line of fs.readFileSync(bundle, 'utf8').split('\n')) {
    const m = /^\/\/ (\S+\.(?:js|ts|mjs|cjs|json))$/.exec(line);
    if (m) { out.push([name, lines.join('\n')]); name = m[1]; lines = []; } else lines.push(line);
  }
  out.push([name, lines.join('\n')]);
  return out;
}

const NETWORK_OR_PROCESS = /require\("(?:node:)?(net|tls|http|https|http2|dgram|dns|child_process|cluster|worker_threads|vm)"\)/g;
/** Where the LSP libraries need them: IPC/pipe/socket transports and starting the server process. */
const ALLOWED: Record<string, string[]> = {
  net: ['node_modules/vscode-jsonrpc/lib/node/main.js', 'node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/node/main.js'],
  child_process: ['node_modules/vscode-languageclient/lib/node/main.js', 'node_modules/vscode-languageclient/lib/node/processes.js', 'node_modules/vscode-languageserver/lib/node/files.js'],
  // The ingestion pool: threads that run the same bundle file again (never a workspace file).
  worker_threads: ['server/src/ingest/pool.ts', 'server/src/ingest/worker.ts'],
};
const OURS = /^(client|server)\/src\//;

interface GuardRecord { kind: string; what: string }

/** A snapshot of every file under `dir`: relative path → content hash. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.set(path.relative(dir, full), createHash('sha1').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const SOURCE = 'HALEY, Idaho, May 6 (Sawtooth Wire) - A wildfire forced 1,450 people from their homes on Sunday, fire chief Corinne Vasquez said.\n\nThe fire started at 2:10 p.m. MT near the highway, Vasquez said.\n';
const DRAFT = '# Wildfire empties Haley\n\nA wildfire forced 2,100 people from their homes on Sunday, fire chief Corinne Vasquez said.\n';

describe('security: network, processes, reads and writes', function () {
  this.timeout(60000);
  before(() => buildOnce());

  for (const bundle of ['dist/client/extension.js', 'dist/server.js', 'dist/cli.js']) {
    it(`${bundle}: network and process modules only in the LSP libraries' transports, none in our code`, () => {
      const file = path.join(ROOT, bundle);
      if (!fs.existsSync(file)) return; // not built in this configuration (the build test reports it)
      const parts = sections(file);
      assert.ok(parts.length > 3 || bundle.includes('cli'), `${bundle} has no module markers (minified?): cannot attribute requires`);
      const misplaced: string[] = [];
      for (const [name, code] of parts) {
        for (const m of code.matchAll(NETWORK_OR_PROCESS)) if (!(ALLOWED[m[1]] ?? []).includes(name)) misplaced.push(`${name}: ${m[0]}`);
        if (OURS.test(name)) {
          for (const bad of [/\bfetch\(/, /XMLHttpRequest/, /\bWebSocket\b/, /\beval\(/, /new Function\(/, /\brequire\((?!["'])/, /\bimport\((?!["'])/]) {
            if (bad.test(code)) misplaced.push(`${name}: ${bad}`);
          }
        }
      }
      assert.deepEqual(misplaced, []);
      assert.ok(parts.some(([name]) => OURS.test(name)) || bundle.includes('cli'), 'none of our modules found in the bundle');
    });
  }

  it('the scan itself catches a network call in our code', () => {
    const code = 'var x = require("https");';
    assert.ok([...code.matchAll(NETWORK_OR_PROCESS)].some((m) => !(ALLOWED[m[1]] ?? []).includes('server/src/x.ts')));
  });

  describe('the server in a hostile workspace, under a guard that records what it does', () => {
    let work: string;
    let outside: string;
    let storage: string;
    let log: string;
    let client: LspClient;
    let original: Map<string, string>;
    const records = (): GuardRecord[] => fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as GuardRecord) : [];
    const draftUri = () => uriOf(path.join(work, 'desk', 'draft_haley.md'));

    before(async () => {
      outside = writeWorkspace({
        'secret/002_secret.txt': SOURCE.replace('1,450', '9,999'),
        'plugin.js': 'require("fs").writeFileSync(__dirname + "/RAN", "x")',
      });
      const marker = path.join(outside, 'RAN');
      const evil = `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran from the workspace")`;
      work = writeWorkspace({
        '001_sawtooth_wire.txt': SOURCE,
        'desk/draft_haley.md': DRAFT,
        'node_modules/source-review-plugin/index.js': evil,
        'source-review.config.js': evil,
        '.source-review.js': evil,
        'package.json': JSON.stringify({ name: 'newsroom', scripts: { postinstall: `node -e '${evil}'`, test: evil }, main: 'source-review.config.js' }),
        '.vscode/settings.json': JSON.stringify({ 'sourceReview.sources': ['../**/*.txt', `${outside}/**`] }),
        '.source-review.json': JSON.stringify({
          ignoreFindings: [
            { id: 'figure-conflict:x:1', path: '../secret/002_secret.txt' },
            { id: 'figure-conflict:x:2', path: `${outside}/secret/002_secret.txt` },
            { id: 'figure-conflict:x:3', path: '/etc/passwd' },
            { id: 'figure-conflict:x:4', path: 'desk/../../secret/002_secret.txt' },
            { id: 'figure-conflict:x:5', path: '..\\..\\secret\\002_secret.txt' },
            { id: 'figure-conflict:x:6', path: '~/secret.txt' },
          ],
        }),
      });
      try {
        fs.symlinkSync(path.join(outside, 'secret'), path.join(work, 'linked-secret'), 'dir');
        fs.symlinkSync(path.join(outside, 'secret', '002_secret.txt'), path.join(work, '003_linked.txt'));
      } catch {
        // no symlinks here: the rest of the test still holds
      }
      storage = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-storage-'));
      log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-guard-')), 'guard.jsonl');
      original = snapshot(work);
      client = new LspClient({ env: { ...process.env, NODE_OPTIONS: `--require ${path.join(__dirname, 'guard.cjs')}`, SR_GUARD_LOG: log } });
      // The workspace's own settings (an untrusted workspace's .vscode/settings.json) try to read outside it.
      client.settings = { sources: ['**/*.{txt,md}', '../**/*.txt', `${outside}/**/*.txt`, '/**/*.txt', '**/../../**/*.txt'], exclude: [], drafts: ['**/draft*', '../**'] };
      await client.connection.sendRequest('initialize', {
        processId: process.pid, rootUri: uriOf(work), workspaceFolders: [{ uri: uriOf(work), name: 'work' }],
        initializationOptions: { storagePath: storage },
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
          textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
        },
      });
      await client.connection.sendNotification('initialized', {});
    });
    after(async () => {
      await client?.stop();
      for (const d of [work, outside, storage, path.dirname(log)]) if (d) fs.rmSync(d, { recursive: true, force: true });
    });

    it('the guard is loaded and records the server\'s reads (so silence below means something)', async () => {
      await waitFor('the review set', () => (client.reviewChanges.at(-1)?.articles ?? 0) >= 1, 10000);
      const r = records();
      assert.ok(r.some((x) => x.kind === 'ready'), 'the guard did not load in the server');
      assert.ok(r.some((x) => x.kind === 'read' && x.what.includes('001_sawtooth_wire.txt')), 'the guard saw no read of the source');
    });

    it('reviews the workspace (untrusted or not): the draft gets its figure conflict', async () => {
      await client.open(draftUri(), DRAFT, 'markdown', 1);
      const p = await client.waitForDiagnostics(draftUri(), (x) => x.version === 1);
      assert.ok(p.diagnostics.some((d: Diagnostic) => d.code === 'figure-conflict'), JSON.stringify(p.diagnostics));
    });

    it('settings, links and .source-review.json entries pointing outside read nothing there', async () => {
      await client.request('sourceReview/recheckAll', null);
      await client.filesChanged([
        { uri: uriOf(path.join(work, '003_linked.txt')), type: 1 },
        { uri: uriOf(path.join(work, 'linked-secret')), type: 1 },
        { uri: uriOf(path.join(work, 'linked-secret', '002_secret.txt')), type: 1 }, // a path through a linked folder
      ]);
      await client.request('sourceReview/speakers', {});
      // Nothing at all under the real outside folder, and no content read through a link to it
      // (looking at the link itself — lstat, realpath — is how the server tells it is one).
      const touched = records().filter((x) => (x.kind === 'read' || x.kind === 'write') &&
        (x.what.includes(outside) || x.what.includes('/etc/passwd') || (/^(promises\.)?(readFile|createReadStream|open|readdir|opendir)/.test(x.what) && /linked|secret/.test(x.what))));
      assert.deepEqual(touched, [], 'the server read files outside the workspace');
      const claims = await client.request<{ role: unknown }>('sourceReview/claims', { uri: uriOf(path.join(outside, 'secret', '002_secret.txt')) });
      assert.equal(claims.role, null, 'a file outside the workspace is in the review set');
    });

    it('opens no connection, looks up no name, starts no process, evaluates and loads no code', () => {
      // Loads: only the launcher and the bundle (node: built-ins are not paths).
      const own = (p: string) => p.startsWith(path.join(ROOT, 'bin') + path.sep) || p.startsWith(path.join(ROOT, 'dist') + path.sep);
      const bad = records().filter((x) => ['net', 'dns', 'process', 'eval'].includes(x.kind) || (x.kind === 'load' && path.isAbsolute(x.what) && !own(x.what)));
      assert.deepEqual(bad, []);
      assert.ok(!fs.existsSync(path.join(outside, 'RAN')), 'code from the workspace ran');
    });

    it('writes nothing in the workspace until asked; then only .source-review.json (and its cache outside the workspace)', async () => {
      const writes = () => records().filter((x) => x.kind === 'write' || / flags:[wa]/.test(x.what)).map((x) => x.what);
      const inWork = (w: string) => w.includes(work);
      assert.deepEqual(writes().filter(inWork), [], 'wrote in the workspace unasked');
      assert.deepEqual([...snapshot(work)], [...original], 'the workspace changed unasked');
      // The user asks: "Ignore this finding" on the draft's figure conflict.
      const d = client.latest(draftUri())!.diagnostics.find((x: Diagnostic) => x.code === 'figure-conflict')!;
      const actions = await client.request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
        textDocument: { uri: draftUri() }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
      });
      const ignore = actions.find((a) => /writes \.source-review\.json/.test(a.title) && a.command);
      assert.ok(ignore, actions.map((a) => a.title).join(' | '));
      await client.request('workspace/executeCommand', { command: ignore.command!.command, arguments: ignore.command!.arguments });
      const allowed = (w: string) => {
        const target = w.replace(/^\S+ /, '').split(' -> ').pop()!;
        return target.startsWith(storage) || target.startsWith(path.join(work, '.source-review.json'));
      };
      assert.deepEqual(writes().filter((w) => !allowed(w) && (inWork(w) || !w.includes(storage))), []);
      const after = snapshot(work);
      const changed = [...after.keys()].filter((k) => after.get(k) !== original.get(k));
      assert.deepEqual(changed, ['.source-review.json'], 'files changed in the workspace');
      assert.ok(writes().some((w) => w.includes('.source-review.json')), 'the guard did not see the requested write');
    });
  });
});
