// "Mara Quill, the harbour master, spoke to reporters. His words: “…”" / "In her words: “…”": the words
// after "his/her words:" are those of the person the possessive stands for, as a "she said" would credit
// them (round 45). A colon after other words ("The words: “…”") credits no one. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string) => analyzeArticle({ path: 'blog.txt', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: "his words:" before a quotation', () => {
  it('credits the person the possessive stands for', () => {
    assert.deepEqual(speakerOf('Mara Quill, the harbour master, spoke to reporters at the gate. In her words: "We were caught out by the water, and I am sorry for it."\n'), ['mara quill']);
    assert.deepEqual(speakerOf('Tom Hale, the port chief, spoke to reporters at the gate. He said the tide had turned early. His words: "We were caught out by the water, and I am sorry for it."\n'), ['tom hale']);
  });

  it('credits no one after other words and a colon', () => {
    assert.deepEqual(speakerOf('Tom Hale, the port chief, spoke to reporters at the gate. The words on the sign: "We were caught out by the water, and I am sorry for it."\n'), [null]);
  });
});
