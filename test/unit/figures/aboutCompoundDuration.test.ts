// "some two hours and 40 minutes", "about three hours and 15 minutes": "about" before a span told in
// hours and minutes rounds the whole span to the step of its minutes, not its hours to 7.5%. Read
// apart, "some two hours" stood beside "40 minutes", and neither met another source's "two and a
// half hours" or "150 minutes". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const durations = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'duration')
  .map((f) => [f.text, f.value, f.measure, f.qualifier, f.interval.low, f.interval.high]);

describe('figures: "about" before hours and minutes of one span', () => {
  it('reads the span as one duration in minutes, about to the step of its minutes', () => {
    assert.deepEqual(durations('The ferry sailed again some two hours and 40 minutes after the storm passed.'),
      [['some two hours and 40 minutes', 160, 'minute', 'about', 155, 165]]);
    assert.deepEqual(durations('The count took about three hours and 15 minutes.'),
      [['about three hours and 15 minutes', 195, 'minute', 'about', 187.5, 202.5]]);
    assert.deepEqual(durations('The climb took roughly 4 hours 12 minutes.'),
      [['roughly 4 hours 12 minutes', 252, 'minute', 'about', 251, 253]]);
  });

  it('keeps "about" within 7.5% of a short span', () => {
    const [[, value, , , low, high]] = durations('The call lasted about one hour and 30 minutes.');
    assert.equal(value, 90);
    assert.ok(Math.abs(low as number - 83.25) < 1e-9 && Math.abs(high as number - 96.75) < 1e-9, `${low}–${high}`);
  });

  it('leaves hours and minutes of two things apart', () => {
    assert.deepEqual(durations('The shift lasted about nine hours, with breaks of 45 minutes.').map((d) => d[0]), ['about nine hours', '45 minutes']);
  });
});
