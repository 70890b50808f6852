// "Of the 340 staff on site, 255 were agency workers": the whole told first, in the phrase that opens
// the part's clause, is what the part is taken from; a source's count of that whole is not its rival.
// A wrong part is still held against the sources' part. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a part after its whole told first ("Of the N …, M …")', () => {
  const sources = {
    '001_wire.txt': 'DERWENT, March 4 (Wirepost) - A roof collapsed at a distribution warehouse near Derwent on Tuesday. At the time, 340 workers were inside the building: 85 employees of the retailer and 255 employees of staffing agencies. Nobody was seriously hurt, the county fire service said.',
    '002_local.txt': 'A warehouse roof gave way near Derwent on Tuesday morning. About 340 workers were inside the building when it fell, the fire service said. All of them got out.',
  };
  const draft = (n: string) => `A warehouse roof collapsed near Derwent on Tuesday. Of the 340 workers inside, ${n} were supplied by agencies rather than by the retailer.`;

  it('does not hold the part against the sources\' count of the whole', () => {
    const files = { ...sources, 'draft_roof.md': draft('255') };
    const conflicts = findingsIn(files, 'draft_roof.md', 'figure-conflict');
    assert.ok(!conflicts.some((c) => c.text.startsWith('255')), JSON.stringify(conflicts));
  });

  it('still holds a whole that is wrong', () => {
    const files = { ...sources, 'draft_roof.md': draft('255').replace('Of the 340', 'Of the 430') };
    const conflicts = findingsIn(files, 'draft_roof.md', 'figure-conflict');
    assert.ok(conflicts.some((c) => c.text.startsWith('430')), JSON.stringify(conflicts));
  });
});
