// A transcript's answer runs over many sentences with no quotation marks to split it. When another
// article credits one of those sentences to someone else, the finding marks that sentence, not the
// whole answer (the rest of it is not disputed).
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';

const briefing = [
  'TRANSCRIPT: Harbour authority briefing, Port Vell, Friday.', '', 'Speakers: Captain Marta Oliveras, port captain; David Kerr, harbour master.',
  '',
  'MARTA OLIVERAS: Good afternoon. The tanker was refloated at high tide and towed to berth nine. Nobody was hurt on board. This was the calmest salvage I have seen in twenty years.',
  '',
  'QUESTION: When will the channel reopen?',
  '',
  'DAVID KERR: Tomorrow at six in the morning, once divers have checked the hull.',
  '',
].join('\n');

const wire = 'The tanker was refloated on Friday. "This was the calmest salvage I have seen in twenty years," said David Kerr, the harbour master.\n';

describe('findings: a disputed sentence of a transcript answer', () => {
  it('marks only the sentence another article credits to someone else', () => {
    const analyses = [analyzeArticle({ path: '001_briefing.txt', text: briefing }), analyzeArticle({ path: '002_wire.txt', text: wire })];
    const doc = reviewArticles(analyses).documents.find((d) => d.path === '001_briefing.txt');
    const found = (doc?.findings ?? []).filter((f) => f.kind === 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(doc?.findings));
    const marked = briefing.slice(found[0].span.start, found[0].span.end);
    assert.equal(marked, 'This was the calmest salvage I have seen in twenty years.');
    // The label in capitals is named as the person it stands for.
    assert.match(found[0].message, /attributed to Marta Oliveras here/);
  });

  it("shows the other article's one sentence as the evidence, and a marked quotation whole", () => {
    const analyses = [analyzeArticle({ path: '001_briefing.txt', text: briefing }), analyzeArticle({ path: '002_wire.txt', text: wire })];
    const docs = reviewArticles(analyses).documents;
    const wireFinding = docs.find((d) => d.path === '002_wire.txt')?.findings.find((f) => f.kind === 'attribution-conflict');
    assert.equal(wireFinding?.against[0].text, 'This was the calmest salvage I have seen in twenty years.');
    // The quotation whole, with the name that credits it beside it (findings/quotes.ts withSpeaker).
    assert.equal(wireFinding?.text, '"This was the calmest salvage I have seen in twenty years," said David Kerr');
  });
});
