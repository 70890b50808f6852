// A timeline table on two clocks writes its times bare: "| Recount begins | 02:10 | 01:10 |". Under a
// header that names a zone ("Local (CEST)", "Local time (CET)", "UTC") such a cell is a clock time,
// though in running text a bare "02:10" with no cue is not read. The table writes a day only where it
// changes ("| 00:40 Sat | 22:40 Fri |"): a row below takes its column's day, the next one past
// midnight. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const explainer = [
  '# How the Varnholt ferry vote ran late',
  '',
  '*Fjordposten explainer · Saturday 14 March 2026*',
  '',
  '| Step | Local time (CET) | UTC |',
  '|---|---|---|',
  '| Polls close | 21:00 Fri | 20:00 Fri |',
  '| Count starts | 00:40 Sat | 23:40 Fri |',
  '| Recount begins | 02:10 | 01:10 |',
  '| Result announced | 04:25 | 03:25 |',
  '',
].join('\n');

const wire = 'VARNHOLT, March 14 (Nordwire) - The ferry vote result was announced at 05:05 CET (0405 GMT) on Saturday, the county said.\n';

describe('times: bare times in a table column headed by a zone', () => {
  const clocks = () => analyzeArticle({ path: '001_explainer.md', text: explainer }).times.filter((t) => t.granularity === 'clock');

  it('reads a leading-zero time in a zoned cell, on that zone', () => {
    const byText = new Map(clocks().map((t) => [t.text, t]));
    assert.equal(byText.get('02:10')?.zone, 'CET');
    assert.equal(byText.get('01:10')?.zone, 'UTC');
    assert.equal(byText.get('04:25')?.utcMinutes, 3 * 60 + 25);
  });

  it('dates a row without a day by its column, past midnight the next day', () => {
    const byText = new Map(clocks().map((t) => [t.text, t]));
    assert.deepEqual(byText.get('23:40')?.date, { year: 2026, month: 3, day: 13 });
    assert.deepEqual(byText.get('00:40')?.date, { year: 2026, month: 3, day: 14 });
    assert.deepEqual(byText.get('02:10')?.date, { year: 2026, month: 3, day: 14 });
    assert.deepEqual(byText.get('01:10')?.date, { year: 2026, month: 3, day: 14 });
  });

  it('holds the table to another source told in like words', () => {
    const found = findingsIn({ '001_explainer.md': explainer, '002_wire.txt': wire }, '001_explainer.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });

  it('reads no bare time in a table without a zone in its header', () => {
    const plainTable = explainer.replace('| Step | Local time (CET) | UTC |', '| Step | Then | After |');
    const texts = analyzeArticle({ path: '001_explainer.md', text: plainTable }).times.map((t) => t.text);
    assert.ok(!texts.includes('02:10') && !texts.includes('01:10'), texts.join(', '));
  });
});
