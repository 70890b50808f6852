// A timeline table on two clocks whose headers name each zone with the places on it in brackets
// ("| What happened | AEST (Brisbane) | NZST (Auckland) |"): each column is on its own clock. Read with
// the story's one zone, the second column's times were two hours off the first and were held against
// other sources' times of other events. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { zonedTableCells } from '../../../server/src/analysis/claims/times/tableZones';

const explainer = [
  '# The Tasman cable fault: what we know',
  '',
  'All times below are given on both sides of the Tasman.',
  '',
  '| What happened | AEST (Brisbane) | NZST (Auckland/Wellington) |',
  '|---|---|---|',
  '| Cable fault detected | 2.10pm | 4.10pm |',
  '| Traffic rerouted | 2.40pm | 4.40pm |',
  '',
].join('\n');

describe('times: a table column headed by a zone with its places in brackets', () => {
  it('finds the cells under both headers', () => {
    const cells = zonedTableCells(explainer);
    assert.deepEqual(cells.map((c) => [explainer.slice(c.start, c.end).trim(), c.zone.label]),
      [['2.10pm', 'AEST'], ['4.10pm', 'NZST'], ['2.40pm', 'AEST'], ['4.40pm', 'NZST']]);
  });

  it('reads each column on its own clock, one moment per row', () => {
    const clocks = analyzeArticle({ path: '001_explainer.md', text: explainer }).times.filter((t) => t.granularity === 'clock');
    const utc = (words: string) => clocks.find((t) => t.text === words)?.utcMinutes;
    assert.equal(utc('2.10pm'), utc('4.10pm'));
    assert.equal(utc('2.40pm'), utc('4.40pm'));
  });

  it('reads no zone from a header of a word in brackets that is no place', () => {
    assert.deepEqual(zonedTableCells('| Event | AEST (approx) | Local |\n|---|---|---|\n| Fault | 2.10pm | 2.10pm |\n'), []);
  });
});

describe('times: a table column headed by a place with its zone and offset in brackets', () => {
  const table = [
    '| Event | Perth (AWST, UTC+8) | Colombo (SLST, UTC+5:30) |',
    '|---|---|---|',
    '| Match abandoned | 16:40 | 14:10 |',
    '',
  ].join('\n');
  it('reads the abbreviation, or the offset when the abbreviation is unknown', () => {
    const cells = zonedTableCells(table);
    assert.deepEqual(cells.map((c) => [table.slice(c.start, c.end).trim(), c.zone.label]), [['16:40', 'AWST'], ['14:10', 'UTC+5:30']]);
  });
  it('reads each column on its own clock, one moment per row', () => {
    const clocks = analyzeArticle({ path: '001_explainer.md', text: `# Rain stops play\n\n${table}` }).times.filter((t) => t.granularity === 'clock');
    const utc = (words: string) => clocks.find((t) => t.text === words)?.utcMinutes;
    assert.equal(utc('16:40'), 8 * 60 + 40);
    assert.equal(utc('14:10'), 8 * 60 + 40);
  });
});
