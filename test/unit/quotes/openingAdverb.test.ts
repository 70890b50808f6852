// "Outside, Tom Rask stopped for the cameras and said: “…”": an adverb of place or time opening the
// sentence before a comma is no subject; the person after it is, and speaks.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_story.txt', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: an adverb opening the sentence before the subject', () => {
  it('credits the person after "Outside," and "Afterwards,"', () => {
    assert.deepEqual(speakers('The hearing ended at noon. Outside, Tom Rask stopped for the cameras and said: "We will appeal this."'), ['tom rask']);
    assert.deepEqual(speakers('The hearing ended at noon. Afterwards, Tom Rask waved to supporters and added: "We will appeal this."'), ['tom rask']);
  });
  it('reads no subject from an adverb without its comma', () => {
    assert.deepEqual(speakers('The hearing ended at noon. Outside the court Tom Rask was silent, and a clerk said: "We will appeal this."'), [null]);
  });
});
