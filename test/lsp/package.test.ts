// What ships: the files `npm run package` puts in the .vsix (asked of vsce itself, without building),
// and the README promises the extension depends on — the Quick start, an anchor per finding kind
// for the diagnostics' codeDescription links, every setting, and the other editors.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_KINDS } from '../../server/src/analysis/types';
import { DOCS_URL } from '../../server/src/protocol';
import { ROOT } from './harness';

interface Manifest {
  main: string;
  contributes: {
    configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[];
    grammars: { path: string }[];
  };
  scripts: Record<string, string>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const settings = [manifest.contributes.configuration].flat().flatMap((c) => Object.keys(c.properties));

describe('lsp: the package and its README', () => {
  it('the .vsix holds the bundles, grammar, schemas, README and licence — no sources, tests, maps or node_modules', function () {
    this.timeout(60000);
    const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
    const r = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const allowed = /^(package\.json|README\.md|LICENSE|THIRD_PARTY_NOTICES\.md|dist\/server\.js|dist\/client\/extension\.js|syntaxes\/[^/]+\.json|schemas\/[^/]+\.json|docs\/screenshot\.png)$/;
    for (const f of files) assert.match(f, allowed, `${f} would ship in the .vsix`);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md', 'dist/server.js', manifest.main.replace(/^\.\//, ''), ...manifest.contributes.grammars.map((g) => g.path.replace(/^\.\//, ''))]) {
      assert.ok(files.includes(needed), `${needed} is missing from the .vsix (${files.join(', ')})`);
    }
    assert.match(manifest.scripts.package, /esbuild\.config\.mjs --production && vsce package/);
  });

  it('the README opens with a Quick start of exactly two commands', () => {
    const first = /^## (.+)$/m.exec(readme);
    assert.equal(first?.[1], 'Quick start');
    const section = readme.slice(first!.index, readme.indexOf('\n## ', first!.index + 3));
    const block = /```sh\n([\s\S]*?)```/.exec(section);
    assert.ok(block, 'no shell block in the Quick start');
    assert.equal(block[1].trim().split('\n').length, 2, block[1]);
  });

  it('has a section for every finding kind, where the diagnostics link', () => {
    assert.equal(DOCS_URL, 'https://github.com/source-review/source-review');
    for (const kind of FINDING_KINDS) assert.match(readme, new RegExp(`^### ${kind}$`, 'm'), `no "### ${kind}" heading for ${DOCS_URL}#${kind}`);
  });

  it('documents every setting the extension contributes', () => {
    assert.ok(settings.length >= 10);
    for (const key of settings) {
      const short = key.replace(/^sourceReview\./, '');
      const covered = readme.includes(`\`${key}\``) || (key.startsWith('sourceReview.severity.') && readme.includes('`sourceReview.severity.'));
      assert.ok(covered || readme.includes(`\`.${short}\``), `${key} is not in the README`);
    }
  });

  it('shows how to install the .vsix and how to run the server in Neovim, Helix and Emacs', () => {
    assert.match(readme, /code --install-extension dist\/source-review\.vsix/);
    assert.match(readme, /about \d+ KB/);
    assert.match(readme, /vim\.lsp\.config\('source_review'/);
    assert.match(readme, /\[language-server\.source-review\]\ncommand = "source-review-ls"/);
    assert.match(readme, /eglot-server-programs/);
    for (const method of ['sourceReview/speakers', 'sourceReview/report', 'sourceReview/claims']) assert.ok(readme.includes(method), method);
  });
});
