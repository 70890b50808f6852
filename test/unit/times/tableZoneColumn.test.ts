// A timeline table that gives each moment on two clocks ("| Local (CET) | UTC | What happened |"):
// the UTC column's times are on UTC though no zone is written beside them. Read on the story's local
// clock, "Sat 21:15" in the UTC column was an hour off another source's "2115 GMT". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { zonedTableCells } from '../../../server/src/analysis/claims/times/tableZones';
import { findingsIn } from '../findings/review';

const explainer = [
  '# The Lomund ferry grounding: what we know',
  '',
  '*Harbour Weekly explainer, Monday 9 March 2026*',
  '',
  'The ferry *Aster Quay* ran aground off Lomund late on Saturday night with 140 passengers aboard.',
  '',
  '| Local | UTC | What happened |',
  '|---|---|---|',
  '| Sat 22:05 | Sat 21:05 | The ferry reports a steering failure |',
  '| Sun 00:15 | Sat 23:15 | Tugs reach the ferry |',
  '',
  'All 140 passengers were taken off by Sunday morning.',
  '',
].join('\n');

const wire = [
  'LOMUND, March 8 (Coastwire) - The ferry Aster Quay reported a steering failure at 22:05 CET on Saturday off Lomund, the port authority said. All 140 passengers were safe.',
  '',
  'Sequence of events (all times CET):',
  '',
  '- 2205 hrs (2105 UTC): the ferry reports a steering failure.',
  '- 0015 hrs (2315 UTC): tugs reach the ferry.',
  '',
].join('\n');

const files = { '001_explainer.md': explainer, '002_wire.txt': wire };

describe('times: a table column headed by a zone', () => {
  it('finds the cells under a "UTC" header and none under "Local"', () => {
    const cells = zonedTableCells(explainer);
    assert.deepEqual(cells.map((c) => [explainer.slice(c.start, c.end).trim(), c.zone.label]), [['Sat 21:05', 'UTC'], ['Sat 23:15', 'UTC']]);
  });

  it('reads the UTC column on UTC, the local column with no zone', () => {
    const clocks = analyzeArticle({ path: '001_explainer.md', text: explainer }).times.filter((t) => t.granularity === 'clock');
    const zoneOf = (words: string) => clocks.find((t) => t.text === words)?.zone ?? null;
    assert.equal(zoneOf('21:05'), 'UTC');
    assert.equal(zoneOf('23:15'), 'UTC');
    assert.equal(zoneOf('22:05'), null);
  });

  it('holds neither source to the other across the two clocks', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'time-conflict'), [], path);
  });

  it('reads no zone from a table without one in its header', () => {
    assert.deepEqual(zonedTableCells('| Time | Event |\n|---|---|\n| 21:05 | Steering fails |\n'), []);
    assert.deepEqual(zonedTableCells('| Local (UTC+1) | Event |\n|---|---|\n| 21:05 | Steering fails |\n'), []);
    // One clock only: the story's, left to the labels and the article's zone.
    assert.deepEqual(zonedTableCells('| Time (CET) | Event |\n|---|---|\n| 21:05 | Steering fails |\n'), []);
  });
});
