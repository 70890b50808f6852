// "Play began at 8 a.m., midnight GMT, with the air at 29°C (84.2°F)": "midnight GMT" is a clock time on
// another zone's clock, told to convert the story's own, not the part of the day the figure is told of;
// it does not make the reading the night's, to be held against a table row's "midnight" in a far city's
// column (another moment's 43.1°C). "at midnight" with no zone still names the night. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { partOfDay } from '../../../server/src/analysis/claims/partOfDay';
import { findingsIn } from './review';

function partAt(text: string, figure: string): string | null {
  const a = analyzeArticle({ path: '001_x.txt', text });
  const f = a.figures.find((x) => x.text === figure);
  assert.ok(f, `no figure ${figure}: ${a.figures.map((x) => x.text).join(' | ')}`);
  return partOfDay(a.text.plain, a.text.sentences[f.sentence].span, f);
}

const explainer = '# How the heat rule works\n\n*By Nell Oduya, Swan Courant · Sunday 8 February 2026*\n\n' +
  'All times are AWST, eight hours ahead of GMT.\n\n' +
  '| AWST | GMT | Chicago | Air temp | What happened |\n|---|---|---|---|---|\n' +
  '| 8:00 a.m. | 00:00 | 6:00 p.m. (Sat) | 29°C / 84.2°F | Play begins |\n' +
  '| 2:00 p.m. | 06:00 | midnight | 43.1°C / 109.6°F | Day\'s peak |\n';
const draft = '# Heat stops play\n\nPlay began at 8 a.m., midnight GMT, with the air already at 29°C (84.2°F).\n';

describe('figures: a zoned midnight is a clock, no part of the day', () => {
  it('reads no part of the day from "midnight GMT"; "at midnight" stays the night', () => {
    assert.equal(partAt('Play began at 8 a.m., midnight GMT, with the air at 29°C.', '29°C'), null);
    assert.equal(partAt('By midnight the air was still 31°C.', '31°C'), 'night');
  });

  it('does not hold the draft\'s reading against a table row of another moment', () => {
    assert.deepEqual(findingsIn({ '004_explainer.md': explainer, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
