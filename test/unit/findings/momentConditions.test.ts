// "41 people injured in total (issued after midnight)" / "… the final figure, just after midnight, was
// forty-one. Fourteen people went to Carrow General …": at one moment, people taken to hospital (or in
// a stated condition) are a count of their own, not the moment's count of everyone hurt.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { conditionOf, TAKEN_TO_HOSPITAL } from '../../../server/src/analysis/alignment/conditions';
import { findingsIn } from './review';

const radio = 'SHAH: They did. At nine o\'clock the ambulance service was saying at least six people. By a quarter to ten it was nineteen, ' +
  'by half past eleven twenty-five, and the final figure, just after midnight, was thirty-two. Eleven people went to Harbridge General ' +
  'and the other twenty-one were treated here at the scene. Four of the thirty-two were children under twelve.';
const explainer = [
  '- **32** people injured in total (final figure from the county ambulance service, issued after midnight).',
  '- **11** taken to Harbridge General Hospital – about a third of the total.',
  '- **21** treated at the scene and sent home.',
  '- **2** in a critical condition on Sunday morning.',
  '- **4** of the 32 were under 12.',
].join('\n');

describe('figures: people taken to hospital at a moment', () => {
  it('reads "went to <name> General" and "were taken to <name> Infirmary" as taken to hospital', () => {
    for (const [text, words] of [['Eleven people went to Harbridge General on Saturday.', 'Eleven people'], ['Nine people were taken to Carrow Royal Infirmary.', 'Nine people']]) {
      const a = analyzeArticle({ path: 'x.txt', text });
      const f = a.figures.find((g) => g.text === words);
      assert.ok(f, words);
      assert.equal(conditionOf(a.text, f), TAKEN_TO_HOSPITAL, text);
    }
  });

  it('does not hold the count taken to hospital against the count of all injured at the same moment', () => {
    const files = { '003_radio.txt': radio, '004_explainer.md': explainer };
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '004_explainer.md', 'figure-conflict').map((f) => f.text), []);
  });
});
