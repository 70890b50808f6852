// "Five of the dead were in the capital, six in the north": a count told as a part of a group the
// sentence names by its noun alone is a part, not the group's count nor a count of another group
// (the missing, the injured) told at the moment the sentence before named. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'ESSEX FLOODS - Speaking at noon, the county emergency officer said the toll stood at nine dead and two missing. "These numbers will rise," he said.\n';

describe('findings: a part of a group named by its noun alone', () => {
  it('holds "Four of the dead were in Harlow" to no count of the missing or of all the dead', () => {
    const draft = 'The county counted 12 dead and five missing by 6 p.m., up from nine dead at its noon count. Four of the dead were in Harlow, five in Epping and three in Ware.\n';
    const found = findingsIn({ 'draft_floods.md': draft, '001_radio.txt': source }, 'draft_floods.md', 'figure-conflict');
    assert.deepEqual(found.filter((f) => draft.slice(f.span.start, f.span.end).startsWith('Four')), []);
  });

  it('still holds two parts of one named group told with other numbers', () => {
    const draft = 'Four of the dead were in Harlow, the county said on Tuesday.\n';
    const other = 'Seven of the dead were in Harlow, the county said on Tuesday.\n';
    const found = findingsIn({ 'draft_floods.md': draft, '001_wire.txt': other, '002_blog.txt': other }, 'draft_floods.md', 'figure-conflict');
    assert.equal(found.length, 1);
  });
});
