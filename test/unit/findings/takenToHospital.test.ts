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

  describe('sources of one day', () => {
    const pad = ' Fire crews stayed at the warehouse through the morning. The road outside was closed to traffic. Neighbours were told to keep windows shut.';
    const files = {
      '000_service.txt': 'Published May 4, 2027\n\nEleven people were taken to hospital with smoke inhalation, the ambulance service said.' + pad,
      '001_wire.txt': 'Published May 4, 2027\n\nOne man died and 12 people were taken to hospital after the blaze, the fire service said.' + pad,
      '002_radio.txt': 'Published May 4, 2027\n\nEleven people were taken to hospital, and two of them remain in a serious condition.' + pad,
    };

    it('told as done, the counts of people taken to hospital are one count', () => {
      const found = figureConflicts(files, '001_wire.txt');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['000', '002']);
      assert.equal(figureConflicts(files, '000_service.txt').length, 1);
      // A draft that sides with two of them is held to the third.
      const draft = figureConflicts({ ...files, 'draft_fire.md': 'Eleven people were taken to hospital after the blaze.' }, 'draft_fire.md');
      assert.deepEqual(draft.map((f) => f.against.map((e) => e.label).join(',')), ['001']);
    });

    it('a count still running, one of another day or one tied to a clock time is not held to them', () => {
      const running = { ...files, '001_wire.txt': 'Published May 4, 2027\n\nOne man died and 12 people have been taken to hospital so far, the fire service said.' + pad };
      assert.deepEqual(figureConflicts(running, '001_wire.txt'), []);
      const now = { ...files, '001_wire.txt': 'Published May 4, 2027\n\nOne man died; the fire service now says 12 people were taken to hospital.' + pad };
      assert.deepEqual(figureConflicts(now, '001_wire.txt'), []);
      const otherDay = { ...files, '001_wire.txt': 'Published May 5, 2027\n\nOne man died and 12 people were taken to hospital after the blaze, the fire service said.' + pad };
      assert.deepEqual(figureConflicts(otherDay, '001_wire.txt'), []);
      const clock = { ...files, '001_wire.txt': 'Published May 4, 2027\n\nBy 9 a.m. ET, 12 people were taken to hospital after the blaze, the fire service said.' + pad };
      assert.deepEqual(figureConflicts(clock, '001_wire.txt'), []);
    });
  });
});
