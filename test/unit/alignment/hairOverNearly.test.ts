// "nearly 31 million passengers" / "31.1 million passengers": a round number told as nearly reached
// and a count told more finely a hair above it are one figure, "nearly" used loosely (round 54).
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis/index';
import { compatible } from '../../../server/src/analysis/alignment/figures';
import type { Figure } from '../../../server/src/analysis/types';

const figure = (text: string): Figure => analyzeArticle({ path: '000_a.txt', text }).figures[0];

describe('alignment: "nearly" a round number and a count a hair above it', () => {
  it('holds them compatible within half a per cent over', () => {
    assert.ok(compatible(figure('The port counted nearly 31 million passengers.'), figure('The port counted 31.1 million passengers.'), 0));
    assert.ok(compatible(figure('The port counted 31.1 million passengers.'), figure('The port counted nearly 31 million passengers.'), 0));
  });
  it('keeps them apart further over', () => {
    assert.ok(!compatible(figure('The port counted nearly 31 million passengers.'), figure('The port counted 31.6 million passengers.'), 0));
  });
});
