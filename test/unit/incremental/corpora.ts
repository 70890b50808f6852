// The project's own gold sets (samples/ and test/fixtures/corpora/*) read from disk, for tests that
// edit their articles and check them against their corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every set with at least three articles, each article with its path and text, in name order. */
export function corpora(): { name: string; files: { path: string; text: string }[] }[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.map((dir) => ({
    name: dir,
    files: fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
      .map((f) => ({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })),
  })).filter((c) => c.files.length >= 3);
}
