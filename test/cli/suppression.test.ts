// The command line honours what the editor honours: ignore comments and [source needed] markers in
// the articles, and .source-review.json (found from the working folder up, or --config, or none with
// --no-config). Hidden findings leave the output and the exit code; the report lists them.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT, WIRE } from '../lsp/ferry';
import { cliSuite } from './helpers';

interface JsonOut { documents: { path: string; findings: { id: string; kind: string; text: string; severity: string }[] }[] }

const draftFindings = (out: JsonOut) => out.documents.find((d) => d.path.endsWith('draft_ferry.md'))!.findings;
const kinds = (out: JsonOut) => draftFindings(out).map((f) => `${f.kind}:${f.text}`);

describe('cli: suppression', function () {
  this.timeout(120000);
  const { suite, cli } = cliSuite({ 'story/001_coastline_wire.txt': WIRE, 'story/draft_ferry.md': DRAFT }, false);

  function json(args: string[], cwd: string): JsonOut {
    const r = cli(['check', '--format', 'json', ...args], cwd);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as JsonOut;
  }

  it('without anything hidden, the draft has all its findings (the baseline the other tests change)', () => {
    const all = kinds(json(['story'], suite.dir));
    assert.ok(all.includes('figure-conflict:About 520 passengers'), all.join('\n'));
    assert.ok(all.includes('time-conflict:9:15 a.m. GMT'), all.join('\n'));
    assert.ok(all.some((k) => k.startsWith('unsourced-claim:90,000')), all.join('\n'));
  });

  it('ignore comments and [source needed] markers hide findings; check says so on stderr, report lists them', () => {
    fs.writeFileSync(path.join(suite.dir, 'story/draft_ferry.md'), DRAFT
      .replace('About 520 passengers', '<!-- source-review-ignore-next-line figure-conflict -->\nAbout 520 passengers')
      .replace('90,000 people a year.', '90,000 people a year [source needed].'));
    const out = kinds(json(['story'], suite.dir));
    assert.ok(!out.includes('figure-conflict:About 520 passengers'), out.join('\n'));
    assert.ok(!out.some((k) => k.startsWith('unsourced-claim:90,000')), out.join('\n'));
    assert.ok(out.includes('time-conflict:9:15 a.m. GMT'));
    const text = cli(['check', 'story'], suite.dir);
    assert.match(text.stderr, /2 findings hidden by ignore comments, \[source needed\] markers or \.source-review\.json; `source-review report` lists them/);
    const report = cli(['report', 'story'], suite.dir);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /## Suppressed findings/);
    assert.match(report.stdout, /\| draft_ferry \(draft\) \| 6 \| figure-conflict \| About 520 passengers \| ignore comment on line 5 \|/);
    assert.match(report.stdout, /\| unsourced-claim \| 90,000 people \| marked \[source needed\] \|/);
  });

  it('.source-review.json in the working folder hides ignored findings and claims, and sets levels', () => {
    const before = draftFindings(json(['story'], suite.dir));
    const time = before.find((f) => f.kind === 'time-conflict')!;
    fs.writeFileSync(path.join(suite.dir, '.source-review.json'), JSON.stringify({
      severity: { 'figure-conflict': 'error', 'unsourced-claim': 'off' },
      ignoreFindings: [{ id: time.id, path: 'story/draft_ferry.md' }],
      ignoreClaims: [{ kind: 'quote-mismatch', text: 'BADLY' }],
    }));
    const after = draftFindings(json(['story'], suite.dir));
    assert.deepEqual(after.filter((f) => ['time-conflict', 'quote-mismatch', 'unsourced-claim'].includes(f.kind)).map((f) => f.kind), []);
    assert.equal(after.find((f) => f.kind === 'figure-conflict')?.severity, 'error');
    assert.ok(after.some((f) => f.kind === 'attribution-conflict'), 'other kinds stay');
    const report = cli(['report', 'story'], suite.dir).stdout;
    assert.match(report, /ignored finding in \.source-review\.json/);
    assert.match(report, /ignored claim in \.source-review\.json/);
    assert.match(report, /unsourced-claim is off in \.source-review\.json severity/);
  });

  it('levels in the file change the exit code: error fails --fail-on error, off passes --fail-on warning', () => {
    assert.equal(cli(['check', '--fail-on', 'error', 'story'], suite.dir).code, 0);
    fs.writeFileSync(path.join(suite.dir, '.source-review.json'), '{ "severity": { "figure-conflict": "error" } }');
    assert.equal(cli(['check', '--fail-on', 'error', 'story'], suite.dir).code, 1);
    const off = Object.fromEntries(['figure-conflict', 'time-conflict', 'quote-mismatch', 'attribution-conflict'].map((k) => [k, 'off']));
    fs.writeFileSync(path.join(suite.dir, '.source-review.json'), JSON.stringify({ severity: off }));
    assert.equal(cli(['check', '--fail-on', 'warning', 'story'], suite.dir).code, 0);
    assert.equal(cli(['check', '--fail-on', 'info', 'story'], suite.dir).code, 1, 'unsourced claims (info) still count');
  });

  it('the file is found from a subfolder up; --no-config ignores it; --config names another', () => {
    fs.writeFileSync(path.join(suite.dir, '.source-review.json'), '{ "severity": { "time-conflict": "off" } }');
    const sub = path.join(suite.dir, 'story');
    assert.ok(!kinds(json(['.'], sub)).some((k) => k.startsWith('time-conflict')), 'not found from the subfolder');
    assert.ok(kinds(json(['--no-config', '.'], sub)).some((k) => k.startsWith('time-conflict')));
    fs.writeFileSync(path.join(suite.dir, 'other.json'), '{ "severity": { "figure-conflict": "off" } }');
    const named = kinds(json(['--config', '../other.json', '.'], sub));
    assert.ok(named.some((k) => k.startsWith('time-conflict')), 'the nearest file was read too');
    assert.ok(!named.some((k) => k.startsWith('figure-conflict')));
  });

  it('paths in the file are relative to its folder and never leave it; a bad file is a warning, not a failure', () => {
    const time = draftFindings(json(['story'], suite.dir)).find((f) => f.kind === 'time-conflict')!;
    // The file lives in story/: "../story/draft_ferry.md" climbs out of its folder and is refused.
    fs.writeFileSync(path.join(suite.dir, 'story/.source-review.json'), JSON.stringify({ ignoreFindings: [{ id: time.id, path: '../story/draft_ferry.md' }] }));
    const r = cli(['check', '--format', 'json', '.'], path.join(suite.dir, 'story'));
    assert.match(r.stderr, /not a relative path inside the folder/);
    assert.ok(kinds(JSON.parse(r.stdout) as JsonOut).some((k) => k.startsWith('time-conflict')));
    fs.writeFileSync(path.join(suite.dir, 'story/.source-review.json'), JSON.stringify({ ignoreFindings: [{ id: time.id, path: 'draft_ferry.md' }] }));
    assert.ok(!kinds(json(['.'], path.join(suite.dir, 'story'))).some((k) => k.startsWith('time-conflict')));
    fs.writeFileSync(path.join(suite.dir, 'story/.source-review.json'), '{ "severity": ');
    const broken = cli(['check', '--format', 'json', '.'], path.join(suite.dir, 'story'));
    assert.equal(broken.code, 0);
    assert.match(broken.stderr, /\.source-review\.json: .*line 1; nothing in it applies/);
  });

  it('usage errors: --config with --no-config, a missing --config file', () => {
    const both = cli(['check', '--config', 'x.json', '--no-config', 'story'], suite.dir);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /cannot both be given/);
    const missing = cli(['check', '--config', 'nowhere.json', 'story'], suite.dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read --config nowhere\.json/);
    assert.match(cli(['--help'], suite.dir).stdout, /--config FILE[\s\S]*--no-config/);
  });
});
