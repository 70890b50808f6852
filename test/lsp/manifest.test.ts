// The extension manifest and the client agree: every contributed command is registered and every
// registered command is contributed, settings are resource-scoped, the view exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './harness';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

interface Section { title: string; properties: Record<string, { scope?: string; default?: unknown; description?: string; markdownDescription?: string }> }

interface Manifest {
  main: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: boolean; description: string } };
  contributes: {
    configuration: Section | Section[];
    commands: { command: string; title: string; category?: string }[];
    views: { explorer: { id: string }[] };
    viewsWelcome: { view: string }[];
    menus: { 'view/title': { command: string; when: string }[] };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const clientSource = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');

describe('lsp: extension manifest', () => {
  it('activates on plain text and Markdown; works untrusted, not in virtual workspaces', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    assert.equal(manifest.main, './dist/client/extension.js');
  });

  it('contributed and registered commands are the same set, all in the Source Review category', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    const registered = [...clientSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Source Review', c.command);
    for (const c of ['sourceReview.showReport', 'sourceReview.showClaims', 'sourceReview.recheckAll', 'sourceReview.restartServer', 'sourceReview.showOutput']) {
      assert.ok(contributed.includes(c), c);
    }
  });

  it('every setting is resource-scoped, described, and its default matches the server', () => {
    // Settings may be grouped in titled sections; the first is "Source Review".
    const sections = [manifest.contributes.configuration].flat();
    const props: Section['properties'] = Object.assign({}, ...sections.map((s) => s.properties));
    assert.equal(sections[0].title, 'Source Review');
    for (const key of ['sources', 'exclude', 'drafts', 'debounceMs', 'maxFileSize', 'figureTolerance', 'trace.server']) {
      const p = props[`sourceReview.${key}`];
      assert.ok(p, `sourceReview.${key} missing`);
      assert.equal(p.scope, 'resource', key);
      assert.ok((p.description ?? p.markdownDescription ?? '').length > 10, `${key} has no description`);
    }
    for (const key of ['sources', 'exclude', 'drafts', 'debounceMs', 'maxFileSize'] as const) {
      assert.deepEqual(props[`sourceReview.${key}`].default, DEFAULT_SETTINGS[key], key);
    }
  });

  it('the Speakers view is in the Explorer with a welcome text and a refresh button', () => {
    assert.ok(manifest.contributes.views.explorer.some((v) => v.id === 'sourceReview.speakers'));
    assert.ok(manifest.contributes.viewsWelcome.some((v) => v.view === 'sourceReview.speakers'));
    assert.ok(manifest.contributes.menus['view/title'].some((m) => m.command === 'sourceReview.refreshSpeakers' && m.when === 'view == sourceReview.speakers'));
    assert.match(clientSource, /registerTreeDataProvider\('sourceReview\.speakers'/);
  });
});
