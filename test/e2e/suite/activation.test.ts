import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SERVER_NODE_ARGS } from '../../../server/src/helperThreads';
import { client, extension, open, waitFor, DRAFT } from './helpers';

describe('activation', () => {
  it('is the packaged extension, installed from the .vsix (no sources, tests or node_modules inside)', async () => {
    const ext = await extension();
    const root = ext.extensionPath;
    assert.ok(fs.existsSync(path.join(root, 'package.json')), `no package.json in ${root}`);
    const main = String(ext.packageJSON.main ?? '');
    assert.ok(main && fs.existsSync(path.join(root, main)) || fs.existsSync(path.join(root, main + '.js')), `main ${main} missing in ${root}`);
    for (const absent of ['server/src', 'client/src', 'test', 'node_modules']) {
      assert.ok(!fs.existsSync(path.join(root, absent)), `${absent} should not be packaged (${root})`);
    }
  });

  it('activates when a plaintext source opens', async () => {
    const editor = await open('001_wirepost.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    const ext = await extension();
    await waitFor('activation on plaintext', () => ext.isActive, 20000);
    await client();
  });

  it('starts the language server with its Node flags (one V8 helper thread), as a process of its own', async function () {
    if (process.platform !== 'linux') this.skip(); // read from /proc
    await client();
    const ext = await extension();
    const bundle = path.join(ext.extensionPath, 'dist', 'server.js');
    // Every process running this extension's server bundle, by its command line.
    const servers = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((pid) => {
      try {
        const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        return argv.includes(bundle) ? [{ pid: Number(pid), argv }] : [];
      } catch {
        return []; // ended meanwhile, or not ours to read
      }
    });
    assert.ok(servers.length > 0, `no process runs ${bundle}`);
    for (const s of servers) {
      const flags = s.argv.slice(1, s.argv.indexOf(bundle));
      for (const f of SERVER_NODE_ARGS) assert.ok(flags.includes(f), `server ${s.pid} started without ${f}: ${s.argv.join(' ')}`);
    }
  });

  it('declares activation on plaintext and markdown, and the draft opens as markdown', async () => {
    const ext = await extension();
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    const contributesLanguages = JSON.stringify(ext.packageJSON.contributes ?? {});
    for (const lang of ['plaintext', 'markdown']) {
      assert.ok(events.includes(`onLanguage:${lang}`) || contributesLanguages.includes(lang), `no activation on ${lang}: ${JSON.stringify(events)}`);
    }
    const editor = await open(DRAFT);
    assert.equal(editor.document.languageId, 'markdown');
    assert.ok(ext.isActive);
  });

  it('registers its commands', async () => {
    await client();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['sourceReview.showReport', 'sourceReview.showClaims', 'sourceReview.recheckAll', 'sourceReview.restartServer', 'sourceReview.showOutput']) {
      assert.ok(all.has(c), `command ${c} is not registered`);
    }
  });
});
