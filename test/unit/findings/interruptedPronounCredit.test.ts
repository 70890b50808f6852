// "“…,” he said. “…”" as a paragraph of its own goes on with the person the paragraph before named
// last, also when the quotation runs on past "he said" (an interrupted quotation): a credit as sure as
// a name, held against a source that credits the words to someone else. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('attribution findings: an interrupted quotation credited by "he said" in its own paragraph', () => {
  const paper = '# Ferry returns\n\nThe ferry to Inchcarra sailed again on Monday after a month in dry dock.\n\n' +
    'Councillor Owen Tait, who chairs the transport committee, was on the first crossing.\n\n' +
    '“The island has waited far too long for this boat,” he said. “Every family here felt the wait.”\n';
  const wire = 'INCHCARRA, May 4 (Islewire) - "The island has waited far too long for this boat," said Morag Bell, the ferry operator\'s manager.\n';

  it('flags the paper against the source that names someone else', () => {
    const found = findingsIn({ '001_paper.md': paper, '002_wire.txt': wire }, '001_paper.md', 'attribution-conflict');
    assert.equal(found.length, 1);
  });

  it('flags the source against the paper as well', () => {
    const found = findingsIn({ '001_paper.md': paper, '002_wire.txt': wire }, '002_wire.txt', 'attribution-conflict');
    assert.equal(found.length, 1);
  });
});
