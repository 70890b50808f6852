// "“…,” she said. She urged drivers, “whether they drive a van or a lorry, to plan their routes
// tomorrow.”": the pieces of a quotation told apart may come from two places of the source's
// speech, so a changed word in one piece is a misquote though the whole is far longer than what it
// matches. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const transcript = 'TRANSCRIPT: Briefing on the Selwick bridge, Tuesday 3 March 2026\n\nSpeakers: Ana Ruiz, county highways director.\n\n' +
  'RUIZ: Good morning. The inspection found cracks in two of the main girders, and we will keep the bridge shut while the repairs are made. ' +
  'We have set up diversions through Hallow and Penmere, and the buses will follow them from tomorrow.\n\n' +
  'RUIZ: One more thing. I would urge every driver, whether they drive a van or a lorry, to plan their routes today. Please check the council website before you set off.';

const story = (words: string) => 'Tuesday 3 March 2026\n\nSelwick bridge shut for repairs\n\nCounty highways director Ana Ruiz told a briefing that cracks had been found in the girders.\n\n' +
  `“We will keep the bridge shut while the repairs are made,” she said. She urged drivers, “whether they drive a van or a lorry, to plan their routes ${words}.”`;

describe('quote findings: a quotation told in pieces', () => {
  it('flags a changed last word in the second piece against the turn it comes from', () => {
    const found = findingsIn({ '001_transcript.txt': transcript, 'draft.md': story('tomorrow') }, 'draft.md', 'quote-mismatch');
    assert.equal(found.length, 1);
    assert.match(found[0].text, /tomorrow/);
  });

  it('leaves the pieces alone when each is quoted right', () => {
    assert.deepEqual(findingsIn({ '001_transcript.txt': transcript, 'draft.md': story('today') }, 'draft.md', 'quote-mismatch'), []);
  });
});
