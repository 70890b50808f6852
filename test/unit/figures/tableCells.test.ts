// A table's cells: "| Output | 52.4 GWh | 48.9 GWh |" reads, once the pipes are blanked, as
// "Output   52.4 GWh   48.9 GWh". "GWh 48.9" is no name with a number ("Class 158"): a number
// with its own unit in the next cell is a figure. A bare "| 105.1 |", whose unit is in a header the
// engine does not read, stays out; a name written in running text still is a name.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (path: string, text: string) => analyzeArticle({ path, text }).figures.map((f) => f.text);

describe('figures: a table cell after a capitalised word', () => {
  it('reads the second cell of a row when it has its own unit', () => {
    const table = '# Plant\n\n| | 2024 | 2025 |\n|---|---|---|\n| Output | 52.4 GWh | 48.9 GWh |\n';
    assert.deepEqual(figures('t.md', table), ['52.4 GWh', '48.9 GWh']);
  });

  it('reads the row whatever its label', () => {
    const table = '# Site\n\n| | Before | After |\n|---|---|---|\n| Tip height | 200 metres | 180 metres |\n| Staff | 310 people | 295 people |\n';
    assert.deepEqual(figures('t.md', table), ['200 metres', '180 metres', '310 people', '295 people']);
  });

  it('leaves a bare cell, and a name in running text, alone', () => {
    const bare = '# Readings\n\n| Station | °C | °F |\n|---|---|---|\n| Harnmoor | 38.2 °C | 100.8 |\n';
    assert.ok(!figures('t.md', bare).includes('100.8'));
    assert.deepEqual(figures('t.txt', 'The old Class 158 trains will go.'), []);
  });

  it('does not hold an older column of the row against a source', () => {
    const files = {
      '001_wire.txt': 'The solar farm will have an installed capacity of 48.9 megawatts, the developer said.',
      '002_explainer.md': '# The farm\n\n| | First plan | Approved |\n|---|---|---|\n| Installed capacity | 52.4 MW | 48.9 MW |\n',
      'draft_farm.md': 'The solar farm will have an installed capacity of 48.9 megawatts.',
    };
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'figure-conflict'), []);
  });
});
