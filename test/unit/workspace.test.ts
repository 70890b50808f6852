// The review set's stamp: the server keeps the inputs it makes from the files on disk while the
// stamp stays, so every change to the files or folders must move it (and reading nothing new may too).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeFolder, pathOfUri, ReviewSet, uriOfPath } from '../../server/src/workspace';

describe('review set stamp', () => {
  it('moves with every change to the files on disk and to the folders', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-stamp-'));
    try {
      fs.writeFileSync(path.join(dir, '001_a.txt'), 'About 12 people left.');
      const set = new ReviewSet(() => undefined);
      let stamp = set.stamp;
      const moved = (what: string) => {
        assert.notEqual(set.stamp, stamp, what);
        stamp = set.stamp;
      };
      set.setFolders([makeFolder(uriOfPath(dir))]);
      moved('folders set');
      await set.scanAll();
      moved('scanned');
      assert.equal(set.diskArticles().length, 1);
      const b = path.join(dir, '002_b.txt');
      fs.writeFileSync(b, 'About 14 people left.');
      assert.ok(await set.readFile(b));
      moved('a file read');
      assert.equal(set.diskArticles().length, 2);
      fs.writeFileSync(b, 'About 15 people left.');
      await set.readFile(b);
      moved('a file read again');
      fs.mkdirSync(path.join(dir, 'more'));
      fs.writeFileSync(path.join(dir, 'more', '003_c.txt'), 'About 16 people left.');
      assert.ok(await set.scanFolderAt(path.join(dir, 'more')));
      moved('a new folder read');
      assert.ok(set.remove(b));
      moved('a file removed');
      assert.equal(set.diskArticles().length, 2);
      assert.equal(set.stamp, stamp, 'asking changes nothing');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same path for a uri asked again, and for another uri its own', () => {
    const a = uriOfPath('/desk/draft one.md');
    const b = uriOfPath('/desk/002_b.txt');
    assert.equal(pathOfUri(a), '/desk/draft one.md');
    assert.equal(pathOfUri(a), '/desk/draft one.md');
    assert.equal(pathOfUri(b), '/desk/002_b.txt');
    assert.equal(pathOfUri('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(pathOfUri(a), '/desk/draft one.md');
  });
});
