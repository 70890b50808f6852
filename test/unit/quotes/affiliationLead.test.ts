// "Jo Marsh of Halden Research: “…”": a live blog names the speaker and their organisation before a
// colon; the quotation is the person's, not the organisation's.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: a person and their organisation before a colon', () => {
  it('credits the person named before "of" and the name of their organisation', () => {
    assert.deepEqual(speakers('**14:05** – Economists react. Amara Quist of Tollund Partners: “The cut came a month too early.”'), ['amara quist']);
    assert.deepEqual(speakers('Economists react. Amara Quist of the Tollund Institute: “The cut came a month too early.”'), ['amara quist']);
  });

  it('leaves a sentence with a verb before the name, or no person, alone', () => {
    assert.deepEqual(speakers('Economists quoted Amara Quist of Tollund Partners: “The cut came a month too early.”'), [null]);
    assert.deepEqual(speakers('Word from the floor of Tollund Partners: “The cut came a month too early.”'), [null]);
  });
});
