import * as assert from 'node:assert/strict';
import { insidePath, normalClaim, parseReviewConfig } from '../../../server/src/suppression/config';

describe('suppression: .source-review.json', () => {
  it('reads severity, ignored findings and ignored claims; comments and trailing commas are fine', () => {
    const warnings: string[] = [];
    const c = parseReviewConfig(`{
      // the desk's choices
      "severity": { "unsourced-claim": "off", "time-conflict": "info", "quote-mismatch": "default" },
      "ignoreFindings": [ { "id": "figure-conflict:draft_pier:1a2b3c4d", "path": "desk/./draft_pier.md", "text": "4,100 homes" }, ],
      /* every article */
      "ignoreClaims": [ { "kind": "quote-mismatch", "text": "we will rebuild" }, { "text": "Forty boats" } ],
    }`, '.source-review.json', (w) => warnings.push(w));
    assert.deepEqual(warnings, []);
    assert.deepEqual(c.severity, { 'unsourced-claim': 'off', 'time-conflict': 'information' });
    assert.deepEqual(c.ignoreFindings, [{ id: 'figure-conflict:draft_pier:1a2b3c4d', path: 'desk/draft_pier.md', text: '4,100 homes' }]);
    assert.deepEqual(c.ignoreClaims, [{ kind: 'quote-mismatch', text: 'we will rebuild' }, { text: 'Forty boats' }]);
  });

  it('paths that leave the folder are refused, entry by entry, with a warning', () => {
    for (const bad of ['../draft.md', '/etc/passwd', 'C:\\\\news\\\\draft.md', 'a/../../draft.md', '~/draft.md', '', 'x\u0000y']) {
      assert.equal(insidePath(bad), null, JSON.stringify(bad));
    }
    assert.equal(insidePath('desk\\draft.md'), 'desk/draft.md');
    assert.equal(insidePath('desk/old/../draft.md'), 'desk/draft.md');
    const warnings: string[] = [];
    const c = parseReviewConfig(JSON.stringify({ ignoreFindings: [{ id: 'a', path: '../outside.md' }, { id: 'b', path: 'inside.md' }] }), 'f', (w) => warnings.push(w));
    assert.deepEqual(c.ignoreFindings, [{ id: 'b', path: 'inside.md' }]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /outside\.md.*not a relative path inside the folder/);
  });

  it('bad entries and unknown keys are left out with one warning each; the rest applies', () => {
    const warnings: string[] = [];
    const c = parseReviewConfig(JSON.stringify({
      severity: { 'figure-conflict': 'loud', 'weather-conflict': 'off', 'time-conflict': 'error' },
      ignoreFindings: [{ path: 'x.md' }, 'nope', { id: 'ok' }],
      ignoreClaims: [{ kind: 'rumour', text: 'x' }, { text: '  ' }],
      colour: 'blue',
    }), 'f', (w) => warnings.push(w));
    assert.deepEqual(c.severity, { 'time-conflict': 'error' });
    assert.deepEqual(c.ignoreFindings, [{ id: 'ok' }]);
    assert.deepEqual(c.ignoreClaims, []);
    assert.equal(warnings.length, 7, warnings.join('\n'));
  });

  it('malformed JSON applies nothing and says where it broke', () => {
    const warnings: string[] = [];
    const c = parseReviewConfig('{\n  "severity": {\n    "time-conflict": "off"\n  ', 'f', (w) => warnings.push(w));
    assert.deepEqual(c, { severity: {}, ignoreFindings: [], ignoreClaims: [] });
    assert.match(warnings[0], /line \d/);
    assert.deepEqual(parseReviewConfig('', 'f', () => assert.fail('no warning for an empty file')), { severity: {}, ignoreFindings: [], ignoreClaims: [] });
  });

  it('claims compare without case, quotation marks or extra spaces', () => {
    assert.equal(normalClaim('“We will  Rebuild”'), normalClaim('"we will\nrebuild"'));
    assert.notEqual(normalClaim('4,100 homes'), normalClaim('4,200 homes'));
  });
});
