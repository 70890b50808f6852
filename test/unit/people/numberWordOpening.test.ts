// "Twelve Kelmscott pupils were sent home": a number word opening a sentence counts the noun after it;
// with a capitalised place after it, it is no person's given name, even when that place is later a
// sentence's subject ("Kelmscott was one of …"). Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function people(text: string): string[] {
  return analyzeArticle({ path: '/desk/002_paper.txt', text }).people.map((p) => p.name);
}

describe('people: a number word opening a sentence', () => {
  it('reads no person in "Twelve Kelmscott pupils" when Kelmscott is a subject elsewhere', () => {
    const text = 'Kelmscott was one of 40 schools hit by the marking error.\n\nTwelve Kelmscott pupils were sent home early, the head said.\n\n' +
      'Councillor Rhian Doyle visited Kelmscott in the afternoon.\n';
    const got = people(text);
    assert.ok(!got.some((n) => /^Twelve\b/.test(n)), JSON.stringify(got));
    assert.ok(got.includes('Rhian Doyle'), JSON.stringify(got));
  });

  it('still reads a person whose name follows a count ("Nine of them, said Ana Pike")', () => {
    assert.ok(people('Nine of the pupils were upset, said head teacher Ana Pike.').includes('Ana Pike'));
  });
});
