// Two readings to the minute (not multiples of five) of one moment told in like words, three words
// of the clauses shared, disagree though they lie within the half hour loose tellings share; a
// place's name beside each reading of a table is not enough, nor are two moments told in one sentence.
// A live blog's time is on the clock the blog names for all its times ("All times CEST") as firmly as
// a zone written beside it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const texts = (fs: { text: string }[]) => fs.map((f) => f.text);

describe('time findings: precise readings of one moment told in like words', () => {
  it('flags a probe\'s first signal picked up at two precise minutes', () => {
    const files = {
      '000_wire.txt': 'Tuesday 12 October 2027\n\nThe tracking station at Lindholm picked up the probe\'s first signal at 0347 GMT, the agency said.',
      '001_release.txt': 'Tuesday 12 October 2027\n\nAt 03:37 UTC the Lindholm tracking station confirmed the first signal from the probe, which is healthy.',
    };
    assert.deepEqual(texts(findingsIn(files, '000_wire.txt', 'time-conflict')), ['0347 GMT']);
    assert.deepEqual(texts(findingsIn(files, '001_release.txt', 'time-conflict')), ['03:37 UTC']);
  });

  it('leaves local times told without a zone to the half-hour rule', () => {
    const files = {
      '000_wire.txt': 'Tuesday 12 October 2027\n\nThe tracking station at Lindholm picked up the probe\'s first signal at 5:47 a.m., the agency said.',
      '001_release.txt': 'Tuesday 12 October 2027\n\nAt 5:37 a.m. the Lindholm tracking station confirmed the first signal from the probe, which is healthy.',
    };
    assert.deepEqual(texts(findingsIn(files, '000_wire.txt', 'time-conflict')), []);
  });

  it('holds a live blog\'s reading on the clock it names for all its times ("All times CEST")', () => {
    const files = {
      '000_wire.txt': 'Tuesday 12 October 2027\n\nLifeguards cleared the river beaches at 1:43 p.m. local time (1143 GMT), when the water quality index at Orvel Weir crossed its upper limit, the council said.',
      '001_blog.md': '# River beaches: live\n\n*Tuesday 12 October 2027 · All times CEST*\n\nThe water quality index at Orvel Weir crossed its upper limit at 1.33pm and lifeguards have cleared the river beaches.',
    };
    assert.deepEqual(texts(findingsIn(files, '000_wire.txt', 'time-conflict')), ['1:43 p.m. local time']);
    assert.deepEqual(texts(findingsIn(files, '001_blog.md', 'time-conflict')), ['1.33pm']);
    // Without the clock named, the blog's 1.33pm is a local time told without a zone: the half-hour rule holds.
    const unnamed = { ...files, '001_blog.md': files['001_blog.md'].replace(' · All times CEST', '') };
    assert.deepEqual(texts(findingsIn(unnamed, '000_wire.txt', 'time-conflict')), []);
  });

  it('leaves readings told on the minute, or within three minutes, alone', () => {
    const files = {
      '000_wire.txt': 'Tuesday 12 October 2027\n\nThe tracking station at Lindholm picked up the probe\'s first signal at 0345 GMT, the agency said.',
      '001_release.txt': 'Tuesday 12 October 2027\n\nAt 03:35 UTC the Lindholm tracking station confirmed the first signal from the probe, which is healthy.',
      '002_blog.md': 'Tuesday 12 October 2027\n\nThe Lindholm tracking station picked up the first signal from the probe at 03:37 UTC.',
    };
    assert.deepEqual(texts(findingsIn(files, '000_wire.txt', 'time-conflict')), []);
    assert.deepEqual(texts(findingsIn(files, '002_blog.md', 'time-conflict')), []);
  });

  it('leaves a station\'s readings in a table and a list alone', () => {
    const files = {
      '000_wire.md': 'Tuesday 22 July 2025\n\n| Station | Max | Time |\n| --- | --- | --- |\n| Orsby Airfield | 38.2°C | 14:58 |\n| Kell Harbour | 37.9°C | 15:21 |',
      '001_release.md': 'Tuesday 22 July 2025\n\nThe highest readings of the day:\n\n- Orsby Airfield: 38.2C, 14:52 CEST\n- Kell Harbour: 37.9C, 15:21 CEST',
    };
    assert.deepEqual(texts(findingsIn(files, '001_release.md', 'time-conflict')), []);
  });

  it('leaves two moments told in one sentence, and a moment told in two zones, alone', () => {
    const files = {
      '000_wire.txt': 'Tuesday 12 October 2027\n\nThe probe\'s first signal reached the Lindholm tracking station at 0337 GMT and its second signal at 0347 GMT.',
      '001_release.txt': 'Tuesday 12 October 2027\n\nAt 05:47 CEST (03:47 UTC) the second signal from the probe reached the Lindholm tracking station.',
    };
    assert.deepEqual(texts(findingsIn(files, '000_wire.txt', 'time-conflict')), []);
    assert.deepEqual(texts(findingsIn(files, '001_release.txt', 'time-conflict')), []);
  });
});
