// A press release's line "Ines Marlowe, Director, Kesteven Flood Authority, said:" is mostly capitals,
// as a headline is, but a speech verb before its colon makes it the introduction of the quotation in
// the next paragraph: the person is named and the quotation is hers. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const release = (line: string) => `KESTEVEN FLOOD AUTHORITY\r\n\r\nSTATEMENT\r\n${line}\r\n"The barrier held. Our crews will stay on the river until the water falls."\r\n`;

describe('quotes: a capitalised "Name, Title, Organisation, said:" line before a quotation', () => {
  it('credits the quotation to the person the line names', () => {
    const a = analyzeArticle({ path: '002_release.txt', text: release('Ines Marlowe, Director, Kesteven Flood Authority Operations, said:') });
    assert.deepEqual(a.people.map((p) => p.name), ['Ines Marlowe']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.key ?? null), ['ines marlowe']);
  });

  it('still reads a title-case line with no speech verb before its colon as a headline', () => {
    const a = analyzeArticle({ path: '002_release.txt', text: release('Ines Marlowe Named Kesteven Flood Authority Director:') });
    assert.deepEqual(a.quotes.map((q) => q.speaker?.key ?? null), [null]);
  });
});
