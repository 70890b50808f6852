#!/usr/bin/env node
// End-to-end runner: packages the extension, runs the e2e mocha suite inside a real VS Code
// extension host (the code-server build of the VS Code server + headless Chromium, or a desktop
// VS Code given by VSCODE_EXECUTABLE), a UI pass with playwright-core, and headless neovim as a
// second LSP client. Prints one closing line `N passed, N failed[, N skipped]`.
//
// Usage: node test/e2e/run.mjs [--only=vscode|ui|nvim] [--no-ui] [--no-nvim] [--skip-package]
//          [--vsix=PATH] [--screenshot=docs/screenshot.png] [--shots=DIR] [--keep] [--grep=PATTERN]
// VSCODE_EXECUTABLE=/path/to/code runs the same suite in a desktop VS Code (no UI pass there).
// E2E_LS_SERVER=path/to/server.js runs the neovim check against another server script.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
// --name=value (the value may contain '=', e.g. --grep=a=b) or --name.
const flags = Object.fromEntries(process.argv.slice(2).map((a) => {
  const s = a.replace(/^--/, ''); const eq = s.indexOf('=');
  return eq < 0 ? [s, true] : [s.slice(0, eq), s.slice(eq + 1)];
}));
const only = flags.only;
const want = (part) => (only ? only === part : !(flags[`no-${part}`]));
const CACHE = process.env.SOURCE_REVIEW_E2E_CACHE || path.join(ROOT, '.cache/e2e');
const log = (...a) => console.log('[e2e]', ...a);
const timings = {};

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return r;
}
async function timed(name, fn) { const t0 = Date.now(); try { return await fn(); } finally { timings[name] = Date.now() - t0; } }

/** Installs chromium, neovim, node 24 and code-server when missing (fast no-op otherwise). */
function ensureTools() {
  if (spawnSync('bash', [path.join(ROOT, 'scripts/e2e/setup.sh'), '--check'], { stdio: 'ignore' }).status !== 0) {
    log('installing e2e tools (scripts/e2e/setup.sh)');
    sh('bash', [path.join(ROOT, 'scripts/e2e/setup.sh')]);
  }
  const env = {};
  for (const line of readFileSync(path.join(CACHE, 'env'), 'utf8').split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line); if (m) env[m[1]] = m[2];
  }
  return env;
}

/** Bundles the suite to out/test/e2e/index.js and makes out/test/e2e a minimal harness extension. */
async function compileSuite() {
  const esbuild = await import('esbuild');
  const outDir = path.join(ROOT, 'out/test/e2e');
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/suite/index.ts')], outfile: path.join(outDir, 'index.js'),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  // extensionDevelopmentPath must name an extension folder for the test payload to run. It names
  // this empty harness, not the repo, so the extension under test is the one installed from the
  // .vsix (a development copy of the repo would shadow it).
  writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({
    name: 'source-review-e2e-harness', publisher: 'source-review-tests', version: '0.0.0',
    engines: { vscode: '*' }, description: 'Runs the Source Review e2e suite; contributes nothing.',
  }, null, 2));
  return outDir;
}

function tempRoot() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'source-review-e2e-'));
  const ws = path.join(dir, 'workspace');
  mkdirSync(ws);
  for (const f of readdirSync(path.join(ROOT, 'samples'))) {
    if (/\.(txt|md)$/i.test(f)) cpSync(path.join(ROOT, 'samples', f), path.join(ws, f));
  }
  // The UI pass and neovim get their own untouched copies, made now: the suite edits, saves and
  // re-configures its workspace (a copy taken after it could hold a quick fix it applied).
  const uiWs = path.join(dir, 'ui-workspace');
  cpSync(ws, uiWs, { recursive: true });
  const nvimWs = path.join(dir, 'nvim-workspace');
  cpSync(ws, nvimWs, { recursive: true });
  return { dir, ws, uiWs, nvimWs };
}

async function runVsCode(tools, harness, tmp, { onlyUi }) {
  const { runTests } = await import('@vscode/test-electron');
  const userData = path.join(tmp.dir, 'user-data');
  const extDir = path.join(tmp.dir, 'extensions');
  const resultsFile = path.join(tmp.dir, 'results.json');
  const testsFile = path.join(tmp.dir, 'tests-result.json');
  const shots = flags.shots ? path.resolve(String(flags.shots)) : path.join(ROOT, 'out/e2e-screenshots');
  mkdirSync(shots, { recursive: true });
  const vsix = flags.vsix ? path.resolve(String(flags.vsix)) : path.join(ROOT, 'dist/source-review.vsix');
  const desktop = process.env.VSCODE_EXECUTABLE;
  let executable = path.join(ROOT, 'scripts/e2e/launch-vscode-web.mjs');
  if (desktop) {
    executable = desktop;
    mkdirSync(extDir, { recursive: true });
    sh(desktop, ['--install-extension', vsix, '--force', `--extensions-dir=${extDir}`, `--user-data-dir=${userData}`]);
  } else {
    chmodSync(executable, 0o755);
  }
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: harness,
      extensionTestsPath: path.join(harness, 'index.js'),
      launchArgs: [tmp.ws, `--extensions-dir=${extDir}`, `--user-data-dir=${userData}`],
      extensionTestsEnv: {
        E2E_SERVER_MAIN: tools.E2E_SERVER_MAIN, E2E_NODE: tools.E2E_NODE, E2E_CHROMIUM: tools.E2E_CHROMIUM,
        E2E_VSIX: vsix, E2E_RESULTS: resultsFile, E2E_TESTS_RESULT: testsFile, E2E_SHOTS: shots,
        E2E_UI: want('ui') && !desktop ? '1' : '0', E2E_ONLY_UI: onlyUi ? '1' : '0',
        E2E_UI_FOLDER: tmp.uiWs,
        E2E_DIAGNOSTICS_OUT: path.join(tmp.dir, 'vscode-draft-diagnostics.json'),
        ...(flags.grep ? { E2E_GREP: String(flags.grep) } : {}),
      },
    });
  } catch (err) {
    code = err?.code ?? 1;
    log(`VS Code run failed: ${err?.message ?? err}`);
  }
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  if (!results.tests && existsSync(testsFile)) results.tests = JSON.parse(readFileSync(testsFile, 'utf8'));
  if (!onlyUi && !results.tests) results.tests = { passed: 0, failed: 1, skipped: 0, note: `no result from the extension host (exit ${code})` };
  return { results, shots };
}

/** Headless neovim attached to bin/source-review-ls on a fresh copy of samples/. */
function runNeovim(tools, tmp) {
  const res = { passed: 0, failed: 0, skipped: 0 };
  const check = (name, ok, detail = '') => { console.log(`  ${ok ? '✓' : '✗'} nvim: ${name}${detail ? ` — ${detail}` : ''}`); ok ? res.passed++ : res.failed++; };
  const nvim = tools.E2E_NVIM;
  if (!nvim) { check('neovim is installed', false, 'nvim not found; run scripts/e2e/setup.sh'); return res; }
  const ws = tmp.nvimWs;
  const draft = path.join(ws, 'draft_lehigh_blackout.md');
  const t0 = Date.now();
  const r = spawnSync(nvim, ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/nvim/diagnostics.lua')}`], {
    cwd: ws, encoding: 'utf8', timeout: 60000,
    env: { ...process.env, SR_SERVER: process.env.E2E_LS_SERVER || path.join(ROOT, 'bin/source-review-ls'), SR_ROOT: ws, SR_FILE: draft, HOME: tmp.dir, XDG_STATE_HOME: path.join(tmp.dir, 'nvim-state'), XDG_CACHE_HOME: path.join(tmp.dir, 'nvim-cache') },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const diags = output.split('\n').filter((l) => l.startsWith('DIAG ')).map((l) => {
    const m = /^DIAG (\d+):(\d+) (\S*) Source Review (.*)$/.exec(l);
    return m ? { line: +m[1], character: +m[2], code: m[3], message: m[4] } : undefined;
  }).filter(Boolean);
  console.log(output.split('\n').filter((l) => l.trim()).map((l) => `    ${l}`).join('\n'));
  check('receives Source Review diagnostics for the draft', r.status === 0 && diags.length > 0, `${diags.length} in ${Date.now() - t0} ms, exit ${r.status}`);
  if (diags.length === 0) {
    console.log('  - nvim: messages name the contradicting source — skipped (no diagnostics)');
    console.log('  - nvim: the same diagnostics as VS Code — skipped (no diagnostics)');
    res.skipped += 2;
    return res;
  }
  check('messages name the contradicting source', diags.every((d) => d.code === 'unsourced-claim' || /\bsources? .*?\b\d{3}\b/i.test(d.message)));
  const fromVsCode = path.join(tmp.dir, 'vscode-draft-diagnostics.json');
  if (existsSync(fromVsCode)) {
    const key = (d) => `${d.line}:${d.character} ${d.code} ${d.message.replace(/\s+/g, ' ')}`;
    const a = new Set(JSON.parse(readFileSync(fromVsCode, 'utf8')).map(key));
    const b = new Set(diags.map(key));
    const missing = [...a].filter((k) => !b.has(k)); const extra = [...b].filter((k) => !a.has(k));
    check('the same diagnostics as VS Code', missing.length === 0 && extra.length === 0, missing.length || extra.length ? `only in VS Code: ${missing.join(' | ')}; only in neovim: ${extra.join(' | ')}` : `${a.size} identical`);
  } else {
    console.log('  - nvim: the same diagnostics as VS Code — skipped (VS Code suite wrote none)');
    res.skipped++;
  }
  return res;
}

async function main() {
  const t0 = Date.now();
  const tools = await timed('setup', () => ensureTools());
  const parts = {};
  let packaged = true;
  if (!flags['skip-package'] && !flags.vsix && (want('vscode') || want('ui'))) {
    // A .vsix that cannot be built fails here once; the neovim part still runs.
    packaged = await timed('package', () => {
      try { sh('npm', ['run', '--silent', 'build']); sh('npm', ['run', '--silent', 'package']); return true; }
      catch (err) { log(String(err.message)); return false; }
    });
    parts.package = packaged ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0, note: 'npm run package failed; VS Code and UI parts not run' };
  }
  if (!flags['skip-package'] && want('nvim') && !(want('vscode') || want('ui'))) sh('npm', ['run', '--silent', 'build']);
  const harness = await compileSuite();
  const tmp = tempRoot();
  let shots;
  try {
    if (packaged && (want('vscode') || only === 'ui')) {
      const r = await timed('vscode', () => runVsCode(tools, harness, tmp, { onlyUi: only === 'ui' }));
      shots = r.shots;
      if (r.results.tests) parts.vscode = r.results.tests;
      if (r.results.ui) parts.ui = r.results.ui;
      else if (want('ui') && !process.env.VSCODE_EXECUTABLE) parts.ui = { passed: 0, failed: 1, skipped: 0, note: 'the UI pass did not run' };
    }
    if (want('nvim')) parts.nvim = await timed('nvim', () => runNeovim(tools, tmp));
  } finally {
    if (flags.keep) log(`kept ${tmp.dir}`); else rmSync(tmp.dir, { recursive: true, force: true });
  }
  if (flags.screenshot && shots) {
    const src = path.join(shots, 'hover.png');
    const fallback = path.join(shots, 'draft.png');
    const pick = existsSync(src) ? src : existsSync(fallback) ? fallback : undefined;
    if (pick) { copyFileSync(pick, path.resolve(ROOT, String(flags.screenshot))); log(`screenshot → ${flags.screenshot}`); }
    else log('no screenshot was taken');
  }
  timings.total = Date.now() - t0;
  log(`timings (ms): ${JSON.stringify(timings)}`);
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, r] of Object.entries(parts)) {
    console.log(`${name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped ?? 0} skipped${r.note ? ` (${r.note})` : ''}`);
    total.passed += r.passed; total.failed += r.failed; total.skipped += r.skipped ?? 0;
  }
  // A machine-readable line for scripts/test-all.mjs, then the closing line.
  console.log(`E2E-TOTAL ${JSON.stringify(total)}`);
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed > 0 ? 1 : 0;
}

main().then((c) => process.exit(c), (err) => {
  console.error('[e2e]', err?.stack || err);
  console.log(`E2E-TOTAL ${JSON.stringify({ passed: 0, failed: 1, skipped: 0 })}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
});
