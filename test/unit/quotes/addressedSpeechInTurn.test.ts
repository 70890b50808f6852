// A host's sentence telling a guest what the guest said ("You said the ferry will not sail until the
// wind drops.") reports the guest's words, not the host's own: another source quoting the guest is no
// attribution conflict with the host. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const transcript = [
  'HARBOUR FM - "FIRST LIGHT"', 'Transcript, Thursday 5 March 2026. Host: Noor Castellane. Guest: Pieter Vandamme, port captain.', '',
  'CASTELLANE: Good morning. The storm has closed the port. Captain, you spoke to the crews last night. You said no ferry will leave this harbour until the wind has dropped below forty knots.', '',
  'VANDAMME: I did. The crews agree with me. We check the wind again at ten.', '',
  'CASTELLANE: Thank you, Captain Vandamme.',
].join('\n');

describe('transcripts: a host telling a guest what the guest said', () => {
  it('does not credit "You said …" to the host, and keeps the host\'s other sentences', () => {
    const quotes = analyzeArticle({ path: '003_radio.txt', text: transcript }).quotes;
    const host = quotes.filter((q) => q.speaker?.key === 'noor castellane').map((q) => q.text);
    assert.ok(host.every((t) => !t.includes('no ferry will leave')), JSON.stringify(host));
    assert.ok(host.some((t) => t.includes('The storm has closed the port')), JSON.stringify(host));
  });

  it('leaves a wire quoting the guest without an attribution conflict', () => {
    const wire = 'OSTEND, March 5 - "No ferry will leave this harbour until the wind has dropped below forty knots," port captain Pieter Vandamme told crews on Wednesday night.';
    assert.deepEqual(findingsIn({ '003_radio.txt': transcript, '000_wire.txt': wire }, '000_wire.txt', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn({ '003_radio.txt': transcript, '000_wire.txt': wire }, '003_radio.txt', 'attribution-conflict'), []);
  });
});
