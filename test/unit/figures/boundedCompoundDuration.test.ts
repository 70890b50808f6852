// "under three hours and ten minutes", "more than two hours and 20 minutes": a bound before a span told
// in two units bounds the whole span. Read apart, "under three hours" stood beside "ten minutes", and a
// crossing timed at 3:04:12 elsewhere was held against "under three hours". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const durations = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'duration')
  .map((f) => [f.text, f.value, f.measure, f.qualifier, f.interval.low, f.interval.high]);

describe('figures: a bound before hours and minutes of one span', () => {
  it('reads the bound as the whole span\'s', () => {
    assert.deepEqual(durations('Ostrova took the crossing record under three hours and ten minutes on Sunday.'),
      [['under three hours and ten minutes', 190, 'minute', 'fewer-than', 0, 190]]);
    assert.deepEqual(durations('The rescue took more than two hours and 20 minutes.'),
      [['more than two hours and 20 minutes', 140, 'minute', 'more-than', 140, Infinity]]);
  });

  it('leaves two spans told apart as they were', () => {
    assert.deepEqual(durations('The shift lasted under nine hours, with breaks of 45 minutes.').map((d) => d[0]), ['under nine hours', '45 minutes']);
  });

  it('holds no exact time against the bounded span it lies within', () => {
    const files = {
      '000_wire.txt': 'DOVER, July 9 (Seawire) - Lena Ostrova broke the strait crossing world record on Sunday, swimming an official 3:04:12. "The official time is 3:04:12, and that is the time we will send to the federation," referee Tom Alder said.',
      '001_blog.md': '# Live: strait swim\n\n**15:42** It is official: the corrected result is **3:04:12**, the organisers have announced. Referee Tom Alder: “The official time is 3:04:12, and that is the time we will send to the federation.”',
      '002_release.txt': 'OSTROVA SETS STRAIT CROSSING WORLD RECORD OF 3:04:12\n\nLena Ostrova today set a new strait crossing world record, finishing in an official time of 3:04:12.',
      '003_guide.md': '# Explained: the strait record\n\nLena Ostrova took the strait crossing world record under three hours and five minutes on Sunday. Here is what happened.',
    };
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });
});
