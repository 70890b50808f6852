// "- 11:00 Press conference at the town hall": a ten, eleven or twelve o'clock time opening a bulleted
// item is read where the article's other items show the 24-hour clock ("- 07:30 …", "- 14:05 …"); in a
// list on the 12-hour clock ("- 11:00 Doors open", "- 4:30 Last ferry") it may be the evening, and stays unread.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const clocks = (text: string): string[] =>
  analyzeArticle({ path: '001_release.txt', text }).times.filter((t) => t.granularity === 'clock').map((t) => `${t.text}=${t.localMinutes}`);

describe('times: a ten or eleven o\'clock item in a bulleted timeline', () => {
  it('reads it where another item is written on the 24-hour clock', () => {
    const text = 'Port of Kestle statement\n\nTimeline\n- 06:45 Engine fault reported on the Marta Sund\n- 10:20 Passengers brought ashore\n- 11:00 Press conference at the harbour office\n';
    const read = clocks(text);
    assert.ok(read.includes('10:20=620'), read.join(' '));
    assert.ok(read.includes('11:00=660'), read.join(' '));
  });

  it('leaves it unread in a list that shows no 24-hour time', () => {
    const text = 'Harbour festival programme\n\n- 11:00 Doors open\n- 4:30 Last ferry to the island\n';
    const read = clocks(text);
    assert.ok(!read.some((r) => r.startsWith('11:00')), read.join(' '));
  });
});
