// Paths written in .source-review.json (issue 4) cannot point outside the workspace folder: whatever
// the string, insidePath either refuses it or returns a relative path that stays inside the folder
// on this platform's path rules. Property-tested with path-shaped junk (.., separators of both
// kinds, drive letters, ~, NUL, URL and percent forms).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import { insidePath } from '../../../server/src/suppression/config';
import { relativeInside } from '../../../server/src/ignoreFile';

const FOLDER = path.resolve('/work/newsroom');

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('..', '.', '', 'a', 'desk', 'draft.md', '...', '.. ', ' ..', '~', 'C:', 'c:', '\\\\server', 'file:', '%2e%2e', '%2f', '\u0000', '\u2024\u2024', '．．', 'ᐧᐧ') },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9_.-]{1,8}$/) },
);
const sep = fc.constantFrom('/', '\\', '//', '/./', '\\..\\');
const pathish = fc.array(fc.tuple(piece, sep), { maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
const withLead = fc.tuple(fc.constantFrom('', '/', '\\', '~/', 'C:\\', 'file:///', ' '), pathish).map(([lead, rest]) => lead + rest);

describe('robustness: .source-review.json paths stay inside the folder', () => {
  it('refuses the obvious escapes', () => {
    for (const raw of ['../x.md', '/etc/passwd', 'C:\\x.md', '~/x.md', 'desk/../../x.md', '..\\..\\x.md', '\\\\server\\share\\x.md', 'a/\u0000/b', '', '.', './..']) {
      assert.equal(insidePath(raw), null, raw);
    }
    assert.equal(insidePath('desk/./draft.md'), 'desk/draft.md');
    assert.equal(insidePath('desk\\draft.md'), 'desk/draft.md');
  });

  it('any string: refused, or a relative path that resolves inside the folder (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(withLead, fc.string({ maxLength: 40 })), (raw) => {
      const out = insidePath(raw);
      if (out === null) return;
      assert.ok(!out.includes('\0'), `NUL kept in ${JSON.stringify(out)}`);
      assert.ok(!path.isAbsolute(out) && !path.win32.isAbsolute(out), `absolute: ${JSON.stringify(out)} from ${JSON.stringify(raw)}`);
      assert.ok(!out.split('/').includes('..'), `".." kept: ${JSON.stringify(out)} from ${JSON.stringify(raw)}`);
      const resolved = path.resolve(FOLDER, out);
      assert.ok(resolved.startsWith(FOLDER + path.sep), `${JSON.stringify(raw)} → ${resolved} is outside ${FOLDER}`);
    }), { numRuns: 2000 });
  });

  it('relativeInside: a file path is inside exactly when it resolves under the folder', () => {
    fc.assert(fc.property(withLead, (raw) => {
      const file = path.resolve(FOLDER, raw.replace(/\0/g, ''));
      const rel = relativeInside(FOLDER, file);
      if (rel === undefined) return;
      assert.ok(path.resolve(FOLDER, rel).startsWith(FOLDER + path.sep), `${file} → ${rel}`);
    }), { numRuns: 1000 });
  });
});
