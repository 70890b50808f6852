// "Prosecutor Ann Dorr told Judge Ben Voss: “…”": the person told is the listener, not the speaker.
// Crediting the listener turns one quotation told by two outlets into an attribution conflict.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function speakers(text: string): (string | null)[] {
  return analyzeArticle({ path: 'a.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: the person told before a colon', () => {
  it('credits "X told Judge Y: “…”" to X', () => {
    assert.deepEqual(speakers('Two drivers appeared in court. Prosecutor Ann Dorr told Judge Ben Voss: “We will ask for a trial date in June.”'), ['ann dorr']);
    assert.deepEqual(speakers('Ann Dorr told Ben Voss: “We will ask for a trial date in June.”'), ['ann dorr']);
  });
  it('still credits "Name: “…”" and "X told reporters: “…”" as before', () => {
    assert.deepEqual(speakers('Ann Dorr told reporters: “We will ask for a trial date in June.”'), ['ann dorr']);
    assert.deepEqual(speakers('Judge Ben Voss: “The hearing is adjourned until Friday.”'), ['ben voss']);
  });
  it('reports no attribution conflict between "X told Judge Y: “…”" and "“…,” X said"', () => {
    const files = {
      '001_blog.txt': 'Prosecutor Ann Dorr told Judge Ben Voss: “We will ask for a trial date in June.” The court rose at noon.',
      '002_wire.txt': '"We will ask for a trial date in June," prosecutor Ann Dorr said outside the court.',
      'draft.md': 'Prosecutor Ann Dorr said the Crown would seek a June trial.',
    };
    assert.deepEqual(findingsIn(files, '001_blog.txt', 'attribution-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_wire.txt', 'attribution-conflict').map((f) => f.text), []);
  });
});
