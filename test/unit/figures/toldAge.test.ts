// A person telling an age with a pronoun ("I'm sixty-seven,", "He's seventy") gives an age, as a
// transcript or a quotation says it; a draft's "Name, 67," is then sourced by it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';
import { agedPerson } from '../../../server/src/analysis/alignment/ages';

function counted(body: string, words: string): (string | null)[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.filter((f) => f.text === words).map((f) => f.counted);
}

describe('figures: an age told with a pronoun', () => {
  it('reads "I\'m sixty-seven," and "He’s seventy" as ages, in words or numerals', () => {
    assert.deepEqual(counted("MAVIS GREER: Ask me next spring. I'm sixty-seven, I can't wait for ever.", 'sixty-seven'), ['year-old']);
    assert.deepEqual(counted('He’s seventy, and he has wanted to see the glacier for years.', 'seventy'), ['year-old']);
    assert.deepEqual(counted('"I am 58 and I still swim every morning," she said.', '58'), ['year-old']);
  });
  it('leaves numbers that count something, or are said of no person', () => {
    assert.deepEqual(counted("He's 12 points ahead of the field.", '12 points'), ['point']);
    assert.deepEqual(counted("It's ninety, and the shop is shut.", 'ninety'), []);
  });
  it('sources a draft\'s age in apposition by the age a person tells in a quotation', () => {
    const files = {
      '001_wire.txt': 'LARGS, May 3 (Wirepost) - The ferry was cancelled again on Saturday. ' +
        '"Ask me next spring. I\'m sixty-seven, I can\'t wait for ever," said Mavis Greer, a retired nurse from Largs.',
      'draft.md': 'Mavis Greer, 67, a retired nurse from Largs, said she would think about it.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });

  it('reads "Ruth Calloway is seventy-one and …" as an age: a given name and a surname before "is"/"was"', () => {
    assert.deepEqual(counted('PRESENTER: Ruth Calloway is seventy-one and farms near Kelso. Ruth, what happened?', 'seventy-one'), ['year-old']);
    assert.deepEqual(counted('Dmitri Voss was 44, his brother said.', '44'), ['year-old']);
    // No given name: a place or a firm is no person.
    assert.deepEqual(counted('Castle Rovers is 44, counting its two depots.', '44').filter((c) => c === 'year-old'), []);
    const files = {
      '001_radio.txt': 'PRESENTER: Ruth Calloway is seventy-one and farms near Kelso. She lost forty ewes in the snow.',
      'draft.md': 'Ruth Calloway, 71, who farms near Kelso, lost 40 ewes in the snow.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });

  it('reads "Name, who is sixty-seven," as an age: "who" right after a name set off by a comma', () => {
    assert.deepEqual(counted('REPORTER: In Lowmoor I spoke to Agnes Pruett, who is eighty-two, at her gate.', 'eighty-two'), ['year-old']);
    assert.deepEqual(counted('The driver, Tomas Ek, who was 58, died at the scene.', '58'), ['year-old']);
    // Not after a name: a count.
    assert.deepEqual(counted('Of the crews, who were 14, none came back.', '14').filter((c) => c === 'year-old'), []);
    const files = {
      '001_radio.txt': 'REPORTER: In Lowmoor I spoke to Agnes Pruett, who is eighty-two, at her gate. She has not had water for a week.',
      'draft.md': 'Agnes Pruett, 82, of Lowmoor, has not had water for a week.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });

  it('tells whose age "who was twenty-six" is, so another person\'s age is not held against it', () => {
    const text = 'REPORTER: The coroner said Mira Venn, who was twenty-six, was riding where she was entitled to be.';
    const a = analyzeArticle({ path: 'radio.txt', text });
    const age = a.figures.find((f) => f.text === 'twenty-six');
    assert.ok(age);
    assert.equal(agedPerson(a, age), 'mira venn');
  });
});
