// "€4 million for farmers and €8 million for roads and bridges" in a draft, where a source tells "€12
// million in flood relief, including €4 million for farmers": the €8 million is the whole less a part
// both tell, the rest of the package, not the package misreported. Told as the whole itself ("an €8
// million package, including €4 million for farmers"), it still disagrees. Invented text (round 53).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'LINZ, May 6 (Danube Wire) - Upper Austria\'s government approved €12 million in emergency flood relief on Tuesday, including €4 million for farmers whose fields were flooded, Governor Anna Reiter told a news conference.';
const blog = [
  'Live: floods in Upper Austria', 'Tuesday, May 5, 2026', '',
  '3:10 p.m.', 'Governor Anna Reiter has announced €12 million in emergency flood relief. Of that, €4 million goes to farmers whose fields were flooded.', '',
].join('\n');

const conflicts = (draft: string, sources: Record<string, string> = { '000_wire.txt': wire, '001_blog.txt': blog }): string[] =>
  findingsIn({ ...sources, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text);

describe('figure findings: the rest of a whole once a part both articles tell is taken out', () => {
  it('is not held against the whole', () => {
    const draft = 'At a news conference on Tuesday, Governor Anna Reiter announced €4 million in emergency relief for farmers whose fields were flooded and €8 million for roads and bridges.';
    assert.deepEqual(conflicts(draft), []);
  });

  it('nor against a whole whose part is told in the next sentence ("Of that, …")', () => {
    const draft = 'At a news conference on Tuesday, Governor Anna Reiter announced €4 million in emergency relief for farmers whose fields were flooded and €8 million for roads and bridges.';
    assert.deepEqual(conflicts(draft, { '001_blog.txt': blog }), []);
  });

  it('still is when told as the whole with that part in it', () => {
    const draft = 'At a news conference on Tuesday, Governor Anna Reiter announced €8 million in emergency flood relief, including €4 million for farmers whose fields were flooded.';
    assert.deepEqual(conflicts(draft), ['€8 million']);
  });
});
