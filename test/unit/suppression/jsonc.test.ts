import * as assert from 'node:assert/strict';
import { appendToArray, inline, JsoncError, parseJsonc } from '../../../server/src/suppression/jsonc';

describe('suppression: JSON with comments', () => {
  it('parses comments, trailing commas and escapes, with offsets', () => {
    const text = '{ /* a */ "a": [1, 2,], // b\n "b": "x\\"y\\u00e9", "__proto__": true }';
    const root = parseJsonc(text);
    const value = root.value as Record<string, unknown>;
    assert.deepEqual(value.a, [1, 2]);
    assert.equal(value.b, 'x"yé');
    // "__proto__" is an ordinary key: no prototype is set or polluted.
    assert.deepEqual(Object.keys(value), ['a', 'b', '__proto__']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    const a = root.members![0];
    assert.equal(text.slice(a.node.start, a.node.end), '[1, 2,]');
  });

  it('fails with a line number on broken input, and on deep nesting', () => {
    assert.throws(() => parseJsonc('{\n"a": [1,\n2'), (e: unknown) => e instanceof JsoncError && /line 3/.test(e.message));
    assert.throws(() => parseJsonc('['.repeat(5000)), JsoncError);
    assert.throws(() => parseJsonc('{"a": 1} x'), JsoncError);
  });

  it('appends to a list, keeping comments and layout, creating the key or the file when missing', () => {
    const item = { id: 'figure-conflict:draft_pier:1', path: 'draft_pier.md' };
    assert.equal(appendToArray('', 'ignoreFindings', item), `{\n  "ignoreFindings": [\n    ${inline(item)}\n  ]\n}\n`);
    const withComment = '{\n  // keep me\n  "severity": { "time-conflict": "off" }\n}\n';
    const added = appendToArray(withComment, 'ignoreFindings', item);
    assert.match(added, /\/\/ keep me/);
    assert.deepEqual((parseJsonc(added).value as Record<string, unknown>).ignoreFindings, [item]);
    const twice = appendToArray(added, 'ignoreFindings', { id: 'b' });
    assert.deepEqual((parseJsonc(twice).value as Record<string, unknown>).ignoreFindings, [item, { id: 'b' }]);
    assert.ok(twice.startsWith(added.slice(0, added.indexOf(inline(item)) + inline(item).length)), 'the earlier entry moved');
    const empty = appendToArray('{ "ignoreClaims": [] }', 'ignoreClaims', { text: 'x' });
    assert.deepEqual(parseJsonc(empty).value, { ignoreClaims: [{ text: 'x' }] });
    assert.deepEqual(parseJsonc(appendToArray('{}', 'ignoreClaims', { text: 'y' })).value, { ignoreClaims: [{ text: 'y' }] });
  });

  it('keeps \\r\\n line ends and refuses a non-list key or a non-object file', () => {
    const crlf = appendToArray('{\r\n  "ignoreClaims": [\r\n    { "text": "a" }\r\n  ]\r\n}\r\n', 'ignoreClaims', { text: 'b' });
    assert.ok(!/[^\r]\n/.test(crlf), JSON.stringify(crlf));
    assert.throws(() => appendToArray('{ "ignoreClaims": 3 }', 'ignoreClaims', { text: 'x' }), JsoncError);
    assert.throws(() => appendToArray('[1]', 'ignoreClaims', { text: 'x' }), JsoncError);
  });

  it('inline writes strings with quotes and colons intact', () => {
    const item = { text: 'He said ":x", then: "y"' };
    assert.deepEqual(JSON.parse(inline(item)), item);
  });
});
