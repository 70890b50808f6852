// What a place can hold, told as a verb after a modal ("can take 600 people", "could sleep 90
// guests"), as room ("room for 900 people") or as a listing's bare label ("Town Hall – capacity
// 300") is its capacity, one measure; who is there now ("is holding 386 people") is not. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function counted(text: string): Array<[string, string | null]> {
  return analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]);
}

describe('figures: a place\'s capacity in words of holding', () => {
  it('reads a modal verb of holding, "room for" and a bare "capacity N" as capacity', () => {
    assert.deepEqual(counted('The sports centre, which can take 600 people, opened at noon.'), [['600 people', 'capacity']]);
    assert.deepEqual(counted('The ferry terminal could comfortably house 250 evacuees overnight.'), [['250 evacuees', 'capacity']]);
    assert.deepEqual(counted('The school gym has room for 900 people.'), [['900 people', 'capacity']]);
    assert.deepEqual(counted('Riverside Leisure Centre – capacity 300.'), [['300', 'capacity']]);
    assert.deepEqual(counted('Shelters are open (total capacity 900) in the valley.'), [['900', 'capacity']]);
  });

  it('leaves who is there now, and what was taken, as counts of people', () => {
    assert.deepEqual(counted('The sports centre is holding 386 people tonight.'), [['386 people', 'person']]);
    assert.deepEqual(counted('Buses took 600 people to the sports centre.'), [['600 people', 'person']]);
  });
});
