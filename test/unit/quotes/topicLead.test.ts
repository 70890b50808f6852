// A live blog's highlights credit a quotation by name and topic before a colon: "Site engineer Rafe
// Okonjo of the Marlow–Denby consortium on the flooding: “…”". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakerOf(line: string): string | undefined {
  const text = '# LIVE: Denby bypass opens\n\n**13:20** – Highlights from the briefing:\n\n' + line + '\n';
  return analyzeArticle({ path: '001_live.md', text }).quotes[0]?.speaker?.key;
}

describe('quotes: a person and a topic before the colon', () => {
  it('credits the person named before an affiliation and the topic', () => {
    assert.equal(speakerOf('- Site engineer Rafe Okonjo of the Marlow–Denby consortium on the flooding: “The river found every weak joint we had.”'), 'rafe okonjo');
  });

  it('credits the person named right before the topic', () => {
    assert.equal(speakerOf('- Site engineer Rafe Okonjo on the flooding: “The river found every weak joint we had.”'), 'rafe okonjo');
  });

  it('credits the person when a relative clause set off by a comma describes them before the topic', () => {
    // Round 36 (quotes/namedLine): past the comma after the name, "who watched …" describes him; before, no one was credited.
    assert.equal(speakerOf('- Site engineer Rafe Okonjo, who watched the crews work on the flooding: “The river found every weak joint we had.”'), 'rafe okonjo');
  });
});
