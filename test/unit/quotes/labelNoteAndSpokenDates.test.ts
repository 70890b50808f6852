// A radio transcript plays a clip: "NAME (ROLE) [recording]:" is that person's turn, as "NAME (ROLE):"
// is. And a day told as a transcript says it ("on the ninth of March") quotes a paper's
// "on 9 March": no misquote; another day still is one.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '003_transcript.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

const radio = (said: string) => 'RADIO VESTFOLD – MORNING SHOW\nTranscript. Speakers identified by name.\n\n' +
  'ANNA BRUN (HOST): Good morning. The roads chief, Petter Holm, spoke yesterday.\n\n' +
  `PETTER HOLM (CHIEF ENGINEER, VESTFOLD ROADS) [recording]: The bridge was inspected ${said} and passed.\n\n` +
  'BRUN: That was the roads chief.\n';

describe('quotes: a clip\'s label note, and days said in words', () => {
  it('reads the speaker of a label with a note in square brackets', () => {
    assert.deepEqual(speakers(radio('on 9 March')), ['anna brun', 'petter holm', 'anna brun']);
  });

  const files = (said: string) => ({
    '001_paper.txt': 'Published March 12, 2027\n\n"The bridge was inspected on 9 March and passed," roads chief Petter Holm said on Tuesday.',
    '002_radio.txt': radio(said),
  });

  it('a day said in words quotes the day in digits', () => {
    assert.equal(findingsIn(files('on 19 March'), '002_radio.txt', 'quote-mismatch').length, 1);
    assert.deepEqual(findingsIn(files('on the ninth of March'), '002_radio.txt', 'quote-mismatch'), []);
  });

  it('another day is still a misquote', () => {
    assert.equal(findingsIn(files('on the nineteenth of March'), '002_radio.txt', 'quote-mismatch').length, 1);
  });
});
