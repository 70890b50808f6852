// How many watched: "a crowd of 31,406", "Attendance: 31,406", "in front of 31,406 fans" are one
// count, and a source whose digits are swapped ("31,046") is held to the others.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

function counted(text: string): Array<[string, string | null]> {
  return analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]);
}

describe('figures: the attendance at a match or a show', () => {
  it('reads a crowd, an attendance and an audience as one count', () => {
    assert.deepEqual(counted('A crowd of 31,406 saw the home side win.'), [['31,406', 'attendance']]);
    assert.deepEqual(counted('Attendance: 31,406'), [['31,406', 'attendance']]);
    assert.deepEqual(counted('Official attendance announced: 31,406.'), [['31,406', 'attendance']]);
    assert.deepEqual(counted('Bexford won in front of 31,406 supporters.'), [['31,406 supporters', 'attendance']]);
  });

  it('leaves other counts after those words alone', () => {
    assert.deepEqual(counted('A crowd of 300 protesters gathered outside.'), [['300 protesters', 'protester']]);
    assert.deepEqual(counted('The bus stopped in front of 12 houses.'), [['12 houses', 'house']]);
  });

  it('holds a source with swapped digits against the others', () => {
    const files = {
      '001_wire.txt': 'Bexford beat Carrow 3-1 on Saturday. A crowd of 31,406 watched at Millgate Road.',
      '002_blog.txt': 'Full time at Millgate Road: Bexford 3-1 Carrow. Attendance: 31,046.',
    };
    assert.equal(findingsIn(files, '002_blog.txt', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, '001_wire.txt', 'figure-conflict').length, 1);
    const same = { ...files, '002_blog.txt': 'Full time at Millgate Road: Bexford 3-1 Carrow. Attendance: 31,406.' };
    assert.deepEqual(findingsIn(same, '002_blog.txt', 'figure-conflict'), []);
  });
});
