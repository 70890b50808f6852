// "| News conference | 14:15 | 13:15 |": a timetable's row (or a timeline's item) that names only a
// news conference or briefing gives the gathering's start, as "a news conference which began at 2 p.m."
// does, so the two are one moment and a quarter of an hour between them is a disagreement.
import { strict as assert } from 'node:assert';
import { findingsIn, eventKeysAt } from './review';

const wire = 'KESTLE, June 4 (Coastwire) - The port authority told a news conference, which began at 2 p.m. (1300 GMT), that the ferry would sail again on Friday.';
const table = (label: string) => [
  '# Explainer: the ferry stoppage, hour by hour',
  '',
  '*By Ana Lindqvist, Kestle Review · Thursday 4 June 2026*',
  '',
  '| Event | Local (BST) | UTC |',
  '|---|---|---|',
  '| Engine fault reported | 09:40 | 08:40 |',
  `| ${label} | 14:15 | 13:15 |`,
  '',
  'The ferry is due to sail again on Friday.',
].join('\n');

describe('gatherings: a timetable line that names only a news conference', () => {
  it('keys a table row and a timeline item as the gathering\'s start', () => {
    const row = '  News conference   14:15   13:15  \n';
    assert.ok(eventKeysAt(row, '14:15').includes('~begin:conference'), eventKeysAt(row, '14:15').join(' '));
    const item = 'Timeline\n- 13:00 Press conference at the town hall\n';
    assert.ok(eventKeysAt(item, '13:00').includes('~begin:conference'), eventKeysAt(item, '13:00').join(' '));
  });

  it('does not key a row or an item that tells more than the gathering', () => {
    const row = '  News conference called after talks fail   14:15  \n';
    assert.ok(!eventKeysAt(row, '14:15').includes('~begin:conference'));
    const item = '- 13:00 Press conference ends without agreement\n';
    assert.ok(!eventKeysAt(item, '13:00').includes('~begin:conference'));
  });

  it('holds the row against a wire that tells the conference\'s start a quarter of an hour earlier', () => {
    const files = { '001_wire.txt': wire, '002_explainer.md': table('News conference') };
    assert.equal(findingsIn(files, '002_explainer.md', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
  });

  it('leaves a row of another event alone', () => {
    const files = { '001_wire.txt': wire, '002_explainer.md': table('Harbour reopens') };
    assert.equal(findingsIn(files, '002_explainer.md', 'time-conflict').length, 0);
  });
});
