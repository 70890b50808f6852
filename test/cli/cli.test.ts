// The real command line, built and spawned on article files written to temp folders.
// Tests marked [engine] need the engine to find the obvious figure conflict in the fixture corpus.
// SOURCE_REVIEW_CLI=/path/to/cli.js runs that bundle instead of building and running bin/source-review.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, cliSuite, jsonReportValidator, sarifValidator, textAtRange, writeTree } from './helpers';

interface JsonOut {
  documents: Array<{ path: string; label: string; role: string; findings: Array<{ kind: string; text: string; severity: string; range: Range; against: Array<{ label: string; path: string; range: Range; text: string }> }> }>;
}
interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

const SOURCE = '1,200 people were evacuated at 9 a.m. ET on Monday.\n';
const DRAFT = '3,400 people were evacuated at 9 a.m. ET on Monday.\n';
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('cli: source-review command', function () {
  this.timeout(120000);
  const { suite, cli } = cliSuite({ 'conflict/001_wire.txt': SOURCE, 'conflict/draft_evacuation.md': DRAFT }, true);

  it('prints help and version and exits 0', () => {
    const help = cli(['--help'], suite.dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /source-review check/);
    const v = cli(['--version'], suite.dir);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), version);
  });

  for (const [args, why] of [
    [['check', '--no-such-flag', 'conflict'], /unknown option --no-such-flag/],
    [['check', '--format', 'yaml', 'conflict'], /unknown format/],
    [['check'], /no PATH/],
    [['check', 'conflict', 'missing-folder'], /no such file or folder: missing-folder/],
    [['report'], /no PATH/],
    [[], /no command/],
  ] as Array<[string[], RegExp]>) {
    it(`exits 2 with one line on stderr for: ${args.join(' ') || '(nothing)'}`, () => {
      const r = cli(args, suite.dir);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, why);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^source-review: /);
    });
  }

  it('exits 0 with --fail-on none and lists every document in JSON with paths relative to cwd', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'none', 'conflict'], suite.dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JsonOut;
    const validate = jsonReportValidator();
    assert.ok(validate(out), JSON.stringify(validate.errors));
    assert.deepEqual(out.documents.map((d) => [d.path, d.label, d.role]).sort(), [
      ['conflict/001_wire.txt', '001', 'source'],
      ['conflict/draft_evacuation.md', 'draft_evacuation', 'draft'],
    ]);
    const nested = cli(['check', '--format', 'json', '--fail-on', 'none', '001_wire.txt'], path.join(suite.dir, 'conflict'));
    assert.equal((JSON.parse(nested.stdout) as JsonOut).documents[0].path, '001_wire.txt');
  });

  it('exits 0 when the articles agree', () => {
    writeTree(suite.dir, { 'agree/001_wire.txt': SOURCE, 'agree/draft_same.md': SOURCE });
    const r = cli(['check', 'agree'], suite.dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^0 findings in 2 articles \(1 draft, 1 source\)$/m);
  });

  it('skips binary, invalid UTF-8 and oversized files with a warning and does not exit 2', () => {
    writeTree(suite.dir, {
      'mixed/001_ok.txt': SOURCE,
      'mixed/002_image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
      'mixed/003_latin1.md': Buffer.from('caf\xe9 au lait', 'latin1'),
      'mixed/004_huge.txt': SOURCE.repeat(20),
    });
    const r = cli(['check', '--format', 'json', '--max-file-size', '500', 'mixed'], suite.dir);
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped mixed\/002_image\.txt: binary file/);
    assert.match(r.stderr, /skipped mixed\/003_latin1\.md: not valid UTF-8/);
    assert.match(r.stderr, /skipped mixed\/004_huge\.txt: .*limit/);
    assert.deepEqual((JSON.parse(r.stdout) as JsonOut).documents.map((d) => d.path), ['mixed/001_ok.txt']);
  });

  it('survives a symlink loop', function () {
    try {
      fs.symlinkSync(path.join(suite.dir, 'conflict'), path.join(suite.dir, 'conflict', 'again'), 'dir');
    } catch {
      this.skip();
    }
    const r = cli(['check', '--format', 'json', '--fail-on', 'none', 'conflict'], suite.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as JsonOut).documents.length, 2);
  });

  it('prints valid SARIF 2.1.0 with the package version', () => {
    const r = cli(['check', '--format', 'sarif', '--fail-on', 'none', 'conflict'], suite.dir);
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { version: string } }; columnKind: string }> };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    assert.equal(log.runs[0].tool.driver.version, version);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
  });

  it('prints no colour codes when stdout is not a terminal', () => {
    const r = cli(['check', '--fail-on', 'none', 'conflict'], suite.dir, { FORCE_COLOR: '1' });
    assert.ok(!r.stdout.includes('\x1b['));
    assert.match(r.stdout, /\d+ findings? in 2 articles \(1 draft, 1 source\)\n$/);
  });

  it('prints a Markdown report and exits 0 by default', () => {
    const r = cli(['report', 'conflict'], suite.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Source Review: conflict report$/m);
    assert.match(r.stdout, /^## Disputed claims$/m);
    assert.match(r.stdout, /^## Speakers$/m);
  });

  // ------------------------------------------------------------ [engine] tests

  it('[engine] exits 1 on a figure conflict and names both sides', () => {
    const text = cli(['check', 'conflict'], suite.dir);
    assert.equal(text.code, 1, text.stdout + text.stderr);
    assert.match(text.stdout, /^conflict\/draft_evacuation\.md:1:1: warning figure-conflict: /m);
    assert.match(text.stdout, /^ {2}↳ 001 conflict\/001_wire\.txt:1:1 “1,200/m);
    assert.equal(cli(['check', '--fail-on', 'error', 'conflict'], suite.dir).code, 0);
    const json = JSON.parse(cli(['check', '--format', 'json', 'conflict'], suite.dir).stdout) as JsonOut;
    const draft = json.documents.find((d) => d.role === 'draft');
    const f = draft?.findings.find((x) => x.kind === 'figure-conflict');
    assert.ok(f, JSON.stringify(json));
    assert.match(f.text, /3,400/);
    assert.equal(f.against[0].label, '001');
    assert.match(f.against[0].text, /1,200/);
  });

  it('[engine] gives exact ranges in a file with a BOM, CRLF and emoji', () => {
    const draft = '# Evacuation 🚒 update\r\n\r\nFirefighters 👩‍🚒 said on Monday that 3,400 people were evacuated at 9 a.m. ET on Monday.\r\n';
    const source = 'Crews 🚒 worked overnight.\r\n1,200 people were evacuated at 9 a.m. ET on Monday.\r\n';
    writeTree(suite.dir, { 'bom/draft_fire.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft)]), 'bom/001_wire.txt': Buffer.from(source) });
    const r = cli(['check', '--format', 'json', 'bom'], suite.dir);
    const json = JSON.parse(r.stdout) as JsonOut;
    const findings = json.documents.find((d) => d.role === 'draft')?.findings ?? [];
    assert.ok(findings.length > 0, 'the engine found nothing in the draft');
    const texts: Record<string, string> = { 'bom/draft_fire.md': draft, 'bom/001_wire.txt': source };
    for (const f of findings) {
      assert.equal(textAtRange(draft, f.range), f.text);
      for (const e of f.against) assert.equal(textAtRange(texts[e.path], e.range), e.text);
    }
    const figure = findings.find((f) => f.kind === 'figure-conflict');
    assert.ok(figure);
    assert.deepEqual(figure.range.start, { line: 2, character: draft.split('\r\n')[2].indexOf('3,400') });
  });
});
