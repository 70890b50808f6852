import * as assert from 'node:assert/strict';
import type { ClaimView, Finding } from '../../../server/src/analysis/types';
import { lensTitle, type ParagraphSummary } from '../../../server/src/codeLens';
import type { SuppressedFinding } from '../../../server/src/suppression';

const finding = (kind: Finding['kind'], labels: string[]): Finding => ({
  id: `${kind}:d:${labels.join()}`, kind, severity: 'warning', message: kind, path: 'd.md', span: { start: 0, end: 1 }, text: 'x',
  against: labels.map((label) => ({ label, path: `${label}.txt`, span: { start: 0, end: 1 }, text: 'y' })),
});

const claim = (relations: Record<string, 'agrees' | 'conflicts' | 'not-mentioned'>): ClaimView => ({
  kind: 'figure', span: { start: 0, end: 1 }, text: 'x', value: 'x',
  comparisons: Object.entries(relations).map(([label, relation]) => ({ label, path: `${label}.txt`, relation })),
});

const paragraph = (findings: Finding[], claims: ClaimView[], suppressed = 0): ParagraphSummary => ({
  index: 0, span: { start: 0, end: 10 }, findings, claims,
  suppressed: Array.from({ length: suppressed }, (): SuppressedFinding => ({ finding: finding('time-conflict', []), label: 'd', role: 'draft', reason: { by: 'marker' } })),
});

describe('CodeLens titles', () => {
  it('"2 conflicts · 3 sources agree": sources that agree with a claim and are not cited against the paragraph', () => {
    const p = paragraph(
      [finding('figure-conflict', ['001']), finding('time-conflict', ['001', '005'])],
      [claim({ '001': 'conflicts', '002': 'agrees', '003': 'agrees' }), claim({ '004': 'agrees', '005': 'agrees', '006': 'not-mentioned' })],
    );
    assert.equal(lensTitle(p), '2 conflicts · 3 sources agree');
  });

  it('singulars, unsourced claims and hidden findings', () => {
    assert.equal(lensTitle(paragraph([finding('quote-mismatch', ['002'])], [claim({ '003': 'agrees' })])), '1 conflict · 1 source agrees');
    assert.equal(lensTitle(paragraph([finding('unsourced-claim', []), finding('unsourced-claim', [])], [], 1)), '2 unsourced claims · 1 ignored');
  });
});
