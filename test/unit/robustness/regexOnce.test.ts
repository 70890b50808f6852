// Patterns made once. The bundler (esbuild, as `npm run build` and tsx run it, target node20) turns a
// regex literal with a Unicode property escape (`\p{L}`) into `new RegExp("…", "u")`; inside a
// function that parses the pattern again at every call, on the hottest paths of the engine (a
// word test runs for every token of every source). So such patterns live at module level.
import { strict as assert } from 'node:assert';
import { transformSync } from 'esbuild';
import { scanEngineRegexes, type FoundRegex } from './regexScan';

/** Whether the bundler rewrites this literal into a RegExp construction. */
const rebuiltByBundler = (literal: string) => /new RegExp\(/.test(transformSync(`x = ${literal};`, { target: 'node20', loader: 'ts' }).code);

describe('robustness: regexes the bundler rebuilds are made once', () => {
  let found: FoundRegex[] = [];
  before(() => { found = scanEngineRegexes(); });

  it('the check sees the rewrite and where a literal is evaluated', () => {
    assert.ok(rebuiltByBundler('/\\p{Lu}/u'), 'a property escape is no longer rewritten: this test has nothing left to guard');
    assert.ok(!rebuiltByBundler('/[A-Z]/'));
    assert.ok(found.some((f) => f.kind === 'literal' && f.inFunction), 'no literal found inside a function');
    assert.ok(found.some((f) => f.kind === 'literal' && !f.inFunction), 'no literal found at module level');
  });

  it('no function of the engine holds a literal the bundler turns into a RegExp construction', () => {
    const perCall = found.filter((f) => f.kind === 'literal' && f.inFunction && rebuiltByBundler(f.text));
    assert.deepEqual(perCall.map((f) => `${f.where} in ${f.inFunction}: ${f.text}`), []);
  });

  it('no function of the engine constructs a RegExp from a fixed pattern', () => {
    const fixed = found.filter((f) => f.kind === 'constructor' && f.inFunction && /^new RegExp\(\s*(['"`])[^`$]*\1\s*(,\s*(['"])[a-z]*\3\s*)?\)$/.test(f.text));
    assert.deepEqual(fixed.map((f) => `${f.where} in ${f.inFunction}: ${f.text}`), []);
  });
});
