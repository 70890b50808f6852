// "As of eight o'clock, twenty-three thousand homes are still without water. At the worst of it, it was
// ninety-one thousand two hundred.": a speaker tells a count's level at another moment with "it was"
// and a number in words, leaving the noun out. The number counts the things the sentence before
// counted, so its moment can be held to another source's. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => new Map(analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]));

const RADIO = 'RIVERBEND COMMUNITY RADIO - BREAKFAST\nFriday, March 6, 2026\n\n' +
  'TOM ADEYEMI: As of eight o\'clock this morning, twenty-three thousand four hundred homes in the county are still without water. ' +
  'At the worst of it, around one forty yesterday afternoon, it was ninety-one thousand two hundred. Crews are out on every main.\n';

describe('figures: a level told again with "it was" and its noun left out', () => {
  it('counts what the count of the sentence before counted', () => {
    assert.equal(counted(RADIO).get('ninety-one thousand two hundred'), 'home');
  });

  it('leaves small numbers, other verbs and other paragraphs alone', () => {
    const c = counted('Forty-two homes are still without water. It was seven when the crews arrived. They had eighty-five thousand two hundred.');
    assert.equal(c.has('seven'), false);
    assert.equal(c.has('eighty-five thousand two hundred'), false);
    assert.equal(counted('Twenty-three thousand homes are still without water.\n\nAt the worst of it, it was ninety-one thousand two hundred.').has('ninety-one thousand two hundred'), false);
  });

  it('holds the level\'s time to another source\'s time for that count', () => {
    const files: Record<string, string> = {
      '000_wire.txt': 'RIVERBEND, March 5 (Valley Wire) - The number of homes without water across the county peaked at 91,200 at 1:10 p.m., ' +
        'the water board said. By 6 p.m. the count had fallen to 52,300.\n',
      '001_radio.txt': RADIO,
    };
    assert.deepEqual(findingsIn(files, '001_radio.txt', 'time-conflict').map((f) => f.text), ['around one forty']);
  });
});
