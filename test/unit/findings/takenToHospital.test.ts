// "Eleven people were taken to hospital": a source that treated eleven at the scene and took three to
// hospital does not support the draft with its eleven; its three taken to hospital contradict it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { conditionOf } from '../../../server/src/analysis/alignment/conditions';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

function conditions(text: string): (string | null)[] {
  const a = analyzeArticle({ path: '001_x.txt', text });
  return a.figures.map((f) => conditionOf(a.text, f));
}

describe('figure findings: people taken to hospital', () => {
  it('reads where people were taken, told as done', () => {
    assert.deepEqual(conditions('Three people were taken to St Brigid\'s Hospital with burns.'), ['taken to hospital']);
    assert.deepEqual(conditions('Two men were rushed to hospital.'), ['taken to hospital']);
    assert.deepEqual(conditions('Crews treated 12 people at the scene.'), [null]);
  });

  it('a count of those taken to hospital is held to the source\'s count of them, not its count treated at the scene', () => {
    const files = {
      '001_wire.txt': 'Ambulance crews treated 11 people at the scene for smoke inhalation. Three people were taken to St Brigid\'s Hospital, the health board said.',
      'draft_fire.md': 'Eleven people were taken to hospital for smoke inhalation, the health board said.',
    };
    const found = figureConflicts(files, 'draft_fire.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
    assert.deepEqual(figureConflicts({ ...files, 'draft_fire.md': 'Three people were taken to hospital for smoke inhalation.' }, 'draft_fire.md'), []);
  });
});
