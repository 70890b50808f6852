// "halfway in 31:07", "split 31:07", "| Halfway | 31:07 |": minutes and seconds past 24 minutes cannot
// be a time of day; after "in", "split", "clocked" or in a table cell they are how long a stretch took,
// a duration in seconds (as "2:05:41" is). Bare ("won 27:25", a handball score) they are left alone.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const splits = (text: string, path = 'x.txt') => analyzeArticle({ path, text }).figures.filter((f) => f.unit === 'duration').map((f) => [f.text, f.value]);

describe('figures: a split in minutes and seconds', () => {
  it('reads a split after "in", "split" or a label\'s colon, and in a table cell', () => {
    assert.deepEqual(splits('Okoye went through 10 kilometres in 28:47 and halfway in 31:07.'), [['28:47', 1727], ['31:07', 1867]]);
    assert.deepEqual(splits('09:58 - Leading group passes 10 km; split 28:47'), [['28:47', 1727]]);
    assert.deepEqual(splits('**09:44** 10 km split: 28:47. Right on target.', '001_blog.md'), [['28:47', 1727]]);
    assert.deepEqual(splits('| Point | Split |\n|---|---|\n| 10 km | 28:47 |', '004_guide.md'), [['28:47', 1727]]);
    assert.deepEqual(splits('**10:15** HALFWAY: the leaders go through in **31:07**.', '001_blog.md'), [['31:07', 1867]]);
  });

  it('leaves bare minutes and seconds, low minutes and a pace alone', () => {
    assert.deepEqual(splits('Kiel beat Flensburg 27:25 in front of a full house.'), []);
    assert.deepEqual(splits('The tram left in 23:45 according to the board.'), []);
    assert.deepEqual(splits('She finished in 31:07.5 after a sprint.'), []);
  });
});
