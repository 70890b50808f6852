// "Nora Vance, a teacher visiting from Dundee … [para] Callum Vance, the harbour master, praised the crew
// … [para] Vance also warned …": once two people of one surname are met, the surname alone names the
// one told in full last, in its paragraph or the one before, the other not mentioned since and never
// told by the surname alone, the surname ending both names and no third person's. Where the writer has
// used the surname alone for the other person, it stays no one's (sharedSurnameInOrder.test.ts), as it
// does for a surname many share or a name read only in part. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const draft = 'Nora Vance, a teacher visiting from Dundee, said the pier had been closed all day.\n\n' +
  'Callum Vance, the harbour master, praised the crew who reached the dinghy. "They did everything right," he said.\n\n' +
  'Vance also warned against leaning on the new buoys. "Buoys help, but they are no substitute for a lifejacket," he said.';

describe('people: a shared surname right after one of its holders is told in full', () => {
  const a = analyzeArticle({ path: 'draft.md', text: draft });

  it('gives the surname to the one told in full in the paragraph before', () => {
    const callum = a.people.find((p) => p.key === 'callum vance');
    assert.equal(callum?.mentions.length, 2);
    assert.equal(a.people.find((p) => p.key === 'nora vance')?.mentions.length, 1);
  });

  it('so holds the draft\'s credit of another person\'s words to him', () => {
    const wire = 'OBAN, June 3 (Scot Wire) - "Buoys help, but they are no substitute for a lifejacket," said Coastguard officer Iona Reid.';
    assert.equal(findingsIn({ '000_wire.txt': wire, 'draft.md': draft }, 'draft.md', 'attribution-conflict').length, 1);
  });

  it('not for a surname three people share, nor after a capitalised word (a name read in part)', () => {
    const three = draft.replace('Callum Vance, the harbour master,', 'Callum Vance, the harbour master, and Isla Vance, his deputy,');
    assert.equal(analyzeArticle({ path: 'draft.md', text: three }).people.find((p) => p.key === 'callum vance')?.mentions.length, 1);
    const part = draft.replace('Vance also warned', 'Harbour officer Rory Dunmore Vance also warned');
    assert.equal(analyzeArticle({ path: 'draft.md', text: part }).people.find((p) => p.key === 'callum vance')?.mentions.length, 1);
  });

  it('not two paragraphs on', () => {
    const later = draft.replace('\n\nVance also warned', '\n\nThe dinghy was towed to the slipway.\n\nVance also warned');
    const b = analyzeArticle({ path: 'draft.md', text: later });
    assert.equal(b.people.find((p) => p.key === 'callum vance')?.mentions.length, 1);
  });
});
