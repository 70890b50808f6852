#!/usr/bin/env node
// Stands in for a VS Code executable for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It takes the same arguments (workspace folder, --extensionDevelopmentPath=, --extensionTestsPath=,
// --extensions-dir=, --user-data-dir=), starts the VS Code server bundled in the pinned code-server
// package, opens the workbench in headless Debian Chromium with the smoke-test driver payload that
// runs the extension tests, and exits with their exit code. Facts behind each step: shared E2E.md.
//
// Environment (set by test/e2e/run.mjs):
//   E2E_SERVER_MAIN  path to code-server's lib/vscode/out/server-main.js (required)
//   E2E_NODE         node 24 binary to run it with (default: this node)
//   E2E_CHROMIUM     browser binary (default /usr/bin/chromium)
//   E2E_VSIX         .vsix installed into --extensions-dir before the server starts
//   E2E_RESULTS      file that receives {"tests": {...}, "ui": {...}} counts as JSON
//   E2E_UI           "1": after the tests, run the UI pass (test/e2e/ui.mjs) on the same server
//   E2E_ONLY_UI      "1": skip the extension tests, run only the UI pass
//   E2E_SHOTS        folder for UI screenshots
//   E2E_UI_FOLDER    workspace for the UI pass (default: the tests' folder)
//   E2E_TIMEOUT_MS   limit for the extension tests (default 480000)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const log = (...a) => console.log('[launcher]', ...a);
// Workbench chatter that is harmless offline (E2E.md): hidden unless E2E_VERBOSE is set.
const NOISE = new RegExp([
  'ENOTFOUND', 'service ?worker', 'marketplace', 'gallery', 'Failed to load resource', 'connection token', 'Creating a socket',
  'bad HTTP response code', 'AgentHost', 'authentication provider', 'AccountPolicyGate', 'same-origin iframe', 'allow-same-origin',
  'builtin extensions cache', 'reconnection-grace-time', 'Long running operations during shutdown', 'DialogService',
  'static/out/vs/', '^\\s*$',
].join('|'), 'i');

function parseArgs(argv) {
  const out = { folder: undefined, devPaths: [], testsPath: undefined, extensionsDir: undefined, userDataDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, v] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => v ?? argv[++i];
    if (k === '--extensionDevelopmentPath') out.devPaths.push(val());
    else if (k === '--extensionTestsPath') out.testsPath = val();
    else if (k === '--extensions-dir') out.extensionsDir = val();
    else if (k === '--user-data-dir') out.userDataDir = val();
    else if (!a.startsWith('-') && !out.folder) out.folder = a;
    // Desktop-only switches (--no-sandbox, --disable-updates, ...) do not apply to the web server.
  }
  return out;
}

function run(cmd, args, opts) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('close', (code) => resolve({ code, out }));
  });
}

/** Kills a detached child and everything it started (its process group). */
function killGroup(child) {
  if (!child || child.exitCode !== null) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* gone */ } }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const serverMain = process.env.E2E_SERVER_MAIN;
  if (!serverMain || !existsSync(serverMain)) throw new Error(`E2E_SERVER_MAIN not found: ${serverMain} (run scripts/e2e/setup.sh)`);
  const node = process.env.E2E_NODE || process.execPath;
  const chromium = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
  const onlyUi = process.env.E2E_ONLY_UI === '1';
  if (!args.folder) throw new Error('no workspace folder argument');
  if (!onlyUi && (!args.testsPath || args.devPaths.length === 0)) throw new Error('need --extensionDevelopmentPath and --extensionTestsPath');
  const userData = args.userDataDir; const extDir = args.extensionsDir;
  if (!userData || !extDir) throw new Error('need --user-data-dir and --extensions-dir');
  mkdirSync(userData, { recursive: true }); mkdirSync(extDir, { recursive: true });

  // The server writes into HOME and XDG folders: keep them inside the temporary user-data dir.
  const home = path.join(userData, 'home');
  for (const d of ['', '.config', '.cache', '.local/share', 'tmp']) mkdirSync(path.join(home, d), { recursive: true });
  // Unix socket paths may not exceed 107 bytes. VS Code puts vscode-ipc-<uuid>.sock (50 characters)
  // into XDG_RUNTIME_DIR and Chromium org.chromium.Chromium.<6>/SingletonSocket (38) into TMPDIR:
  // when the temp path is long, both get a short folder of their own instead.
  const longTmp = path.join(home, 'tmp').length + 52 > 107;
  const runtimeDir = longTmp ? mkdtempSync(path.join(os.platform() === 'win32' ? os.tmpdir() : '/tmp', 'sr-e2e-')) : undefined;
  const tmp = runtimeDir ?? path.join(home, 'tmp');
  // Runs on every exit path: kill the server's process group, then remove the socket folder.
  let server;
  const cleanup = () => {
    killGroup(server);
    if (runtimeDir) rmSync(runtimeDir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => { cleanup(); process.exit(130); });
  const env = {
    ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local/share'), XDG_RUNTIME_DIR: tmp, TMPDIR: tmp,
    VSCODE_AGENT_FOLDER: path.join(userData, 'agent'),
  };
  // ELECTRON_RUN_AS_NODE etc. from a parent VS Code would confuse the server.
  delete env.ELECTRON_RUN_AS_NODE; delete env.VSCODE_IPC_HOOK_CLI;

  // Quiet, predictable workbench: no welcome page, chat side bar, tips or update checks.
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
    'telemetry.telemetryLevel': 'off', 'editor.hover.delay': 150, 'workbench.enableExperiments': false, 'files.hotExit': 'off',
  }, null, 2));
  const common = ['--user-data-dir', userData, '--server-data-dir', userData, '--extensions-dir', extDir];
  if (process.env.E2E_VSIX) {
    const t0 = Date.now();
    const r = await run(node, [serverMain, ...common, '--accept-server-license-terms', '--install-extension', process.env.E2E_VSIX, '--force'], { env });
    log(`install-extension exit ${r.code} in ${Date.now() - t0} ms`);
    if (r.code !== 0 || !/successfully installed|was successfully|already installed/i.test(r.out)) {
      console.error(r.out); throw new Error('installing the .vsix failed');
    }
  }

  // Port 0: the server picks a free port itself and prints it (no race with another process).
  server = spawn(node, [serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', ...common, '--disable-telemetry',
    '--disable-workspace-trust', '--skip-welcome'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = [];
  let port;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('VS Code server did not start in 60 s:\n' + serverLog.join(''))), 60000);
    const onData = (d) => {
      serverLog.push(String(d));
      if (process.env.E2E_VERBOSE) process.stderr.write(`[server] ${d}`);
      const m = /Extension host agent listening on (\d+)/.exec(serverLog.join(''));
      if (m && port === undefined) { port = Number(m[1]); clearTimeout(timer); resolve(); }
    };
    server.stdout.on('data', onData); server.stderr.on('data', onData);
    server.on('exit', (c) => { clearTimeout(timer); reject(new Error(`VS Code server exited (${c}):\n${serverLog.join('')}`)); });
  });
  log(`VS Code server on 127.0.0.1:${port}`);

  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({
    executablePath: chromium, headless: true, env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = {};
  const base = `http://127.0.0.1:${port}`;
  const limit = Number(process.env.E2E_TIMEOUT_MS || 480000);
  let exitCode = 0;
  try {
    if (!onlyUi) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
      const payload = [['extensionDevelopmentPath', remote(args.devPaths[0])], ['extensionTestsPath', remote(args.testsPath)]];
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      let exited;
      const done = new Promise((resolve) => { exited = resolve; });
      await page.exposeFunction('codeAutomationExit', (code) => exited(Number(code)));
      // A crashed renderer never reports: fail at once instead of waiting for the time limit.
      page.on('crash', () => { log('the workbench page crashed'); exited(1); });
      page.on('console', (m) => {
        // Extension-host output reaches the page through the workbench's log service, which
        // prefixes a CSS-styled level ("%c  INFO color: #33f ..."): strip that.
        const text = m.text().replace(/^%c\s*(INFO|WARN|ERR|TRACE|DEBUG)\s+color: #?\w+\s?/, '').replace(/^\[Extension Host\] /, '');
        // The workbench's own offline noise (gallery, telemetry, service worker) is not ours.
        if (NOISE.test(text) && !process.env.E2E_VERBOSE) return;
        const match = /E2E-RESULT (\{.*?\})/.exec(text);
        if (match) results.tests = JSON.parse(match[1]);
        console.log(text);
      });
      const url = `${base}/?folder=${encodeURIComponent(path.resolve(args.folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      const t0 = Date.now();
      await page.goto(url);
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), limit));
      const code = await Promise.race([done, timeout]);
      if (code === 'timeout') { log(`extension tests did not finish in ${limit} ms`); exitCode = 1; }
      else { exitCode = code; log(`extension tests exited ${code} after ${Date.now() - t0} ms`); }
      await page.close();
    }
    if (process.env.E2E_UI === '1' || onlyUi) {
      const { runUiPass } = await import(pathToFileURL(path.join(import.meta.dirname, '../../test/e2e/ui.mjs')).href);
      results.ui = await runUiPass({ browser, base, folder: path.resolve(process.env.E2E_UI_FOLDER || args.folder), shots: process.env.E2E_SHOTS || path.join(userData, 'shots') });
      if (results.ui.failed > 0 && onlyUi) exitCode = 1;
    }
  } finally {
    if (process.env.E2E_RESULTS) writeFileSync(process.env.E2E_RESULTS, JSON.stringify(results));
    await browser.close().catch(() => {});
    cleanup();
  }
  return exitCode;
}

main().then((code) => process.exit(code), (err) => { console.error('[launcher]', err?.stack || err); process.exit(2); });
