// Finding and reading articles on disk, and parsing arguments (no engine involved).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { collectArticles, decodeArticle, displayPath } from '../../server/src/cli/files';
import { tempDir, writeTree } from './helpers';

describe('cli: collecting articles', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('searches folders for .txt/.md/.markdown and skips build, dependency and hidden folders', () => {
    writeTree(dir, {
      'desk/001_a.txt': 'one', 'desk/sub/002_b.md': 'two', 'desk/sub/003_c.markdown': 'three', 'desk/notes.json': '{}',
      'desk/node_modules/x.txt': 'no', 'desk/.git/y.md': 'no', 'desk/dist/z.txt': 'no', 'desk/out/w.txt': 'no', 'desk/.hidden/v.txt': 'no',
      'desk/README.TXT': 'upper case extension',
    });
    const r = collectArticles(['desk'], { cwd: dir });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(r.files.map((f) => f.path), ['desk/001_a.txt', 'desk/README.TXT', 'desk/sub/002_b.md', 'desk/sub/003_c.markdown']);
  });

  it('reads a file named explicitly whatever its extension, once even when named twice', () => {
    writeTree(dir, { 'a/001.text': 'hello', 'a/002.txt': 'x' });
    const r = collectArticles(['a/001.text', 'a', 'a/002.txt'], { cwd: dir });
    assert.deepEqual(r.files.map((f) => f.path), ['a/001.text', 'a/002.txt']);
  });

  it('reports a missing path as an error', () => {
    const r = collectArticles(['nowhere'], { cwd: dir });
    assert.deepEqual(r.errors, ['no such file or folder: nowhere']);
  });

  it('skips binary, invalid UTF-8 and oversized files with one warning each', () => {
    writeTree(dir, {
      '001_ok.txt': 'Fine text.',
      '002_bin.txt': Buffer.from([0x41, 0x00, 0x42]),
      '003_latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      '004_big.txt': 'x'.repeat(200),
    });
    const r = collectArticles(['.'], { cwd: dir, maxFileSize: 100 });
    assert.deepEqual(r.files.map((f) => f.path), ['001_ok.txt']);
    assert.equal(r.warnings.length, 3);
    assert.match(r.warnings[0], /^skipped 002_bin\.txt: binary file$/);
    assert.match(r.warnings[1], /^skipped 003_latin1\.txt: not valid UTF-8/);
    assert.match(r.warnings[2], /^skipped 004_big\.txt: 200 bytes is over the 100-byte limit/);
    for (const w of r.warnings) assert.ok(!w.includes('\n'));
  });

  it('ends on symlink loops and reads a linked file once', function () {
    writeTree(dir, { 'desk/001_a.txt': 'one' });
    try {
      fs.symlinkSync(path.join(dir, 'desk'), path.join(dir, 'desk', 'loop'), 'dir');
      fs.symlinkSync(path.join(dir, 'desk', '001_a.txt'), path.join(dir, 'desk', '002_link.txt'));
      fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'desk', '003_dangling.txt'));
    } catch {
      this.skip(); // no symlinks on this system
    }
    const r = collectArticles(['desk'], { cwd: dir });
    assert.deepEqual(r.files.map((f) => f.path), ['desk/001_a.txt']);
  });

  it('drops a UTF-8 BOM and keeps CRLF as is', () => {
    const d = decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb😀', 'utf8')]));
    assert.deepEqual(d, { ok: true, text: 'a\r\nb😀' });
  });

  it('shows paths relative to the working folder with forward slashes', () => {
    assert.equal(displayPath(dir, path.join(dir, 'a', 'b.txt')), 'a/b.txt');
    assert.equal(displayPath(path.join(dir, 'a'), path.join(dir, 'c.txt')), '../c.txt');
  });
});

describe('cli: arguments', () => {
  const run = (argv: string[]) => {
    const p = parseArgs(argv);
    assert.equal(p.kind, 'run', JSON.stringify(p));
    return p.kind === 'run' ? p.args : undefined;
  };
  const error = (argv: string[]) => {
    const p = parseArgs(argv);
    assert.equal(p.kind, 'error', JSON.stringify(p));
    return p.kind === 'error' ? p.message : '';
  };

  it('reads options in both spellings with defaults per command', () => {
    assert.deepEqual(run(['check', 'a', '--format=json', '--fail-on', 'error', '--tolerance', '0.05', '--max-file-size=10', 'b']), {
      command: 'check', format: 'json', failOn: 'error', tolerance: 0.05, maxFileSize: 10, paths: ['a', 'b'],
    });
    assert.equal(run(['check', 'x'])?.failOn, 'warning');
    assert.equal(run(['report', 'x'])?.failOn, 'none');
    assert.deepEqual(run(['check', '--', '--odd-name.txt'])?.paths, ['--odd-name.txt']);
  });

  it('refuses what it does not understand', () => {
    assert.match(error(['check', '--colour', 'x']), /unknown option --colour/);
    assert.match(error(['check', '--format', 'xml', 'x']), /unknown format 'xml'/);
    assert.match(error(['check', '--fail-on', 'loud', 'x']), /unknown level/);
    assert.match(error(['check', '--tolerance', 'five', 'x']), /--tolerance/);
    assert.match(error(['check', '--tolerance', '', 'x']), /--tolerance/);
    assert.match(error(['check', '--max-file-size', '-1', 'x']), /--max-file-size/);
    assert.match(error(['check', 'x', '--format']), /needs a value/);
    assert.match(error(['check']), /no PATH/);
    assert.match(error(['lint', 'x']), /unknown command/);
    assert.match(error(['report', '--format', 'json', 'x']), /check only/);
    assert.match(error([]), /no command/);
  });

  it('answers --help and --version before anything else', () => {
    assert.equal(parseArgs(['check', '--bogus', '--help']).kind, 'help');
    assert.equal(parseArgs(['--version']).kind, 'version');
  });
});
