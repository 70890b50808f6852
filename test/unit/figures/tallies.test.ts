// A vote's tally ("carried by 29 votes to 14", "15 for, 21 against", "voted 8 to 3"): both sides
// count votes, the larger is the winning side and the smaller the losing one, whichever comes first.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function figures(text: string): string[] {
  return analyzeArticle({ path: 'x.txt', text }).figures.map((f) => `${f.text}=${f.value}:${f.counted}`);
}

describe('figures: a vote\'s tally', () => {
  it('reads both sides, the winning and the losing one, in any order', () => {
    assert.deepEqual(figures('The harbour levy was carried by 29 votes to 14 on Monday.'), ['29 votes=29:winning vote', '14=14:losing vote']);
    assert.deepEqual(figures('The amendment was defeated by 14 votes to 21.'), ['14 votes=14:losing vote', '21=21:winning vote']);
    assert.deepEqual(figures('Trustees voted 8 to 3 to sell the land.'), ['8=8:winning vote', '3=3:losing vote']);
    assert.deepEqual(figures('The motion was carried 40–9, with 2 abstentions.'), ['40=40:winning vote', '9=9:losing vote', '2 abstentions=2:abstention']);
    assert.deepEqual(figures('The board split nine votes to seven.'), ['nine votes=9:winning vote', 'seven=7:losing vote']);
  });

  it('counts "N for, M against" as votes, not as what the sentence counted before', () => {
    assert.deepEqual(figures('The plan to keep all 12 libraries open was lost, 15 for, 21 against.'),
      ['12 libraries=12:library', '15=15:losing vote', '21=21:winning vote']);
  });

  it('reads the second side after "to" as a count, not a clock hour, and two sides as no range', () => {
    assert.deepEqual(figures('The levy was approved by 31 votes to 12 at 9.40pm.'), ['31 votes=31:winning vote', '12=12:losing vote']);
    assert.deepEqual(figures('The council voted 12 to 30 against the plan.'), ['12=12:losing vote', '30=30:winning vote']);
  });

  it('reads a match told set by set ("won 7-6, 2-6, 6-3") as a score, not a vote\'s tally', () => {
    assert.ok(figures('Ines Varga won 7-6, 2-6, 6-3 in the final on Sunday.').every((f) => !f.includes('vote')));
    assert.deepEqual(figures('The council voted 12-3 to close the pool.'), ['12=12:winning vote', '3=3:losing vote']);
  });

  it('leaves other numbers joined by "to" alone', () => {
    assert.deepEqual(figures('Sales rose by 5 to 30 stores.'), ['5 to 30 stores=5:store']);
    assert.deepEqual(figures('We left at 5 to 9.'), []);
  });
});
