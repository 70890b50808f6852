// A broadcaster who reads out another person's words marks them aloud: "As Helen Garrido of the port
// authority put it this morning, quote, no ship sails until the wind drops, unquote." The words between
// "quote" and "unquote" are a quotation of the person named before them, not the presenter's own: a
// wire that credits them to another person is an attribution conflict with that person, not with the
// presenter; one that credits them to Garrido is none.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const transcript = [
  'HARBOUR FM - "EVENING TIDE"', 'Transcript, Monday 9 March 2026.', '',
  'PRESENTER: Tomas Reyes', 'GUEST: Captain Lena Marsh, harbour master', '',
  'REYES: Good evening. The port of Calvert stayed shut all day. As Helen Garrido, the port director, put it this morning, quote, no ship sails until the wind drops below forty knots, unquote. Captain Marsh, when will it reopen?', '',
  'MARSH: Not before Wednesday. The swell at the entrance is still four metres.', '',
  'REYES: Thank you, Captain Marsh.',
].join('\n');

describe('transcripts: words read out between "quote" and "unquote"', () => {
  it('credits the read-out words to the person named before them, and keeps the presenter\'s own sentences', () => {
    const quotes = analyzeArticle({ path: '003_radio.txt', text: transcript }).quotes;
    const garrido = quotes.filter((q) => q.speaker?.key === 'helen garrido').map((q) => q.text);
    assert.deepEqual(garrido, ['no ship sails until the wind drops below forty knots']);
    const reyes = quotes.filter((q) => q.speaker?.key === 'tomas reyes').map((q) => q.text);
    assert.ok(reyes.every((t) => !t.includes('no ship sails')), JSON.stringify(reyes));
    assert.ok(reyes.some((t) => t.includes('Captain Marsh, when will it reopen?')), JSON.stringify(reyes));
  });

  it('holds a wire crediting the words to someone else, and names the person read out', () => {
    const wire = 'CALVERT, March 9 (Coast Wire) - "No ship sails until the wind drops below forty knots," said Paul Garrido, the authority\'s spokesman.';
    const found = findingsIn({ '000_wire.txt': wire, '003_radio.txt': transcript }, '000_wire.txt', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Helen Garrido/);
    const right = wire.replace('said Paul Garrido, the authority\'s spokesman', 'said Helen Garrido, the port director');
    assert.deepEqual(findingsIn({ '000_wire.txt': right, '003_radio.txt': transcript }, '000_wire.txt', 'attribution-conflict'), []);
  });
});
