// "The port lowered the limit to 38 feet (11.58 metres) from 41 feet. Daily sailings will fall to 19
// from 25.": a length is written with its unit every time; a bare number of the next sentence counts
// something else (the sailings), and carried the metres it was held against a source's depth. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string, number: string) => analyzeArticle({ path: '001_x.txt', text }).figures.find((f) => f.text === number)?.counted;

describe('figures: a length is not carried to the next sentence', () => {
  it('leaves a bare number after a sentence of lengths counting nothing', () => {
    const text = 'The port authority lowered the draft limit at Keswater to 38 feet (11.58 metres) from 41 feet (12.5 metres). Daily sailings will be reduced to 19 from 25.';
    assert.equal(counted(text, '19'), null);
    assert.equal(counted(text, '25'), null);
  });

  it('still carries a count of things to the next sentence', () => {
    const text = 'About 18,400 homes were without power on Monday night. By noon, 9,750 were still waiting.';
    assert.equal(counted(text, '9,750'), 'home');
  });

  it('still carries a length within its sentence', () => {
    assert.equal(analyzeArticle({ path: '001_x.txt', text: 'The river rose to 5.2 metres, up from 4.8 on Friday.' }).figures.find((f) => f.text === '4.8')?.counted, 'metre');
  });
});
