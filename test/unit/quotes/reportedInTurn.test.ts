// A transcript turn that reports another person's words after a colon ("Dr. Ortiz from the agency said
// it plainly this morning: …") is not the speaker's own quotation: another source's partial quote of
// Ortiz is no attribution conflict with the guest, and the guest's own sentences around it stay theirs.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const transcript = [
  'RADIO TALLIN 95 FM - "THE NOON HOUR"', 'Transcript, Friday 3 April 2026. Host: Petra Lund. Guest: Arvid Holm, chief engineer, Kessel Dam Authority.', '',
  'LUND: Good afternoon. The dam at Kessel is leaking. Arvid Holm, is it safe?', '',
  'HOLM: The structure is sound, yes. Dr. Ortiz from the safety agency said it plainly this morning: the dam is holding, but families below it should keep a bag packed. We will inspect it again tonight.', '',
  'LUND: Thank you, Arvid Holm.',
].join('\n');

describe('transcripts: another person\'s words reported in a turn', () => {
  it('does not credit the reported words to the turn\'s speaker, and keeps the speaker\'s own sentences', () => {
    const quotes = analyzeArticle({ path: '003_radio.txt', text: transcript }).quotes;
    const holm = quotes.filter((q) => q.speaker?.key === 'arvid holm').map((q) => q.text);
    assert.ok(holm.every((t) => !t.includes('keep a bag packed')), JSON.stringify(holm));
    assert.ok(holm.some((t) => t.startsWith('The structure is sound')), JSON.stringify(holm));
    assert.ok(holm.some((t) => t.startsWith('We will inspect it again')), JSON.stringify(holm));
  });

  it('leaves a source quoting the reported person without an attribution conflict', () => {
    const blog = '**12:10** Dr. Elena Ortiz, head of the safety agency, says families "should keep a bag packed" but that the dam is holding.';
    assert.deepEqual(findingsIn({ '003_radio.txt': transcript, '001_blog.md': blog }, '001_blog.md', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn({ '003_radio.txt': transcript, '001_blog.md': blog }, '003_radio.txt', 'attribution-conflict'), []);
  });

  it('still credits the speaker\'s own report of what they said', () => {
    const own = transcript.replace('Dr. Ortiz from the safety agency said it plainly this morning:', 'I said it plainly this morning:');
    const holm = analyzeArticle({ path: '003_radio.txt', text: own }).quotes.filter((q) => q.speaker?.key === 'arvid holm').map((q) => q.text);
    assert.ok(holm.some((t) => t.includes('keep a bag packed')), JSON.stringify(holm));
  });
});
