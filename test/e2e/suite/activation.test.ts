import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
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
