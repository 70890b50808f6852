// The manifest's part for acting on findings: settings with their sections and defaults (matching
// the server), the commands and menus, and the JSON schema VS Code uses for .source-review.json
// (which accepts what the server writes and refuses what the server refuses).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ROOT } from './harness';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { FINDING_KINDS } from '../../server/src/analysis/types';
import { appendToArray, parseJsonc } from '../../server/src/suppression/jsonc';

interface Prop { scope?: string; default?: unknown; enum?: string[]; markdownDescription?: string; description?: string }
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    configuration: { title: string; properties: Record<string, Prop> }[];
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    jsonValidation: { fileMatch: string; url: string }[];
  };
};
const props: Record<string, Prop> = Object.assign({}, ...manifest.contributes.configuration.map((s) => s.properties));

describe('lsp: manifest for quick fixes, suppression and control', () => {
  it('settings come in titled sections, resource-scoped and described, defaults as the server has them', () => {
    assert.deepEqual(manifest.contributes.configuration.map((s) => s.title), ['Source Review', 'Findings']);
    assert.equal(props['sourceReview.enable'].default, DEFAULT_SETTINGS.enable);
    assert.equal(props['sourceReview.run'].default, DEFAULT_SETTINGS.run);
    assert.deepEqual(props['sourceReview.run'].enum, ['onType', 'onSave', 'manual']);
    assert.equal(props['sourceReview.codeLens'].default, DEFAULT_SETTINGS.codeLens);
    for (const kind of FINDING_KINDS) {
      const p = props[`sourceReview.severity.${kind}`];
      assert.ok(p, kind);
      assert.equal(p.default, 'default');
      assert.deepEqual(p.enum, ['default', 'off', 'hint', 'information', 'warning', 'error']);
    }
    for (const [key, p] of Object.entries(props)) {
      assert.equal(p.scope, 'resource', key);
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 10, key);
    }
  });

  it('the commands are in the Source Review category; article commands show for articles only', () => {
    const ids = manifest.contributes.commands.map((c) => c.command);
    for (const id of ['sourceReview.checkArticle', 'sourceReview.showArticleReport', 'sourceReview.copyReport', 'sourceReview.copyArticleReport']) {
      assert.ok(ids.includes(id), id);
    }
    assert.ok(!ids.some((id) => id.startsWith('_')), 'internal commands are not contributed');
    const palette = manifest.contributes.menus.commandPalette;
    for (const id of ['sourceReview.checkArticle', 'sourceReview.showArticleReport', 'sourceReview.copyArticleReport']) {
      assert.match(palette.find((m) => m.command === id)?.when ?? '', /editorLangId == markdown/, id);
    }
    assert.match(manifest.contributes.menus['editor/context'].find((m) => m.command === 'sourceReview.checkArticle')?.when ?? '', /config\.sourceReview\.run != onType/);
  });

  it('.source-review.json has a schema that is packaged, accepts what the quick fixes write and refuses bad entries', () => {
    const v = manifest.contributes.jsonValidation.find((j) => j.fileMatch === '.source-review.json');
    assert.ok(v);
    const file = path.join(ROOT, v.url);
    assert.ok(fs.existsSync(file));
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
    let text = appendToArray('', 'ignoreFindings', { id: 'figure-conflict:draft_ferry:1a2b3c4d', path: 'desk/draft_ferry.md', text: 'About 520 passengers' });
    text = appendToArray(text, 'ignoreClaims', { kind: 'quote-mismatch', text: 'badly' });
    assert.ok(validate(parseJsonc(text).value), JSON.stringify(validate.errors));
    assert.ok(validate({ severity: { 'unsourced-claim': 'off', 'time-conflict': 'info' } }), JSON.stringify(validate.errors));
    for (const bad of [
      { severity: { 'weather-conflict': 'off' } },
      { severity: { 'time-conflict': 'loud' } },
      { ignoreFindings: [{ path: 'x.md' }] },
      { ignoreFindings: [{ id: 'a', path: '/etc/passwd' }] },
      { ignoreClaims: [{ kind: 'rumour', text: 'x' }] },
      { colour: 'blue' },
    ]) assert.equal(validate(bad), false, JSON.stringify(bad));
  });
});
