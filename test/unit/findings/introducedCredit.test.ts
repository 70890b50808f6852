// An attribution conflict is marked with the name that credits the quotation. In a release the name
// often stands on a line of its own ("Chief Engineer Ana Ruiz said:") with the quotation opening the
// next paragraph: the line credits that quotation alone, so the mark takes in both. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';

const release = [
  'MARLOW WATER BOARD', '', 'PRESS RELEASE: RESERVOIR LEVELS, MAY 2027', '',
  'Chief Engineer Helen Stranberg said:', '',
  '"Rain in April did most of the work; the new pipeline did the rest. We expect no hosepipe ban this summer."', '',
].join('\n');
const wire = 'MARLOW, May 4 (Valley Wire) - Reservoirs are at 91% of capacity. "Rain in April did most of the work; the new pipeline did the rest," said Bertil Amundsen, an analyst at Fjordline Bank.\n';

describe('findings: an attribution conflict marks the line that introduces the quotation', () => {
  it('takes in "<name> said:" on the line before the quotation', () => {
    const analyses = [analyzeArticle({ path: '001_release.txt', text: release }), analyzeArticle({ path: '002_wire.txt', text: wire })];
    const doc = reviewArticles(analyses).documents.find((d) => d.path === '001_release.txt');
    const found = (doc?.findings ?? []).filter((f) => f.kind === 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(doc?.findings));
    const marked = release.slice(found[0].span.start, found[0].span.end);
    assert.match(marked, /^Helen Stranberg said:\s+"Rain in April did most of the work; the new pipeline did the rest\./);
  });
});
