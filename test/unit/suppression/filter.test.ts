import * as assert from 'node:assert/strict';
import type { DocumentReview, Finding, FindingKind, Review } from '../../../server/src/analysis/types';
import { applySuppression, describeReason, type ArticleRules } from '../../../server/src/suppression/filter';

const TEXT = [
  '# Pier reopens',
  '',
  '<!-- source-review-ignore-next-line figure-conflict -->',
  'The pier cost £4.2 million and 4,100 people came.',
  '',
  'It opened at 10 a.m. on Saturday, and 300 boats sailed [source needed].',
  '',
  '"We will rebuild the lighthouse next," said Rhona Vey.',
].join('\n');

function finding(kind: FindingKind, words: string, id = `${kind}:draft_pier:${words.length}`): Finding {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  return { id, kind, severity: kind === 'unsourced-claim' ? 'info' : 'warning', message: `${kind}`, path: '/news/draft_pier.md', span: { start, end: start + words.length }, text: words, against: [] };
}

function review(findings: Finding[]): Review {
  const doc: DocumentReview = { path: '/news/draft_pier.md', label: 'draft_pier', role: 'draft', findings, claims: [] };
  return { documents: [doc], speakers: [] };
}

const run = (findings: Finding[], rules: ArticleRules = {}) => applySuppression(review(findings), { textOf: () => TEXT, rulesFor: () => rules });

describe('suppression: filtering a review', () => {
  it('a comment hides only the kinds it names on the line after it', () => {
    const r = run([finding('figure-conflict', '£4.2 million'), finding('unsourced-claim', '4,100 people'), finding('time-conflict', '10 a.m.')]);
    assert.deepEqual(r.review.documents[0].findings.map((f) => f.kind), ['unsourced-claim', 'time-conflict']);
    assert.equal(r.suppressed.length, 1);
    assert.equal(describeReason(r.suppressed[0].reason), 'ignore comment on line 3');
  });

  it('a [source needed] marker hides the unsourced claim it follows, not other kinds', () => {
    const r = run([finding('unsourced-claim', '300 boats'), finding('figure-conflict', '300 boats', 'other')]);
    assert.deepEqual(r.review.documents[0].findings.map((f) => f.kind), ['figure-conflict']);
    assert.equal(describeReason(r.suppressed[0].reason), 'marked [source needed]');
  });

  it('the file hides a finding by id (and path when given) and a claim by its words in any article', () => {
    const quote = finding('quote-mismatch', '"We will rebuild the lighthouse next,"');
    const time = finding('time-conflict', '10 a.m.');
    const rules: ArticleRules = {
      relativePath: 'draft_pier.md', configName: '.source-review.json',
      config: {
        severity: {},
        ignoreFindings: [{ id: time.id, path: 'draft_pier.md' }, { id: quote.id, path: 'elsewhere.md' }],
        ignoreClaims: [{ kind: 'quote-mismatch', text: '“we will REBUILD the lighthouse next,”' }],
      },
    };
    const r = run([time, quote], rules);
    assert.deepEqual(r.review.documents[0].findings, []);
    assert.deepEqual(r.suppressed.map((s) => describeReason(s.reason)), ['ignored finding in .source-review.json', 'ignored claim in .source-review.json']);
    // The claim entry is for quote-mismatch only.
    const other = run([finding('attribution-conflict', '"We will rebuild the lighthouse next,"')], rules);
    assert.equal(other.review.documents[0].findings.length, 1);
  });

  it('levels: settings win over the file; off hides and says where; others change the severity', () => {
    const rules: ArticleRules = {
      config: { severity: { 'time-conflict': 'off', 'unsourced-claim': 'error' }, ignoreFindings: [], ignoreClaims: [] },
      configName: '.source-review.json',
      levels: { 'time-conflict': 'hint' }, levelsName: 'sourceReview.severity',
    };
    const r = run([finding('time-conflict', '10 a.m.'), finding('unsourced-claim', '4,100 people')], rules);
    assert.deepEqual(r.review.documents[0].findings.map((f) => [f.kind, f.severity]), [['time-conflict', 'hint'], ['unsourced-claim', 'error']]);
    const off = run([finding('time-conflict', '10 a.m.')], { levels: { 'time-conflict': 'off' }, levelsName: 'sourceReview.severity' });
    assert.equal(off.review.documents[0].findings.length, 0);
    assert.equal(describeReason(off.suppressed[0].reason), 'time-conflict is off in sourceReview.severity');
  });

  it('leaves the input review untouched', () => {
    const f = finding('time-conflict', '10 a.m.');
    const input = review([f]);
    applySuppression(input, { textOf: () => TEXT, rulesFor: () => ({ levels: { 'time-conflict': 'error' } }) });
    assert.equal(input.documents[0].findings[0].severity, 'warning');
    assert.equal(input.documents[0].findings.length, 1);
  });
});
