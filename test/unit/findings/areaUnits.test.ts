// A burnt area, a flooded area or a slick is told in whichever unit the writer's readers use:
// "3,600 hectares", "36 square kilometres" and "8,900 acres" are one quantity, compared as lengths in
// metres are, and a hectare is a measure as a square kilometre is (not a snapshot count of "hectares").
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'figure-conflict').map((f) => [f.text, f.against.map((e) => e.label).join(',')]);

describe('areas: hectares, square kilometres and acres are one quantity', () => {
  const files = {
    '001_wire.txt': 'KALDOR, July 9 (Wirepost) - The forest fire near Kaldor has burned about 3,600 hectares, the fire service said on Wednesday.',
    '002_paper.txt': 'The fire near Kaldor has burned about 36 square kilometres of pine forest, the fire service said on Wednesday.',
    '003_radio.txt': 'The forest fire near Kaldor has burned about 51 square kilometres, the fire service said on Wednesday.',
    'draft_fire.md': 'The forest fire near Kaldor has burned about 3,600 hectares, the fire service said on Wednesday.',
  };

  it('holds an area in hectares against one in square kilometres that is another amount', () => {
    assert.deepEqual(labels(files, '001_wire.txt'), [['about 3,600 hectares', '003']]);
    assert.deepEqual(labels(files, 'draft_fire.md'), [['about 3,600 hectares', '003']]);
    assert.deepEqual(labels(files, '003_radio.txt'), [['about 51 square kilometres', '001,002']]);
  });

  it('reads the same amount in two units as agreeing', () => {
    assert.deepEqual(labels(files, '002_paper.txt'), [['about 36 square kilometres', '003']]);
    const agreeing = { ...files, '003_radio.txt': 'The forest fire near Kaldor has burned about 8,900 acres, the fire service said on Wednesday.' };
    for (const p of Object.keys(agreeing)) assert.deepEqual(labels(agreeing, p), [], p);
  });

  it('holds two areas in hectares apart as measures, as two in square kilometres are', () => {
    const hectares = { ...files, '003_radio.txt': 'The forest fire near Kaldor has burned about 5,100 hectares, the fire service said on Wednesday.' };
    assert.deepEqual(labels(hectares, '001_wire.txt'), [['about 3,600 hectares', '003']]);
  });
});
