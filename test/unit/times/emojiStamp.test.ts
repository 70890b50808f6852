// "**12:15** 🏥 The minister has left": a live blog that marks its entries with an emoji after the stamp,
// where others put a dash, still stamps them; the noon hour and a ten or eleven o'clock stamp are read
// as a dash's are, and a day an entry tells does not carry past the next entry's stamp (round 45). An emoji
// after a clock time inside a sentence makes no stamp. Invented text.
import { strict as assert } from 'node:assert';
import { extractTimes } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';
import { texts, timesIn } from './helpers';

const JULY_14_2026 = { year: 2026, month: 7, day: 14 };
const blog = [
  '# LIVE: Harbour bridge closure', '', '*Bayside Live · Tuesday 14 July 2026 · all times BST*', '', '---', '',
  '**14:20** 📊 Traffic is backing up onto the ring road.', '',
  '**12:15** 🚧 The first lane has reopened.', '',
  '**11:35** 🚗 Engineers have arrived at the bridge.', '',
  '**09:30** 💬 The council has spoken.', '',
].join('\n');

describe('times: an emoji after a live blog\'s stamp', () => {
  it('reads the stamps the emoji marks', () => {
    assert.deepEqual(texts(extractTimes(prepareText(blog, 'blog.md'), JULY_14_2026)), ['14:20', '12:15', '11:35', '09:30']);
  });

  it('reads no bare time before an emoji inside a sentence', () => {
    const { times } = timesIn('The score was 11:35 🙂 at the break, the club said.', JULY_14_2026);
    assert.deepEqual(texts(times), []);
  });
});

describe('times: a day told inside a live blog\'s entry', () => {
  it('does not carry to the entry below its stamp', () => {
    const text = [
      '# LIVE: Harbour bridge closure', '', '*Bayside Live · Tuesday 14 July 2026 · all times BST*', '', '---', '',
      '**13:00** 🗣️ The harbour master says 310 ships were held yesterday.', '',
      '**12:15** 🚧 The first lane reopened at 11.50am.', '',
    ].join('\n');
    const times = extractTimes(prepareText(text, 'blog.md'), JULY_14_2026);
    const reopened = times.find((t) => t.text === '11.50am');
    assert.deepEqual(reopened?.date, JULY_14_2026);
  });
});
